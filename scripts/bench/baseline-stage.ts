/**
 * The benchmark's bare baseline step: the same papers as plain MDX pages + Pagefind
 * (scripts/bench/bare-site.ts), built in the size's temp folder, and checked to show what
 * they should.
 */

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeEntities } from "../html.ts";
import { writeBareSite } from "./bare-site.ts";
import { failure, phases } from "./build-log.ts";
import { dirSize, listFiles, measure } from "./measure.ts";
import { ASTRO, BUILD_ENV, linkNodeModules, NODE, type SiteRun } from "./project.ts";
import { log, mb, seconds, type SizeResult } from "./report.ts";

type Paper = { title: string; abstract: string };

/** The bare baseline built; `buildMs` (our build's wall time) gives the ratio logged. */
export async function baselineStage({ work }: SiteRun, papers: readonly Paper[], buildMs: number): Promise<SizeResult["baseline"]> {
  const bare = join(work, "bare");
  await writeBareSite(bare, papers);
  await linkNodeModules(bare);
  const bareBuild = await measure(NODE, [ASTRO, "build"], { cwd: bare, env: BUILD_ENV, logFile: join(work, "bare-build.log"), allowFailure: true });
  const bareDist = join(bare, "dist");
  if (bareBuild.code !== 0) log(`   bare baseline build FAILED after ${seconds(bareBuild.wallMs)} s: ${failure(bareBuild)}`);
  const fidelity = bareBuild.code === 0 ? await checkBareFidelity(bareDist, papers) : { faithful: 0, checked: 0 };
  const baseline = {
    build: bareBuild,
    phases: phases(bareBuild.output),
    distBytes: await dirSize(bareDist),
    pagefindBytes: await dirSize(join(bareDist, "pagefind")),
    pages: (await listFiles(bareDist)).filter((file) => file.endsWith(".html")).length,
    ...fidelity,
  };
  log(`   bare baseline build: ${seconds(bareBuild.wallMs)} s, peak RSS ${mb(bareBuild.peakTreeRssBytes)} MB; ratio ${(buildMs / bareBuild.wallMs).toFixed(2)}; ${fidelity.faithful}/${fidelity.checked} pages show every word of their abstract`);
  return baseline;
}

/** How many baseline pages show every word of their abstract (escaping lost nothing); up to 300 checked. */
async function checkBareFidelity(dist: string, papers: readonly Paper[]): Promise<{ faithful: number; checked: number }> {
  const pages = new Map<string, string>();
  const folder = join(dist, "papers");
  for (const slug of await readdir(folder)) pages.set(slug, join(folder, slug, "index.html"));
  const step = Math.max(1, Math.floor(papers.length / 300));
  let faithful = 0;
  let checked = 0;
  const { assignSlugs } = await import("../../src/lib/content/slug.ts");
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
