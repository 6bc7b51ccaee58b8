/**
 * The map of the field, laid out at build time for inline SVG: the topics as nodes sized by
 * their papers and joined by how related they are (home page). Deterministic: the same review
 * gives the same coordinates. One paper among its neighbours is neighbour-map.ts.
 */

import { compare, pairKey, splitPairKey } from "../model/order.ts";
import type { Review } from "../model/review.ts";
import { topicColours } from "./colours.ts";
import { clamp, round } from "./geometry.ts";

type ReviewData = Pick<Review, "papers" | "topics" | "paper">;

export interface TopicLink {
  source: string;
  target: string;
  /** Shared papers plus related-paper links across the two topics, normalised by their sizes. */
  weight: number;
}

/**
 * How strongly topics connect: the review's topic–topic score (papers in both) plus the
 * related-paper links that run from one topic's papers to the other's, divided by the
 * geometric mean of their sizes. Linear in papers × related links.
 */
export function topicLinks(review: ReviewData): TopicLink[] {
  const primaryCount = new Map(review.topics.map((topic) => [topic.id, Math.max(1, topic.primaryCount)]));
  const across = new Map<string, number>();
  for (const paper of review.papers) {
    const from = paper.topics[0];
    if (from === undefined) continue;
    for (const link of paper.related) {
      const to = review.paper(link.slug).topics[0];
      if (to === undefined || to === from) continue;
      const key = pairKey(from, to);
      across.set(key, (across.get(key) ?? 0) + link.score);
    }
  }
  const weights = new Map<string, number>();
  for (const [key, sum] of across) {
    const [a, b] = splitPairKey(key);
    // Each pair is counted from both sides (a's links to b and b's to a), hence the halving.
    weights.set(key, sum / 2 / Math.sqrt((primaryCount.get(a) ?? 1) * (primaryCount.get(b) ?? 1)));
  }
  for (const topic of review.topics) {
    for (const link of topic.related) {
      const key = pairKey(topic.id, link.id);
      weights.set(key, (weights.get(key) ?? 0) + link.score / 2);
    }
  }
  const known = new Set(review.topics.map((topic) => topic.id));
  return [...weights]
    .map(([key, weight]) => {
      const [source, target] = splitPairKey(key);
      return { source, target, weight: round(weight, 4) };
    })
    .filter((link) => known.has(link.source) && known.has(link.target) && link.weight > 0)
    .sort((x, y) => y.weight - x.weight || compare(pairKey(x.source, x.target), pairKey(y.source, y.target)));
}

/** The links worth drawing: each topic's strongest few, and none much weaker than the strongest. */
export function strongestLinks(links: readonly TopicLink[], perTopic = 3): TopicLink[] {
  const max = links[0]?.weight ?? 0;
  const kept = new Map<string, number>();
  const chosen: TopicLink[] = [];
  for (const link of links) {
    if (link.weight < max * 0.08) break;
    if ((kept.get(link.source) ?? 0) >= perTopic && (kept.get(link.target) ?? 0) >= perTopic) continue;
    kept.set(link.source, (kept.get(link.source) ?? 0) + 1);
    kept.set(link.target, (kept.get(link.target) ?? 0) + 1);
    chosen.push(link);
  }
  return chosen;
}

export interface MapNode {
  id: string;
  title: string;
  url: string;
  /** Papers in the topic (primary and secondary). */
  count: number;
  /** The title cut to a short label, in lines. */
  label: string[];
  x: number;
  y: number;
  r: number;
  colour: string;
}

export interface MapEdge {
  source: string;
  target: string;
  weight: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width, 1–6. */
  width: number;
}

