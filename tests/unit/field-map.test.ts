import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDigest } from "../../src/lib/ingest/digest.ts";
import { topicColours } from "../../src/lib/view/colours.ts";
import { fieldMap, LINKS_PER_TOPIC, shortLabel, topicLinks, type FieldMap } from "../../src/lib/view/field-map.ts";
import { buildReview, type ReviewTopic } from "../../src/lib/model/review.ts";

const TOPICS = [
  { id: "kan", title: "Kolmogorov-Arnold Networks", description: "", terms: ["Kolmogorov-Arnold", "KAN", "spline"], exclude: [], order: 1 },
  { id: "tts", title: "Text-to-Speech and Voice Synthesis", description: "", terms: ["text-to-speech", "TTS", "vocoder"], exclude: [], order: 2 },
  { id: "scaling", title: "Neural Scaling Laws", description: "", terms: ["scaling law", "power law"], exclude: [], order: 3 },
];

const PAPERS = [
  ["kan", "KAN", "We propose Kolmogorov-Arnold networks (KAN) with spline activations on edges instead of MLP weights."],
  ["kat", "Kolmogorov-Arnold Transformer", "We replace MLP layers with KAN layers using rational spline bases."],
  ["kan-scaling", "KAN scaling", "KAN networks follow a power law scaling law with spline grid size and parameters."],
  ["fastspeech", "FastSpeech", "A text-to-speech model that generates mel-spectrograms in parallel for TTS."],
  ["hifigan", "HiFi-GAN", "A vocoder for text-to-speech that generates waveforms from mel-spectrograms."],
  ["chinchilla", "Chinchilla", "Compute-optimal scaling law: a power law in parameters and tokens for language models."],
  ["kaplan", "Scaling Laws", "The loss follows a power law scaling law in model size, data and compute."],
].map(([slug, title, abstract]) => ({ slug: slug!, title: title!, abstract: abstract! }));

const review = buildReview("Test", PAPERS, TOPICS);

const seed = parseDigest(readFileSync(new URL("../../content/digest.txt", import.meta.url), "utf8")).entries;
const seedReview = buildReview(
  "Seed",
  seed.map((entry, i) => ({ slug: `p${i}`, ...entry })),
  JSON.parse(readFileSync(new URL("../fixtures/seed-topics.json", import.meta.url), "utf8")),
);

/**
 * A relation as dense as a drafted digest's can be: 24 topics with long titles, each related to
 * every other with a made-up score that has structure (three groups of eight; near in a group,
 * far across), as `ReviewTopic.related` would list them: best first, the top four.
 */
