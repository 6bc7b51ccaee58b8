/**
 * Related papers: the nearest papers by TF-IDF cosine, each with the terms that explain why.
 *
 * No all-pairs loop: candidates come from an inverted index over each paper's strongest
 * terms, skipping terms so common they link everything; only those candidates are scored
 * exactly, then re-ranked by the near neighbours they share. Cost grows with the number of
 * papers times a bounded posting length.
 */

import type { Corpus, SparseVector } from "./vectors.ts";
import { descending, round3 } from "./order.ts";

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
  const pools = scoreCandidates(corpus, strongest, postings, { candidates, topics: topics && topicNumbers(topics), isLinked: linkedPairs(links, vectors.length) });
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

const byScore = (a: Scored, b: Scored) => descending(a.score, b.score) || a.index - b.index;

/** Each paper's topics as small numbers: two papers' are compared without strings or closures. */
function topicNumbers(topics: readonly (readonly string[])[]): number[][] {
  const numberOf = new Map<string, number>();
  return topics.map((ids) =>
    ids.map((id) => {
      let n = numberOf.get(id);
      if (n === undefined) numberOf.set(id, (n = numberOf.size));
      return n;
    }),
  );
}

function shareAny(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i]!)) return true;
  return false;
}

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
    list.sort((a, b) => descending(a.weight, b.weight) || a.paper - b.paper);
    const length = Math.min(list.length, maxPosting);
    // Filled by a loop: a typed array's `from` with a mapping function is many times slower.
    const posting = { papers: new Int32Array(length), weights: new Float64Array(length) };
    for (let i = 0; i < length; i++) {
      posting.papers[i] = list[i]!.paper;
      posting.weights[i] = list[i]!.weight;
    }
    packed.set(id, posting);
  }
  return packed;
}

/** First pass: exact cosine (plus the topic and link bonuses) for each paper's candidates, best first. */
function scoreCandidates(
  corpus: Corpus,
  strongest: readonly number[][],
  postings: ReadonlyMap<number, Posting>,
  { candidates, topics, isLinked }: { candidates: number; topics: readonly (readonly number[])[] | undefined; isLinked: (p: number, q: number) => boolean },
): Scored[][] {
  const { vectors } = corpus;
  const scratch = { accumulator: new Float64Array(vectors.length), touched: new Int32Array(vectors.length) };
  const dense = new Float64Array(corpus.vocabulary.terms.length);
  const packed = packVectors(vectors);
  return vectors.map((vector, p) => {
    const pool = proposeCandidates(p, vector, strongest[p]!, postings, scratch, candidates);
    scatter(dense, vector);
    const scored = pool
      .map((q) => {
        const shareTopic = topics ? shareAny(topics[p]!, topics[q]!) : false;
        const link = isLinked(p, q);
        return { index: q, score: denseDot(dense, packed, q) + (shareTopic ? TOPIC_BONUS : 0) + (link ? LINK_BONUS : 0) };
      })
      .sort(byScore);
    unscatter(dense, vector);
    return scored;
  });
}

/**
 * The `count` papers the postings of paper `p`'s strongest terms propose, most weight in common
 * first. `scratch` holds the weight in common by paper, all zero before and after, and room for
 * the papers touched: one allocation for every paper.
 */
function proposeCandidates(
  p: number,
  vector: SparseVector,
  terms: readonly number[],
  postings: ReadonlyMap<number, Posting>,
  scratch: { accumulator: Float64Array; touched: Int32Array },
  count: number,
): number[] {
  const { accumulator, touched } = scratch;
  let length = 0;
  for (const k of terms) {
    const { papers, weights } = postings.get(k)!;
    const weight = weightOf(vector, k);
    for (let i = 0; i < papers.length; i++) {
      const q = papers[i]!;
      if (q === p) continue;
      if (accumulator[q] === 0) touched[length++] = q;
      accumulator[q]! += weight * weights[i]!;
    }
  }
  const pool = topK(touched.subarray(0, length), accumulator, count);
  for (let i = 0; i < length; i++) accumulator[touched[i]!] = 0;
  return pool;
}

/**
 * Second pass: papers that share near neighbours belong together, even when their own
 * words overlap less (shared-nearest-neighbour re-ranking). Each paper's neighbourhood is
 * scattered into a dense row, so comparing two neighbourhoods is one pass over the other.
 */
