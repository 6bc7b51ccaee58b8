/**
 * Property: whatever the digest holds, every paper page shows its title and abstract exactly,
 * as text, and runs nothing. A seeded random digest of hostile papers (scripts/lib/
 * hostile-digest.ts) is ingested and built like a maintainer would, and every page is read
 * with a real HTML parser. `npm run fuzz:site` runs the same with more seeds and papers.
 */

import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostilePapers, renderHostileDigest } from "../../scripts/lib/hostile-digest.ts";
import { paperPageProblems } from "../../scripts/lib/page-check.ts";
import { normalizeLine } from "../../src/lib/ingest/digest.ts";
import { plainTitle } from "../../src/lib/model/abstract-text.ts";
import { buildFixtureSite, type FixtureSite } from "./fixture-site.ts";

/** `npm run fuzz:site` sets FUZZ_RUNS and FUZZ_PAPERS; `npm test` builds one site of 40. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const PAPERS = Number(process.env.FUZZ_PAPERS ?? 40);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 20261130);

for (let run = 0; run < RUNS; run++) {
  const seed = FIRST_SEED + run;
  const papers = hostilePapers(seed, PAPERS);

  describe(`a hostile digest (seed ${seed}, ${papers.length} papers)`, () => {
    let site: FixtureSite;

    beforeAll(async () => {
      site = await buildFixtureSite(undefined, renderHostileDigest(papers));
    });

    afterAll(async () => {
      if (site) await rm(site.root, { recursive: true, force: true });
    });

    it("has a page for every paper, each showing its title and abstract exactly, as text, running nothing", async () => {
      const review = JSON.parse(await readFile(join(site.dist, "review.json"), "utf8")) as { papers: { slug: string; title: string }[] };
      expect(review.papers).toHaveLength(papers.length);
      const byTitle = new Map(papers.map((paper) => [plainTitle(normalizeLine(paper.title)), paper]));
      const problems: string[] = [];
      for (const { slug, title } of review.papers) {
        const paper = byTitle.get(title);
        if (!paper) {
          problems.push(`${slug}: title ${JSON.stringify(title)} is not one of the digest's`);
          continue;
        }
        const html = await readFile(join(site.dist, "papers", slug, "index.html"), "utf8");
        for (const problem of paperPageProblems(html, paper)) problems.push(`${slug}: ${problem}`);
      }
      expect(problems).toEqual([]);
      expect(existsSync(join(site.root, "PWNED"))).toBe(false);
    });
  });
}
