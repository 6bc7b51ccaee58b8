/**
 * Synthetic digests for the benchmark: any number of papers in the seed digest's exact shape
 * (two lines of boilerplate, `Subscribe` glued to the first title, a title line and an
 * abstract line per paper), made only from the seed's own titles and sentences.
 *
 * Each synthetic paper has a "topic parent", a seed paper, and borrows from the parent's
 * neighbourhood (the seed papers nearest to it by TF-IDF cosine): its title recombines the
 * title phrases of the neighbourhood, its abstract takes sentences of the parent and its
 * neighbours in the order they hold in their own abstracts (context first, results last).
 * So topics, vocabulary, method names, odd characters and lengths look like the seed's.
 *
 * Pure and deterministic: a seeded PRNG, no Math.random, no clock. Generation is
 * prefix-stable — the first N papers of a larger digest are the N-paper digest — so
 * "add 10 papers" is the N+10 digest.
 *
 * The seed is split into sentences here rather than with src/lib/model/sentences.ts so that a
 * change to the site's sentence logic does not change the benchmark's input.
 */

import { splitSentences } from "../../src/lib/model/sentences.ts";
import { parseDigest } from "../../src/lib/ingest/digest.ts";

export interface SeedPaper {
  title: string;
  abstract: string;
}

export interface SyntheticPaper {
  title: string;
  abstract: string;
  /** Index of the topic parent in the seed. */
  parent: number;
}

export interface SyntheticOptions {
  /** PRNG seed; the same seed and count give the same digest. */
  seed?: number;
  /** How many seed neighbours a paper borrows from (its "neighbourhood"). */
  neighbours?: number;
}

export const DIGEST_HEADER = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n";

const DEFAULT_SEED = 20240601;
const DEFAULT_NEIGHBOURS = 6;
const MAX_TITLE_LENGTH = 140;
const MIN_ABSTRACT_LENGTH = 320;
const MAX_ABSTRACT_LENGTH = 2200;

/** mulberry32: small, fast and good enough to pick sentences. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed digest's papers (title, abstract), in digest order. */
export function seedPapers(digestText: string): SeedPaper[] {
  return parseDigest(digestText).entries.map(({ title, abstract }) => ({ title, abstract }));
}

/** A digest file's text for these papers, in the seed's shape. */
export function renderDigest(papers: readonly { title: string; abstract: string }[]): string {
  return `${DIGEST_HEADER}Subscribe${papers.map((paper) => `${paper.title}\n${paper.abstract}`).join("\n")}\n`;
}

/** `count` synthetic papers made from the seed digest's text. */
export function syntheticDigest(seedDigestText: string, count: number, options: SyntheticOptions = {}): string {
  return renderDigest(syntheticPapers(seedPapers(seedDigestText), count, options));
}

// ---------------------------------------------------------------------------------------
// Splitting the seed

/** Sentences of a seed abstract: the same splitter the site uses for claims. */
export const seedSentences = splitSentences;

const CONNECTIVES = new Set([
  "for", "with", "via", "in", "of", "on", "to", "using", "without", "through", "from", "by", "under", "as", "towards", "beyond", "at", "into", "across",
]);

interface TitleParts {
  /** A method name before the colon ("RaftMLP"), when the title has one. */
  name: string | null;
  /** The phrase that opens the title proper ("How Much Can Be Done"). */
  lead: string;
  /** Phrases that start with a connective ("Without Attention and with Less Spatial Locality"). */
  tails: string[];
  /** Pieces of the name for new names: RaftMLP → Raft, MLP; MLP-Mixer → MLP, Mixer. */
  nameParts: string[];
}

function titleParts(title: string): TitleParts {
  let name: string | null = null;
  let rest = title;
  const colon = title.indexOf(": ");
  if (colon > 0) {
    const head = title.slice(0, colon);
    if (head.split(" ").length <= 3) {
      name = head;
      rest = title.slice(colon + 2);
    }
  }
  rest = rest.replace(/[?.!]+$/, "").trim();
  const words = rest.split(" ");
  const chunks: string[][] = [[]];
  for (const word of words) {
    if (CONNECTIVES.has(word.toLowerCase()) && chunks.at(-1)!.length > 0) chunks.push([]);
    chunks.at(-1)!.push(word);
  }
  const lead = chunks[0]!.join(" ");
  const tails = chunks
    .slice(1)
    .map((chunk) => chunk.join(" "))
    .filter((tail) => tail.split(" ").length >= 2 && !tail.includes(":"));
  const nameParts = name
    ? name
        .split(/[-\s]+|(?<=[a-z])(?=[A-Z])/)
        .filter((part) => /^[\p{Lu}\p{N}][\p{L}\p{N}]{1,}$/u.test(part))
    : [];
  return { name, lead, tails, nameParts };
}

