/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--out docs/performance.md] [--keep]`
 *
 * For each size: a synthetic digest in the seed's shape (scripts/lib/synthetic-digest.ts), in a
 * temp copy of the project (code, public/, the seed's topic taxonomy; node_modules linked;
 * Astro's cache in the temp folder), measured step by step as a maintainer runs them:
 *
 *   ingest (cold)          scripts/ingest.ts's runIngest in a child process; wall and in-process
 *   ingest (unchanged)     again on the same digest: files rewritten must be 0
 *   review model           buildReview on loadContent() output: assignment, related, mentions
 *   astro build            npm run build: astro build, then the Pagefind index; wall, peak RSS
 *   sizes                  dist/, dist/pagefind, page weights, bytes a reader downloads for a search
 *   rebuild                one paper's commentary edited, astro build again: wall, content cache reused?
 *   ingest (+10)           the digest grown by 10 papers: files written must be those 10
 *   bare baseline          the same papers as plain MDX pages + Pagefind (scripts/bench/bare-site.ts)
 *
 * The seed site — the project's own content (digest, papers with commentary, topics) — is
 * measured first, built cold in a temp copy (`--no-seed-site` skips it). Prints a markdown
 * report and writes it to --out.
 *
 * Other options: --baseline-max N (the bare baseline only at sizes ≤ N, default 20000: past
 * that a bare MDX site needs more memory and time than the run should), --rebuild-max N (the
 * rebuild step only at sizes ≤ N, default 5000, to keep
 * the default run under 30 minutes), --prng-seed N (the synthetic digests' seed), --profile
 * (a CPU profile of the review model step, summarised in the report), --no-baseline,
 * --no-rebuild, --no-search.
 */

import { existsSync, rmSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { decodeEntities } from "./html.ts";
import { renderDigest, seedPapers, syntheticPapers, type SeedPaper } from "./lib/synthetic-digest.ts";
import { writeBareSite } from "./bench/bare-site.ts";
import { diffSnapshots, dirSize, killChildren, listFiles, measure, snapshot, type Measured } from "./bench/measure.ts";
import { ownInclusive, readProfile, summarise } from "./bench/profile-summary.ts";
import { searchCosts, type SearchCost } from "./bench/search-cost.ts";
import { cpuText, git, kb, log, mb, renderReport, seconds, type Phases, type Size, type SizeResult } from "./bench/report.ts";

const PROJECT = fileURLToPath(new URL("../", import.meta.url));
const NODE = process.execPath;
const ASTRO = join(PROJECT, "node_modules", "astro", "bin", "astro.mjs");
/** What `npm run build` runs (without npm's own process): the site, then its search index. */
const FULL_BUILD = `"${NODE}" "${ASTRO}" build && "${NODE}" scripts/index-search.ts`;
/** Files of the project a site needs: code, config, public/, the CLIs, content/. */
const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "scripts", "content"];
/**
 * Where sites are copied from: a snapshot of the project taken when the bench starts, so
 * every size measures the same code even while people keep editing the checkout.
 */
let SOURCE = PROJECT;
const QUERIES = ["speech synthesis", "kolmogorov arnold", "scaling laws"];
const BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: "1", URL: "https://bench.example.org" };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,5000,10000" },
      out: { type: "string", default: "docs/performance.md" },
      keep: { type: "boolean", default: false },
      "prng-seed": { type: "string", default: "20240601" },
      "rebuild-max": { type: "string", default: "5000" },
      "baseline-max": { type: "string", default: "20000" },
      "no-seed-site": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      "no-baseline": { type: "boolean", default: false },
      "no-rebuild": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
    },
  });
  const sizes: Size[] = values.sizes.split(",").map((text) => {
    const trimmed = text.trim();
    if (trimmed === "seed") return "seed";
    const n = Number(trimmed.replace(/_/g, ""));
    if (!Number.isInteger(n) || n < 10) throw new Error(`--sizes: "${trimmed}" is not a whole number ≥ 10 (or "seed")`);
    return n;
  });
  const seed = Number(values["prng-seed"]);
  const rebuildMax = Number(values["rebuild-max"]);
  const baselineMax = Number(values["baseline-max"]);
  // The seed site (the project's own 216 papers) first, unless asked for already or turned off.
  if (!values["no-seed-site"] && !sizes.includes("seed")) sizes.unshift("seed");
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, "");
  const started = Date.now();
  // The code measured is the working tree as it is now: record its commit before anything else.
  const source = { commit: git(["rev-parse", "--short", "HEAD"]), dirty: git(["status", "--porcelain"]) !== "", at: new Date().toISOString() };
  const snapshotDir = await mkdtemp(join(tmpdir(), "topical-review-bench-source-"));
  for (const entry of PROJECT_FILES) {
    if (existsSync(join(PROJECT, entry))) await cp(join(PROJECT, entry), join(snapshotDir, entry), { recursive: true });
  }
  SOURCE = snapshotDir;
  const seedText = await readFile(join(SOURCE, "content", "digest.txt"), "utf8");
  const seedList = seedPapers(seedText);
  const cacheBefore = await projectCacheStamp();

  const results: SizeResult[] = [];
  for (const size of sizes) {
    const work = await mkdtemp(join(tmpdir(), `topical-review-bench-${size}-`));
    log(`\n== ${size === "seed" ? "seed site" : `${size} papers`} (${work})`);
    const cleanUp = () => {
      killChildren();
      if (!values.keep) {
        rmSync(work, { recursive: true, force: true });
        rmSync(snapshotDir, { recursive: true, force: true });
      }
      process.exit(130);
    };
    process.once("SIGINT", cleanUp);
    process.once("SIGTERM", cleanUp);
    try {
      results.push(
        await benchSize(size, work, seedList, seedText, seed, {
          baseline: !values["no-baseline"] && (size === "seed" || size <= baselineMax),
          rebuild: !values["no-rebuild"] && size !== "seed" && size <= rebuildMax,
          search: !values["no-search"],
          profile: values.profile && size !== "seed",
        }),
      );
    } finally {
      process.off("SIGINT", cleanUp);
      process.off("SIGTERM", cleanUp);
      if (!values.keep) await rm(work, { recursive: true, force: true });
    }
    log(`   (elapsed ${seconds(Date.now() - started)} s)`);
  }

  if (!values.keep) await rm(snapshotDir, { recursive: true, force: true });
  const cacheAfter = await projectCacheStamp();
  const report = renderReport(results, { command, totalMs: Date.now() - started, seed, projectCacheUntouched: cacheBefore === cacheAfter, source });
  console.log(`\n${report}`);
  const out = resolve(PROJECT, values.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, report);
  log(`wrote ${relative(PROJECT, out)}`);
}

async function benchSize(
  size: Size,
  work: string,
  seedList: readonly SeedPaper[],
  seedText: string,
  seed: number,
  options: { baseline: boolean; rebuild: boolean; search: boolean; profile: boolean },
): Promise<SizeResult> {
  const site = join(work, "site");
  await copyProject(site, size === "seed");
  const papers = size === "seed" ? seedList : syntheticPapers(seedList, size, { seed });
  const digest = size === "seed" ? seedText : renderDigest(papers);
  await writeFile(join(site, "content", "digest.txt"), digest);
  const papersDir = join(site, "content", "papers");
  await mkdir(papersDir, { recursive: true });

  // (a) ingest, cold; then (e) unchanged.
  const before = await snapshot(papersDir);
  const ingest = await runIngestStep(site, join(work, "ingest.log"));
  const afterIngest = await snapshot(papersDir);
  const written = diffSnapshots(before, afterIngest);
  log(`   ingest: ${seconds(ingest.wallMs)} s wall, ${seconds(ingest.inProcessMs)} s in runIngest; ${written.added.length + written.changed.length} files written`);
  const again = await runIngestStep(site, join(work, "reingest.log"));
  const afterAgain = await snapshot(papersDir);
  const rewritten = diffSnapshots(afterIngest, afterAgain);
  log(`   ingest unchanged: ${seconds(again.wallMs)} s; ${rewritten.changed.length} rewritten, ${rewritten.added.length} added, ${rewritten.removed.length} removed`);

  // A reviewer's note on one paper, so the rebuild below edits real commentary.
  const noted = [...afterAgain.keys()].filter((name) => name.endsWith(".mdx")).sort()[0]!;
  const notedPath = join(papersDir, noted);
  const original = await readFile(notedPath, "utf8");
  if (size !== "seed") await writeFile(notedPath, `${original.trimEnd()}\n\nA first note on this paper, written for the benchmark.\n`);

  // (b) the review model alone.
  const reviewRun = await measure(NODE, [join(site, "scripts", "bench", "review-step.ts")], { cwd: site, logFile: join(work, "review.log") });
  const reviewInfo = lastJson(reviewRun.output);
  log(`   review model: ${seconds(reviewInfo.reviewMs!)} s (${(reviewInfo.reviewMs! / papers.length).toFixed(2)} ms/paper); load ${seconds(reviewInfo.loadMs!)} s`);
  let profile: SizeResult["profile"];
  if (options.profile) {
    const dir = join(work, "profile");
    await measure(NODE, ["--cpu-prof", `--cpu-prof-dir=${dir}`, join(site, "scripts", "bench", "review-step.ts")], { cwd: site });
    // One profile per thread; the main thread's is the big one.
    const files = await Promise.all((await readdir(dir)).map(async (name) => ({ name, size: (await stat(join(dir, name))).size })));
    const main = files.sort((a, b) => b.size - a.size)[0]!;
    const data = await readProfile(join(dir, main.name));
    profile = { summary: summarise(data, 12), own: ownInclusive(data, 12) };
  }

  // (c) the full build.
  const env = { ...BUILD_ENV, TOPICAL_REVIEW_CACHE_DIR: join(site, ".astro-cache") };
  const build = await measure("/bin/sh", ["-c", FULL_BUILD], { cwd: site, env, logFile: join(work, "build.log"), allowFailure: true });
  const buildError = build.code === 0 ? undefined : failure(build);
  log(`   astro build: ${seconds(build.wallMs)} s, peak RSS ${mb(build.peakTreeRssBytes)} MB (largest process ${mb(build.maxRssBytes)} MB)${buildError ? `; FAILED: ${buildError}` : ""}`);

  // (d) what it produced.
  const dist = join(site, "dist");
  const files = buildError ? [] : await listFiles(dist);
  const distResult = { bytes: await dirSize(dist), files: files.length, pagefindBytes: await dirSize(join(dist, "pagefind")), htmlPages: files.filter((file) => file.endsWith(".html")).length };
  const pages = await pageWeights(dist, files);
  log(`   dist ${mb(distResult.bytes)} MB in ${distResult.files} files; pagefind ${mb(distResult.pagefindBytes)} MB; home ${kb(pages.home)} KB; largest topic page ${kb(pages.largestTopic.bytes)} KB`);
  let search: SearchCost[] | string = "not measured";
  if (options.search && !buildError) {
    try {
      search = await searchCosts(dist, QUERIES);
      for (const cost of search) log(`   search "${cost.query}": ${cost.results} results shown, pagefind ${kb(cost.pagefindBytes)} KB (${kb(cost.pagefindGzipBytes)} KB gzip), whole visit ${kb(cost.totalGzipBytes)} KB gzip`);
    } catch (error) {
      search = `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
      log(`   search: ${search}`);
    }
  }

  // (f) edit one commentary and build again.
  let rebuild: SizeResult["rebuild"];
  if (options.rebuild && !buildError) {
    const current = await readFile(notedPath, "utf8");
    await writeFile(notedPath, `${current.trimEnd()}\n\nEdited: a second thought, for the rebuild.\n`);
    const second = await measure("/bin/sh", ["-c", FULL_BUILD], { cwd: site, env, logFile: join(work, "rebuild.log") });
    rebuild = { ...second, phases: phases(second.output), cacheNote: cacheNote(build.output, second.output) };
    log(`   rebuild after one edit: ${seconds(second.wallMs)} s; ${rebuild.cacheNote}`);
  }

  // (e) grow the digest by 10 papers.
  let grow: SizeResult["grow"];
  if (size !== "seed") {
    const grown = syntheticPapers(seedList, size + 10, { seed });
    await writeFile(join(site, "content", "digest.txt"), renderDigest(grown));
    const beforeGrow = await snapshot(papersDir);
    const third = await runIngestStep(site, join(work, "grow.log"));
    const change = diffSnapshots(beforeGrow, await snapshot(papersDir));
    grow = { wallMs: third.wallMs, added: change.added.length, changed: change.changed.length, removed: change.removed.length, expected: 10, cpu: third.cpu };
    log(`   ingest +10 papers: ${seconds(third.wallMs)} s; ${change.added.length} added, ${change.changed.length} rewritten, ${change.removed.length} removed`);
  }

  // The bare baseline.
  let baseline: SizeResult["baseline"];
  if (options.baseline) {
    const bare = join(work, "bare");
    await writeBareSite(bare, papers);
    await linkNodeModules(bare);
    const bareBuild = await measure(NODE, [ASTRO, "build"], { cwd: bare, env: BUILD_ENV, logFile: join(work, "bare-build.log"), allowFailure: true });
    const bareDist = join(bare, "dist");
    if (bareBuild.code !== 0) log(`   bare baseline build FAILED after ${seconds(bareBuild.wallMs)} s: ${failure(bareBuild)}`);
    const fidelity = bareBuild.code === 0 ? await checkBareFidelity(bareDist, papers) : { faithful: 0, checked: 0 };
    baseline = {
      build: bareBuild,
      phases: phases(bareBuild.output),
      distBytes: await dirSize(bareDist),
      pagefindBytes: await dirSize(join(bareDist, "pagefind")),
      pages: (await listFiles(bareDist)).filter((file) => file.endsWith(".html")).length,
      ...fidelity,
    };
    log(`   bare baseline build: ${seconds(bareBuild.wallMs)} s, peak RSS ${mb(bareBuild.peakTreeRssBytes)} MB; ratio ${(build.wallMs / bareBuild.wallMs).toFixed(2)}; ${fidelity.faithful}/${fidelity.checked} pages show every word of their abstract`);
  }

  return {
    size,
    papers: papers.length,
    digestBytes: Buffer.byteLength(digest),
    ingest: { wallMs: ingest.wallMs, inProcessMs: ingest.inProcessMs, rssBytes: ingest.rssBytes, written: written.added.length + written.changed.length, cpu: ingest.cpu },
    reingest: { wallMs: again.wallMs, inProcessMs: again.inProcessMs, rewritten: rewritten.changed.length, added: rewritten.added.length, removed: rewritten.removed.length, cpu: again.cpu },
    review: { wallMs: reviewRun.wallMs, loadMs: reviewInfo.loadMs!, reviewMs: reviewInfo.reviewMs!, rssBytes: reviewRun.peakTreeRssBytes, info: reviewInfo, cpu: cpuText(reviewRun) },
    build: { ...build, phases: phases(build.output), error: buildError },
    dist: distResult,
    pages,
    search,
    rebuild,
    grow,
    baseline,
    profile,
  };
}

