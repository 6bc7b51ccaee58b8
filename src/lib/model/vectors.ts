/**
 * TF-IDF vectors over the collection: sparse, L2-normalised, with term ids sorted so two
 * vectors meet in one linear merge.
 */

import { forEachTerm, SurfaceForms } from "./terms.ts";
import { words, type Word } from "./words.ts";

export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface Vocabulary {
  terms: string[];
  idOf: Map<string, number>;
  /** Number of documents each term id occurs in. */
  df: Int32Array;
  surfaces: SurfaceForms;
}

export interface DocumentText {
  title: string;
  abstract: string;
  /** The title's and abstract's words, when the caller has split them already. */
  words?: { title: readonly Word[]; abstract: readonly Word[] };
}

/** A title's words say more about a paper than any one sentence of its abstract. */
export const TITLE_WEIGHT = 2;

export interface Corpus {
  vocabulary: Vocabulary;
  vectors: SparseVector[];
}

export function buildCorpus(documents: readonly DocumentText[]): Corpus {
  const surfaces = new SurfaceForms();
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const dfCounts: number[] = [];
  // Times each term was written as its own key: counted by id here, handed to `surfaces` once.
  const plainCounts: number[] = [];
  const raw: Map<number, number>[] = [];

  for (const doc of documents) {
    const weighted = new Map<number, number>();
    const addAll = (sequence: readonly Word[], weight: number) =>
      forEachTerm(sequence, 2, (term, surface) => {
        let id = idOf.get(term);
        if (id === undefined) {
          id = terms.length;
          idOf.set(term, id);
          terms.push(term);
          dfCounts.push(0);
          plainCounts.push(0);
        }
        if (surface === term) plainCounts[id]!++;
        else surfaces.record(term, surface);
        weighted.set(id, (weighted.get(id) ?? 0) + weight);
      });
    addAll(doc.words?.title ?? words(doc.title), TITLE_WEIGHT);
    addAll(doc.words?.abstract ?? words(doc.abstract), 1);
    for (const id of weighted.keys()) dfCounts[id]!++;
    raw.push(weighted);
  }

  // A term in one paper only links nothing; it would only dilute the vectors. Dropping those
  // (most two-word phrases) also keeps the vocabulary, and every dense array over it, small.
  const n = documents.length;
  const compact = new Int32Array(terms.length).fill(-1);
  const keptTerms: string[] = [];
  const keptDf: number[] = [];
  const keptIdOf = new Map<string, number>();
  terms.forEach((term, id) => {
    if (dfCounts[id]! < 2 && n > 2) return;
    if (plainCounts[id]! > 0) surfaces.record(term, term, plainCounts[id]!);
    compact[id] = keptTerms.length;
    keptIdOf.set(term, keptTerms.length);
    keptTerms.push(term);
    keptDf.push(dfCounts[id]!);
  });
  const vectors = raw.map((weighted) => {
    const kept = new Map<number, number>();
    for (const [id, tf] of weighted) {
      const keptId = compact[id]!;
      if (keptId < 0) continue;
      kept.set(keptId, (1 + Math.log(tf)) * Math.log((1 + n) / dfCounts[id]!));
    }
    return toSparse(kept);
  });
  return { vocabulary: { terms: keptTerms, idOf: keptIdOf, df: Int32Array.from(keptDf), surfaces }, vectors };
}

/** Builds a normalised sparse vector from term id → weight. */
export function toSparse(entries: ReadonlyMap<number, number>): SparseVector {
  // A typed array sorts numbers natively: no comparator, no pair objects.
  const ids = Int32Array.from(entries.keys()).sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const weight = entries.get(ids[k]!)!;
    weights[k] = weight;
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { ids, weights };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Mean of vectors, normalised: a topic's centroid. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  for (const vector of vectors) {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k]!;
      sum.set(id, (sum.get(id) ?? 0) + vector.weights[k]!);
    }
  }
  return toSparse(sum);
}
