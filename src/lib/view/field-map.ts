/**
 * The map of the field, laid out at build time for inline SVG: the topics as nodes sized by
 * their papers, each joined to the topics the model says are most related to it (home page).
 * Deterministic: the same review gives the same coordinates. One paper among its neighbours
 * is neighbour-map.ts.
 *
 * "Related topics" has one definition, the model's (`ReviewTopic.related`: papers in both and
 * shared vocabulary); the map draws each topic's strongest few of that list, so the structure
 * shows on any digest and the map never disagrees with a topic page's list. Labels are placed
 * and lines routed so that no line runs through a label or through a topic it does not join.
 */

import { compare, pairKey } from "../model/order.ts";
import type { Review, ReviewTopic } from "../model/review.ts";
import { topicColours } from "./colours.ts";
import { boxesOverlap, boxHitsCircle, clamp, curvePoints, inflate, pathHitsBox, pathIsClear, round, roundedPath, routeAround, segmentHitsBox, type Box, type Point } from "./geometry.ts";

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
  /** Where the label is written: its first baseline, its anchor, and the box its lines take. */
  text: { x: number; y: number; anchor: "start" | "middle" | "end"; box: Box };
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

/** Average glyph width of the system sans, per pixel of font size, a little generous so labels never touch. */
const CHAR_WIDTH = 0.58;

/** How far past the picture's width a label may reach: one far out would shrink the whole picture. */
const OUTSIDE = 4;

interface TextMetrics {
  char: number;
  line: number;
}

/**
 * The topics laid out (no randomness): placed by stress majorization over the links (a stronger
 * link a shorter one), moved apart until no circle or label overlaps another and off lines that
 * would pass through them; then each label put beside its circle where no line crosses it, and
 * each line drawn straight, or bent round what is in its way. The picture keeps to `width`; its
 * height grows if the labels need it.
 */