/** The project's code, public/, CLIs and topic taxonomy (the whole content/ for the seed site) in a fresh folder. */
async function copyProject(site: string, withContent: boolean): Promise<void> {
  await mkdir(site, { recursive: true });
  for (const entry of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "scripts"]) {
    await cp(join(SOURCE, entry), join(site, entry), { recursive: true });
  }
  await linkNodeModules(site);
  if (withContent) {
    await cp(join(SOURCE, "content"), join(site, "content"), { recursive: true });
    return;
  }
  // The essays' [[references]] name the seed's papers, which a synthetic digest does not have:
  // they are kept as plain text, so the build renders the same essays without failing on them.
  const unlinked = async (from: string, to: string) => writeFile(to, (await readFile(from, "utf8")).replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_, target: string, text?: string) => text ?? target));
  await mkdir(join(site, "content", "topics"), { recursive: true });
  for (const name of await readdir(join(SOURCE, "content", "topics"))) {
    await unlinked(join(SOURCE, "content", "topics", name), join(site, "content", "topics", name));
  }
  if (existsSync(join(SOURCE, "content", "index.mdx"))) await unlinked(join(SOURCE, "content", "index.mdx"), join(site, "content", "index.mdx"));
}

/**
 * node_modules/ as a real folder of links to the project's packages, so the tools' own caches
 * (Vite's node_modules/.vite, Astro's node_modules/.astro) are written in the temp folder and
 * never in the project, where they would race with other builds.
 */
