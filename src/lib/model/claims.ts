/**
 * What an abstract claims: the sentence that says what the paper does ("we propose…") and the
 * sentences that report results with numbers ("improves accuracy by 4.2% on ImageNet").
 * Sentences are numbered from 1, so `#claim-3` on a paper page is the abstract's third
 * sentence whichever list pointed at it.
 */

import { contribution, type Contribution } from "./contribution.ts";
import { comparatorsOf, keyResults as findResults, type KeyResult } from "./results.ts";
import { sentences, type Sentence } from "./sentences.ts";

export { sentences, type KeyResult, type Sentence };

export type ClaimKind = "contribution" | "result";

/** The abstract cut into sentences and the text between them, in order; joined, the parts are the abstract. */
export interface AbstractPart {
  text: string;
  sentence?: number;
  claim?: ClaimKind;
}

/** The sentence saying what the paper does, or undefined when no sentence says it in the usual words. */
export function contributionSentence(abstract: string, title = ""): Sentence | undefined {
  return contribution(sentences(abstract), title)?.sentence;
}

/** One sentence for a list: the contribution as shown, else the first sentence; clipped to `maxLength`. */
export function summarySentence(abstract: string, maxLength = 280, title = ""): string {
  const text = contribution(sentences(abstract), title)?.shown ?? sentences(abstract)[0]?.text;
  return text ? clip(text, maxLength) : "";
}

/** How much of the summary a list shows. */
export const SUMMARY_LENGTH = 280;

/** `text` cut to `maxLength` characters at most, with an ellipsis when it was cut. */
export function clip(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

/** The results the abstract reports as its own (see results.ts). */
export function keyResults(abstract: string, title = ""): KeyResult[] {
  const all = sentences(abstract);
  return findResults(all, speaksAt(contribution(all, title)), comparatorsOf(title));
}

/** Where the paper's own voice begins, for results: the rules' choice, not a sentence chosen only by its place or title words. */
function speaksAt(found: Contribution | undefined): number | undefined {
  return found?.voiceAt;
}

/** The abstract as parts to render, the contribution and results marked; joined, the parts are the abstract. */
/** Which sentences to mark: the model's (ReviewPaper.contributionSentence and results), so the page marks what every list says. */
export interface ClaimMarks {
  contribution: number | null;
  results: readonly number[];
}

export function abstractParts(abstract: string, marks?: ClaimMarks): AbstractPart[] {
  const contribution = marks ? marks.contribution : (contributionSentence(abstract)?.number ?? null);
  const results = new Set(marks ? marks.results : keyResults(abstract).map((result) => result.sentence));
  const parts: AbstractPart[] = [];
  let cursor = 0;
  for (const sentence of sentences(abstract)) {
    if (sentence.start > cursor) parts.push({ text: abstract.slice(cursor, sentence.start) });
    const claim: ClaimKind | undefined = sentence.number === contribution ? "contribution" : results.has(sentence.number) ? "result" : undefined;
    parts.push({ text: sentence.text, sentence: sentence.number, ...(claim ? { claim } : {}) });
    cursor = sentence.end;
  }
  if (cursor < abstract.length) parts.push({ text: abstract.slice(cursor) });
  return parts;
}

export interface PaperClaims {
  contribution: Contribution | undefined;
  /** The one sentence lists show: the contribution as shown, else the first sentence (lists clip it). */
  summary: string;
  results: KeyResult[];
}

export function paperClaims(abstract: string, title = ""): PaperClaims {
  const found = contribution(sentences(abstract), title);
  const summary = found?.shown ?? sentences(abstract)[0]?.text ?? "";
  return { contribution: found, summary, results: findResults(sentences(abstract), speaksAt(found), comparatorsOf(title)) };
}
