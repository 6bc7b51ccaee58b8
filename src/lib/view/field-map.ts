/**
 * The map of the field, laid out at build time for inline SVG: the topics as nodes sized by
 * their papers, each joined to the topics the model says are most related to it (home page).
 * Deterministic: the same review gives the same coordinates. One paper among its neighbours
 * is neighbour-map.ts.
 *
 * This module is the map's entry: the links from the model, the nodes, and the picture's frame.
 * The topics are placed by field-map-layout.ts (which also names the map's numbers), and kept
 * off each other, their labels and lines clear, by field-map-clearance.ts.
 *
 * "Related topics" has one definition, the model's (`ReviewTopic.related`: papers in both and
 * shared vocabulary); the map draws each topic's strongest few of that list, so the structure
 * shows on any digest and the map never disagrees with a topic page's list. Labels are placed
 * and lines routed so that no line runs through a label or through a topic it does not join.
 */

import { compare, pairKey } from "../model/order.ts";
import type { Review, ReviewTopic } from "../model/review.ts";
import { topicColours } from "./colours.ts";
import { labelAndRoute, spreadApart, type Route } from "./field-map-clearance.ts";
import { CHAR_WIDTH, DEFAULT_FONT_SIZE, DEFAULT_HEIGHT, DEFAULT_WIDTH, LINE_HEIGHT, MIN_RADIUS, PICTURE_MARGIN, RADIUS_RANGE, stressLayout, type MapNode, type TextMetrics } from "./field-map-layout.ts";
import { round } from "./geometry.ts";

export type { MapNode } from "./field-map-layout.ts";

type ReviewData = Pick<Review, "topics">;

/** How many of its related topics each topic keeps on the map. */
export const LINKS_PER_TOPIC: number = 2;

export interface TopicLink {
  source: string;
  target: string;
  /** The model's topic–topic score (`ReviewTopic.related`). */
  score: number;
  /** The topics that keep this link among their strongest (one or both ends). */
  keptBy: string[];
}

/**
 * The links the map draws: each topic's `perTopic` strongest related topics, as the model ranks
 * them, each pair once, strongest first. A topic keeps at most `perTopic` links; more can end at
 * it when it is among other topics' strongest (a hub shows as one).
 */
export function topicLinks(topics: readonly Pick<ReviewTopic, "id" | "related">[], perTopic = LINKS_PER_TOPIC): TopicLink[] {
  const known = new Set(topics.map((topic) => topic.id));
  const links = new Map<string, TopicLink>();
  for (const topic of topics) {
    const strongest = topic.related
      .filter((link) => link.id !== topic.id && known.has(link.id) && link.score > 0)
      .sort((x, y) => y.score - x.score || compare(x.id, y.id))
      .slice(0, perTopic);
    for (const link of strongest) {
      const key = pairKey(topic.id, link.id);
      const existing = links.get(key);
      if (existing) {
        existing.keptBy.push(topic.id);
        existing.score = Math.max(existing.score, link.score);
      } else {
        const [source, target] = compare(topic.id, link.id) < 0 ? [topic.id, link.id] : [link.id, topic.id];
        links.set(key, { source, target, score: link.score, keptBy: [topic.id] });
      }
    }
  }
  return [...links.values()].sort((x, y) => y.score - x.score || compare(pairKey(x.source, x.target), pairKey(y.source, y.target)));
}

export interface MapEdge {
  source: string;
  target: string;
  /** The model's score for the pair. */
  score: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** SVG path data: a straight line, or a curve round a label or a topic the line does not join. */
  d: string;
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
  /** Links that could not be drawn clear of every label (none on any review tried; kept to be honest). */
  dropped: TopicLink[];
}

/**
 * The topics laid out (no randomness): placed by stress majorization over the links (a stronger
 * link a shorter one), moved apart until no circle or label overlaps another and off lines that
 * would pass through them; then each label put beside its circle where no line crosses it, and
 * each line drawn straight, or bent round what is in its way. The picture keeps to `width`; its
 * height grows if the labels need it.
 */
