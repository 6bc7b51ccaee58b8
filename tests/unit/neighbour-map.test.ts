import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDigest } from "../../src/lib/ingest/digest.ts";
import { buildReview, type Review, type ReviewPaper } from "../../src/lib/model/review.ts";
import { closeness, neighbourMap, type NeighbourMap } from "../../src/lib/view/neighbour-map.ts";

const seed = parseDigest(readFileSync(new URL("../../content/digest.txt", import.meta.url), "utf8")).entries;
const review = buildReview(
  "Seed",
  seed.map((entry, i) => ({ slug: `p${i}`, ...entry })),
  JSON.parse(readFileSync(new URL("../fixtures/seed-topics.json", import.meta.url), "utf8")),
);
const maps = review.papers.filter((paper) => paper.related.length > 0).map((paper) => neighbourMap(review, paper.slug));
const slugOf = (title: string) => review.papers.find((paper) => paper.title === title)!.slug;
const distance = (map: NeighbourMap, node: { x: number; y: number }) => Math.hypot(node.x - map.centre.x, node.y - map.centre.y);

/** Points every half pixel along a segment: whether any lies strictly inside the box (checked independently of the map's own geometry). */
function crosses(edge: { x1: number; y1: number; x2: number; y2: number }, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(edge.x2 - edge.x1, edge.y2 - edge.y1) * 2));
  for (let k = 0; k <= steps; k++) {
    const x = edge.x1 + ((edge.x2 - edge.x1) * k) / steps;
    const y = edge.y1 + ((edge.y2 - edge.y1) * k) / steps;
    if (x > box.x1 && x < box.x2 && y > box.y1 && y < box.y2) return true;
  }
  return false;
}

