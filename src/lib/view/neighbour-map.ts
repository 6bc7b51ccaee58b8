/**
 * One paper among its nearest neighbours, laid out at build time for inline SVG on its page.
 *
 * A neighbour's distance from the centre is its similarity on one scale for the whole review:
 * it grows with the share of all the review's related-paper links that are stronger (the
 * score's rank; by its square root, so the area inside a ring is that share), so a paper with
 * weak neighbours looks sparse, one with close neighbours tight, and two pages can be compared.
 * Faint rings mark the closest quarter and the closest half. Neighbours of the same primary
 * topic sit side by side. Each rank number is placed where no line crosses it; a dashed line
 * that would is left out.
 */

import { compare } from "../model/order.ts";
import type { Review, ReviewPaper, ReviewTopic } from "../model/review.ts";
import { colourOf, topicColours } from "./colours.ts";
import { boxesOverlap, boxHitsCircle, inflate, round, segmentHitsBox, segmentHitsCircle, type Box, type Point } from "./geometry.ts";

type ReviewData = Pick<Review, "papers" | "topics" | "paper">;

export interface NeighbourNode {
  slug: string;
  title: string;
  url: string;
  /** Position in the paper's related list, from 1. */
  rank: number;
  score: number;
  /** Share of the review's related-paper links weaker than this one, 0–1: 1 is the closest pair in the review. */
  closeness: number;
  topic: string;
  colour: string;
  x: number;
  y: number;
  /** Where the rank number is written (its centre and baseline), and the box it takes. */
  label: { x: number; y: number; box: Box };
}

export interface NeighbourMap {
  size: { width: number; height: number };
  centre: { x: number; y: number; r: number; colour: string; title: string };
  /** Radius of a neighbour's dot. */
  nodeRadius: number;
  nodes: NeighbourNode[];
  /** Lines from the centre to each neighbour, and between neighbours that are related to each other. */
  edges: { x1: number; y1: number; x2: number; y2: number; width: number; between: boolean }[];
  /** Faint rings: inside the first, the review's closest quarter of related pairs; inside the second, the closest half. */
  rings: { r: number; share: number }[];
  /** The primary topics shown, for a legend. */
  topics: { id: string; title: string; colour: string }[];
}

/** The scale's two rings: the closest quarter and the closest half of the review's related pairs. */
const RING_SHARES = [0.25, 0.5];
const CENTRE_RADIUS = 11;
const NODE_RADIUS = 7;
/** The rank number's box, per character and in height (600 12px system sans, generously). */
const DIGIT_WIDTH = 8;
const LABEL_HEIGHT = 13;

/** Every related-paper score of a review, sorted: computed once per review, not once per page. */
const scoreCache = new WeakMap<readonly ReviewPaper[], Float64Array>();

function sortedScores(papers: readonly ReviewPaper[]): Float64Array {
  let scores = scoreCache.get(papers);
  if (!scores) {
    let count = 0;
    for (const paper of papers) count += paper.related.length;
    scores = new Float64Array(count);
    let k = 0;
    for (const paper of papers) for (const link of paper.related) scores[k++] = link.score;
    scores.sort();
    scoreCache.set(papers, scores);
  }
  return scores;
}

/** The topics' colours, order and titles: also once per review. */
const topicCache = new WeakMap<readonly ReviewTopic[], { colours: ReadonlyMap<string, string>; order: Map<string, number>; titles: Map<string, string> }>();

function topicFacts(topics: readonly ReviewTopic[]) {
  let facts = topicCache.get(topics);
  if (!facts) {
    facts = { colours: topicColours(topics), order: new Map(topics.map((topic, i) => [topic.id, i])), titles: new Map(topics.map((topic) => [topic.id, topic.title])) };
    topicCache.set(topics, facts);
  }
  return facts;
}

