/**
 * TF-IDF vectors over the collection: sparse, L2-normalised, with term ids sorted so two
 * vectors meet in one linear merge.
 */

import { extractTerms, SurfaceForms } from "./text.ts";

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
}

/** A title's words say more about a paper than any one sentence of its abstract. */
export const TITLE_WEIGHT = 2;
/** Two-word phrases are more specific than single words. */
export const PHRASE_WEIGHT = 1;

export interface Corpus {
  vocabulary: Vocabulary;
  vectors: SparseVector[];
}

export interface CorpusOptions {
  titleWeight?: number;
  phraseWeight?: number;
}

export function buildCorpus(documents: readonly DocumentText[], options: CorpusOptions = {}): Corpus {
  const { titleWeight = TITLE_WEIGHT, phraseWeight = PHRASE_WEIGHT } = options;
  const surfaces = new SurfaceForms();
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const dfCounts: number[] = [];
  const raw: Map<number, number>[] = [];

  for (const doc of documents) {
    const weighted = new Map<number, number>();
    const addAll = (counts: Map<string, number>, weight: number) => {
      for (const [term, count] of counts) {
        let id = idOf.get(term);
        if (id === undefined) {
          id = terms.length;
          idOf.set(term, id);
          terms.push(term);
          dfCounts.push(0);
        }
        weighted.set(id, (weighted.get(id) ?? 0) + count * weight);
      }
    };
    addAll(extractTerms(doc.title, surfaces), titleWeight);
    addAll(extractTerms(doc.abstract, surfaces), 1);
    for (const id of weighted.keys()) dfCounts[id]!++;
    raw.push(weighted);
  }

  const df = Int32Array.from(dfCounts);
  const n = documents.length;
  const vectors = raw.map((weighted) => {
    const entries: [number, number][] = [];
    for (const [id, tf] of weighted) {
      // A term in one paper only links nothing; it would only dilute the vector.
      if (df[id]! < 2 && n > 2) continue;
      const phrase = terms[id]!.includes(" ") ? phraseWeight : 1;
      entries.push([id, (1 + Math.log(tf)) * Math.log((1 + n) / df[id]!) * phrase]);
    }
    return toSparse(entries);
  });
  return { vocabulary: { terms, idOf, df, surfaces }, vectors };
}

/** Builds a normalised sparse vector from unsorted (id, weight) pairs. */
export function toSparse(entries: [number, number][]): SparseVector {
  entries.sort((a, b) => a[0] - b[0]);
  let norm = 0;
  for (const [, weight] of entries) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  return {
    ids: Int32Array.from(entries, ([id]) => id),
    weights: Float64Array.from(entries, ([, weight]) => weight / norm),
  };
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

/** The terms two vectors share, strongest contribution first. */
export function sharedTerms(a: SparseVector, b: SparseVector, limit: number): number[] {
  const shared: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) shared.push([x, a.weights[i++]! * b.weights[j++]!]);
    else if (x < y) i++;
    else j++;
  }
  shared.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
  return shared.slice(0, limit).map(([id]) => id);
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
  return toSparse([...sum]);
}