describe("neighbourMap", () => {
  it("puts the paper in the middle and its related papers around it, numbered as listed, inside the picture", () => {
    for (const map of maps) {
      for (const node of map.nodes) {
        expect(node.x - map.nodeRadius).toBeGreaterThanOrEqual(0);
        expect(node.x + map.nodeRadius).toBeLessThanOrEqual(map.size.width);
        expect(node.y - map.nodeRadius).toBeGreaterThanOrEqual(0);
        expect(node.y + map.nodeRadius).toBeLessThanOrEqual(map.size.height);
        expect(node.label.box.x1).toBeGreaterThanOrEqual(0);
        expect(node.label.box.x2).toBeLessThanOrEqual(map.size.width);
        expect(node.label.box.y1).toBeGreaterThanOrEqual(0);
        expect(node.label.box.y2).toBeLessThanOrEqual(map.size.height);
      }
    }
    const paper = review.paper(slugOf("KAN: Kolmogorov-Arnold Networks"));
    const map = neighbourMap(review, paper.slug);
    expect(map.nodes.map((node) => node.slug)).toEqual(paper.related.map((link) => link.slug));
    expect(map.nodes.map((node) => node.rank)).toEqual(paper.related.map((_, i) => i + 1));
    expect(map.topics[0]!.id).toBe(paper.topics[0]);
  });

  it("puts a neighbour as far out as it is less similar, on one scale for every page", () => {
    // Every neighbour on every page: a higher score is never farther from its centre.
    const all = maps.flatMap((map) => map.nodes.map((node) => ({ score: node.score, distance: distance(map, node) })));
    all.sort((a, b) => b.score - a.score || a.distance - b.distance);
    for (let i = 1; i < all.length; i++) {
      // Coordinates are written to a tenth of a pixel.
      expect(all[i]!.distance).toBeGreaterThanOrEqual(all[i - 1]!.distance - 0.15);
      if (all[i]!.score < all[i - 1]!.score - 0.2) expect(all[i]!.distance).toBeGreaterThan(all[i - 1]!.distance);
    }
  });

  it("draws a paper with close neighbours tight and one with weak neighbours sparse", () => {
    const spread = (map: NeighbourMap) => map.nodes.reduce((sum, node) => sum + distance(map, node), 0) / map.nodes.length;
    const kan = neighbourMap(review, slugOf("KAN: Kolmogorov-Arnold Networks"));
    const scaling = neighbourMap(review, slugOf("A Solvable Model of Neural Scaling Laws"));
    // KAN's neighbours are among the review's closest pairs; the scaling-law paper's are less close.
    expect(Math.min(...kan.nodes.map((node) => node.score))).toBeGreaterThan(Math.max(...scaling.nodes.map((node) => node.score)));
    expect(spread(kan)).toBeLessThan(spread(scaling));
    const byBest = [...maps].sort((a, b) => b.nodes[0]!.score - a.nodes[0]!.score);
    expect(spread(byBest[0]!)).toBeLessThan(spread(byBest.at(-1)!) / 2);
  });

  it("measures closeness as the share of the review's related-paper links that are weaker", () => {
    const scores = review.papers.flatMap((paper) => paper.related.map((link) => link.score));
    const max = Math.max(...scores);
    const min = Math.min(...scores);
    expect(closeness(review, max)).toBeGreaterThan(0.99);
    expect(closeness(review, min)).toBeLessThan(0.01);
    const median = [...scores].sort((a, b) => a - b)[Math.floor(scores.length / 2)]!;
    expect(closeness(review, median)).toBeCloseTo(0.5, 1);
    expect(closeness(review, max + 1)).toBe(1);
    expect(closeness(review, min - 1)).toBe(0);
  });

  it("draws the scale's rings where the caption says: the closest quarter inside the first, the closest half inside the second", () => {
    for (const map of maps) {
      expect(map.rings.map((ring) => ring.share)).toEqual([0.25, 0.5]);
      const [quarter, half] = map.rings.map((ring) => ring.r) as [number, number];
      for (const node of map.nodes) {
        if (node.closeness > 0.76) expect(distance(map, node)).toBeLessThan(quarter);
        if (node.closeness < 0.74 && node.closeness > 0.51) expect(distance(map, node)).toBeGreaterThan(quarter);
        if (node.closeness < 0.49) expect(distance(map, node)).toBeGreaterThan(half);
      }
    }
  });

  it("never lets a line cross a rank number, or a number sit on a dot or another number", () => {
    for (const map of maps) {
      for (const node of map.nodes) {
        for (const edge of map.edges) expect(crosses(edge, node.label.box), `${edge.x1},${edge.y1}→${edge.x2},${edge.y2} through ${node.rank}`).toBe(false);
        for (const other of map.nodes) {
          const dot = { x: other.x, y: other.y };
          const box = node.label.box;
          const nearest = { x: Math.max(box.x1, Math.min(dot.x, box.x2)), y: Math.max(box.y1, Math.min(dot.y, box.y2)) };
          expect(Math.hypot(nearest.x - dot.x, nearest.y - dot.y)).toBeGreaterThanOrEqual(map.nodeRadius);
          if (other !== node) {
            const a = node.label.box;
            const b = other.label.box;
            expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1).toBe(true);
          }
        }
      }
    }
  });

  it("keeps neighbours of one topic side by side, and every line from the centre drawn", () => {
    for (const map of maps) {
      const around = [...map.nodes].sort((a, b) => Math.atan2(a.y - map.centre.y, a.x - map.centre.x) - Math.atan2(b.y - map.centre.y, b.x - map.centre.x));
      const runs = around.map((node) => node.topic).filter((topic, i, list) => topic !== list[(i + list.length - 1) % list.length]);
      // Going round once, each topic starts one run (or the whole circle is one topic).
      expect(new Set(runs).size).toBe(runs.length);
      expect(map.edges.filter((edge) => !edge.between)).toHaveLength(map.nodes.length);
    }
  });

  it("is deterministic", () => {
    const slug = slugOf("KAN: Kolmogorov-Arnold Networks");
    expect(neighbourMap(review, slug)).toEqual(neighbourMap(review, slug));
  });
});

describe("neighbourMap on a review made to measure", () => {
  // Two papers with the same scores to their neighbours sit their neighbours at the same distances.
  const paper = (slug: string, related: [string, number][]): ReviewPaper =>
    ({ slug, title: slug, url: `/papers/${slug}/`, topics: ["t"], related: related.map(([other, score]) => ({ slug: other, score, shared: [] })) }) as unknown as ReviewPaper;
  const papers = [
    paper("a", [["b", 2], ["c", 1], ["d", 0.5]]),
    paper("b", [["a", 2], ["c", 0.2]]),
    paper("c", [["d", 1], ["a", 0.5]]),
    paper("d", [["c", 0.2]]),
  ];
  const made: Pick<Review, "papers" | "topics" | "paper"> = {
    papers,
    topics: [{ id: "t", title: "T" }] as Review["topics"],
    paper: (slug) => papers.find((p) => p.slug === slug)!,
  };

  it("gives the same score the same distance on any page", () => {
    const a = neighbourMap(made, "a");
    const c = neighbourMap(made, "c");
    const at = (map: NeighbourMap, slug: string) => distance(map, map.nodes.find((node) => node.slug === slug)!);
    expect(at(a, "c")).toBeCloseTo(at(c, "d"), 0);
    expect(at(a, "d")).toBeCloseTo(at(c, "a"), 0);
    expect(at(a, "b")).toBeLessThan(at(a, "c"));
    expect(at(a, "c")).toBeLessThan(at(a, "d"));
  });
});
