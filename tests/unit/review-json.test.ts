import { describe, expect, it } from "vitest";
import { hostilePapers } from "../../scripts/lib/hostile-digest.ts";
import { buildReview, reviewJson, reviewJsonPieces } from "../../src/lib/model/review.ts";

describe("review.json in pieces", () => {
  it("joins to exactly JSON.stringify of the review, hostile text and U+2028 included", () => {
    const papers = [...hostilePapers(11, 60), { title: "Line\u2028separator\u2029and \"quotes\"", abstract: "We propose\u2028a thing." }].map((paper, index) => ({
      slug: `p${index}`,
      title: paper.title,
      abstract: paper.abstract,
      pinned: undefined,
      inDigest: true,
    }));
    const topics = [{ id: "models", title: "Models", description: "", terms: ["model"], exclude: [], order: 1 }];
    const review = buildReview("A \u2028 review", papers, topics);
    const site = new URL("https://review.example.org");
    expect([...reviewJsonPieces(review, site)].join("")).toBe(JSON.stringify(reviewJson(review, site), null, 2));
    const empty = buildReview("Empty", [], []);
    expect([...reviewJsonPieces(empty, undefined)].join("")).toBe(JSON.stringify(reviewJson(empty, undefined), null, 2));
  });
});

describe("a topic's stated order", () => {
  it("puts the reviewer's key papers first, then the papers most central to the topic", () => {
    const papers = [
      { slug: "a", title: "Speech synthesis with speech synthesis models", abstract: "We propose a speech synthesis model for speech synthesis." },
      { slug: "b", title: "A speech synthesis study", abstract: "We study speech synthesis." },
      { slug: "c", title: "Notes on synthesis", abstract: "We discuss speech synthesis briefly, among other things like vision and graphs." },
    ];
    const topics = [{ id: "tts", title: "Speech Synthesis", description: "", terms: ["speech synthesis"], exclude: [], order: 1 }];
    const plain = buildReview("R", papers, topics).topic("tts").papers;
    const keyed = buildReview("R", papers.map((paper) => ({ ...paper, key: paper.slug === plain.at(-1) })), topics).topic("tts").papers;
    expect(keyed[0]).toBe(plain.at(-1));
    expect(keyed.slice(1)).toEqual(plain.slice(0, -1));
  });
});

describe("a paper's title", () => {
  it("reads as the authors meant it: inline LaTeX as plain Unicode, hostile text kept as text", () => {
    const papers = [
      { slug: "d2", title: "D$^2$GMBC: Gait Modulation for PixArt-$\\alpha$", abstract: "We propose a gait." },
      { slug: "hostile", title: "<script>alert(1)</script> {x} --- # :", abstract: "We propose a thing." },
    ];
    const review = buildReview("R", papers, []);
    expect(review.paper("d2").title).toBe("D²GMBC: Gait Modulation for PixArt-α");
    expect(review.paper("hostile").title).toBe("<script>alert(1)</script> {x} --- # :");
  });
});
