import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { abstractShingles, jaccard, likelyDuplicates, minhash, titleKey, titleShingles, type DuplicateInput } from "../../src/lib/workbench/duplicates.ts";
import { PROJECT } from "../site/fixture-site.ts";

const ABSTRACT =
  "We propose Kolmogorov-Arnold Networks as alternatives to multi-layer perceptrons. They have learnable activation functions on edges, parametrized as splines, and no linear weights at all.";

describe("likelyDuplicates", () => {
  it("pairs titles that differ only in case and punctuation, and near-identical abstracts", () => {
    const papers: DuplicateInput[] = [
      { slug: "kan", title: "KAN: Kolmogorov-Arnold Networks", abstract: ABSTRACT },
      { slug: "kan-lower", title: "kan — kolmogorov arnold networks", abstract: "" },
      { slug: "kan-v2", title: "Spline networks on edges", abstract: ABSTRACT.replace("at all", "at all whatsoever") },
      { slug: "mlp", title: "MLP-Mixer: An all-MLP Architecture for Vision", abstract: "Convolutional neural networks are the go-to model for computer vision. We present MLP-Mixer, an architecture based exclusively on multi-layer perceptrons." },
    ];
    expect(likelyDuplicates(papers)).toEqual([
      { a: "kan", b: "kan-lower", title: 1 },
      { a: "kan", b: "kan-v2", abstract: expect.closeTo(0.96, 2) },
    ]);
  });

  it("ignores empty and very short abstracts, which say nothing about identity", () => {
    const titles = { a: "Neural fields", b: "Speech synthesis with vocoders", c: "Mixture of experts" };
    const papers = Object.entries(titles).map(([slug, title]) => ({ slug, title, abstract: slug === "c" ? "" : "Too short to count." }));
    expect(likelyDuplicates(papers)).toEqual([]);
  });

  it("does not depend on the input order", () => {
    const papers: DuplicateInput[] = [
      { slug: "x", title: "Scaling Laws for Neural Language Models", abstract: ABSTRACT },
      { slug: "y", title: "Scaling laws for neural language models.", abstract: ABSTRACT },
      { slug: "z", title: "Scaling Laws for Neural Language Model", abstract: "" },
    ];
    expect(likelyDuplicates([...papers].reverse())).toEqual(likelyDuplicates(papers));
    expect(likelyDuplicates(papers).map((pair) => `${pair.a}=${pair.b}`)).toEqual(["x=y", "x=z", "y=z"]);
  });

  it("finds no duplicates in the committed content", () => {
    const dir = join(PROJECT, "content", "papers");
    const papers = readdirSync(dir).map((name) => {
      const data = parse(readFileSync(join(dir, name), "utf8").split("---\n")[1]!) as { title: string; abstract?: string };
      return { slug: name.replace(/\.mdx$/, ""), title: data.title, abstract: data.abstract ?? "" };
    });
    expect(likelyDuplicates(papers)).toEqual([]);
  });

  it("grows linearly: 3,000 distinct papers and one copy take well under the time of all pairs", () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() ** 2 * words.length)]).join(" ");
    const papers = Array.from({ length: 3000 }, (_, i) => ({ slug: `p${String(i).padStart(4, "0")}`, title: text(8), abstract: text(150) }));
    papers.push({ ...papers[17]!, slug: "q-copy" });
    const start = performance.now();
    expect(likelyDuplicates(papers)).toEqual([{ a: "p0017", b: "q-copy", title: 1, abstract: 1 }]);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("shingles and signatures", () => {
  it("normalise titles for comparison", () => {
    expect(titleKey("γ-MoD: Über  Mixture-of-Depths!")).toBe("gamma mod uber mixture of depths");
    expect(jaccard(titleShingles("Attention Is All You Need"), titleShingles("attention is all you need"))).toBe(1);
  });

  it("estimate similarity: equal sets give equal signatures", () => {
    const a = abstractShingles(ABSTRACT);
    expect(a.size).toBeGreaterThan(10);
    expect([...minhash(a)]).toEqual([...minhash(new Set(a))]);
    expect(jaccard(a, abstractShingles("Something unrelated entirely, with enough words to make shingles from it at all, for sure."))).toBe(0);
  });
});
