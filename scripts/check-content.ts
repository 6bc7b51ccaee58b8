/**
 * `npm run check:content [-- --root DIR]`
 *
 * Checks every file under content/ (schema, references, pins, duplicate titles, files in the
 * wrong place) and prints each problem as `file:line: message`. Exits 1 on any problem.
 */

import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { checkContent, formatProblem, type ContentFile } from "../src/lib/content-check.ts";
import { checkCommentary } from "../src/remark/check.ts";

export interface CheckOptions {
  /** Project root: content/ lives here. */
  root: string;
  log?: (line: string) => void;
}

/** Runs the check and returns the exit code. */
export async function runCheckContent(options: CheckOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const root = resolve(options.root);
  const contentDir = join(root, "content");
  const files: ContentFile[] = [];
  for (const path of await walk(contentDir)) {
    const file = relative(root, path).split("\\").join("/");
    files.push(path.endsWith(".mdx") ? { path: file, text: await readFile(path, "utf8") } : { path: file });
  }
  if (files.length === 0) {
    log(`content/: no files (looked in ${contentDir})`);
    return 1;
  }
  const problems = checkContent(files, checkCommentary);
  for (const problem of problems) log(formatProblem(problem));
  const checked = files.filter((file) => file.text !== undefined).length;
  log(problems.length === 0 ? `checked ${checked} files: no problems` : `checked ${checked} files: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  return problems.length === 0 ? 0 : 1;
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { root: { type: "string", default: "." } } });
  process.exitCode = await runCheckContent({ root: values.root! });
}
