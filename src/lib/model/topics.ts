/**
 * Assigning papers to topics: one primary and at most two secondary topics per paper.
 *
 * Evidence comes from two places. The topic's seed terms (written by the reviewer, or
 * drafted by the ingest) matched as phrases, titles counting more than abstracts; and the
 * topic's own vocabulary, a TF-IDF centroid of its papers refined over a few rounds, which
 * carries a topic to papers that use none of its seed terms. A reviewer's pin always wins.
 */

import { PhraseMatcher } from "./phrases.ts";
import { words, type Word } from "./words.ts";
import type { Corpus, SparseVector } from "./vectors.ts";
import { TITLE_WEIGHT } from "./vectors.ts";
import { round3 } from "./order.ts";

export interface TopicDefinition {
  id: string;
  title: string;
  description?: string;
  terms: readonly string[];
  exclude?: readonly string[];
}

export interface PaperText {
  title: string;
  abstract: string;
  /** The title's and abstract's words, when the caller has them already (see `words`). */
  words?: { title: readonly Word[]; abstract: readonly Word[] };
  /** Topic ids the reviewer pinned; the first is the primary. */
  pinned?: readonly string[];
}

export interface TopicAssignment {
  /** First is the primary topic. */
  topics: string[];
  /** Score of every topic the paper has evidence for, rounded, by topic id. */
  scores: Record<string, number>;
  pinned: boolean;
  /** The topic the text alone points to, before any pin (for the reviewer's dashboard). */
  automatic: string;
}

/** Largest share of papers one topic may hold as primary: no section swallows the review. */
const MAX_SHARE = 0.2;
/** Centroid refinements; assignment stops earlier once no primary topic moves. */
const ROUNDS = 4;
/** Secondary topics per paper, at most. */
const MAX_SECONDARY = 2;

/** How much seed-term evidence counts next to vocabulary similarity. */
const SEED_WEIGHT = 0.6;
/** A secondary topic must score at least this share of the primary's score. */
const SECONDARY_RATIO = 0.5;
/** Abstract mentions of one term stop adding evidence after this many. */
const ABSTRACT_HIT_CAP = 3;

export function assignTopics(
  papers: readonly PaperText[],
  topics: readonly TopicDefinition[],
  corpus: Corpus,
): TopicAssignment[] {
  if (topics.length === 0) {
    return papers.map(() => ({ topics: [], scores: {}, pinned: false, automatic: "" }));
  }
  const seed = seedScores(papers, topics);
  const dimension = corpus.vocabulary.terms.length;
  const topicIndex = new Map(topics.map((topic, index) => [topic.id, index]));

  // Round 0: papers go where their seed terms point; centroids grow from there.
  let primary = papers.map((paper, p) => {
    const best = argmax(seed[p]!);
    return pinnedIndex(paper, topicIndex) ?? (seed[p]![best]! > 0 ? best : -1);
  });
  // Each paper's score for each topic, rewritten every round.
  const scores = papers.map(() => new Float64Array(topics.length));
  for (let round = 0; round < ROUNDS; round++) {
    const centroids = topicCentroids(primary, corpus.vectors, topics.length, dimension);
    papers.forEach((_, p) => combine(seed[p]!, corpus.vectors[p]!, centroids, scores[p]!));
    const next = papers.map((paper, p) => pinnedIndex(paper, topicIndex) ?? argmax(scores[p]!));
    // Settled: the next round would build the same centroids and give the same scores.
    const settled = next.every((topic, p) => topic === primary[p]);
    primary = next;
    if (settled) break;
  }
  const automatic = papers.map((_, p) => argmax(scores[p]!));
  const capped = capTopicSizes(primary, scores, papers, topicIndex, Math.ceil(MAX_SHARE * papers.length));

  return papers.map((paper, p) => {
    const score = scores[p]!;
    const pins = (paper.pinned ?? []).filter((id) => topicIndex.has(id));
    const chosen = pins.length > 0 ? [...pins] : [topics[capped[p]!]!.id];
    const top = score[capped[p]!]!;
    const ranked = topicsByScore(score);
    for (const index of ranked) {
      if (pins.length > 0 || chosen.length > MAX_SECONDARY) break; // the primary and MAX_SECONDARY others
      const id = topics[index]!.id;
      if (chosen.includes(id) || score[index]! < SECONDARY_RATIO * top || score[index]! <= 0) continue;
      chosen.push(id);
    }
    const rounded: Record<string, number> = {};
    for (const index of ranked) if (score[index]! > 0.005) rounded[topics[index]!.id] = round3(score[index]!);
    return {
      topics: chosen.slice(0, MAX_SECONDARY + 1),
      scores: rounded,
      pinned: pins.length > 0,
      automatic: topics[automatic[p]!]!.id,
    };
  });
}

/**
 * Seed-term evidence, paper × topic. A term's weight falls with the number of papers it
 * occurs in (a term everywhere tells nothing), and a phrase counts more than a word.
 */