export async function linkNodeModules(root: string): Promise<void> {
  const target = join(root, "node_modules");
  await mkdir(target, { recursive: true });
  for (const name of await readdir(join(PROJECT, "node_modules"))) {
    if (name === ".vite" || name === ".astro" || name === ".cache") continue;
    await symlink(join(PROJECT, "node_modules", name), join(target, name));
  }
}

async function runIngestStep(site: string, logFile: string): Promise<{ wallMs: number; inProcessMs: number; rssBytes: number; cpu: string }> {
  const run = await measure(NODE, [join(site, "scripts", "bench", "ingest-step.ts")], { cwd: site, logFile });
  const info = lastJson(run.output);
  return { wallMs: run.wallMs, inProcessMs: info.ingestMs!, rssBytes: run.peakTreeRssBytes, cpu: cpuText(run) };
}

function failure(run: Measured): string {
  const clean = run.output.replace(/\x1b\[[0-9;]*m/g, "");
  const lines = clean.split("\n").map((line) => line.trim()).filter(Boolean);
  const reason = lines.filter((line) => /error|heap|memory|killed|fatal/i.test(line) && !/^at /.test(line)).slice(-3);
  return `exit ${run.code}: ${(reason.length > 0 ? reason : lines.slice(-3)).join(" / ").slice(0, 400)}`;
}

function lastJson(output: string): Record<string, number> {
  const line = output.trim().split("\n").reverse().find((candidate) => candidate.startsWith("{"));
  if (!line) throw new Error(`no JSON result in:\n${output.slice(-2000)}`);
  return JSON.parse(line) as Record<string, number>;
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

/** How many baseline pages show every word of their abstract (escaping lost nothing); up to 300 checked. */
async function checkBareFidelity(dist: string, papers: readonly { title: string; abstract: string }[]): Promise<{ faithful: number; checked: number }> {
  const pages = new Map<string, string>();
  const folder = join(dist, "papers");
  for (const slug of await readdir(folder)) pages.set(slug, join(folder, slug, "index.html"));
  const step = Math.max(1, Math.floor(papers.length / 300));
  let faithful = 0;
  let checked = 0;
  const { assignSlugs } = await import("../src/lib/content/slug.ts");
  const slugs = assignSlugs(papers.map((paper) => paper.title), new Set());
  for (let i = 0; i < papers.length; i += step) {
    const paper = papers[i]!;
    const file = pages.get(slugs.get(paper.title)!);
    if (!file) continue;
    checked++;
    const text = decodeEntities((await readFile(file, "utf8")).replace(/<[^>]*>/g, " "));
    const words = paper.abstract.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.every((word) => text.includes(word))) faithful++;
  }
  return { faithful, checked };
}

/** The phase timings Astro prints (pages generated, total), and Pagefind's page count. */
function phases(output: string): Phases {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  const notes = clean
    .split("\n")
    .filter((line) => /(Completed in|built in|Synced content|data store|content config|indexed \d+ pages|Loaded|Cache|cache)/i.test(line))
    .map((line) => line.trim());
  const pages = /\[build\] (\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(clean);
  const indexed = /indexed (\d+) pages/.exec(clean);
  return {
    notes,
    pagesMs: pages ? Number(pages[2]) * (pages[3] === "s" ? 1000 : 1) : undefined,
    pagefindPages: indexed ? Number(indexed[1]) : undefined,
  };
}

/**
 * What the rebuild's log says about Astro's content layer data store. Astro logs "Astro config
 * changed", "Content config changed" or "Clearing content store" when it throws the store
 * away; otherwise it reuses it silently, re-parsing only entries whose digest changed. The
 * time between "Syncing content" and "Synced content" (second resolution) shows it too.
 */
function cacheNote(first: string, second: string): string {
  const clean = second.replace(/\x1b\[[0-9;]*m/g, "");
  const cleared = clean.split("\n").filter((line) => /config changed|version changed|Clearing content store/i.test(line));
  const before = syncSeconds(first);
  const after = syncSeconds(second);
  const timing = before !== undefined && after !== undefined ? `content sync ${after} s (first build: ${before} s)` : "content sync time not logged";
  if (cleared.length > 0) return `content cache NOT reused (${cleared.map((line) => line.replace(/^\S+\s+/, "").trim()).join("; ")}); ${timing}`;
  return `content cache reused (no store clearing logged; unchanged entries skipped by digest); ${timing}`;
}

/** Seconds from Astro's "Syncing content" to "Synced content" log lines (timestamps are whole seconds). */
function syncSeconds(output: string): number | undefined {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  const at = (pattern: RegExp) => {
    const match = new RegExp(`(\\d\\d):(\\d\\d):(\\d\\d) \\[content\\] ${pattern.source}`).exec(clean);
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
  };
  const start = at(/Syncing content/);
  const end = at(/Synced content/);
  return start !== undefined && end !== undefined ? (end - start + 86400) % 86400 : undefined;
}

/** The project's own node_modules/.astro must not change: the bench builds elsewhere. */
async function projectCacheStamp(): Promise<string> {
  const file = join(PROJECT, "node_modules", ".astro", "data-store.json");
  const info = await stat(file).catch(() => null);
  return info ? `${info.mtimeMs}:${info.size}` : "none";
}

// ---------------------------------------------------------------------------------------
// The report

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
}