const WORDS = ["Sparse", "Graph", "Protein", "Robot", "Diffusion", "Language", "Vision", "Speech", "Molecular", "Neural", "Policy", "Kernel"];
const denseTopics: ReviewTopic[] = Array.from({ length: 24 }, (_, i) => {
  const related = Array.from({ length: 24 }, (_, j) => j)
    .filter((j) => j !== i)
    .map((j) => ({ id: `t${j}`, score: Math.round(1000 * ((Math.floor(i / 8) === Math.floor(j / 8) ? 0.3 : 0.08) + 0.1 / (1 + Math.abs(i - j)) + (((i + j) * 7 + i * j) % 11) / 400)) / 1000 }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, 4);
  const title = `${WORDS[i % 12]} ${WORDS[(i * 5 + 3) % 12]} Models${i % 3 === 0 ? " for Large-Scale Structured Prediction" : ""} and More`;
  return { id: `t${i}`, title, description: "", url: `/topics/t${i}/`, papers: Array.from({ length: 3 + ((i * 5) % 17) }, (_, k) => `p${k}`), primaryCount: 3, phrases: [], related, bridges: [] };
});

/** Points along an SVG path of M, L and Q commands, about every half pixel (read from the path data, not from the layout's own geometry). */
function pathPoints(d: string): { x: number; y: number }[] {
  const tokens = d.match(/[MLQ]|-?\d+(?:\.\d+)?/g)!;
  const points: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  for (let i = 0; i < tokens.length; ) {
    const command = tokens[i++]!;
    const next = () => ({ x: Number(tokens[i++]), y: Number(tokens[i++]) });
    const control = command === "Q" ? next() : null;
    const end = next();
    if (command === "M") {
      points.push(end);
    } else {
      const c = control ?? { x: (at.x + end.x) / 2, y: (at.y + end.y) / 2 };
      const steps = Math.max(1, Math.ceil((Math.hypot(c.x - at.x, c.y - at.y) + Math.hypot(end.x - c.x, end.y - c.y)) * 2));
      for (let k = 1; k <= steps; k++) {
        const t = k / steps;
        const u = 1 - t;
        points.push({ x: u * u * at.x + 2 * u * t * c.x + t * t * end.x, y: u * u * at.y + 2 * u * t * c.y + t * t * end.y });
      }
    }
    at = end;
  }
  return points;
}

const inside = (p: { x: number; y: number }, box: { x1: number; y1: number; x2: number; y2: number }) => p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2;

/** The layouts every test below reads: the seed's topics and the dense made-up ones, wide and narrow. */
const layouts: [string, FieldMap, number][] = [
  ["seed, wide", fieldMap(seedReview), 760],
  ["seed, narrow", fieldMap(seedReview, { width: 440, height: 1000, fontSize: 16 }), 440],
  ["dense, wide", fieldMap({ topics: denseTopics }), 760],
  ["dense, narrow", fieldMap({ topics: denseTopics }, { width: 440, height: 1000, fontSize: 16 }), 440],
];

describe("topicColours", () => {
  it("gives each topic its own colour, the same on every call", () => {
    const colours = topicColours(review.topics);
    expect(new Set(colours.values()).size).toBe(review.topics.length);
    expect(topicColours(review.topics)).toEqual(colours);
    const many = topicColours(Array.from({ length: 30 }, (_, i) => ({ id: `t${i}` })));
    expect(new Set(many.values()).size).toBe(30);
  });
});

describe("topicLinks", () => {
  it("draws the model's relation: each topic's first k related topics, as the model lists and scores them, each pair once", () => {
    for (const topics of [seedReview.topics, denseTopics]) {
      const links = topicLinks(topics);
      const pairs = links.map((link) => [link.source, link.target].sort().join("+"));
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const topic of topics) {
        const kept = links.filter((link) => link.keptBy.includes(topic.id)).map((link) => (link.source === topic.id ? link.target : link.source));
        expect(kept.sort()).toEqual(topic.related.slice(0, LINKS_PER_TOPIC).map((link) => link.id).sort());
      }
      for (const link of links) {
        // Every link is one of its ends' strongest, with the model's score.
        expect(link.keptBy.length).toBeGreaterThan(0);
        const [end] = link.keptBy;
        const other = end === link.source ? link.target : link.source;
        expect(topics.find((topic) => topic.id === end)!.related.slice(0, LINKS_PER_TOPIC).find((r) => r.id === other)!.score).toBe(link.score);
      }
      for (let i = 1; i < links.length; i++) expect(links[i - 1]!.score).toBeGreaterThanOrEqual(links[i]!.score);
    }
  });

  it("keeps at most k links per topic, the model's strongest, however dense the relation", () => {
    for (const k of [1, 2, 3]) {
      const links = topicLinks(denseTopics, k);
      for (const topic of denseTopics) {
        const kept = links.filter((link) => link.keptBy.includes(topic.id));
        expect(kept.length).toBeLessThanOrEqual(k);
        const weakestKept = Math.min(...kept.map((link) => link.score));
        // Nothing the topic left out is stronger than what it kept.
        for (const left of topic.related.filter((r) => !kept.some((link) => link.source === r.id || link.target === r.id))) expect(left.score).toBeLessThanOrEqual(weakestKept);
      }
      expect(links.length).toBeLessThanOrEqual(k * denseTopics.length);
    }
  });

  it("reads nothing but the model's topics: papers' related links do not change the map", () => {
    expect(fieldMap({ topics: seedReview.topics })).toEqual(fieldMap(seedReview));
  });
});