function rerankByNeighbours(pools: readonly Scored[][], limit: number): Scored[][] {
  // Every paper's neighbourhood packed in two flat arrays, NEIGHBOURHOOD slots a paper: read
  // for each candidate of each paper, it is the inner loop.
  const nearIndex = new Int32Array(pools.length * NEIGHBOURHOOD);
  const nearScore = new Float64Array(pools.length * NEIGHBOURHOOD);
  const nearCount = new Int32Array(pools.length);
  pools.forEach((pool, p) => {
    nearCount[p] = Math.min(pool.length, NEIGHBOURHOOD);
    for (let r = 0; r < nearCount[p]!; r++) {
      nearIndex[p * NEIGHBOURHOOD + r] = pool[r]!.index;
      nearScore[p * NEIGHBOURHOOD + r] = pool[r]!.score;
    }
  });
  const mine = new Float64Array(pools.length);
  return pools.map((pool, p) => {
    const from = p * NEIGHBOURHOOD;
    for (let r = from; r < from + nearCount[p]!; r++) mine[nearIndex[r]!] = nearScore[r]!;
    const reranked = pool
      .map(({ index: q, score }) => {
        let shared = 0;
        for (let r = q * NEIGHBOURHOOD; r < q * NEIGHBOURHOOD + nearCount[q]!; r++) shared += mine[nearIndex[r]!]! * nearScore[r]!;
        return { index: q, score: score + NEIGHBOURHOOD_WEIGHT * shared };
      })
      .sort(byScore)
      .slice(0, limit);
    for (let r = from; r < from + nearCount[p]!; r++) mine[nearIndex[r]!] = 0;
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
 * The terms two papers share, each with how much it adds to their similarity (the product of
 * its weights), in id order: what a reader is told about why they are related, strongest first
 * (see `takeStrongest`), once the lexicon has said which terms are worth showing.
 */
export function termsInCommon(a: SparseVector, b: SparseVector): SharedTerms {
  const common: SharedTerms = { ids: [], weights: [] };
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      common.ids.push(x);
      common.weights.push(a.weights[i]! * b.weights[j]!);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

export interface SharedTerms {
  ids: number[];
  weights: number[];
}

/**
 * Takes the strongest of the shared terms out (ties to the lower id) and returns its id: one at
 * a time, as a caller reads the first few of dozens and sorting them all would cost more.
 */
export function takeStrongest(common: SharedTerms): number {
  const { ids, weights } = common;
  let best = 0;
  for (let k = 1; k < ids.length; k++) {
    if (weights[k]! > weights[best]! || (weights[k] === weights[best] && ids[k]! < ids[best]!)) best = k;
  }
  const id = ids[best]!;
  // The last one takes the place of the one taken.
  ids[best] = ids[ids.length - 1]!;
  weights[best] = weights[weights.length - 1]!;
  ids.pop();
  weights.pop();
  return id;
}

/**
 * The `k` items with the highest scores, best first (ties to the lower index), by a bounded
 * min-heap: sorting every touched paper would cost n log n per paper.
 */
export function topK(items: ArrayLike<number>, score: ArrayLike<number>, k: number): number[] {
  const heap: number[] = [];
  // "a is worse than b": lower score, or equal score and higher index.
  const worse = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && a > b);
  const swap = (i: number, j: number) => {
    const item = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = item;
  };
  // By index: an iterator over a typed array makes an object per item.
  for (let at = 0; at < items.length; at++) {
    const item = items[at]!;
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (k > 0 && worse(heap[0]!, item)) {
      // The worst kept item gives way; the new one sinks to its place.
      heap[0] = item;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < k && worse(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < k && worse(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === i) break;
        swap(i, smallest);
        i = smallest;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/** Every paper's vector end to end: paper `p`'s terms are `ids` and `weights` from `start[p]` to `start[p + 1]`. */
interface PackedVectors {
  ids: Int32Array;
  weights: Float64Array;
  start: Int32Array;
}

/**
 * The vectors packed in two long arrays: scoring reads hundreds of thousands of candidates'
 * terms, each a few reads from memory away when every vector has arrays of its own.
 */
function packVectors(vectors: readonly SparseVector[]): PackedVectors {
  const start = new Int32Array(vectors.length + 1);
  vectors.forEach((vector, p) => (start[p + 1] = start[p]! + vector.ids.length));
  const packed = { ids: new Int32Array(start[vectors.length]!), weights: new Float64Array(start[vectors.length]!), start };
  vectors.forEach((vector, p) => {
    packed.ids.set(vector.ids, start[p]);
    packed.weights.set(vector.weights, start[p]);
  });
  return packed;
}

/** Paper `q`'s vector (packed) times a paper scattered densely: its terms in order, as `dot` adds them. */
function denseDot(dense: Float64Array, { ids, weights, start }: PackedVectors, q: number): number {
  let sum = 0;
  for (let k = start[q]!; k < start[q + 1]!; k++) sum += dense[ids[k]!]! * weights[k]!;
  return sum;
}

function topTerms(vector: SparseVector, count: number): number[] {
  const positions: number[] = [];
  for (let k = 0; k < vector.ids.length; k++) positions.push(k);
  return topK(positions, vector.weights, count).map((k) => vector.ids[k]!);
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
