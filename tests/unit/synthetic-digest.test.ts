import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseDigest } from "../../src/lib/ingest/digest.ts";
import {
  DIGEST_HEADER,
  prng,
  renderDigest,
  seedNeighbours,
  seedPapers,
  seedSentences,
  syntheticDigest,
  syntheticPapers,
} from "../../scripts/lib/synthetic-digest.ts";

const SEED_TEXT = readFileSync(new URL("../../content/digest.txt", import.meta.url), "utf8");
const SEED = seedPapers(SEED_TEXT);
const SEED_SENTENCES = new Set(SEED.flatMap((paper) => seedSentences(paper.abstract)));
const SEED_WORDS = new Set(SEED.flatMap((paper) => `${paper.title} ${paper.abstract}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));

const N = 1500;
const PAPERS = syntheticPapers(SEED, N);

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}][\p{L}\p{N}-]{3,}/gu) ?? []);
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((word) => b.has(word)).length / Math.max(1, Math.min(a.size, b.size));

describe("prng", () => {
  it("is deterministic, in [0, 1), and depends on the seed", () => {
    const a = prng(7);
    const b = prng(7);
    const c = prng(8);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs.slice(0, 5));
    expect(mean(xs)).toBeGreaterThan(0.45);
    expect(mean(xs)).toBeLessThan(0.55);
  });
});

describe("syntheticDigest", () => {
  afterEach(() => vi.restoreAllMocks());

  it("has the seed's exact shape and parses into N papers with no warnings", () => {
    const text = syntheticDigest(SEED_TEXT, 300);
    expect(text.startsWith(`${DIGEST_HEADER}Subscribe`)).toBe(true);
    const lines = text.split("\n");
    expect(lines).toHaveLength(2 + 2 * 300 + 1);
    expect(lines.at(-1)).toBe("");
    expect(lines[2]).toBe(`Subscribe${PAPERS[0]!.title}`);
    expect(lines[3]).toBe(PAPERS[0]!.abstract);
    const parsed = parseDigest(text);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.entries.map(({ title, abstract }) => ({ title, abstract }))).toEqual(PAPERS.slice(0, 300).map(({ title, abstract }) => ({ title, abstract })));
  });

  it("is deterministic and never calls Math.random", () => {
    const spy = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random called");
    });
    expect(syntheticDigest(SEED_TEXT, 200)).toBe(syntheticDigest(SEED_TEXT, 200));
    expect(spy).not.toHaveBeenCalled();
    expect(syntheticDigest(SEED_TEXT, 200, { seed: 2 })).not.toBe(syntheticDigest(SEED_TEXT, 200));
  });

  it("is prefix-stable: the first N papers of a bigger digest are the N-paper digest", () => {
    const more = syntheticPapers(SEED, N + 10);
    expect(more.slice(0, N)).toEqual(PAPERS);
    const added = parseDigest(renderDigest(more)).entries.slice(N);
    expect(added).toHaveLength(10);
  });

  it("gives unique titles, even ignoring case, at 10,000 papers", () => {
    const titles = syntheticPapers(SEED, 10_000).map((paper) => paper.title.toLowerCase());
    expect(new Set(titles).size).toBe(10_000);
  });

  it("has realistic lengths: titles and abstracts like the seed's", () => {
    const seedTitle = mean(SEED.map((paper) => paper.title.length));
    const seedAbstract = mean(SEED.map((paper) => paper.abstract.length));
    expect(mean(PAPERS.map((paper) => paper.title.length))).toBeGreaterThan(seedTitle * 0.8);
    expect(mean(PAPERS.map((paper) => paper.title.length))).toBeLessThan(seedTitle * 1.25);
    expect(mean(PAPERS.map((paper) => paper.abstract.length))).toBeGreaterThan(seedAbstract * 0.85);
    expect(mean(PAPERS.map((paper) => paper.abstract.length))).toBeLessThan(seedAbstract * 1.15);
    for (const paper of PAPERS) {
      expect(paper.title.length).toBeLessThanOrEqual(140);
      expect(paper.title).not.toMatch(/\n/);
      expect(paper.abstract.length).toBeGreaterThanOrEqual(300);
      expect(paper.abstract.length).toBeLessThanOrEqual(2200);
    }
  });

  it("is made of the seed's own sentences and vocabulary", () => {
    const sentences = PAPERS.flatMap((paper) => seedSentences(paper.abstract));
    const verbatim = sentences.filter((sentence) => SEED_SENTENCES.has(sentence)).length;
    // The rest are seed sentences with the source's method name replaced by the paper's.
    expect(verbatim / sentences.length).toBeGreaterThan(0.85);
    const words = PAPERS.flatMap((paper) => paper.abstract.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    expect(words.filter((word) => SEED_WORDS.has(word)).length / words.length).toBeGreaterThan(0.98);
  });

  it("keeps the seed's topical structure: a paper is nearer its parent than a random seed paper", () => {
    const random = prng(99);
    const toParent: number[] = [];
    const toOther: number[] = [];
    for (const paper of PAPERS.slice(0, 500)) {
      const own = wordsOf(paper.abstract);
      toParent.push(overlap(own, wordsOf(SEED[paper.parent]!.abstract)));
      toOther.push(overlap(own, wordsOf(SEED[Math.floor(random() * SEED.length)]!.abstract)));
    }
    expect(mean(toParent)).toBeGreaterThan(2 * mean(toOther));
  });

  it("deals parents evenly and keeps each parent's method name once", () => {
    const counts = new Map<number, number>();
    for (const paper of PAPERS) counts.set(paper.parent, (counts.get(paper.parent) ?? 0) + 1);
    expect(counts.size).toBe(SEED.length);
    const values = [...counts.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
    // "KAN: Kolmogorov-Arnold Networks" is a seed title; its name recurs in a child's title.
    expect(PAPERS.some((paper) => paper.title.startsWith("KAN: "))).toBe(true);
  });
});

describe("seedNeighbours", () => {
  it("finds topical neighbours in the seed", () => {
    const neighbours = seedNeighbours(SEED, 5);
    const kan = SEED.findIndex((paper) => paper.title === "KAN: Kolmogorov-Arnold Networks");
    const near = neighbours[kan]!.map((index) => SEED[index]!.title);
    expect(near.filter((title) => /Kolmogorov|KAN/.test(title)).length).toBeGreaterThanOrEqual(3);
    expect(neighbours.every((list, index) => list.length === 5 && !list.includes(index))).toBe(true);
  });
});
