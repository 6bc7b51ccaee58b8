/**
 * The benchmark's steps on a built site: the full build, what it produced (dist/, the Pagefind
 * index, page weights), the bytes a reader downloads for a search, and the rebuild after one
 * commentary is edited.
 */

import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cacheNote, failure, phases } from "./build-log.ts";
import { dirSize, listFiles, measure } from "./measure.ts";
import { FULL_BUILD, siteEnv, type SiteRun } from "./project.ts";
import { kb, log, mb, seconds, type SizeResult } from "./report.ts";
import { searchCosts, type SearchCost } from "./search-cost.ts";

const QUERIES = ["speech synthesis", "kolmogorov arnold", "scaling laws"];

/** (c) The full build, as `npm run build` runs it; a failure is recorded, not thrown. */
export async function buildStage({ site, work }: SiteRun): Promise<SizeResult["build"]> {
  const build = await measure("/bin/sh", ["-c", FULL_BUILD], { cwd: site, env: siteEnv(site), logFile: join(work, "build.log"), allowFailure: true });
  const buildError = build.code === 0 ? undefined : failure(build);
  log(`   astro build: ${seconds(build.wallMs)} s, peak RSS ${mb(build.peakTreeRssBytes)} MB (largest process ${mb(build.maxRssBytes)} MB)${buildError ? `; FAILED: ${buildError}` : ""}`);
  return { ...build, phases: phases(build.output), error: buildError };
}

/** (d) What the build produced: dist/ and its Pagefind index, and the weights of the pages. */
export async function sizesStage({ site }: SiteRun, buildError: string | undefined): Promise<Pick<SizeResult, "dist" | "pages">> {
  const dist = join(site, "dist");
  const files = buildError ? [] : await listFiles(dist);
  const distResult = { bytes: await dirSize(dist), files: files.length, pagefindBytes: await dirSize(join(dist, "pagefind")), htmlPages: files.filter((file) => file.endsWith(".html")).length };
  const pages = await pageWeights(dist, files);
  log(`   dist ${mb(distResult.bytes)} MB in ${distResult.files} files; pagefind ${mb(distResult.pagefindBytes)} MB; home ${kb(pages.home)} KB; largest topic page ${kb(pages.largestTopic.bytes)} KB`);
  return { dist: distResult, pages };
}

async function pageWeights(dist: string, files: readonly string[]): Promise<SizeResult["pages"]> {
  const size = async (file: string) => (await stat(join(dist, file))).size;
  const html = await Promise.all(files.filter((file) => file.endsWith(".html")).map(async (file) => ({ path: file, bytes: await size(file) })));
  const largest = (items: { path: string; bytes: number }[]) => items.reduce((best, item) => (item.bytes > best.bytes ? item : best), { path: "-", bytes: 0 });
  const topics = html.filter((page) => page.path.startsWith("topics/") && page.path !== "topics/index.html");
  const isIndex = (path: string) => /^papers\/(\d+\/)?index\.html$/.test(path);
  const indexPages = html.filter((page) => isIndex(page.path));
  const paperPages = html.filter((page) => page.path.startsWith("papers/") && !isIndex(page.path));
  const find = (path: string) => html.find((page) => page.path === path)?.bytes ?? 0;
  return {
    home: find("index.html"),
    largestTopic: largest(topics),
    topicPages: topics.length,
    largestIndex: largest(indexPages),
    indexPages: indexPages.length,
    largestPaper: largest(paperPages),
    reviewJson: files.includes("review.json") ? await size("review.json") : 0,
    largestHtml: largest(html),
  };
}

/** What a reader downloads for each query (scripts/bench/search-cost.ts); a failure is recorded, not thrown. */
export async function searchStage({ site }: SiteRun): Promise<SearchCost[] | string> {
  try {
    const search = await searchCosts(join(site, "dist"), QUERIES);
    for (const cost of search) log(`   search "${cost.query}": ${cost.results} results shown, pagefind ${kb(cost.pagefindBytes)} KB (${kb(cost.pagefindGzipBytes)} KB gzip), whole visit ${kb(cost.totalGzipBytes)} KB gzip`);
    return search;
  } catch (error) {
    const search = `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    log(`   search: ${search}`);
    return search;
  }
}

/** (f) One commentary edited, the full build again with the same cache: is the content cache reused? */
export async function rebuildStage({ site, work }: SiteRun, notedPath: string, firstOutput: string): Promise<SizeResult["rebuild"]> {
  const current = await readFile(notedPath, "utf8");
  await writeFile(notedPath, `${current.trimEnd()}\n\nEdited: a second thought, for the rebuild.\n`);
  const second = await measure("/bin/sh", ["-c", FULL_BUILD], { cwd: site, env: siteEnv(site), logFile: join(work, "rebuild.log") });
  const rebuild = { ...second, phases: phases(second.output), cacheNote: cacheNote(firstOutput, second.output) };
  log(`   rebuild after one edit: ${seconds(second.wallMs)} s; ${rebuild.cacheNote}`);
  return rebuild;
}