export function fieldMap(review: ReviewData, options: { width?: number; height?: number; fontSize?: number; perTopic?: number } = {}): FieldMap {
  const width = options.width ?? 760;
  const height = options.height ?? 500;
  const fontSize = options.fontSize ?? 13;
  const text: TextMetrics = { char: fontSize * CHAR_WIDTH, line: Math.round(fontSize * 1.15) };
  const topics = review.topics;
  const colours = topicColours(topics);
  const links = topicLinks(topics, options.perTopic ?? LINKS_PER_TOPIC);
  const maxCount = Math.max(1, ...topics.map((topic) => topic.papers.length));
  const maxScore = Math.max(1e-9, ...links.map((link) => link.score));

  const nodes: MapNode[] = topics.map((topic) => {
    const r = round(10 + 24 * Math.sqrt(topic.papers.length / maxCount), 1);
    const node = { id: topic.id, title: topic.title, url: topic.url, count: topic.papers.length, label: shortLabel(topic.title), x: 0, y: 0, r, colour: colours.get(topic.id)! };
    return { ...node, text: { x: 0, y: 0, anchor: "middle" as const, box: { x1: 0, y1: 0, x2: 0, y2: 0 } } };
  });
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const edges = links.map((link) => ({ a: index.get(link.source)!, b: index.get(link.target)!, w: link.score / maxScore }));

  stressLayout(nodes, edges, width, height);
  removeOverlaps(nodes, width, text);
  separate(nodes, width, text);
  declutter(nodes, edges, width, text);
  for (const node of nodes) {
    node.x = round(node.x, 1);
    node.y = round(node.y, 1);
  }
  const { routes, dropped } = labelAndRoute(nodes, edges, text, width);

  // The picture's own box: every node, label and line inside, with a margin.
  const boxes = [
    ...nodes.map((node) => ({ x1: node.x - node.r, y1: node.y - node.r, x2: node.x + node.r, y2: node.y + node.r })),
    ...nodes.map((node) => node.text.box),
    ...routes.flatMap((route) => (route ? route.points.map((p) => ({ x1: p.x, y1: p.y, x2: p.x, y2: p.y })) : [])),
  ];
  const minX = Math.floor(Math.min(...boxes.map((box) => box.x1)) - 8);
  const minY = Math.floor(Math.min(...boxes.map((box) => box.y1)) - 8);
  const maxX = Math.ceil(Math.max(...boxes.map((box) => box.x2)) + 8);
  const maxY = Math.ceil(Math.max(...boxes.map((box) => box.y2)) + 8);
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
  return {
    viewBox: nodes.length > 0 ? `${minX} ${minY} ${maxX - minX} ${maxY - minY}` : `0 0 ${width} ${height}`,
    fontSize,
    lineHeight: text.line,
    width: nodes.length > 0 ? maxX - minX : width,
    height: nodes.length > 0 ? maxY - minY : height,
    nodes,
    edges: drawn,
    dropped: dropped.map((i) => links[i]!),
  };
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

interface Route {
  from: Point;
  to: Point;
  /** SVG path data. */
  d: string;
  /** Points along the path, close enough together to check it against labels. */
  points: Point[];
}

/** Where a label can go round its circle, best first: below, above, beside, then the diagonals. */
function labelCandidates(node: MapNode, text: TextMetrics): MapNode["text"][] {
  const w = Math.max(...node.label.map((line) => line.length)) * text.char;
  const h = node.label.length * text.line;
  const { x, y, r } = node;
  const d = r * 0.8;
  const at = (x1: number, y1: number, anchor: "start" | "middle" | "end"): MapNode["text"] => ({
    x: round(anchor === "start" ? x1 : anchor === "end" ? x1 + w : x1 + w / 2, 1),
    y: round(y1 + text.line * 0.78, 1),
    anchor,
    box: { x1: round(x1, 1), y1: round(y1, 1), x2: round(x1 + w, 1), y2: round(y1 + h, 1) },
  });
  return [
    at(x - w / 2, y + r + 3, "middle"),
    at(x - w / 2, y - r - 3 - h, "middle"),
    at(x + r + 5, y - h / 2, "start"),
    at(x - r - 5 - w, y - h / 2, "end"),
    at(x + d, y + d, "start"),
    at(x - d - w, y + d, "end"),
    at(x + d, y - d - h, "start"),
    at(x - d - w, y - d - h, "end"),
  ];
}

/**
 * Labels first, then lines: each label goes where the fewest lines cross it, on no other circle
 * or label (the most connected topics choose first); then each line is routed clear of every
 * label (`clearRoute`). A second round, only if some line found no way, places the labels
 * against the first round's lines; a line that still finds none is dropped rather than drawn
 * through a label (and reported in `dropped`).
 */
function labelAndRoute(nodes: MapNode[], edges: readonly { a: number; b: number }[], text: TextMetrics, width: number): { routes: (Route | null)[]; dropped: number[] } {
  const straight = (edge: { a: number; b: number }): Point[] => [{ x: nodes[edge.a]!.x, y: nodes[edge.a]!.y }, { x: nodes[edge.b]!.x, y: nodes[edge.b]!.y }];
  let routes: (Route | null)[] = edges.map(() => null);
  const degree = nodes.map(() => 0);
  for (const { a, b } of edges) {
    degree[a]!++;
    degree[b]!++;
  }
  // The most connected topics choose first: they have the most lines to keep clear of.
  const order = nodes.map((_, i) => i).sort((i, j) => degree[j]! - degree[i]! || i - j);
  const candidates = nodes.map((node) => labelCandidates(node, text));
  let dropped: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const paths = routes.map((route, i) => route?.points ?? straight(edges[i]!));
    const placed: Box[] = [];
    const isPlaced = nodes.map(() => false);
    for (const i of order) {
      let best = candidates[i]![0]!;
      let bestCost = Infinity;
      candidates[i]!.forEach((candidate, rank) => {
        const clear = inflate(candidate.box, 3);
        const { box } = candidate;
        // Never on another circle or label, nor in the place another topic's label will take
        // below its circle, nor far past the picture's width (it would shrink the whole picture).
        // The place below is always free of these (the layout kept those places apart), so it is
        // the fallback, at a price, should the layout have failed to.
        const blocked =
          box.x1 < -OUTSIDE || box.x2 > width + OUTSIDE ||
          nodes.some((other, j) => j !== i && (boxHitsCircle(clear, other) || (!isPlaced[j] && boxesOverlap(clear, candidates[j]![0]!.box)))) ||
          placed.some((other) => boxesOverlap(clear, other));
        if (blocked && rank > 0) return;
        let cost = rank + (blocked ? 1000 : 0);
        for (const path of paths) if (pathHitsBox(path, inflate(candidate.box, 2))) cost += 100;
        if (cost < bestCost) [best, bestCost] = [candidate, cost];
      });
      nodes[i]!.text = best;
      placed.push(best.box);
      isPlaced[i] = true;
    }
    dropped = [];
    const frame = inflate(
      nodes.reduce((box, node) => ({ x1: Math.min(box.x1, node.x - node.r, node.text.box.x1), y1: Math.min(box.y1, node.y - node.r, node.text.box.y1), x2: Math.max(box.x2, node.x + node.r, node.text.box.x2), y2: Math.max(box.y2, node.y + node.r, node.text.box.y2) }), { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }),
      30,
    );
    routes = edges.map((edge, e) => {
      const route = clearRoute(edge, nodes, frame);
      if (!route) dropped.push(e);
      return route;
    });
    if (dropped.length === 0) break;
  }
  return { routes, dropped };
}

