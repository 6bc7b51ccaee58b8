/**
 * Related papers: the nearest papers by TF-IDF cosine, each with the terms that explain why.
 *
 * No all-pairs loop: candidates come from an inverted index over each paper's strongest
 * terms, skipping terms so common they link everything; only those candidates are scored
 * exactly, then re-ranked by the near neighbours they share. Cost grows with the number of
 * papers times a bounded posting length.
 */

import type { Corpus, SparseVector } from "./vectors.ts";
import { round3 } from "./order.ts";

export interface RelatedPaper {
  /** Index of the related paper. */
  index: number;
  score: number;
  /** Term ids the two papers share, strongest first. */
  shared: number[];
}

export interface RelatedOptions {
  limit?: number;
  /** How many of a paper's strongest terms look for candidates. */
  queryTerms?: number;
  /** How many candidates are scored exactly. */
  candidates?: number;
  /** Topic ids per paper: sharing one is a small bonus, since the reviewer's sections are evidence. */
  topics?: readonly (readonly string[])[];
  /** Papers each paper names (mentions): a direct reference is a bonus too, either way round. */
  links?: readonly (readonly number[])[];
  sharedLimit?: number;
}

const TOPIC_BONUS = 0.08;
const MAX_POSTING = 300;
const LINK_BONUS = 0.1;
/** Nearest neighbours compared in the re-ranking pass, and how much sharing them counts. */
const NEIGHBOURHOOD = 10;
const NEIGHBOURHOOD_WEIGHT = 3;

export function relatedPapers(corpus: Corpus, options: RelatedOptions = {}): RelatedPaper[][] {
  const { limit = 5, queryTerms = 24, candidates = 40, topics, links, sharedLimit = 4 } = options;
  const { vectors } = corpus;
  const strongest = vectors.map((vector) => topTerms(vector, queryTerms));
  const postings = impactPostings(vectors, strongest);
  const pools = scoreCandidates(corpus, strongest, postings, { candidates, topics, isLinked: linkedPairs(links, vectors.length) });
  return withSharedTerms(corpus, rerankByNeighbours(pools, limit), sharedLimit);
}

/** A term's posting, packed into typed arrays: the candidate loop is the hot path. */
interface Posting {
  papers: Int32Array;
  weights: Float64Array;
}

interface Scored {
  index: number;
  score: number;
}

const byScore = (a: Scored, b: Scored) => b.score - a.score || a.index - b.index;

/** Whether two papers name each other, either way round. */
function linkedPairs(links: RelatedOptions["links"], n: number): (p: number, q: number) => boolean {
  // Pairs as one number, smaller index first: no string per candidate.
  const pairKey = (p: number, q: number) => (p < q ? p * n + q : q * n + p);
  const linked = new Set<number>();
  links?.forEach((targets, p) => targets.forEach((q) => linked.add(pairKey(p, q))));
  return (p, q) => linked.size > 0 && linked.has(pairKey(p, q));
}

/** Term id → the papers having it among their strongest terms, with its weight there, heaviest first. */
function impactPostings(vectors: readonly SparseVector[], strongest: readonly number[][]): Map<number, Posting> {
  // Postings are impact-ordered and cut: a term shared by very many papers proposes only
  // the papers it matters most to, so the work per paper stays bounded as the collection grows.
  const maxPosting = Math.min(MAX_POSTING, Math.max(60, Math.ceil(0.08 * vectors.length)));
  const postings = new Map<number, { paper: number; weight: number }[]>();
  strongest.forEach((ids, p) => {
    for (const id of ids) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ paper: p, weight: weightOf(vectors[p]!, id) });
    }
  });
  const packed = new Map<number, Posting>();
  for (const [id, list] of postings) {
    list.sort((a, b) => b.weight - a.weight || a.paper - b.paper);
    const kept = list.slice(0, maxPosting);
    packed.set(id, { papers: Int32Array.from(kept, (entry) => entry.paper), weights: Float64Array.from(kept, (entry) => entry.weight) });
  }
  return packed;
}

/** First pass: exact cosine (plus the topic and link bonuses) for each paper's candidates, best first. */
function scoreCandidates(
  corpus: Corpus,
  strongest: readonly number[][],
  postings: ReadonlyMap<number, Posting>,
  { candidates, topics, isLinked }: { candidates: number; topics: RelatedOptions["topics"]; isLinked: (p: number, q: number) => boolean },
): Scored[][] {
  const { vectors } = corpus;
  const scratch = { accumulator: new Float64Array(vectors.length), touched: [] as number[] };
  const dense = new Float64Array(corpus.vocabulary.terms.length);
  return vectors.map((vector, p) => {
    const pool = proposeCandidates(p, vector, strongest[p]!, postings, scratch, candidates);
    scatter(dense, vector);
    const scored = pool
      .map((q) => {
        const shareTopic = topics ? topics[p]!.some((id) => topics[q]!.includes(id)) : false;
        const link = isLinked(p, q);
        return { index: q, score: denseDot(dense, vectors[q]!) + (shareTopic ? TOPIC_BONUS : 0) + (link ? LINK_BONUS : 0) };
      })
      .sort(byScore);
    unscatter(dense, vector);
    return scored;
  });
}

/**
 * The `count` papers the postings of paper `p`'s strongest terms propose, most weight in common
 * first. `scratch` is all zero and empty before and after: one allocation for every paper.
 */
