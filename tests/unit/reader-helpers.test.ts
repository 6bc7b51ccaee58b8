import { describe, expect, it } from "vitest";
import { siteHeaders } from "../../scripts/serve-dist.ts";
import { readingPlace } from "../../src/lib/view/reading-order.ts";
import { shortTitle } from "../../src/lib/view/titles.ts";
import { topicKeyResults } from "../../src/lib/view/topic-results.ts";
import { keyResults } from "../../src/lib/model/claims.ts";

describe("shortTitle", () => {
  it("takes the name before a colon, else clips at a word", () => {
    expect(shortTitle("FastSpeech: Fast, Robust and Controllable Text to Speech")).toBe("FastSpeech");
    expect(shortTitle("A short title")).toBe("A short title");
    expect(shortTitle("Lightweight and High-Fidelity End-to-End Text-to-Speech with Multi-Band Generation", 40)).toBe("Lightweight and High-Fidelity…");
  });
});

describe("readingPlace", () => {
  const topic = { id: "t", papers: ["a", "b", "c", "x"], primaryCount: 3 };
  const place = (slug: string, topics = ["t"]) => readingPlace({ slug, topics }, () => topic);

  it("gives previous and next among the topic's primary papers", () => {
    expect(place("a")).toEqual({ topic: "t", position: 1, total: 3, next: "b" });
    expect(place("b")).toEqual({ topic: "t", position: 2, total: 3, previous: "a", next: "c" });
    expect(place("c")).toEqual({ topic: "t", position: 3, total: 3, previous: "b" });
  });

  it("has no place for a paper without a topic, or not primary there", () => {
    expect(place("a", [])).toBeUndefined();
    expect(place("x")).toBeUndefined();
  });
});

describe("topicKeyResults", () => {
  const paper = (slug: string, title: string, abstract: string) => ({ slug, title, url: `/papers/${slug}/`, results: keyResults(abstract) });

  it("lists each paper's results in order, linking to the sentence", () => {
    const rows = topicKeyResults(
      [paper("a", "Alpha: A Model", "We propose Alpha. It is 3x faster on CPU. It gains 2% accuracy. It gains 4% in F1."), paper("b", "Beta", "No numbers here.")],
      { perPaper: 2 },
    );
    expect(rows.map((row) => [row.paperName, row.figure, row.measured, row.claimUrl])).toEqual([
      ["Alpha", "3x", "speed", "/papers/a/#claim-2"],
      ["Alpha", "2%", "accuracy", "/papers/a/#claim-3"],
    ]);
  });

  it("shows a figure once per table", () => {
    const rows = topicKeyResults([paper("a", "Alpha", "We propose Alpha. It is 3x faster on CPU. It is also 3x faster on GPU.")]);
    expect(rows.map((row) => row.figure)).toEqual(["3x"]);
  });

  it("stops at the limit", () => {
    const papers = Array.from({ length: 10 }, (_, i) => paper(`p${i}`, `P${i}`, "We propose Pnet. It is 3x faster."));
    expect(topicKeyResults(papers, { limit: 4 })).toHaveLength(4);
  });
});

describe("siteHeaders", () => {
  it("reads the headers netlify.toml sets for every page", () => {
    const toml = `[[headers]]\n  for = "/*"\n  [headers.values]\n    Content-Security-Policy = "default-src 'self'"\n    X-Frame-Options = "DENY"\n\n[[headers]]\n  for = "/_astro/*"\n  [headers.values]\n    Cache-Control = "immutable"\n`;
    expect(siteHeaders(toml)).toEqual({ "Content-Security-Policy": "default-src 'self'", "X-Frame-Options": "DENY" });
  });
});