/** First index whose value is ≥ (or, with `after`, >) the value; the array is sorted. */
function bound(sorted: Float64Array, value: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value || (after && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How close a related-paper score is on the review's own scale: the share of all its
 * related-paper links that are weaker (ties count half), 0–1. The same score gives the same
 * closeness on every page, and a higher score a higher one.
 */
export function closeness(review: Pick<Review, "papers">, score: number): number {
  const sorted = sortedScores(review.papers);
  if (sorted.length === 0) return 1;
  const below = bound(sorted, score, false);
  const equal = bound(sorted, score, true) - below;
  return (below + equal / 2) / sorted.length;
}

/**
 * One paper in the middle, its related papers around it: nearer is more similar on the
 * review's scale (see `closeness`), and neighbours of the same primary topic sit side by side.
 */
export function neighbourMap(review: ReviewData, slug: string, options: { width?: number; height?: number; limit?: number } = {}): NeighbourMap {
  const width = options.width ?? 320;
  const height = options.height ?? 240;
  const facts = topicFacts(review.topics);
  const paper = review.paper(slug);
  const centre = { x: width / 2, y: height / 2, r: CENTRE_RADIUS, colour: colourOf(paper, facts.colours), title: paper.title };
  const radius = radiusScale(width, height);
  const placed = placeNeighbours(review, paper, centre, radius, facts, options.limit ?? 8);

  const spokes: Edge[] = placed.map((node) => ({ x1: centre.x, y1: centre.y, x2: node.x, y2: node.y, width: round(1 + 2.5 * node.closeness, 1), between: false }));
  const between = clearOfDots(linesBetween(review, placed), centre, placed);
  const labels = placeLabels(placed, centre, spokes, between, width, height);
  const edges = [...spokes, ...between.filter((edge) => labels.every((label) => !segmentHitsBox(from(edge), to(edge), label.box)))];
  const nodes: NeighbourNode[] = placed.map(({ angle: _angle, ...node }, i) => ({ ...node, label: labels[i]! }));
  // The legend reads the nodes in placing order, before they are sorted by rank.
  const topics = legend(paper, nodes, facts);
  return {
    size: { width, height },
    centre,
    nodeRadius: NODE_RADIUS,
    nodes: nodes.sort((a, b) => a.rank - b.rank),
    edges,
    rings: RING_SHARES.map((share) => ({ r: round(radius(share), 1), share })),
    topics,
  };
}

type Edge = NeighbourMap["edges"][number];
type TopicFacts = ReturnType<typeof topicFacts>;
/** A neighbour placed round the centre, before its rank number is: the angle it sits at says where the number goes. */
type Placed = Omit<NeighbourNode, "label"> & { angle: number };

/**
 * Distance from the centre for a share of the review's pairs closer than a link. The closest pair
 * in the review sits just clear of the centre, the weakest at the edge (room left for its number).
 */
function radiusScale(width: number, height: number): (share: number) => number {
  const near = CENTRE_RADIUS + NODE_RADIUS + 12;
  const far = Math.min(width, height) / 2 - NODE_RADIUS - 3 - LABEL_HEIGHT;
  // By the square root of the share of pairs closer: the area inside a ring grows with that share,
  // so the review's closest pairs, the ones a reader compares, get room to differ.
  return (share) => near + (far - near) * Math.sqrt(share);
}

/** The paper's first `limit` related papers round the centre, grouped by primary topic, each as far out as it is less close. */
function placeNeighbours(review: ReviewData, paper: ReviewPaper, centre: { x: number; y: number }, radius: (share: number) => number, facts: TopicFacts, limit: number): Placed[] {
  const neighbours = paper.related.slice(0, limit).map((link, i) => {
    const other = review.paper(link.slug);
    return { link, rank: i + 1, other, group: facts.order.get(other.topics[0] ?? "") ?? Infinity };
  });
  const arranged = [...neighbours].sort((a, b) => a.group - b.group || a.rank - b.rank);
  const { slots, slotCount } = angleSlots(arranged.map((entry) => entry.group));
  return arranged.map(({ link, rank, other }, i) => {
    const angle = (2 * Math.PI * slots[i]!) / Math.max(1, slotCount) - Math.PI / 2;
    const share = closeness(review, link.score);
    const distance = radius(1 - share);
    return {
      slug: other.slug,
      title: other.title,
      url: other.url,
      rank,
      score: link.score,
      closeness: round(share, 3),
      topic: other.topics[0] ?? "",
      colour: colourOf(other, facts.colours),
      x: round(centre.x + distance * Math.cos(angle), 1),
      y: round(centre.y + distance * Math.sin(angle), 1),
      angle,
    };
  });
}

/**
 * Angles: one slot per neighbour (given in order, by their groups), and an empty slot after
 * each topic's run when there are several, so groups read as groups.
 */
function angleSlots(groups: readonly number[]): { slots: number[]; slotCount: number } {
  const slots: number[] = [];
  let slot = 0;
  groups.forEach((group, i) => {
    if (i > 0 && group !== groups[i - 1]!) slot++;
    slots.push(slot++);
  });
  return { slots, slotCount: slot + (slot > groups.length ? 1 : 0) };
}

/** Dashed lines between neighbours that are related to each other, each pair once, whichever of the two lists the other. */
function linesBetween(review: ReviewData, placed: readonly Placed[]): Edge[] {
  const position = new Map(placed.map((node) => [node.slug, node]));
  const lines: Edge[] = [];
  const joined = new Set<string>();
  for (const node of placed) {
    for (const link of review.paper(node.slug).related) {
      const other = position.get(link.slug);
      if (!other || other === node) continue;
      const [a, b] = compare(node.slug, other.slug) < 0 ? [node, other] : [other, node];
      const key = `${a.rank} ${b.rank}`;
      if (joined.has(key)) continue;
      joined.add(key);
      lines.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: 1, between: true });
    }
  }
  return lines;
}