// ---------------------------------------------------------------------------------------
// Neighbourhoods

const STOP = new Set(
  "the and for with that this from are our which can its has have been their these than into more such also both when while where only over each other they them use used using show shows based model models method methods paper propose proposed results approach work new via not but how what between across through".split(
    " ",
  ),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}\p{N}-]{2,}/gu)?.filter((word) => !STOP.has(word)) ?? [];
}

/** For each seed paper, the `k` others nearest by TF-IDF cosine (title words count double). */
export function seedNeighbours(seed: readonly SeedPaper[], k: number): number[][] {
  const counts = seed.map((paper) => {
    const tf = new Map<string, number>();
    for (const word of words(paper.title)) tf.set(word, (tf.get(word) ?? 0) + 2);
    for (const word of words(paper.abstract)) tf.set(word, (tf.get(word) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const vectors = counts.map((tf) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of tf) {
      const weight = (1 + Math.log(count)) * Math.log(seed.length / df.get(word)!);
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
  return vectors.map((vector, i) =>
    vectors
      .map((other, j) => {
        let dot = 0;
        if (i !== j) for (const [word, weight] of vector) dot += weight * (other.get(word) ?? 0);
        return { j, dot };
      })
      .filter(({ j }) => j !== i)
      .sort((a, b) => b.dot - a.dot || a.j - b.j)
      .slice(0, k)
      .map(({ j }) => j),
  );
}

// ---------------------------------------------------------------------------------------
// Generation

interface Prepared {
  seed: readonly SeedPaper[];
  parts: TitleParts[];
  sentences: string[][];
  neighbours: number[][];
}

function prepare(seed: readonly SeedPaper[], k: number): Prepared {
  return {
    seed,
    parts: seed.map((paper) => titleParts(paper.title)),
    sentences: seed.map((paper) => seedSentences(paper.abstract)),
    neighbours: seedNeighbours(seed, Math.min(k, seed.length - 1)),
  };
}

/**
 * `count` synthetic papers. Parents are dealt in rounds — each round a fresh shuffle of the
 * seed — so every seed topic is represented evenly; the first time a seed paper is a parent,
 * its child keeps the parent's method name (so names recur across abstracts, as in a real
 * field); later children get names recombined from their neighbourhood's names.
 */
export function syntheticPapers(seed: readonly SeedPaper[], count: number, options: SyntheticOptions = {}): SyntheticPaper[] {
  if (seed.length < 2) throw new Error("the seed needs at least two papers");
  const random = prng(options.seed ?? DEFAULT_SEED);
  const data = prepare(seed, options.neighbours ?? DEFAULT_NEIGHBOURS);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const taken = new Set<string>();
  const namesTaken = new Set<string>();
  const parentUsed = new Set<number>();
  const papers: SyntheticPaper[] = [];
  let round: number[] = [];

  while (papers.length < count) {
    if (round.length === 0) round = shuffle([...seed.keys()], random);
    const parent = round.pop()!;
    const firstChild = !parentUsed.has(parent);
    parentUsed.add(parent);
    const hood = [parent, ...data.neighbours[parent]!];

    let name = firstChild ? data.parts[parent]!.name : null;
    if (!name && random() < 0.45) name = newName(hood, data, random, namesTaken);
    const titled = uniqueTitle(name, parent, hood, data, random, taken, namesTaken, pick);
    name = titled.name;
    if (name) namesTaken.add(name.toLowerCase());
    const title = titled.title;
    taken.add(title.toLowerCase());
    const abstract = composeAbstract(parent, hood, name, data, random, pick);
    papers.push({ title, abstract, parent });
  }
  return papers;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A method name from two pieces of the neighbourhood's names (Raft + KAN → RaftKAN), unused so far. */
function newName(hood: readonly number[], data: Prepared, random: () => number, namesTaken: ReadonlySet<string>): string | null {
  let pool = [...new Set(hood.flatMap((index) => data.parts[index]!.nameParts))];
  if (pool.length < 2) pool = [...new Set(data.parts.flatMap((parts) => parts.nameParts))];
  if (pool.length < 2) return null;
  for (let attempt = 0; attempt < 12; attempt++) {
    const a = pool[Math.floor(random() * pool.length)]!;
    const b = pool[Math.floor(random() * pool.length)]!;
    if (a.toLowerCase() === b.toLowerCase()) continue;
    const joiner = /[A-Z0-9]$/.test(a) && /^[A-Z]/.test(b) ? "-" : "";
    let name = `${a}${joiner}${b}`;
    if (random() < 0.15) name += pickSuffix(random);
    if (!namesTaken.has(name.toLowerCase())) return name;
  }
  return null;
}

function pickSuffix(random: () => number): string {
  const suffixes = ["-2", "++", "-XL", "-Lite", "v2", "-S"];
  return suffixes[Math.floor(random() * suffixes.length)]!;
}

/**
 * Title: optional name, a lead phrase from the parent or a neighbour, one or two connective
 * phrases from others. A crowded neighbourhood that keeps producing taken titles gets a
 * fresh method name, which is what authors do too.
 */
function uniqueTitle(
  given: string | null,
  parent: number,
  hood: readonly number[],
  data: Prepared,
  random: () => number,
  taken: ReadonlySet<string>,
  namesTaken: ReadonlySet<string>,
  pick: <T>(items: readonly T[]) => T,
): { title: string; name: string | null } {
  const near = hood.flatMap((index) => data.parts[index]!.tails);
  // Two steps out: the neighbours' neighbours, for crowded corners of the seed.
  const wider = [...new Set(hood.flatMap((index) => [index, ...data.neighbours[index]!]))];
  const far = wider.flatMap((index) => data.parts[index]!.tails);
  let name = given;
  let fallback = "";
  for (let attempt = 0; attempt < 32; attempt++) {
    if (attempt > 0 && attempt % 8 === 0) name = newName(hood, data, random, namesTaken) ?? name;
    const tails = attempt < 16 ? near : far;
    const leadFrom = random() < 0.6 ? parent : pick(attempt < 16 ? hood : wider);
    const lead = data.parts[leadFrom]!.lead;
    const pieces = [lead];
    if (tails.length > 0) {
      const first = pick(tails);
      pieces.push(first);
      if (random() < 0.25 + attempt * 0.03) {
        const second = pick(tails);
        if (second !== first) pieces.push(second);
      }
    }
    let title = pieces.join(" ");
    if (name && !title.toLowerCase().startsWith(name.toLowerCase())) title = `${name}: ${title}`;
    if (title.length > MAX_TITLE_LENGTH) continue;
    if (!fallback) fallback = title;
    if (!taken.has(title.toLowerCase())) return { title, name };
  }
  // Rare: every draw collided. A numbered part is still a plausible, unique title.
  const base = (fallback || data.seed[parent]!.title).slice(0, MAX_TITLE_LENGTH - 10);
  for (let n = 2; ; n++) {
    const title = `${base}, Part ${n}`;
    if (!taken.has(title.toLowerCase())) return { title, name };
  }
}

/**
 * Abstract: as many sentences as the parent has (±1), each slot filled from the parent
 * (half the time) or a neighbour, at the same relative place in that paper's abstract.
 * The source's own method name becomes this paper's name.
 */
function composeAbstract(
  parent: number,
  hood: readonly number[],
  name: string | null,
  data: Prepared,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): string {
  const target = Math.max(3, data.sentences[parent]!.length + Math.floor(random() * 3) - 1);
  const chosen: string[] = [];
  const used = new Set<string>();
  let length = 0;
  for (let slot = 0; slot < target + 6 && (chosen.length < target || length < MIN_ABSTRACT_LENGTH); slot++) {
    const source = slot === 0 || random() < 0.5 ? parent : pick(hood.slice(1));
    const sentences = data.sentences[source]!;
    const position = Math.min(chosen.length, target - 1) / Math.max(1, target - 1);
    const jitter = Math.floor(random() * 3) - 1;
    const at = Math.min(sentences.length - 1, Math.max(0, Math.round(position * (sentences.length - 1)) + jitter));
    let sentence = sentences[at]!;
    if (used.has(sentence)) continue;
    if (length + sentence.length > MAX_ABSTRACT_LENGTH && chosen.length >= 3) break;
    used.add(sentence);
    const sourceName = data.parts[source]!.name;
    if (name && sourceName && sourceName !== name) sentence = replaceWord(sentence, sourceName, name);
    chosen.push(sentence);
    length += sentence.length + 1;
  }
  return chosen.join(" ");
}

function replaceWord(text: string, word: string, by: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, "gu"), () => by);
}
