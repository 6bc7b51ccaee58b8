/**
 * One paper among its nearest neighbours, laid out at build time for inline SVG on its page:
 * nearer means more similar, and neighbours of the same primary topic sit side by side.
 */

import { compare } from "../model/order.ts";
import type { Review } from "../model/review.ts";
import { colourOf, topicColours } from "./colours.ts";
import { round } from "./geometry.ts";

type ReviewData = Pick<Review, "papers" | "topics" | "paper">;

export interface NeighbourNode {
  slug: string;
  title: string;
  url: string;
  /** Position in the paper's related list, from 1. */
  rank: number;
  score: number;
  topic: string;
  colour: string;
  x: number;
  y: number;
}

export interface NeighbourMap {
  size: { width: number; height: number };
  centre: { x: number; y: number; colour: string; title: string };
  nodes: NeighbourNode[];
  /** Lines from the centre to each neighbour, and between neighbours that are related to each other. */
  edges: { x1: number; y1: number; x2: number; y2: number; width: number; between: boolean }[];
  /** The primary topics shown, for a legend. */
  topics: { id: string; title: string; colour: string }[];
}

/**
 * One paper in the middle, its related papers around it: nearer means more similar, and
 * neighbours of the same primary topic sit side by side.
 */
export function neighbourMap(review: ReviewData, slug: string, options: { width?: number; height?: number; limit?: number } = {}): NeighbourMap {
  const width = options.width ?? 320;
  const height = options.height ?? 220;
  const colours = topicColours(review.topics);
  const topicOrder = new Map(review.topics.map((topic, i) => [topic.id, i]));
  const paper = review.paper(slug);
  const centre = { x: width / 2, y: height / 2, colour: colourOf(paper, colours), title: paper.title };
  const neighbours = paper.related.slice(0, options.limit ?? 8).map((link, i) => ({ link, rank: i + 1, other: review.paper(link.slug) }));
  const arranged = [...neighbours].sort(
    (a, b) => (topicOrder.get(a.other.topics[0] ?? "") ?? Infinity) - (topicOrder.get(b.other.topics[0] ?? "") ?? Infinity) || a.rank - b.rank,
  );
  const far = Math.min(width, height) / 2 - 14;
  const top = Math.max(1e-9, ...neighbours.map(({ link }) => link.score));
  const nodes: NeighbourNode[] = arranged.map(({ link, rank, other }, i) => {
    const angle = (2 * Math.PI * i) / arranged.length - Math.PI / 2;
    // The closest neighbour sits at half the radius; the others as far out as they are less similar.
    const distance = far * (0.5 + 0.5 * Math.min(1, (2 * (top - link.score)) / top));
    // The picture is wider than tall: stretch the circle into an ellipse.
    return {
      slug: other.slug,
      title: other.title,
      url: other.url,
      rank,
      score: link.score,
      topic: other.topics[0] ?? "",
      colour: colourOf(other, colours),
      x: round(centre.x + distance * Math.cos(angle) * (width / height), 1),
      y: round(centre.y + distance * Math.sin(angle), 1),
    };
  });
  const position = new Map(nodes.map((node) => [node.slug, node]));
  const edges: NeighbourMap["edges"] = nodes.map((node) => ({ x1: centre.x, y1: centre.y, x2: node.x, y2: node.y, width: round(1 + 3 * Math.min(1, node.score / 0.5), 1), between: false }));
  for (const node of nodes) {
    for (const link of review.paper(node.slug).related) {
      const other = position.get(link.slug);
      if (other && compare(node.slug, other.slug) < 0) edges.push({ x1: node.x, y1: node.y, x2: other.x, y2: other.y, width: 1, between: true });
    }
  }
  const shown = [...new Set([paper.topics[0], ...nodes.map((node) => node.topic)].filter((id): id is string => Boolean(id)))];
  shown.sort((a, b) => (topicOrder.get(a) ?? Infinity) - (topicOrder.get(b) ?? Infinity));
  const topicById = new Map(review.topics.map((topic) => [topic.id, topic]));
  return {
    size: { width, height },
    centre,
    nodes: nodes.sort((a, b) => a.rank - b.rank),
    edges,
    topics: shown.filter((id) => topicById.has(id)).map((id) => ({ id, title: topicById.get(id)!.title, colour: colours.get(id)! })),
  };
}
