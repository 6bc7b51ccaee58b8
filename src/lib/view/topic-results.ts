/**
 * A topic's key-results table: the figures its papers' abstracts report, in the topic's
 * reading order (primary papers first), each pointing at its sentence on the paper's page.
 */

import { claimId } from "./abstract-view.ts";
import { keyResults } from "../model/claims.ts";
import { shortTitle } from "./titles.ts";

export interface KeyResultRow {
  slug: string;
  paperName: string;
  paperUrl: string;
  /** The paper's page, at the sentence: `/papers/<slug>/#claim-3`. */
  claimUrl: string;
  sentence: number;
  figure: string;
  measured: string;
  on: string;
}

interface PaperLike {
  slug: string;
  title: string;
  abstract: string;
  url: string;
}

export function topicKeyResults(papers: readonly PaperLike[], options: { perPaper?: number; limit?: number } = {}): KeyResultRow[] {
  const perPaper = options.perPaper ?? 2;
  const limit = options.limit ?? 30;
  const rows: KeyResultRow[] = [];
  for (const paper of papers) {
    for (const result of keyResults(paper.abstract).slice(0, perPaper)) {
      if (rows.length === limit) return rows;
      rows.push({
        slug: paper.slug,
        paperName: shortTitle(paper.title),
        paperUrl: paper.url,
        claimUrl: `${paper.url}#${claimId(result.sentence)}`,
        sentence: result.sentence,
        figure: result.figure,
        measured: result.measured,
        on: result.on,
      });
    }
  }
  return rows;
}