describe("fieldMap", () => {
  const map = fieldMap(review);

  it("draws every topic once, sized by its papers, inside the picture", () => {
    expect(map.nodes.map((node) => node.id)).toEqual(review.topics.map((topic) => topic.id));
    const [x, y, width, height] = map.viewBox.split(" ").map(Number) as [number, number, number, number];
    for (const node of map.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(x);
      expect(node.y - node.r).toBeGreaterThanOrEqual(y);
      expect(node.x + node.r).toBeLessThanOrEqual(x + width);
      expect(node.y + node.r).toBeLessThanOrEqual(y + height);
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    }
    const bigger = [...map.nodes].sort((a, b) => b.count - a.count);
    expect(bigger[0]!.r).toBeGreaterThanOrEqual(bigger.at(-1)!.r);
  });

  it("keeps circles apart", () => {
    for (const a of map.nodes) {
      for (const b of map.nodes) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
      }
    }
  });

  it("is deterministic", () => {
    expect(fieldMap(review)).toEqual(map);
    expect(fieldMap({ topics: denseTopics })).toEqual(layouts[2]![1]);
  });

  it("draws every link the model's relation keeps, and only those", () => {
    for (const [name, drawn] of layouts) {
      const topics = name.startsWith("seed") ? seedReview.topics : denseTopics;
      expect(drawn.dropped, name).toEqual([]);
      expect(drawn.edges.map((edge) => `${edge.source}+${edge.target}`), name).toEqual(topicLinks(topics).map((link) => `${link.source}+${link.target}`));
    }
  });

  it("never runs a line through a label, or through a circle it does not join", () => {
    for (const [name, drawn] of layouts) {
      for (const edge of drawn.edges) {
        const points = pathPoints(edge.d);
        expect(points[0], name).toEqual({ x: edge.x1, y: edge.y1 });
        expect(points.at(-1)!.x, name).toBeCloseTo(edge.x2, 5);
        expect(points.at(-1)!.y, name).toBeCloseTo(edge.y2, 5);
        for (const node of drawn.nodes) {
          expect(points.some((p) => inside(p, node.text.box)), `${name}: ${edge.source}–${edge.target} through the label of ${node.id}`).toBe(false);
          if (node.id === edge.source || node.id === edge.target) continue;
          expect(points.some((p) => Math.hypot(p.x - node.x, p.y - node.y) < node.r), `${name}: ${edge.source}–${edge.target} through ${node.id}`).toBe(false);
        }
      }
    }
  });

  it("puts each label clear of every circle and every other label, inside the picture", () => {
    for (const [name, drawn, width] of layouts) {
      const [x, y, w, h] = drawn.viewBox.split(" ").map(Number) as [number, number, number, number];
      for (const node of drawn.nodes) {
        const box = node.text.box;
        expect(box.x1 >= x && box.y1 >= y && box.x2 <= x + w && box.y2 <= y + h, `${name}: ${node.id}`).toBe(true);
        // Within the width asked for (a label far out would shrink the whole picture), give or take the margin.
        expect(box.x1, name).toBeGreaterThanOrEqual(-8);
        expect(box.x2, name).toBeLessThanOrEqual(width + 8);
        for (const other of drawn.nodes) {
          const nearest = { x: Math.max(box.x1, Math.min(other.x, box.x2)), y: Math.max(box.y1, Math.min(other.y, box.y2)) };
          expect(Math.hypot(nearest.x - other.x, nearest.y - other.y), `${name}: ${node.id}'s label on ${other.id}`).toBeGreaterThanOrEqual(other.r);
          if (other === node) continue;
          const b = other.text.box;
          expect(box.x2 <= b.x1 || b.x2 <= box.x1 || box.y2 <= b.y1 || b.y2 <= box.y1, `${name}: ${node.id} and ${other.id}`).toBe(true);
        }
      }
    }
  });

  it("draws one topic, or topics with no links, as circles in the picture", () => {
    for (const topics of [denseTopics.slice(0, 1), denseTopics.slice(0, 3).map((topic) => ({ ...topic, related: [] }))]) {
      const drawn = fieldMap({ topics });
      expect(drawn.edges).toEqual([]);
      for (const node of drawn.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y) && Number.isFinite(node.text.y)).toBe(true);
      expect(drawn.viewBox).not.toMatch(/NaN|Infinity/);
    }
  });

  it("draws an empty review as an empty picture", () => {
    const empty = fieldMap({ topics: [] });
    expect(empty.nodes).toEqual([]);
    expect(empty.viewBox).toBe("0 0 760 500");
  });
});

describe("shortLabel", () => {
  it("keeps the title up to its first break, wrapped", () => {
    expect(shortLabel("Text-to-Speech and Voice Synthesis")).toEqual(["Text-to-Speech"]);
    expect(shortLabel("Synthetic Data: Generation, Curation and Model Collapse")).toEqual(["Synthetic Data"]);
    expect(shortLabel("Spiking, Neuromorphic and Brain-Inspired Learning")).toEqual(["Spiking,", "Neuromorphic"]);
    expect(shortLabel("Mechanistic Interpretability of Neurons and MLP Layers")).toEqual(["Mechanistic", "Interpretability of", "Neurons"]);
    expect(shortLabel("Weight-Space Learning, Hypernetworks and Parameter Generation")).toEqual(["Weight-Space", "Learning"]);
  });

  it("is always the start of the title, word for word, so the link's name contains what a reader sees", () => {
    expect(shortLabel("Planning and Humanoid Robots")).toEqual(["Planning and", "Humanoid Robots"]);
    for (const title of [...seedReview.topics, ...denseTopics].map((topic) => topic.title).concat(["Planning and Humanoid Robots", "A & B", "X: Y"])) {
      expect(title.startsWith(shortLabel(title).join(" ")), title).toBe(true);
    }
  });
});