/**
 * The line from one topic to another kept off every label and every circle but its own two:
 * straight if it can be; else bent into a quadratic curve, least bend first; else led round
 * whatever is in the way (a shortest path on a grid, pulled tight, its corners rounded); null
 * when nothing clears.
 */
function clearRoute(edge: { a: number; b: number }, nodes: readonly MapNode[], frame: Box): Route | null {
  const from = { x: nodes[edge.a]!.x, y: nodes[edge.a]!.y };
  const to = { x: nodes[edge.b]!.x, y: nodes[edge.b]!.y };
  const obstacles = {
    // A little air round every label and circle, so a line that passes one does not graze it.
    boxes: nodes.map((node) => inflate(node.text.box, 3)),
    circles: nodes.filter((_, i) => i !== edge.a && i !== edge.b).map((node) => ({ x: node.x, y: node.y, r: node.r + 4 })),
  };
  const fmt = (p: Point) => `${p.x} ${p.y}`;
  if (pathIsClear([from, to], obstacles)) return { from, to, d: `M${fmt(from)}L${fmt(to)}`, points: [from, to] };
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  for (const amount of [0.15, 0.25, 0.35, 0.5, 0.65]) {
    for (const side of [1, -1]) {
      // Perpendicular to the line, `amount` of its length out (the curve's own bulge is half that).
      const bend = { x: round(mid.x - side * dy * amount, 1), y: round(mid.y + side * dx * amount, 1) };
      const points = curvePoints(from, to, bend);
      if (pathIsClear(points, obstacles)) return { from, to, d: `M${fmt(from)}Q${fmt(bend)} ${fmt(to)}`, points };
    }
  }
  // Round the obstacles: first near the two ends (a small grid), then anywhere in the picture.
  const near = inflate({ x1: Math.min(from.x, to.x), y1: Math.min(from.y, to.y), x2: Math.max(from.x, to.x), y2: Math.max(from.y, to.y) }, 100);
  const local = { x1: Math.max(frame.x1, near.x1), y1: Math.max(frame.y1, near.y1), x2: Math.min(frame.x2, near.x2), y2: Math.min(frame.y2, near.y2) };
  const corners = routeAround(from, to, obstacles, local) ?? routeAround(from, to, obstacles, frame);
  if (!corners) return null;
  for (const radius of [24, 12, 6, 0]) {
    const path = roundedPath(corners, radius);
    if (pathIsClear(path.points, obstacles)) return { from, to, ...path };
  }
  return null;
}

/**
 * The nodes in an order round a circle: a depth-first walk of the strongest-link spanning
 * forest (strongest branch first), each tree after the last, unlinked nodes at the end.
 */