function proposeCandidates(
  p: number,
  vector: SparseVector,
  terms: readonly number[],
  postings: ReadonlyMap<number, Posting>,
  scratch: { accumulator: Float64Array; touched: number[] },
  count: number,
): number[] {
  const { accumulator, touched } = scratch;
  for (const k of terms) {
    const { papers, weights } = postings.get(k)!;
    const weight = weightOf(vector, k);
    for (let i = 0; i < papers.length; i++) {
      const q = papers[i]!;
      if (q === p) continue;
      if (accumulator[q] === 0) touched.push(q);
      accumulator[q]! += weight * weights[i]!;
    }
  }
  const pool = topK(touched, accumulator, count);
  for (const q of touched) accumulator[q] = 0;
  touched.length = 0;
  return pool;
}

/**
 * Second pass: papers that share near neighbours belong together, even when their own
 * words overlap less (shared-nearest-neighbour re-ranking). Each paper's neighbourhood is
 * scattered into a dense row, so comparing two neighbourhoods is one pass over the other.
 */
function rerankByNeighbours(pools: readonly Scored[][], limit: number): Scored[][] {
  const near = pools.map((pool) => pool.slice(0, NEIGHBOURHOOD));
  const mine = new Float64Array(pools.length);
  return pools.map((pool, p) => {
    for (const { index, score } of near[p]!) mine[index] = score;
    const reranked = pool
      .map(({ index: q, score }) => {
        let shared = 0;
        for (const { index: r, score: other } of near[q]!) shared += mine[r]! * other;
        return { index: q, score: score + NEIGHBOURHOOD_WEIGHT * shared };
      })
      .sort(byScore)
      .slice(0, limit);
    for (const { index } of near[p]!) mine[index] = 0;
    return reranked;
  });
}

/** The final lists: scores rounded, each link with the terms the two papers share (none when `sharedLimit` is 0). */
function withSharedTerms(corpus: Corpus, ranked: readonly Scored[][], sharedLimit: number): RelatedPaper[][] {
  const { vectors } = corpus;
  const dense = new Float64Array(corpus.vocabulary.terms.length);
  return ranked.map((list, p) => {
    const vector = vectors[p]!;
    scatter(dense, vector);
    const result = list.map(({ index, score }) => ({
      index,
      score: round3(score),
      shared: sharedLimit > 0 ? sharedTerms(dense, vectors[index]!, sharedLimit) : [],
    }));
    unscatter(dense, vector);
    return result;
  });
}

/** A paper's weights written into a dense row (all zero before): a dot product with it is then one pass over the other paper. */
function scatter(dense: Float64Array, vector: SparseVector): void {
  for (let k = 0; k < vector.ids.length; k++) dense[vector.ids[k]!] = vector.weights[k]!;
}

/** The row back to all zero, touching only what `scatter` wrote. */
function unscatter(dense: Float64Array, vector: SparseVector): void {
  for (let k = 0; k < vector.ids.length; k++) dense[vector.ids[k]!] = 0;
}

/** The terms a paper (scattered densely) shares with `vector`, strongest contribution first. */
function sharedTerms(dense: Float64Array, vector: SparseVector, limit: number): number[] {
  // Two papers can share dozens of terms; only the best few are kept, by insertion.
  const ids: number[] = [];
  const weights: number[] = [];
  for (let k = 0; k < vector.ids.length; k++) {
    const id = vector.ids[k]!;
    if (dense[id] === 0) continue;
    const weight = dense[id]! * vector.weights[k]!;
    // ids arrive in increasing order, so an equal weight already kept wins the tie.
    if (ids.length === limit && weight <= weights[limit - 1]!) continue;
    let at = Math.min(ids.length, limit - 1);
    while (at > 0 && weights[at - 1]! < weight) at--;
    ids.splice(at, 0, id);
    weights.splice(at, 0, weight);
    if (ids.length > limit) {
      ids.pop();
      weights.pop();
    }
  }
  return ids;
}

/**
 * The terms two papers share (those `keep` accepts), the one adding most to their similarity
 * first (ties to the lower id): what a reader is told about why they are related, once the
 * lexicon has said which terms are worth showing.
 */
export function termsInCommon(a: SparseVector, b: SparseVector, keep: (id: number) => boolean = () => true): number[] {
  const common: { id: number; weight: number }[] = [];
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      if (keep(x)) common.push({ id: x, weight: a.weights[i]! * b.weights[j]! });
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common.sort((p, q) => q.weight - p.weight || p.id - q.id).map((entry) => entry.id);
}

/**
 * The `k` items with the highest scores, best first (ties to the lower index), by a bounded
 * min-heap: sorting every touched paper would cost n log n per paper.
 */
export function topK(items: readonly number[], score: ArrayLike<number>, k: number): number[] {
  const heap: number[] = [];
  // "a is worse than b": lower score, or equal score and higher index.
  const worse = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && a > b);
  const siftDown = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && worse(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && worse(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (k > 0 && worse(heap[0]!, item)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

function denseDot(dense: Float64Array, vector: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < vector.ids.length; k++) sum += dense[vector.ids[k]!]! * vector.weights[k]!;
  return sum;
}

function topTerms(vector: SparseVector, count: number): number[] {
  return topK([...vector.ids.keys()], vector.weights, count).map((k) => vector.ids[k]!);
}

function weightOf(vector: SparseVector, id: number): number {
  // ids are sorted: binary search.
  let lo = 0;
  let hi = vector.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = vector.ids[mid]!;
    if (value === id) return vector.weights[mid]!;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
