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