function circleOrder(n: number, edges: readonly { a: number; b: number; w: number }[]): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const tree: { to: number; w: number }[][] = Array.from({ length: n }, () => []);
  // Edges come strongest first (topicLinks' order): Kruskal's maximum spanning forest.
  for (const { a, b, w } of edges) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    parent[ra] = rb;
    tree[a]!.push({ to: b, w });
    tree[b]!.push({ to: a, w });
  }
  const order: number[] = [];
  const seen = new Array<boolean>(n).fill(false);
  const visit = (i: number) => {
    seen[i] = true;
    order.push(i);
    for (const { to } of [...tree[i]!].sort((x, y) => y.w - x.w || x.to - y.to)) if (!seen[to]) visit(to);
  };
  const linked = (i: number) => tree[i]!.length > 0;
  for (let i = 0; i < n; i++) if (!seen[i] && linked(i)) visit(i);
  for (let i = 0; i < n; i++) if (!seen[i]) visit(i);
  return order;
}

/**
 * Stress majorization: each pair of topics as far apart as the graph says (the shortest path
 * over the links, a stronger link a shorter step; topics in different parts of the graph a step
 * beyond the farthest pair), started round a circle in linked order, then turned so its long
 * axis runs along the picture's and stretched to fill it.
 */
function stressLayout(nodes: MapNode[], edges: readonly { a: number; b: number; w: number }[], width: number, height: number): void {
  const n = nodes.length;
  if (n === 0) return;
  if (n === 1) {
    [nodes[0]!.x, nodes[0]!.y] = [width / 2, height / 2];
    return;
  }
  const unit = 100;
  const distance = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const { a, b, w } of edges) {
    const length = unit * (1.25 - 0.5 * w);
    distance[a]![b] = Math.min(distance[a]![b]!, length);
    distance[b]![a] = Math.min(distance[b]![a]!, length);
  }
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const through = distance[i]![k]! + distance[k]![j]!;
    if (through < distance[i]![j]!) distance[i]![j] = through;
  }
  const finite = Math.max(unit, ...distance.flat().filter((d) => Number.isFinite(d)));
  for (const row of distance) row.forEach((d, j) => (row[j] = Number.isFinite(d) ? d : finite + unit));
  circleOrder(n, edges).forEach((i, place) => {
    const angle = (2 * Math.PI * place) / n - Math.PI / 2;
    nodes[i]!.x = finite * 0.5 * Math.cos(angle);
    nodes[i]!.y = finite * 0.5 * Math.sin(angle);
  });
  for (let step = 0; step < 300; step++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let sx = 0;
      let sy = 0;
      let sw = 0;
      const node = nodes[i]!;
      const row = distance[i]!;
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const other = nodes[j]!;
        const d = row[j]!;
        const weight = 1 / (d * d);
        const dx = node.x - other.x;
        const dy = node.y - other.y;
        const now = Math.sqrt(dx * dx + dy * dy) || 1e-6;
        sx += weight * (other.x + (d * dx) / now);
        sy += weight * (other.y + (d * dy) / now);
        sw += weight;
      }
      moved = Math.max(moved, Math.abs(sx / sw - node.x) + Math.abs(sy / sw - node.y));
      node.x = sx / sw;
      node.y = sy / sw;
    }
    // Settled: no topic moves by a hundredth of a link's length.
    if (moved < unit / 100) break;
  }
  // Turn the long axis (the principal one) to lie along the picture's longer side.
  const mx = nodes.reduce((sum, node) => sum + node.x, 0) / n;
  const my = nodes.reduce((sum, node) => sum + node.y, 0) / n;
  let [xx, xy, yy] = [0, 0, 0];
  for (const node of nodes) {
    xx += (node.x - mx) ** 2;
    xy += (node.x - mx) * (node.y - my);
    yy += (node.y - my) ** 2;
  }
  const axis = 0.5 * Math.atan2(2 * xy, xx - yy) + (width >= height ? 0 : Math.PI / 2);
  const [cos, sin] = [Math.cos(-axis), Math.sin(-axis)];
  for (const node of nodes) {
    const [x, y] = [node.x - mx, node.y - my];
    node.x = x * cos - y * sin;
    node.y = x * sin + y * cos;
  }
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Stretched to fill the frame: a stretch bends angles but keeps which lines cross which.
  const margin = 60;
  for (const node of nodes) {
    node.x = maxX - minX < 1 ? width / 2 : margin + ((node.x - minX) / (maxX - minX)) * (width - 2 * margin);
    node.y = maxY - minY < 1 ? height / 2 : margin + ((node.y - minY) / (maxY - minY)) * (height - 2 * margin);
  }
}

