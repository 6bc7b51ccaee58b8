/**
 * A topic's key-results table: the figures its primary papers report, in the topic's reading
 * order, each pointing at its sentence on the paper's page. A paper's results appear in its
 * primary topic's table only, and a figure once per table, so tables do not repeat each other.
 */

import { claimId } from "./abstract-view.ts";
import type { KeyResult } from "../model/claims.ts";
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
  url: string;
  results: readonly KeyResult[];
}

/** `papers`: the topic's primary papers, most central first. */
export function topicKeyResults(papers: readonly PaperLike[], options: { perPaper?: number; limit?: number } = {}): KeyResultRow[] {
  const perPaper = options.perPaper ?? 2;
  const limit = options.limit ?? 30;
  const rows: KeyResultRow[] = [];
  for (const paper of papers) {
    const shown = new Set<string>();
    for (const result of paper.results) {
      if (rows.length === limit) return rows;
      if (shown.size === perPaper) break;
      if (shown.has(result.figure)) continue;
      shown.add(result.figure);
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
