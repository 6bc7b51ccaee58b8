/**
 * The benchmark's steps on a site's content, each in a child process: the ingest (cold, then
 * again on the same digest), the review model alone (optionally CPU-profiled), and the ingest
 * of the digest grown by 10 papers.
 */

import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderDigest, syntheticPapers, type SeedPaper } from "../lib/synthetic-digest.ts";
import { lastJson } from "./build-log.ts";
import { diffSnapshots, measure, snapshot } from "./measure.ts";
import { ownInclusive, readProfile, summarise } from "./profile-summary.ts";
import { NODE, type SiteRun } from "./project.ts";
import { cpuText, log, seconds, type SizeResult } from "./report.ts";

async function runIngestStep(site: string, logFile: string): Promise<{ wallMs: number; inProcessMs: number; rssBytes: number; cpu: string }> {
  const run = await measure(NODE, [join(site, "scripts", "bench", "ingest-step.ts")], { cwd: site, logFile });
  const info = lastJson(run.output);
  return { wallMs: run.wallMs, inProcessMs: info.ingestMs!, rssBytes: run.peakTreeRssBytes, cpu: cpuText(run) };
}

/** (a) The ingest, cold; then (e) again on the unchanged digest. Also the papers' files after both. */
export async function ingestStage(run: SiteRun): Promise<Pick<SizeResult, "ingest" | "reingest"> & { files: Map<string, string> }> {
  const { site, work, papersDir } = run;
  const before = await snapshot(papersDir);
  const ingest = await runIngestStep(site, join(work, "ingest.log"));
  const afterIngest = await snapshot(papersDir);
  const written = diffSnapshots(before, afterIngest);
  log(`   ingest: ${seconds(ingest.wallMs)} s wall, ${seconds(ingest.inProcessMs)} s in runIngest; ${written.added.length + written.changed.length} files written`);
  const again = await runIngestStep(site, join(work, "reingest.log"));
  const afterAgain = await snapshot(papersDir);
  const rewritten = diffSnapshots(afterIngest, afterAgain);
  log(`   ingest unchanged: ${seconds(again.wallMs)} s; ${rewritten.changed.length} rewritten, ${rewritten.added.length} added, ${rewritten.removed.length} removed`);
  return {
    ingest: { wallMs: ingest.wallMs, inProcessMs: ingest.inProcessMs, rssBytes: ingest.rssBytes, written: written.added.length + written.changed.length, cpu: ingest.cpu },
    reingest: { wallMs: again.wallMs, inProcessMs: again.inProcessMs, rewritten: rewritten.changed.length, added: rewritten.added.length, removed: rewritten.removed.length, cpu: again.cpu },
    files: afterAgain,
  };
}

/** A reviewer's note on one paper (not on the seed site's), so the rebuild edits real commentary; its path. */
export async function notePaper(run: SiteRun, files: Map<string, string>): Promise<string> {
  const noted = [...files.keys()].filter((name) => name.endsWith(".mdx")).sort()[0]!;
  const notedPath = join(run.papersDir, noted);
  const original = await readFile(notedPath, "utf8");
  // Dated as the ingest dates commentary, so growing the digest later rewrites only new papers.
  if (run.size !== "seed") await writeFile(notedPath, `${original.replace("---\n", '---\ncommented: "2026-01-01"\n').trimEnd()}\n\nA first note on this paper, written for the benchmark.\n`);
  return notedPath;
}

/** (b) The review model alone (scripts/bench/review-step.ts), and its CPU profile when asked for. */
export async function reviewStage(run: SiteRun, papers: number, withProfile: boolean): Promise<Pick<SizeResult, "review" | "profile">> {
  const { site, work } = run;
  const reviewRun = await measure(NODE, [join(site, "scripts", "bench", "review-step.ts")], { cwd: site, logFile: join(work, "review.log") });
  const reviewInfo = lastJson(reviewRun.output);
  log(`   review model: ${seconds(reviewInfo.reviewMs!)} s (${(reviewInfo.reviewMs! / papers).toFixed(2)} ms/paper); load ${seconds(reviewInfo.loadMs!)} s`);
  const profile = withProfile ? await profileReview(run) : undefined;
  return {
    review: { wallMs: reviewRun.wallMs, loadMs: reviewInfo.loadMs!, reviewMs: reviewInfo.reviewMs!, rssBytes: reviewRun.peakTreeRssBytes, info: reviewInfo, cpu: cpuText(reviewRun) },
    profile,
  };
}

/** The review step again under node --cpu-prof, its main thread's profile summarised. */
async function profileReview({ site, work }: SiteRun): Promise<SizeResult["profile"]> {
  const dir = join(work, "profile");
  await measure(NODE, ["--cpu-prof", `--cpu-prof-dir=${dir}`, join(site, "scripts", "bench", "review-step.ts")], { cwd: site });
  // One profile per thread; the main thread's is the big one.
  const files = await Promise.all((await readdir(dir)).map(async (name) => ({ name, size: (await stat(join(dir, name))).size })));
  const main = files.sort((a, b) => b.size - a.size)[0]!;
  const data = await readProfile(join(dir, main.name));
  return { summary: summarise(data, 12), own: ownInclusive(data, 12) };
}

/** (e) The digest grown by 10 papers, ingested: the files written must be those 10. */
export async function growStage(run: SiteRun & { size: number }, seedList: readonly SeedPaper[], seed: number): Promise<SizeResult["grow"]> {
  const { site, work, papersDir, size } = run;
  const grown = syntheticPapers(seedList, size + 10, { seed });
  await writeFile(join(site, "content", "digest.txt"), renderDigest(grown));
  const beforeGrow = await snapshot(papersDir);
  const third = await runIngestStep(site, join(work, "grow.log"));
  const change = diffSnapshots(beforeGrow, await snapshot(papersDir));
  log(`   ingest +10 papers: ${seconds(third.wallMs)} s; ${change.added.length} added, ${change.changed.length} rewritten, ${change.removed.length} removed`);
  return { wallMs: third.wallMs, added: change.added.length, changed: change.changed.length, removed: change.removed.length, expected: 10, cpu: third.cpu };
}
