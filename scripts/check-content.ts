/**
 * `npm run check:content [-- --root DIR]`
 *
 * Checks every file under content/ (schema, references, pins, duplicate titles, files in the
 * wrong place, text that is not UTF-8) and prints each problem as `file:line: message`. Exits
 * 1 on any problem. `astro build` runs the same check first (src/integrations/content-check.ts).
 */

import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { checkContent, formatProblem } from "../src/lib/content/content-check.ts";
import { readContentFiles } from "../src/integrations/content-check.ts";
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
  const files = await readContentFiles(root);
  if (files.length === 0) {
    log(`content/: no files (looked in ${join(root, "content")})`);
    return 1;
  }
  const problems = checkContent(files, checkCommentary);
  for (const problem of problems) log(formatProblem(problem));
  const checked = files.filter((file) => file.text !== undefined || file.unreadable !== undefined).length;
  log(problems.length === 0 ? `checked ${checked} files: no problems` : `checked ${checked} files: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { root: { type: "string", default: "." } } });
  process.exitCode = await runCheckContent({ root: values.root! });
}
