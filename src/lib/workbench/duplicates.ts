/**
 * Likely duplicates: papers whose titles or abstracts are near-identical (the same preprint
 * listed twice, a renamed v2, a title that differs only in case). Candidates come from
 * MinHash signatures split into bands (locality-sensitive hashing), so the cost grows with the
 * number of papers, not its square; every candidate pair is then confirmed by its exact
 * Jaccard similarity.
 */

import { fnv1a } from "../content/hash.ts";
import { transliterate } from "../content/slug.ts";
import { compare, pairKey, round3 } from "../model/order.ts";

export interface DuplicateInput {
  slug: string;
  title: string;
  abstract: string;
}

export interface DuplicatePair {
  /** The two slugs, a < b. */
  a: string;
  b: string;
  /** Jaccard similarity of the titles' character trigrams, when they are near-identical. */
  title?: number;
  /** Jaccard similarity of the abstracts' word trigrams, when they are near-identical. */
  abstract?: number;
}

/** Minimum Jaccard similarity to report a pair: near-identical, not merely on one subject. */
const THRESHOLD = 0.8;

const BANDS = 8;
const ROWS = 4;
const HASHES = BANDS * ROWS;
/** Shorter abstracts say too little to call two papers the same. */
const MIN_ABSTRACT_WORDS = 12;
/** A bucket this large is one family of near-copies: pair each with the first, not all with all. */
const MAX_BUCKET_PAIRS = 32;

/** Case, accents and punctuation do not make two titles different. */
export function titleKey(title: string): string {
  return transliterate(title).replace(/[^a-z0-9]+/g, " ").trim();
}

/** Shingles are 32-bit hashes: sets of numbers are several times cheaper than sets of strings. */
export type Shingles = Set<number>;

const rotl = (x: number, bits: number) => ((x << bits) | (x >>> (32 - bits))) >>> 0;
const combine = (a: number, b: number, c: number) => mix(a ^ rotl(b, 11) ^ rotl(c, 22));

/** Character trigrams of the title's key. */
export function titleShingles(title: string): Shingles {
  const key = ` ${titleKey(title)} `;
  const shingles: Shingles = new Set();
  for (let i = 0; i + 3 <= key.length; i++) shingles.add(combine(key.charCodeAt(i), key.charCodeAt(i + 1), key.charCodeAt(i + 2)));
  return shingles;
}

/** Word trigrams of the abstract; none when it is too short to tell papers apart. */
export function abstractShingles(abstract: string): Shingles {
  const words = (abstract.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
  const shingles: Shingles = new Set();
  if (words.length < MIN_ABSTRACT_WORDS) return shingles;
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(combine(words[i]!, words[i + 1]!, words[i + 2]!));
  return shingles;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Murmur3's finaliser: turns `x ^ seed` into one of HASHES independent-enough hash functions. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2d)));

export function minhash(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const base of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const value = mix(base ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Pairs of indexes that share at least one band of their signatures. */
function candidatePairs(signatures: readonly (Uint32Array | undefined)[]): [number, number][] {
  const pairs = new Set<string>();
  const out: [number, number][] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      if (!signature) return;
      const key = signature.subarray(band * ROWS, (band + 1) * ROWS).join(",");
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        const partners = bucket.length > MAX_BUCKET_PAIRS ? (i === 0 ? [] : [bucket[0]!]) : bucket.slice(0, i);
        for (const j of partners) {
          const key = `${j},${bucket[i]}`;
          if (pairs.has(key)) continue;
          pairs.add(key);
          out.push([j, bucket[i]!]);
        }
      }
    }
  }
  return out;
}

export function likelyDuplicates(papers: readonly DuplicateInput[]): DuplicatePair[] {
  const sorted = [...papers].sort((x, y) => compare(x.slug, y.slug));
  const found = new Map<string, DuplicatePair>();
  const record = (i: number, j: number, field: "title" | "abstract", similarity: number) => {
    const [a, b] = [sorted[i]!.slug, sorted[j]!.slug].sort(compare) as [string, string];
    const key = pairKey(a, b);
    const pair = found.get(key) ?? { a, b };
    pair[field] = round3(similarity);
    found.set(key, pair);
  };

  const fields = [
    { field: "title" as const, shingles: sorted.map((paper) => titleShingles(paper.title)) },
    { field: "abstract" as const, shingles: sorted.map((paper) => abstractShingles(paper.abstract)) },
  ];
  for (const { field, shingles } of fields) {
    const signatures = shingles.map((set) => (set.size > 0 ? minhash(set) : undefined));
    for (const [i, j] of candidatePairs(signatures)) {
      const similarity = jaccard(shingles[i]!, shingles[j]!);
      if (similarity >= THRESHOLD) record(i, j, field, similarity);
    }
  }

  // Titles equal but for case and punctuation always count, however short.
  const byTitle = new Map<string, number>();
  sorted.forEach((paper, index) => {
    const key = titleKey(paper.title);
    if (!key) return;
    const first = byTitle.get(key);
    if (first === undefined) byTitle.set(key, index);
    else record(first, index, "title", 1);
  });

  const strength = (pair: DuplicatePair) => Math.max(pair.title ?? 0, pair.abstract ?? 0);
  return [...found.values()].sort((x, y) => strength(y) - strength(x) || compare(x.a, y.a) || compare(x.b, y.b));
}