/** Each node's label width, measured once (the layout asks for its box thousands of times). */
const labelWidths = new WeakMap<MapNode, number>();

/** The node's circle and its label below it: the room each topic keeps while the layout settles. */
function labelBox(node: MapNode, text: TextMetrics): Box {
  let textWidth = labelWidths.get(node);
  if (textWidth === undefined) labelWidths.set(node, (textWidth = Math.max(...node.label.map((line) => line.length)) * text.char));
  const half = Math.max(node.r, textWidth / 2);
  return { x1: node.x - half, y1: node.y - node.r, x2: node.x + half, y2: node.y + node.r + 6 + node.label.length * text.line };
}

/**
 * Moves topics off the lines that pass through them: a topic whose circle or label (below it,
 * where the layout keeps room for it) lies on a line it is not part of steps away from the line,
 * and the line's ends step the other way, a little at a time, keeping labels apart.
 */
function declutter(nodes: MapNode[], edges: readonly { a: number; b: number }[], width: number, text: TextMetrics): void {
  for (let step = 0; step < 60; step++) {
    let moved = false;
    for (const { a, b } of edges) {
      const [p, q] = [nodes[a]!, nodes[b]!];
      nodes.forEach((node, c) => {
        if (c === a || c === b) return;
        const box = inflate(labelBox(node, text), 6);
        if (!segmentHitsBox(p, q, box)) return;
        moved = true;
        // Away from the line, on the side the box's centre is on.
        const [mx, my] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
        const [dx, dy] = [q.x - p.x, q.y - p.y];
        const length = Math.hypot(dx, dy) || 1;
        let [nx, ny] = [-dy / length, dx / length];
        const side = (mx - p.x) * nx + (my - p.y) * ny;
        if (side < 0 || (side === 0 && c % 2 === 1)) [nx, ny] = [-nx, -ny];
        node.x += 3 * nx;
        node.y += 3 * ny;
        for (const end of [p, q]) {
          end.x -= 1.5 * nx;
          end.y -= 1.5 * ny;
        }
      });
    }
    if (!moved) break;
    if (step % 5 === 4) separate(nodes, width, text);
  }
  separate(nodes, width, text);
}

/**
 * Moves topics apart until no two circles-with-their-labels overlap, keeping the picture the
 * layout found (after PRISM, Gansner and Hu): every pair keeps its present distance except
 * overlapping pairs, which are asked to be as far apart as their boxes need (at most half as far
 * again per round), and stress majorization finds the positions that come closest; repeated
 * until nothing overlaps. Widthwise each box stays inside the picture.
 */