export function seedScores(papers: readonly PaperText[], topics: readonly TopicDefinition[]): Float64Array[] {
  interface TermRef {
    topic: number;
    term: number;
    sign: 1 | -1;
    length: number;
  }
  const refs: TermRef[] = [];
  const phrases = topics.flatMap((topic, t) => [
    ...topic.terms.map((text) => ({ text, value: addRef(refs, t, 1, text) })),
    ...(topic.exclude ?? []).map((text) => ({ text, value: addRef(refs, t, -1, text) })),
  ]);
  const matcher = new PhraseMatcher(phrases);

  // hits[p] : term ref → [title hits, abstract hits]
  const hits = papers.map((paper) => {
    const counts = new Map<number, [number, number]>();
    const count = (text: readonly Word[], slot: 0 | 1) => {
      for (const hit of matcher.find(text)) {
        const entry = counts.get(hit.phrase.value) ?? [0, 0];
        entry[slot]++;
        counts.set(hit.phrase.value, entry);
      }
    };
    count(paper.words?.title ?? words(paper.title), 0);
    count(paper.words?.abstract ?? words(paper.abstract), 1);
    return counts;
  });
  const df = new Int32Array(refs.length);
  for (const counts of hits) for (const ref of counts.keys()) df[ref]!++;

  const n = papers.length;
  return hits.map((counts) => {
    const row = new Float64Array(topics.length);
    for (const [index, [inTitle, inAbstract]] of counts) {
      const ref = refs[index]!;
      const specificity = Math.log(1 + n / df[index]!);
      const phraseBoost = 1 + 0.5 * Math.min(ref.length - 1, 2);
      const evidence = TITLE_WEIGHT * Math.min(inTitle, 1) + Math.min(inAbstract, ABSTRACT_HIT_CAP);
      row[ref.topic]! += ref.sign * specificity * phraseBoost * evidence;
    }
    return row;
  });
}

function addRef(
  refs: { topic: number; term: number; sign: 1 | -1; length: number }[],
  topic: number,
  sign: 1 | -1,
  text: string,
): number {
  refs.push({ topic, term: refs.length, sign, length: Math.max(1, words(text).length) });
  return refs.length - 1;
}

/**
 * Dense centroids, stored term-major (`[term * topicCount + topic]`): a paper's similarity
 * to every topic is then one pass over its own terms, reading memory in order.
 */
function topicCentroids(primary: readonly number[], vectors: readonly SparseVector[], topicCount: number, dimension: number): Float64Array {
  const sums = new Float64Array(dimension * topicCount);
  primary.forEach((topic, p) => {
    if (topic < 0) return;
    const vector = vectors[p]!;
    for (let k = 0; k < vector.ids.length; k++) sums[vector.ids[k]! * topicCount + topic]! += vector.weights[k]!;
  });
  const norms = new Float64Array(topicCount);
  for (let i = 0; i < sums.length; i++) norms[i % topicCount]! += sums[i]! * sums[i]!;
  for (let t = 0; t < topicCount; t++) norms[t] = Math.sqrt(norms[t]!) || 1;
  for (let i = 0; i < sums.length; i++) sums[i]! /= norms[i % topicCount]!;
  return sums;
}

/** Vocabulary similarity plus saturated seed evidence, per topic, written to `out`. */
function combine(seed: Float64Array, vector: SparseVector, centroids: Float64Array, out: Float64Array): void {
  const topicCount = seed.length;
  out.fill(0);
  for (let k = 0; k < vector.ids.length; k++) {
    const weight = vector.weights[k]!;
    const base = vector.ids[k]! * topicCount;
    for (let t = 0; t < topicCount; t++) out[t]! += weight * centroids[base + t]!;
  }
  for (let t = 0; t < topicCount; t++) {
    const evidence = seed[t]!;
    // Saturates: the fifth matching term adds less than the first.
    const seedPart = evidence > 0 ? evidence / (evidence + 8) : evidence / 8;
    out[t]! += SEED_WEIGHT * seedPart;
  }
}

/** Moves the weakest papers of an oversized topic to their next-best topic. */
function capTopicSizes(
  primary: readonly number[],
  scores: readonly Float64Array[],
  papers: readonly PaperText[],
  topicIndex: Map<string, number>,
  cap: number,
): number[] {
  const result = [...primary];
  const topicCount = scores[0]?.length ?? 0;
  const sizes = new Int32Array(topicCount);
  for (const topic of result) sizes[topic]!++;
  for (let guard = 0; guard < topicCount; guard++) {
    const over = [...sizes.keys()].find((t) => sizes[t]! > cap);
    if (over === undefined) break;
    const movable = result
      .map((topic, p) => ({ p, topic }))
      .filter(({ p, topic }) => topic === over && pinnedIndex(papers[p]!, topicIndex) === null)
      .map(({ p }) => {
        const next = bestOther(scores[p]!, over, sizes, cap);
        return { p, next, loss: next < 0 ? Infinity : scores[p]![over]! - scores[p]![next]! };
      })
      .sort((a, b) => a.loss - b.loss || a.p - b.p);
    for (const { p, next } of movable) {
      if (sizes[over]! <= cap || next < 0) break;
      if (sizes[next]! >= cap) continue;
      result[p] = next;
      sizes[over]!--;
      sizes[next]!++;
    }
  }
  return result;
}

function bestOther(score: Float64Array, exclude: number, sizes: Int32Array, cap: number): number {
  let best = -1;
  for (let t = 0; t < score.length; t++) {
    if (t === exclude || sizes[t]! >= cap) continue;
    if (best < 0 || score[t]! > score[best]!) best = t;
  }
  return best;
}

function pinnedIndex(paper: PaperText, topicIndex: Map<string, number>): number | null {
  for (const id of paper.pinned ?? []) {
    const index = topicIndex.get(id);
    if (index !== undefined) return index;
  }
  return null;
}

/**
 * Topic indexes, highest score first (ties to the lower index). By insertion: a paper has a
 * score for each of a handful of topics, too few for a sort with a comparator to pay.
 */
function topicsByScore(score: Float64Array): number[] {
  const ranked: number[] = [];
  for (let index = 0; index < score.length; index++) {
    // Each lower score moves one place down; equal scores keep the lower index first.
    let at = ranked.length;
    ranked.push(index);
    for (; at > 0 && score[ranked[at - 1]!]! < score[index]!; at--) ranked[at] = ranked[at - 1]!;
    ranked[at] = index;
  }
  return ranked;
}

/** Index of the largest value; ties go to the lower index, for determinism. */
export function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

