/**
 * `node scripts/compare-builds.ts BEFORE_DIST AFTER_DIST`
 *
 * Says whether two builds of the site are the same apart from asset names: every .html, .json,
 * .xml, .bib and .txt file is compared with `/_astro/…` names masked (Vite's content hashes
 * change with any source change). A refactor should print "0 differ"; exit 1 otherwise.
 */

import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error("usage: node scripts/compare-builds.ts BEFORE_DIST AFTER_DIST");
  process.exit(2);
}

const COMPARED = /\.(?:html|json|xml|bib|txt)$/;
const masked = (text: string) => text.replace(/\/_astro\/[^"')\s]+/g, "/_astro/X");

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && COMPARED.test(entry.name)).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

const names = await files(before);
const differ: string[] = [];
for (const name of names) {
  const [a, b] = await Promise.all([readFile(join(before, name), "utf8"), readFile(join(after, name), "utf8").catch(() => undefined)]);
  if (b === undefined || masked(a) !== masked(b)) differ.push(name);
}
const added = (await files(after)).filter((name) => !names.includes(name));
for (const name of differ.slice(0, 20)) console.log(`differs: ${name}`);
for (const name of added.slice(0, 20)) console.log(`only after: ${name}`);
console.log(`${names.length} files, ${differ.length} differ, ${added.length} only after`);
process.exit(differ.length + added.length === 0 ? 0 : 1);
