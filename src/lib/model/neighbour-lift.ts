/**
 * How specific each term is to a part of the collection, read from the nearest-neighbour
 * graph: how much more often than chance a paper's nearest neighbours share a term with it.
 * A word that links papers no nearer than chance, like "user" or "training" in most
 * collections, is no reason two papers are related; the `Lexicon` asks `linksNeighbours`.
 */

import type { Corpus } from "./vectors.ts";

/**
 * How much more often than chance neighbouring papers share a term for it to explain why
 * they are near (see `neighbourLift`) — or, in a collection too small for that to be
 * possible, this share of the way from chance to the most it could.
 */
export const MIN_NEIGHBOUR_LIFT = 2.5;
const MIN_ATTAINABLE_SHARE = 0.75;
/** Below this, a term is in so many papers that no neighbours could share it beyond chance. */
const MIN_ATTAINABLE = 1.5;
/** Stricter for a single lower-case word, the kind every subfield shares ("quality", "cost"). */
export const MIN_WORD_LIFT = 4;
/** Nearest neighbours per paper that count. */
const LIFT_NEIGHBOURS = 5;

/** Term id → how much more often than chance neighbours share it, and the most they could. */
export interface NeighbourLift {
  lift: Float64Array;
  attainable: Float64Array;
}

/** Whether papers with term `id` have it in common with their nearest neighbours well beyond chance (see `neighbourLift`). */
export function linksNeighbours(lifts: NeighbourLift, id: number, minLift: number): boolean {
  const lift = lifts.lift[id]!;
  const attainable = lifts.attainable[id]!;
  return lift >= minLift || (attainable >= MIN_ATTAINABLE && lift - 1 >= MIN_ATTAINABLE_SHARE * (attainable - 1));
}

/**
 * For each term, how much more often than chance a paper's nearest neighbours have it when
 * the paper has it — and how much more they could: a term that says what a part of the
 * collection is about links neighbours; a word every kind of paper uses links them no more
 * than it links any two papers. Only the nearest few neighbours count, so the figure means
 * the same whatever the length of the lists; smoothed by one link, so a term of two papers
 * must have linked them both ways.
 */
export function neighbourLift(corpus: Corpus, neighbours: readonly (readonly { index: number }[])[]): NeighbourLift {
  const { vectors, vocabulary } = corpus;
  const size = vocabulary.terms.length;
  const n = vectors.length;
  const shared = new Float64Array(size);
  const from = new Float64Array(size);
  let links = 0;
  neighbours.forEach((list, p) => {
    const a = vectors[p]!.ids;
    const near = Math.min(list.length, LIFT_NEIGHBOURS);
    links += near;
    for (let k = 0; k < a.length; k++) from[a[k]!]! += near;
    for (let r = 0; r < near; r++) {
      const b = vectors[list[r]!.index]!.ids;
      // Both id lists are sorted: one merge.
      for (let i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] === b[j]) {
          shared[a[i]!]!++;
          i++;
          j++;
        } else if (a[i]! < b[j]!) i++;
        else j++;
      }
    }
  });
  const lift = new Float64Array(size);
  const attainable = new Float64Array(size);
  // With no neighbours to learn from (one paper, or none asked), every term passes.
  if (links === 0 || n < 2) return { lift: lift.fill(Infinity), attainable: attainable.fill(Infinity) };
  const perPaper = links / n;
  for (let id = 0; id < size; id++) {
    const df = vocabulary.df[id]!;
    // Links from the term's papers that land on another of its papers by chance, and at best.
    const expected = (from[id]! * (df - 1)) / (n - 1);
    const best = from[id]! * Math.min(1, (df - 1) / perPaper);
    lift[id] = (shared[id]! + 1) / (expected + 1);
    attainable[id] = (best + 1) / (expected + 1);
  }
  return { lift, attainable };
}
