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
  // Each document's terms and weighted counts, packed: thousands of small maps kept alive
  // until the vocabulary is known cost more to collect than to fill.
  const rawIds: Int32Array[] = [];
  const rawCounts: Float64Array[] = [];
  // The current document's weighted count by term id (zero elsewhere), and the ids it has.
  let counts: Float64Array = new Float64Array(1024);
  const touched: number[] = [];

  for (const doc of documents) {
    const addAll = (sequence: readonly Word[], weight: number) =>
      forEachTerm(sequence, 2, (term, surface) => {
        let id = idOf.get(term);
        if (id === undefined) {
          id = terms.length;
          idOf.set(term, id);
          terms.push(term);
          dfCounts.push(0);
          plainCounts.push(0);
          if (id === counts.length) counts = grown(counts);
        }
        if (surface === term) plainCounts[id]!++;
        else surfaces.record(term, surface);
        if (counts[id] === 0) touched.push(id);
        counts[id]! += weight;
      });
    addAll(doc.words?.title ?? words(doc.title), TITLE_WEIGHT);
    addAll(doc.words?.abstract ?? words(doc.abstract), 1);
    const ids = Int32Array.from(touched);
    const tfs = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      tfs[k] = counts[ids[k]!]!;
      counts[ids[k]!] = 0;
      dfCounts[ids[k]!]!++;
    }
    rawIds.push(ids);
    rawCounts.push(tfs);
    touched.length = 0;
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
  // Each document's TF-IDF weights by kept id, in a row reused from document to document.
  const row = new Float64Array(keptTerms.length);
  const vectors = rawIds.map((ids, d) => {
    const tfs = rawCounts[d]!;
    const kept: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const keptId = compact[ids[k]!]!;
      if (keptId < 0) continue;
      kept.push(keptId);
      row[keptId] = (1 + Math.log(tfs[k]!)) * Math.log((1 + n) / dfCounts[ids[k]!]!);
    }
    const vector = normalised(Int32Array.from(kept), row);
    for (const id of kept) row[id] = 0;
    return vector;
  });
  return { vocabulary: { terms: keptTerms, idOf: keptIdOf, df: Int32Array.from(keptDf), surfaces }, vectors };
}

/** The same counts in an array twice the size. */
function grown(counts: Float64Array): Float64Array {
  const larger = new Float64Array(counts.length * 2);
  larger.set(counts);
  return larger;
}

/** The vector of term ids `ids` (any order; sorted in place) with their weights in the dense `row`, normalised. */
function normalised(ids: Int32Array, row: Float64Array): SparseVector {
  // A typed array sorts numbers natively: no comparator, no pair objects.
  ids.sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const weight = row[ids[k]!]!;
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
  // Summed in a dense row as long as the largest id (each vector's last): no map entry per term.
  let size = 0;
  for (const vector of vectors) if (vector.ids.length > 0) size = Math.max(size, vector.ids[vector.ids.length - 1]! + 1);
  const sum = new Float64Array(size);
  const seen = new Uint8Array(size);
  const ids: number[] = [];
  for (const vector of vectors) {
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k]!;
      if (seen[id] === 0) {
        seen[id] = 1;
        ids.push(id);
      }
      sum[id]! += vector.weights[k]!;
    }
  }
  return normalised(Int32Array.from(ids), sum);
}
