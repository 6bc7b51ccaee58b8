import { describe, expect, it } from "vitest";
import { topicColours } from "../../src/lib/view/colours.ts";
import { fieldMap, shortLabel, strongestLinks, topicLinks } from "../../src/lib/view/field-map.ts";
import { neighbourMap } from "../../src/lib/view/neighbour-map.ts";
import { buildReview } from "../../src/lib/model/review.ts";

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
  it("joins topics whose papers are related, strongest first, each pair once", () => {
    const links = topicLinks(review);
    const pairs = links.map((link) => [link.source, link.target].sort().join("+"));
    expect(new Set(pairs).size).toBe(pairs.length);
    for (let i = 1; i < links.length; i++) expect(links[i - 1]!.weight).toBeGreaterThanOrEqual(links[i]!.weight);
    expect(links.every((link) => link.weight > 0 && link.source !== link.target)).toBe(true);
  });

  it("keeps each topic's strongest links, and none far weaker than the strongest", () => {
    const links = [
      { source: "a", target: "b", weight: 1 },
      { source: "a", target: "c", weight: 0.9 },
      { source: "b", target: "c", weight: 0.8 },
      { source: "x", target: "y", weight: 0.01 },
    ];
    expect(strongestLinks(links, 1).map((link) => `${link.source}-${link.target}`)).toEqual(["a-b", "a-c"]);
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
  });

  it("draws an empty review as an empty picture", () => {
    const empty = fieldMap({ papers: [], topics: [], paper: () => { throw new Error("none"); } });
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
});

describe("neighbourMap", () => {
  it("puts the paper in the middle and its related papers around it, numbered as listed", () => {
    const paper = review.paper("kan");
    const map = neighbourMap(review, "kan");
    expect(map.nodes.map((node) => node.slug)).toEqual(paper.related.map((link) => link.slug));
    expect(map.nodes.map((node) => node.rank)).toEqual(paper.related.map((_, i) => i + 1));
    for (const node of map.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(map.size.width);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(map.size.height);
    }
    expect(map.topics[0]!.id).toBe(paper.topics[0]);
  });

  it("puts the most similar neighbour nearest", () => {
    const map = neighbourMap(review, "kan");
    const distance = (node: { x: number; y: number }) => Math.hypot((node.x - map.centre.x) / (map.size.width / map.size.height), node.y - map.centre.y);
    const nearest = [...map.nodes].sort((a, b) => distance(a) - distance(b))[0]!;
    expect(nearest.score).toBe(Math.max(...map.nodes.map((node) => node.score)));
  });
});
