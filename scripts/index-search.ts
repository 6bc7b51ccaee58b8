/**
 * `node scripts/index-search.ts [dist]` — the search index of a built site, with Pagefind's
 * Node API. `npm run build` runs it after `astro build` has exited, so Astro's heap and
 * Pagefind's never sit in memory together (at 10,000 papers that sum was most of the build's
 * peak). Any indexing error fails the build.
 *
 * Pagefind holds what it writes in memory, about 120 KB per page here, so a site of more
 * than SHARD_PAGES pages is indexed in shards, one after another: `dist/pagefind/` and
 * `dist/pagefind/shards/<n>/`, listed in `dist/pagefind/shards.json` for the search page,
 * which merges them (Pagefind's `mergeIndex`).
 */

import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as pagefind from "pagefind";

/** Pages per Pagefind index: about 2.4 GB for Pagefind at the most. */
export const SHARD_PAGES = 20_000;

export interface SearchIndexResult {
  pages: number;
  /** Bundle paths of the extra shards, from the site's root ("/pagefind/shards/2/"). */
  shards: string[];
}

export async function indexSite(dist: string, shardPages = SHARD_PAGES): Promise<SearchIndexResult> {
  const pages = (await htmlFiles(dist)).sort();
  const groups: string[][] = [];
  for (let start = 0; start < pages.length; start += shardPages) groups.push(pages.slice(start, start + shardPages));
  if (groups.length === 0) groups.push([]);
  const shards: string[] = [];
  let indexed = 0;
  if (groups.length === 1) {
    // One index: Pagefind reads the folder itself, faster than pages handed over one by one.
    indexed = await writeIndex(dist, "all", join(dist, "pagefind"));
  } else {
    for (const [number, group] of groups.entries()) {
      const bundle = number === 0 ? "pagefind" : `pagefind/shards/${number + 1}`;
      indexed += await writeIndex(dist, group, join(dist, bundle));
      if (number > 0) shards.push(`/${bundle}/`);
    }
  }
  // Written for every site, so the search page finds out with one small request.
  await writeFile(join(dist, "pagefind", "shards.json"), `${JSON.stringify(shards)}\n`);
  return { pages: indexed, shards };
}

/** Indexes `files` (or, with "all", every page under `dist`) into one Pagefind bundle at `outputPath`. */
async function writeIndex(dist: string, files: readonly string[] | "all", outputPath: string): Promise<number> {
  const { errors, index } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    if (files === "all") {
      const added = await index.addDirectory({ path: dist });
      if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
      return added.page_count;
    }
    let pages = 0;
    // A few files at a time, read in parallel but handed over in order: the index's bytes
    // depend on the order pages arrive in.
    for (let start = 0; start < files.length; start += 32) {
      const batch = files.slice(start, start + 32);
      const contents = await Promise.all(batch.map((file) => readFile(file, "utf8")));
      const added = await Promise.all(batch.map((file, i) => index.addHTMLFile({ url: urlOf(dist, file), content: contents[i]! })));
      for (const result of added) {
        if (result.errors.length > 0) throw new Error(`pagefind: ${result.errors.join("; ")}`);
        pages += 1;
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** `dist/papers/x/index.html` → `/papers/x/`, as Pagefind would name it from the folder. */
function urlOf(dist: string, file: string): string {
  const path = relative(dist, file).split("\\").join("/");
  return `/${path.replace(/(^|\/)index\.html$/, "$1")}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "pagefind") out.push(...(await htmlFiles(path)));
    } else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dist = resolve(process.argv[2] ?? "dist");
  const started = performance.now();
  const result = await indexSite(dist);
  const shards = result.shards.length > 0 ? ` in ${result.shards.length + 1} shards` : "";
  console.log(`[search] indexed ${result.pages} pages${shards} in ${((performance.now() - started) / 1000).toFixed(2)}s`);
}
