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
 *
 * This file parses the options and runs the sizes; the steps are in scripts/bench/:
 * project.ts (the temp copies of the project), content-stages.ts (ingest, review model,
 * +10 papers), site-stages.ts (build, sizes, search, rebuild), baseline-stage.ts (the bare
 * baseline), build-log.ts (reading the steps' output) and report.ts (the report).
 */

import { rmSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { renderDigest, seedPapers, syntheticPapers, type SeedPaper } from "./lib/synthetic-digest.ts";
import { baselineStage } from "./bench/baseline-stage.ts";
import { growStage, ingestStage, notePaper, reviewStage } from "./bench/content-stages.ts";
import { killChildren } from "./bench/measure.ts";
import { copyProject, PROJECT, projectCacheStamp, snapshotProject, type SiteRun } from "./bench/project.ts";
import { git, log, renderReport, seconds, type Size, type SizeResult } from "./bench/report.ts";
import { buildStage, rebuildStage, searchStage, sizesStage } from "./bench/site-stages.ts";

export { linkNodeModules } from "./bench/project.ts";

interface Options {
  sizes: Size[];
  out: string;
  keep: boolean;
  seed: number;
  rebuildMax: number;
  baselineMax: number;
  profile: boolean;
  noBaseline: boolean;
  noRebuild: boolean;
  noSearch: boolean;
  /** The command line, for the report. */
  command: string;
}

/** Which steps run at one size. */
interface Steps {
  baseline: boolean;
  rebuild: boolean;
  search: boolean;
  profile: boolean;
}

/** The seed digest, read from the project's snapshot: the synthetic digests are made from it. */
interface Seed {
  text: string;
  papers: readonly SeedPaper[];
  /** The PRNG seed of the synthetic digests. */
  prng: number;
}

function parseOptions(): Options {
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
  // The seed site (the project's own 216 papers) first, unless asked for already or turned off.
  if (!values["no-seed-site"] && !sizes.includes("seed")) sizes.unshift("seed");
  return {
    sizes,
    out: values.out,
    keep: values.keep,
    seed: Number(values["prng-seed"]),
    rebuildMax: Number(values["rebuild-max"]),
    baselineMax: Number(values["baseline-max"]),
    profile: values.profile,
    noBaseline: values["no-baseline"],
    noRebuild: values["no-rebuild"],
    noSearch: values["no-search"],
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim().replace(/ --$/, ""),
  };
}

async function main(): Promise<void> {
  await run(parseOptions());
}

/** Every size measured in turn, the report printed and written to --out. */
async function run(options: Options): Promise<void> {
  const started = Date.now();
  // The code measured is the working tree as it is now: record its commit before anything else.
  const source = { commit: git(["rev-parse", "--short", "HEAD"]), dirty: git(["status", "--porcelain"]) !== "", at: new Date().toISOString() };
  const snapshotDir = await snapshotProject();
  const seedText = await readFile(join(snapshotDir, "content", "digest.txt"), "utf8");
  const seed: Seed = { text: seedText, papers: seedPapers(seedText), prng: options.seed };
  const cacheBefore = await projectCacheStamp();

  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const steps: Steps = {
      baseline: !options.noBaseline && (size === "seed" || size <= options.baselineMax),
      rebuild: !options.noRebuild && size !== "seed" && size <= options.rebuildMax,
      search: !options.noSearch,
      profile: options.profile && size !== "seed",
    };
    results.push(await inTempFolder(size, snapshotDir, options.keep, (work) => benchSize(size, work, snapshotDir, seed, steps)));
    log(`   (elapsed ${seconds(Date.now() - started)} s)`);
  }

  if (!options.keep) await rm(snapshotDir, { recursive: true, force: true });
  const cacheAfter = await projectCacheStamp();
  const report = renderReport(results, { command: options.command, totalMs: Date.now() - started, seed: options.seed, projectCacheUntouched: cacheBefore === cacheAfter, source });
  console.log(`\n${report}`);
  const out = resolve(PROJECT, options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, report);
  log(`wrote ${relative(PROJECT, out)}`);
}

/** `measureIn` on a fresh temp folder for this size, removed afterwards (and on Ctrl-C) unless --keep. */
async function inTempFolder(size: Size, snapshotDir: string, keep: boolean, measureIn: (work: string) => Promise<SizeResult>): Promise<SizeResult> {
  const work = await mkdtemp(join(tmpdir(), `topical-review-bench-${size}-`));
  log(`\n== ${size === "seed" ? "seed site" : `${size} papers`} (${work})`);
  const cleanUp = () => {
    killChildren();
    if (!keep) {
      rmSync(work, { recursive: true, force: true });
      rmSync(snapshotDir, { recursive: true, force: true });
    }
    process.exit(130);
  };
  process.once("SIGINT", cleanUp);
  process.once("SIGTERM", cleanUp);
  try {
    return await measureIn(work);
  } finally {
    process.off("SIGINT", cleanUp);
    process.off("SIGTERM", cleanUp);
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}

/** One size, step by step, in a copy of the project in `work`. */
async function benchSize(size: Size, work: string, source: string, seed: Seed, steps: Steps): Promise<SizeResult> {
  const site = join(work, "site");
  await copyProject(source, site, size === "seed");
  const papers = size === "seed" ? seed.papers : syntheticPapers(seed.papers, size, { seed: seed.prng });
  const digest = size === "seed" ? seed.text : renderDigest(papers);
  await writeFile(join(site, "content", "digest.txt"), digest);
  const papersDir = join(site, "content", "papers");
  await mkdir(papersDir, { recursive: true });
  const run: SiteRun = { size, work, site, papersDir };

  const { ingest, reingest, files } = await ingestStage(run);
  const notedPath = await notePaper(run, files);
  const { review, profile } = await reviewStage(run, papers.length, steps.profile);
  const build = await buildStage(run);
  const { dist, pages } = await sizesStage(run, build.error);
  const search = steps.search && !build.error ? await searchStage(run) : "not measured";
  const rebuild = steps.rebuild && !build.error ? await rebuildStage(run, notedPath, build.output) : undefined;
  const grow = size !== "seed" ? await growStage({ ...run, size }, seed.papers, seed.prng) : undefined;
  const baseline = steps.baseline ? await baselineStage(run, papers, build.wallMs) : undefined;
  return { size, papers: papers.length, digestBytes: Buffer.byteLength(digest), ingest, reingest, review, build, dist, pages, search, rebuild, grow, baseline, profile };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
}
