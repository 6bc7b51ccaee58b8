/**
 * The content check (`npm run check:content`) as the first step of `astro build`: a mistake in
 * content/ — a brace read as code, an unclosed <Aside>, `rating: 9` — stops the build before
 * Astro compiles or writes anything, named as file:line, instead of failing later with a stack
 * into dist/chunks, a place of `:0:0` or a half-written dist/. `astro dev` is left alone: there
 * the page shows Astro's own error overlay, and a half-typed edit is normal.
 */

import type { AstroIntegration } from "astro";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkContent, formatProblem, type ContentFile, type ContentProblem } from "../lib/content/content-check.ts";
import { ContentFileError, decodeContentFile } from "../lib/content/content-files.ts";
import { checkCommentary } from "../remark/check.ts";
import { mapInBatches } from "../lib/content/batches.ts";

export function contentCheck(): AstroIntegration {
  return {
    name: "topical-review:content-check",
    hooks: {
      "astro:config:setup": async ({ command, config, logger }) => {
        if (command !== "build") return;
        const problems = await checkProject(fileURLToPath(config.root));
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(formatProblem(problem));
        throw new Error(`content/ has ${problems.length} problem${problems.length === 1 ? "" : "s"} (listed above, as file:line); nothing was built`);
      },
    },
  };
}

/** Every problem in the project's content/, as `npm run check:content` reports them. */
export async function checkProject(root: string): Promise<ContentProblem[]> {
  return checkContent(await readContentFiles(root), checkCommentary);
}

/** Every file under `root`/content, with the text of the .mdx files; unreadable ones say why. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  return mapInBatches(await walk(join(resolve(root), "content")), (path) => readContentFile(root, path));
}

async function readContentFile(root: string, path: string): Promise<ContentFile> {
  const file = relative(resolve(root), path).split("\\").join("/");
  if (!path.endsWith(".mdx")) return { path: file };
  try {
    return { path: file, text: decodeContentFile(await readFile(path), file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof ContentFileError) return { path: file, unreadable: { line: error.line, message: error.reason } };
    if (code) return { path: file, unreadable: { line: 1, message: `cannot be read (${code})` } };
    throw error;
  }
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