export function fieldMap(review: ReviewData, options: { width?: number; height?: number; fontSize?: number; perTopic?: number } = {}): FieldMap {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  const text: TextMetrics = { char: fontSize * CHAR_WIDTH, line: Math.round(fontSize * LINE_HEIGHT) };
  const topics = review.topics;
  const links = topicLinks(topics, options.perTopic ?? LINKS_PER_TOPIC);
  const maxScore = Math.max(1e-9, ...links.map((link) => link.score));

  const nodes = mapNodes(topics);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const edges = links.map((link) => ({ a: index.get(link.source)!, b: index.get(link.target)!, w: link.score / maxScore }));
  stressLayout(nodes, edges, width, height);
  spreadApart(nodes, edges, width, text);
  for (const node of nodes) {
    node.x = round(node.x, 1);
    node.y = round(node.y, 1);
  }
  const { routes, dropped } = labelAndRoute(nodes, edges, text, width);

  const { minX, minY, maxX, maxY } = pictureBounds(nodes, routes);
  return {
    viewBox: nodes.length > 0 ? `${minX} ${minY} ${maxX - minX} ${maxY - minY}` : `0 0 ${width} ${height}`,
    fontSize,
    lineHeight: text.line,
    width: nodes.length > 0 ? maxX - minX : width,
    height: nodes.length > 0 ? maxY - minY : height,
    nodes,
    edges: drawnEdges(links, routes, maxScore),
    dropped: dropped.map((i) => links[i]!),
  };
}

/** A node for each topic, not yet placed: its circle sized by its papers (by area), its colour, its label. */
function mapNodes(topics: ReviewData["topics"]): MapNode[] {
  const colours = topicColours(topics);
  const maxCount = Math.max(1, ...topics.map((topic) => topic.papers.length));
  return topics.map((topic) => {
    const r = round(MIN_RADIUS + RADIUS_RANGE * Math.sqrt(topic.papers.length / maxCount), 1);
    const node = { id: topic.id, title: topic.title, url: topic.url, count: topic.papers.length, label: shortLabel(topic.title), x: 0, y: 0, r, colour: colours.get(topic.id)! };
    return { ...node, text: { x: 0, y: 0, anchor: "middle" as const, box: { x1: 0, y1: 0, x2: 0, y2: 0 } } };
  });
}

/** The picture's own box, in whole units: every node, label and line inside, with a margin. */
function pictureBounds(nodes: readonly MapNode[], routes: readonly (Route | null)[]): { minX: number; minY: number; maxX: number; maxY: number } {
  const boxes = [
    ...nodes.map((node) => ({ x1: node.x - node.r, y1: node.y - node.r, x2: node.x + node.r, y2: node.y + node.r })),
    ...nodes.map((node) => node.text.box),
    ...routes.flatMap((route) => (route ? route.points.map((p) => ({ x1: p.x, y1: p.y, x2: p.x, y2: p.y })) : [])),
  ];
  return {
    minX: Math.floor(Math.min(...boxes.map((box) => box.x1)) - PICTURE_MARGIN),
    minY: Math.floor(Math.min(...boxes.map((box) => box.y1)) - PICTURE_MARGIN),
    maxX: Math.ceil(Math.max(...boxes.map((box) => box.x2)) + PICTURE_MARGIN),
    maxY: Math.ceil(Math.max(...boxes.map((box) => box.y2)) + PICTURE_MARGIN),
  };
}

/** The links that found a route, as drawn: their ends, path and stroke width (1–6, by score). */
function drawnEdges(links: readonly TopicLink[], routes: readonly (Route | null)[], maxScore: number): MapEdge[] {
  const drawn: MapEdge[] = [];
  links.forEach((link, i) => {
    const route = routes[i];
    if (!route) return;
    const { from, to, d } = route;
    drawn.push({
      source: link.source,
      target: link.target,
      score: link.score,
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      d,
      width: round(1 + 5 * (link.score / maxScore), 1),
    });
  });
  return drawn;
}

/**
 * "Text-to-Speech and Voice Synthesis" → ["Text-to-Speech"]; long labels wrap onto more lines.
 * Never clipped mid-word or reworded: the label is a prefix of the title, which is what the link
 * is named, so what a reader sees is part of what a screen reader says.
 */
export function shortLabel(title: string, lineLength = 20): string[] {
  const breaks = [...title.matchAll(/(?:,|:|;)\s+|\s+(?:and|&)\s+/g)];
  let end = breaks[0]?.index ?? title.length;
  // "Spiking" alone says too little: keep adding parts until the label can stand alone.
  for (let i = 1; end < 12 && i <= breaks.length; i++) end = breaks[i]?.index ?? title.length;
  const label = title.slice(0, end).trim() || title;
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= lineLength) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