/** The lines that miss every dot but their own two: one through the centre or another neighbour would read as a link to it. */
function clearOfDots(lines: readonly Edge[], centre: { x: number; y: number }, placed: readonly Placed[]): Edge[] {
  const circles = [{ x: centre.x, y: centre.y, r: CENTRE_RADIUS + 3 }, ...placed.map((node) => ({ x: node.x, y: node.y, r: NODE_RADIUS + 2 }))];
  return lines.filter((edge) => {
    const [a, b] = [from(edge), to(edge)];
    return circles.every((circle) => (circle.x === a.x && circle.y === a.y) || (circle.x === b.x && circle.y === b.y) || !segmentHitsCircle(a, b, circle));
  });
}

/** The primary topics shown (the paper's and its neighbours'), in the review's topic order, for a legend. */
function legend(paper: ReviewPaper, nodes: readonly NeighbourNode[], facts: TopicFacts): NeighbourMap["topics"] {
  const { colours, order, titles } = facts;
  const shown = [...new Set([paper.topics[0], ...nodes.map((node) => node.topic)].filter((id): id is string => Boolean(id)))];
  shown.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  return shown.filter((id) => titles.has(id)).map((id) => ({ id, title: titles.get(id)!, colour: colours.get(id)! }));
}

const from = (edge: { x1: number; y1: number }): Point => ({ x: edge.x1, y: edge.y1 });
const to = (edge: { x2: number; y2: number }): Point => ({ x: edge.x2, y: edge.y2 });

/** Where a number may go round its dot, best first: straight out from the centre, then turning round the dot, then a little farther out. */
const LABEL_SPOTS = [4, 9, 15]
  .flatMap((gap) => [0, 1, -1, 2, -2, 3, -3, 4].map((step, order) => ({ gap, turn: (step * Math.PI) / 4, preference: order + gap / 4 })))
  .sort((a, b) => a.preference - b.preference);

/**
 * Each rank number beside its dot: tried first straight out from the centre, then turning
 * round the dot; never on a line from the centre, a dot or another number, inside the
 * picture, and off the dashed lines when it can be (a dashed line it cannot avoid is dropped).
 */
function placeLabels(
  nodes: readonly { rank: number; x: number; y: number; angle: number }[],
  centre: { x: number; y: number },
  spokes: readonly { x1: number; y1: number; x2: number; y2: number }[],
  between: readonly { x1: number; y1: number; x2: number; y2: number }[],
  width: number,
  height: number,
): { x: number; y: number; box: Box }[] {
  const circles = [{ x: centre.x, y: centre.y, r: CENTRE_RADIUS + 2 }, ...nodes.map((node) => ({ x: node.x, y: node.y, r: NODE_RADIUS + 2 }))];
  const segments = (edges: typeof spokes) => edges.map((edge) => [from(edge), to(edge)] as const);
  const [spokeLines, betweenLines] = [segments(spokes), segments(between)];
  const taken: Box[] = [];
  return nodes.map((node) => {
    const w = String(node.rank).length * DIGIT_WIDTH;
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const { gap, turn, preference } of LABEL_SPOTS) {
      // The spots come best first: once one is free of every line, nothing after it can do better.
      if (preference >= bestCost) break;
      const angle = node.angle + turn;
      // The box's centre, far enough out along the angle that the box clears the dot by `gap`.
      const reach = NODE_RADIUS + gap + Math.abs(Math.cos(angle)) * (w / 2) + Math.abs(Math.sin(angle)) * (LABEL_HEIGHT / 2);
      const cx = node.x + reach * Math.cos(angle);
      const cy = node.y + reach * Math.sin(angle);
      const box = { x1: cx - w / 2, y1: cy - LABEL_HEIGHT / 2, x2: cx + w / 2, y2: cy + LABEL_HEIGHT / 2 };
      const clear = inflate(box, 1.5);
      const blocked =
        box.x1 < 1 || box.y1 < 1 || box.x2 > width - 1 || box.y2 > height - 1 ||
        circles.some((circle) => boxHitsCircle(clear, circle)) ||
        taken.some((other) => boxesOverlap(clear, other)) ||
        spokeLines.some(([a, b]) => segmentHitsBox(a, b, clear));
      let cost = preference + (blocked ? 1000 : 0);
      for (const [a, b] of betweenLines) if (cost < bestCost && segmentHitsBox(a, b, clear)) cost += 10;
      if (cost < bestCost) [best, bestCost] = [box, cost];
    }
    const box = best!;
    taken.push(box);
    const [cx, cy] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
    return { x: round(cx, 1), y: round(cy + 4.2, 1), box: { x1: round(box.x1, 1), y1: round(box.y1, 1), x2: round(box.x2, 1), y2: round(box.y2, 1) } };
  });
}
