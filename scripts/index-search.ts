/**
 * `node scripts/index-search.ts [dist]` — the search index of a built site, with Pagefind's
 * Node API. `npm run build` runs it after `astro build` has exited, so Astro's heap and
 * Pagefind's never sit in memory together (at 10,000 papers that sum was most of the build's
 * peak). Any indexing error fails the build.
 *
 * Pagefind holds what it writes in memory, about 120 KB per page here, so a site of more
 * than SHARD_PAGES pages is indexed in shards, one after another: `dist/pagefind/` and
 * `dist/pagefind/shards/<n>/`, listed in `dist/pagefind/shards.json` for the search page,
 * which merges them (Pagefind's `mergeIndex`). A shard is a set of paper folders by the first
 * character of their slug, so Pagefind reads each shard's files itself, by a glob.
 */

import { readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as pagefind from "pagefind";

/** Pages per Pagefind index, about: some 2.4 GB for Pagefind at the most. */
export const SHARD_PAGES = 20_000;

export interface SearchIndexResult {
  pages: number;
  /** Bundle paths of the extra shards, from the site's root ("/pagefind/shards/2/"). */
  shards: string[];
}

export async function indexSite(dist: string, shardPages = SHARD_PAGES): Promise<SearchIndexResult> {
  const globs = await shardGlobs(dist, shardPages);
  const shards: string[] = [];
  let pages = 0;
  for (const [number, glob] of globs.entries()) {
    const bundle = number === 0 ? "pagefind" : `pagefind/shards/${number + 1}`;
    pages += await writeIndex(dist, glob, join(dist, bundle));
    if (number > 0) shards.push(`/${bundle}/`);
  }
  // Written for every site, so the search page finds out with one small request.
  await writeFile(join(dist, "pagefind", "shards.json"), `${JSON.stringify(shards)}\n`);
  return { pages, shards };
}

/**
 * One glob per shard, together matching every page once: the first shard takes every page
 * outside papers/<slug>/ and the paper folders of the first characters, the others the rest,
 * a run of characters (0-9, a-z, in order) each, as many as fit in `shardPages`.
 */
export async function shardGlobs(dist: string, shardPages: number): Promise<string[]> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const entry of await readdir(join(dist, "papers"), { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory()) continue;
    const first = entry.name[0]!;
    counts.set(first, (counts.get(first) ?? 0) + 1);
    total += 1;
  }
  if (total <= shardPages) return ["**/*.html"];
  const runs: string[][] = [[]];
  let inRun = 0;
  for (const char of [...counts.keys()].sort()) {
    const count = counts.get(char)!;
    if (inRun > 0 && inRun + count > shardPages) {
      runs.push([]);
      inRun = 0;
    }
    runs.at(-1)!.push(char);
    inRun += count;
  }
  // One character can hold more than a shard's worth: then there is nothing to split.
  if (runs.length === 1) return ["**/*.html"];
  const papersOf = (chars: readonly string[]) => `papers/[${chars.join("")}]*/**/*.html`;
  const others = runs.slice(1).flat();
  // Everything but the later shards' paper folders: the site's other pages and the first run.
  const first = `{${(await topLevel(dist)).join(",")},papers/*.html,papers/[!${others.join("")}]*/**/*.html}`;
  return [first, ...runs.slice(1).map(papersOf)];
}

/** Globs for what sits at the top of dist/ beside papers/ and pagefind/. */
async function topLevel(dist: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dist, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === "papers" || entry.name === "pagefind") continue;
    if (entry.isDirectory()) out.push(`${entry.name}/**/*.html`);
    else if (entry.name.endsWith(".html")) out.push(entry.name);
  }
  return out;
}

/** Indexes the pages `glob` matches under `dist` into one Pagefind bundle at `outputPath`. */
async function writeIndex(dist: string, glob: string, outputPath: string): Promise<number> {
  const { errors, index } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dist, glob });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dist = resolve(process.argv[2] ?? "dist");
  const started = performance.now();
  const result = await indexSite(dist);
  const shards = result.shards.length > 0 ? ` in ${result.shards.length + 1} shards` : "";
  console.log(`[search] indexed ${result.pages} pages${shards} in ${((performance.now() - started) / 1000).toFixed(2)}s`);
}