export interface FieldMap {
  viewBox: string;
  /** Label size in the picture's units. */
  fontSize: number;
  lineHeight: number;
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Average glyph width of the system sans, per pixel of font size, a little generous so labels never touch. */
const CHAR_WIDTH = 0.56;

/** The topics laid out by a force-directed layout started from a circle (no randomness). */
export function fieldMap(review: ReviewData, options: { width?: number; height?: number; fontSize?: number } = {}): FieldMap {
  const width = options.width ?? 760;
  const height = options.height ?? 500;
  const fontSize = options.fontSize ?? 13;
  const text: TextMetrics = { char: fontSize * CHAR_WIDTH, line: Math.round(fontSize * 1.15) };
  const topics = review.topics;
  const colours = topicColours(topics);
  const links = strongestLinks(topicLinks(review));
  const maxCount = Math.max(1, ...topics.map((topic) => topic.papers.length));
  const maxWeight = Math.max(1e-9, ...links.map((link) => link.weight));

  const nodes: MapNode[] = topics.map((topic) => {
    const r = round(10 + 24 * Math.sqrt(topic.papers.length / maxCount), 1);
    return { id: topic.id, title: topic.title, url: topic.url, count: topic.papers.length, label: shortLabel(topic.title), x: 0, y: 0, r, colour: colours.get(topic.id)! };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const edges = links.map((link) => ({ a: index.get(link.source)!, b: index.get(link.target)!, w: link.weight / maxWeight }));

  layout(nodes, edges, width, height);
  separate(nodes, width, height, text);

  // The picture's own box: every node and label inside, with a margin.
  const boxes = nodes.map((node) => labelBox(node, text));
  const minX = Math.floor(Math.min(...boxes.map((box) => box.x1)) - 8);
  const minY = Math.floor(Math.min(...boxes.map((box) => box.y1)) - 8);
  const maxX = Math.ceil(Math.max(...boxes.map((box) => box.x2)) + 8);
  const maxY = Math.ceil(Math.max(...boxes.map((box) => box.y2)) + 8);
  for (const node of nodes) {
    node.x = round(node.x, 1);
    node.y = round(node.y, 1);
  }
  return {
    viewBox: nodes.length > 0 ? `${minX} ${minY} ${maxX - minX} ${maxY - minY}` : `0 0 ${width} ${height}`,
    fontSize,
    lineHeight: text.line,
    width: nodes.length > 0 ? maxX - minX : width,
    height: nodes.length > 0 ? maxY - minY : height,
    nodes,
    edges: links.map((link) => {
      const a = nodes[index.get(link.source)!]!;
      const b = nodes[index.get(link.target)!]!;
      return { source: link.source, target: link.target, weight: link.weight, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: round(1 + 5 * (link.weight / maxWeight), 1) };
    }),
  };
}

/** "Text-to-Speech and Voice Synthesis" → ["Text-to-Speech"]; long labels wrap onto more lines. */
export function shortLabel(title: string, lineLength = 20): string[] {
  const parts = title.split(/(?:,|:|;)\s+|\s+(?:and|&)\s+/);
  let label = parts[0] ?? title;
  // "Spiking" alone says too little: keep adding parts until the label can stand alone.
  for (let i = 1; label.length < 12 && i < parts.length; i++) label = `${label}, ${parts[i]}`;
  const words = label.split(/\s+/);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= lineLength) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  // Never clipped: the label stays a prefix of the title, which is what the link is named.
  return lines;
}

function layout(nodes: MapNode[], edges: { a: number; b: number; w: number }[], width: number, height: number): void {
  const n = nodes.length;
  if (n === 0) return;
  const cx = width / 2;
  const cy = height / 2;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / n - Math.PI / 2;
    node.x = cx + (width / 3) * Math.cos(angle);
    node.y = cy + (height / 3) * Math.sin(angle);
  });
  const k = Math.sqrt((width * height) / n) * 0.75;
  const iterations = 300;
  for (let step = 0; step < iterations; step++) {
    const temperature = (width / 10) * (1 - step / iterations) + 1;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = nodes[i]!.x - nodes[j]!.x;
        let y = nodes[i]!.y - nodes[j]!.y;
        let d = Math.hypot(x, y);
        if (d < 0.01) [x, y, d] = [0.01 * (i - j), 0.01, 0.01 * Math.hypot(i - j, 1)];
        const force = (k * k) / d;
        dx[i]! += (x / d) * force;
        dy[i]! += (y / d) * force;
        dx[j]! -= (x / d) * force;
        dy[j]! -= (y / d) * force;
      }
    }
    for (const { a, b, w } of edges) {
      const x = nodes[a]!.x - nodes[b]!.x;
      const y = nodes[a]!.y - nodes[b]!.y;
      const d = Math.max(0.01, Math.hypot(x, y));
      const force = ((d * d) / k) * (0.3 + 1.2 * w);
      dx[a]! -= (x / d) * force;
      dy[a]! -= (y / d) * force;
      dx[b]! += (x / d) * force;
      dy[b]! += (y / d) * force;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps unconnected topics from drifting off; the ellipse matches the picture's shape.
      dx[i]! -= ((nodes[i]!.x - cx) / width) * k * 1.2;
      dy[i]! -= ((nodes[i]!.y - cy) / height) * k * 1.2;
      const d = Math.max(0.01, Math.hypot(dx[i]!, dy[i]!));
      const move = Math.min(d, temperature);
      nodes[i]!.x += (dx[i]! / d) * move;
      nodes[i]!.y += (dy[i]! / d) * move;
    }
  }
  // Fill the frame: stretch the centres' box to the picture, leaving room for circles and labels.
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 60;
  for (const node of nodes) {
    node.x = maxX - minX < 1 ? cx : margin + ((node.x - minX) / (maxX - minX)) * (width - 2 * margin);
    node.y = maxY - minY < 1 ? cy : margin + ((node.y - minY) / (maxY - minY)) * (height - 2 * margin);
  }
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface TextMetrics {
  char: number;
  line: number;
}

/** The node's circle and its label below it. */
function labelBox(node: MapNode, text: TextMetrics): Box {
  const textWidth = Math.max(...node.label.map((line) => line.length)) * text.char;
  const half = Math.max(node.r, textWidth / 2);
  return { x1: node.x - half, y1: node.y - node.r, x2: node.x + half, y2: node.y + node.r + 6 + node.label.length * text.line };
}

/** Pushes apart nodes whose circles or labels overlap, a few pixels at a time. */
function separate(nodes: MapNode[], width: number, height: number, text: TextMetrics): void {
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = labelBox(nodes[i]!, text);
        const b = labelBox(nodes[j]!, text);
        const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (overlapX <= -4 || overlapY <= -4) continue;
        moved = true;
        // Move along the axis that needs the smaller push.
        const sign = (value: number, tie: number) => (value === 0 ? tie : Math.sign(value));
        if (overlapX + 4 < overlapY + 4) {
          const push = (overlapX + 4) / 2;
          const s = sign(nodes[i]!.x - nodes[j]!.x, -1);
          nodes[i]!.x += s * push;
          nodes[j]!.x -= s * push;
        } else {
          const push = (overlapY + 4) / 2;
          const s = sign(nodes[i]!.y - nodes[j]!.y, -1);
          nodes[i]!.y += s * push;
          nodes[j]!.y -= s * push;
        }
      }
    }
    for (const node of nodes) {
      node.x = clamp(node.x, -width * 0.25, width * 1.25);
      node.y = clamp(node.y, -height * 0.25, height * 1.25);
    }
    if (!moved) break;
  }
}
