/**
 * Each paper's one-sentence summary, computed once per build: a paper appears in several
 * lists (A–Z, its topics, the home page), and finding the sentence means reading the abstract.
 */

import { summarySentence } from "../lib/model/claims.ts";
import type { ReviewPaper } from "../lib/model/review.ts";

const summaries = new Map<string, string>();

/** Keyed by the abstract itself, so an edited abstract (in `astro dev`) is never served stale. */
export function paperSummary(paper: Pick<ReviewPaper, "abstract">): string {
  let summary = summaries.get(paper.abstract);
  if (summary === undefined) summaries.set(paper.abstract, (summary = summarySentence(paper.abstract)));
  return summary;
}
