/** File-system helpers shared by the CLIs. */

import { randomBytes } from "node:crypto";
import { chmod, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { STAGED_FILE } from "../src/lib/content/content-files.ts";
import { mapInBatches } from "../src/lib/content/batches.ts";

export { mapInBatches };

/** A change that could not be made; nothing was changed. `path` is the file to blame. */
export class ChangeError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.path = path;
    this.name = "ChangeError";
  }
}

/** The staged copy of `path`, named as STAGED_FILE describes. */
function tempFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * All or nothing: every write is staged as a temporary file beside its target first (a full
 * disk, a read-only file or a permission problem stops it there, the temporary files are
 * removed, and no file has changed), then each is renamed into place, then the deletions.
 * A reader, or a crash, never sees half a file. Rewritten files keep their mode.
 */
export async function applyChanges(
  writes: readonly { path: string; text: string }[],
  deletes: readonly string[],
  // Tests pass a writer that fails as a full disk would.
  writeText: (path: string, text: string) => Promise<void> = (path, text) => writeFile(path, text, "utf8"),
): Promise<void> {
  // A file the reviewer made read-only is theirs to keep as it is: refuse rather than replace it.
  const modes = await mapInBatches([...writes.map((write) => write.path), ...deletes], async (path) => {
    const mode = await stat(path).then((info) => info.mode & 0o7777, () => undefined);
    if (mode !== undefined && (mode & 0o222) === 0) throw new ChangeError(path, "is read-only, and the ingest needs to change it; make it writable (chmod u+w) and run the ingest again — nothing was changed");
    return mode;
  });
  const staged: { temp: string; path: string }[] = [];
  for (let start = 0; start < writes.length; start += 64) {
    // Settle the whole batch before cleaning up, so no write lands after the clean-up.
    const results = await Promise.allSettled(
      writes.slice(start, start + 64).map(async (write, offset) => {
        const temp = tempFor(write.path);
        staged.push({ temp, path: write.path });
        const mode = modes[start + offset];
        try {
          await mkdir(dirname(write.path), { recursive: true });
          await writeText(temp, write.text);
          if (mode !== undefined) await chmod(temp, mode);
        } catch (error) {
          const { code, message } = error as NodeJS.ErrnoException;
          throw new ChangeError(write.path, `could not be written (${code ?? message}); nothing was changed`);
        }
      }),
    );
    const failed = results.find((result) => result.status === "rejected");
    if (failed) {
      await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
      throw (failed as PromiseRejectedResult).reason;
    }
  }
  await mapInBatches(staged, ({ temp, path }) => rename(temp, path));
  await mapInBatches(deletes, (path) => rm(path, { force: true }));
}

/** Removes (or, with `remove` false, only lists) the temporary files a killed run left. */
export async function removeLeftovers(folders: readonly string[], remove: boolean): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((candidate) => STAGED_FILE.test(candidate)).sort()) found.push(join(folder, name));
  }
  if (remove) await Promise.all(found.map((path) => rm(path, { force: true })));
  return found;
}

/** Names of the `.mdx` files in a folder, sorted; none when the folder does not exist. */
export async function listMdx(folder: string): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names.filter((name) => name.endsWith(".mdx") && !name.startsWith(".")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