function removeOverlaps(nodes: MapNode[], width: number, text: TextMetrics): void {
  const n = nodes.length;
  // Worked on the boxes' centres, in typed arrays: this is the layout's inner loop.
  const [x, y, offX, offY, hw, hh, low, high] = [0, 0, 0, 0, 0, 0, 0, 0].map(() => new Float64Array(n)) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  nodes.forEach((node, i) => {
    const box = labelBox(node, text);
    offX[i] = (box.x1 + box.x2) / 2 - node.x;
    offY[i] = (box.y1 + box.y2) / 2 - node.y;
    hw[i] = (box.x2 - box.x1) / 2;
    hh[i] = (box.y2 - box.y1) / 2;
    x[i] = node.x + offX[i]!;
    y[i] = node.y + offY[i]!;
    // Widthwise inside the picture (a box wider than the picture is centred).
    [low[i], high[i]] = 2 * hw[i]! + 8 > width ? [width / 2, width / 2] : [hw[i]! + 4, width - hw[i]! - 4];
  });
  const target = new Float64Array(n * n);
  for (let round = 0; round < 40; round++) {
    let overlapping = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = x[j]! - x[i]!;
        const dy = y[j]! - y[i]!;
        const now = Math.sqrt(dx * dx + dy * dy);
        const needX = hw[i]! + hw[j]! + 6;
        const needY = hh[i]! + hh[j]! + 6;
        // The factor the distance must grow by, along the present direction, for the boxes to part.
        const grow = Math.min(Math.abs(dx) > 1e-6 ? needX / Math.abs(dx) : Infinity, Math.abs(dy) > 1e-6 ? needY / Math.abs(dy) : Infinity);
        let want = now;
        if (grow > 1) {
          overlapping = true;
          want = now < 1e-6 ? Math.min(needX, needY) : now * Math.min(grow, 1.5);
        }
        target[i * n + j] = target[j * n + i] = Math.max(1, want);
      }
    }
    if (!overlapping) break;
    for (let step = 0; step < 20; step++) {
      for (let i = 0; i < n; i++) {
        let sx = 0;
        let sy = 0;
        let sw = 0;
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
          const d = target[i * n + j]!;
          const weight = 1 / (d * d);
          let dx = x[i]! - x[j]!;
          let dy = y[i]! - y[j]!;
          let now = Math.sqrt(dx * dx + dy * dy);
          // Two boxes on the same spot part along a fixed direction, by index: deterministic.
          if (now < 1e-6) [dx, dy, now] = [i < j ? -1 : 1, 0, 1];
          sx += weight * (x[j]! + (d * dx) / now);
          sy += weight * (y[j]! + (d * dy) / now);
          sw += weight;
        }
        x[i] = clamp(sx / sw, low[i]!, high[i]!);
        y[i] = sy / sw;
      }
    }
  }
  nodes.forEach((node, i) => {
    node.x = x[i]! - offX[i]!;
    node.y = y[i]! - offY[i]!;
  });
}

/**
 * Keeps a topic and the label below it within the picture's width (the page's width is what
 * limits a picture; its height can grow).
 */
function keepInside(node: MapNode, width: number, text: TextMetrics): void {
  const box = labelBox(node, text);
  const half = (box.x2 - box.x1) / 2;
  node.x = half * 2 + 8 > width ? width / 2 : clamp(node.x, half + 4, width - half - 4);
}

/**
 * Pushes apart nodes whose circles or labels overlap, a few pixels at a time: sideways when
 * there is room in the picture's width and that is the smaller push, else down or up.
 */
function separate(nodes: MapNode[], width: number, text: TextMetrics): void {
  for (const node of nodes) keepInside(node, width, text);
  for (let round = 0; round < 300; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [p, q] = [nodes[i]!, nodes[j]!];
        const a = labelBox(p, text);
        const b = labelBox(q, text);
        const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (overlapX <= -4 || overlapY <= -4) continue;
        moved = true;
        const sign = (value: number, tie: number) => (value === 0 ? tie : Math.sign(value));
        const sx = sign(p.x - q.x, -1);
        // Pushed a little past the 4-pixel gap, so rounding cannot leave the pair a hair short of it.
        const pushX = (overlapX + 5) / 2;
        const room = (node: MapNode, dx: number) => {
          const box = labelBox(node, text);
          return box.x1 + dx >= 4 && box.x2 + dx <= width - 4;
        };
        if (overlapX < overlapY && room(p, sx * pushX) && room(q, -sx * pushX)) {
          p.x += sx * pushX;
          q.x -= sx * pushX;
        } else {
          const push = (overlapY + 5) / 2;
          const sy = sign(p.y - q.y, -1);
          p.y += sy * push;
          q.y -= sy * push;
        }
      }
    }
    if (!moved) break;
  }
}
