/**
 * Where the field map's topics first go (field-map.ts assembles the map): stress majorization
 * over the links, a stronger link a shorter one, turned and stretched to fill the picture. No
 * randomness: the same review gives the same coordinates. Also the map's node and its numbers,
 * which field-map-clearance.ts (circles, labels and lines kept off each other) shares.
 */

import type { Box } from "./geometry.ts";

// The map's numbers, in one place, by the step that uses them. Lengths are in the picture's
// units (pixels at its own size).

// The picture (field-map.ts).
/** The picture's width and height, and its label size, when the page does not give them. */
export const DEFAULT_WIDTH = 760;
export const DEFAULT_HEIGHT = 500;
export const DEFAULT_FONT_SIZE = 13;
/** Average glyph width of the system sans, per pixel of font size, a little generous so labels never touch. */
export const CHAR_WIDTH = 0.58;
/** A label's line height, per pixel of font size. */
export const LINE_HEIGHT = 1.15;
/** A topic's circle: the smallest topic's radius, and how much the largest adds (by area). */
export const MIN_RADIUS = 10;
export const RADIUS_RANGE = 24;
/** The room kept round the picture's contents (nodes, labels, lines) in its view box. */
export const PICTURE_MARGIN = 8;

// The first layout (this module).
/** The stress layout's length of a link of average strength, before the picture is stretched. */
const LINK_LENGTH = 100;
/** At most this many rounds of stress majorization (it stops once settled). */
const STRESS_STEPS = 300;
/** The stretched layout's distance from the picture's edge to the outermost centres. */
const LAYOUT_MARGIN = 60;

// Topics kept apart and off lines (field-map-clearance.ts).
/** The gap between a circle and the label room kept below it while the layout settles. */
export const LABEL_ROOM_GAP = 6;
/** Overlap removal: the gap it keeps between boxes, its rounds, the steps each, the most a distance grows per round. */
export const OVERLAP_GAP = 6;
export const OVERLAP_ROUNDS = 40;
export const OVERLAP_STEPS = 20;
export const OVERLAP_MAX_GROWTH = 1.5;
/** The gap `separate` keeps between boxes and between a box and the picture's sides. */
export const SEPARATE_GAP = 4;
/** How far `separate` pushes an overlapping pair, past the overlap: a little past the gap, so rounding cannot leave the pair a hair short of it. */
export const SEPARATE_PUSH = 5;
export const SEPARATE_ROUNDS = 300;
/** Decluttering: its rounds, how far off a line a box must be, and how far a box and the line's ends step each time. */
export const DECLUTTER_STEPS = 60;
export const LINE_CLEARANCE = 6;
export const DECLUTTER_STEP = 3;
export const DECLUTTER_END_STEP = 1.5;

// Labels and lines (field-map-clearance.ts).
/** How far past the picture's width a label may reach: one far out would shrink the whole picture. */
export const LABEL_OVERHANG = 4;
/** Air kept round every label when placing labels and routing lines, so a line does not graze one. */
export const LABEL_AIR = 3;
/** Air kept round every circle a line passes. */
export const CIRCLE_AIR = 4;
/** How far the frame a line may be led round obstacles reaches past the picture's contents. */
export const ROUTE_FRAME = 30;

export interface TextMetrics {
  char: number;
  line: number;
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

/** A link between the nodes at indices `a` and `b`, `w` its strength relative to the strongest (0–1]. */
export interface LayoutEdge {
  a: number;
  b: number;
  w: number;
}

/**
 * The nodes in an order round a circle: a depth-first walk of the strongest-link spanning
 * forest (strongest branch first), each tree after the last, unlinked nodes at the end.
 */
function circleOrder(n: number, edges: readonly LayoutEdge[]): number[] {
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
 * How far apart each pair of topics should be: the shortest path over the links, a stronger
 * link a shorter step; topics in different parts of the graph a step beyond the farthest pair
 * (`farthest`, the longest finite distance, at least one link's length).
 */
function linkDistances(n: number, edges: readonly LayoutEdge[]): { distance: number[][]; farthest: number } {
  const distance = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (const { a, b, w } of edges) {
    const length = LINK_LENGTH * (1.25 - 0.5 * w);
    distance[a]![b] = Math.min(distance[a]![b]!, length);
    distance[b]![a] = Math.min(distance[b]![a]!, length);
  }
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const through = distance[i]![k]! + distance[k]![j]!;
    if (through < distance[i]![j]!) distance[i]![j] = through;
  }
  const farthest = Math.max(LINK_LENGTH, ...distance.flat().filter((d) => Number.isFinite(d)));
  for (const row of distance) row.forEach((d, j) => (row[j] = Number.isFinite(d) ? d : farthest + LINK_LENGTH));
  return { distance, farthest };
}

/**
 * Stress majorization: each pair of topics as far apart as the graph says (`linkDistances`),
 * started round a circle in linked order, then turned so its long axis runs along the picture's
 * and stretched to fill it.
 */
export function stressLayout(nodes: MapNode[], edges: readonly LayoutEdge[], width: number, height: number): void {
  const n = nodes.length;
  if (n === 0) return;
  if (n === 1) {
    [nodes[0]!.x, nodes[0]!.y] = [width / 2, height / 2];
    return;
  }
  const { distance, farthest } = linkDistances(n, edges);
  circleOrder(n, edges).forEach((i, place) => {
    const angle = (2 * Math.PI * place) / n - Math.PI / 2;
    nodes[i]!.x = farthest * 0.5 * Math.cos(angle);
    nodes[i]!.y = farthest * 0.5 * Math.sin(angle);
  });
  for (let step = 0; step < STRESS_STEPS; step++) {
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
    if (moved < LINK_LENGTH / 100) break;
  }
  alignAndFill(nodes, width, height);
}

/**
 * Turns the layout so its long axis (the principal one) lies along the picture's longer side,
 * then stretches it to fill the frame: a stretch bends angles but keeps which lines cross which.
 */
function alignAndFill(nodes: MapNode[], width: number, height: number): void {
  const n = nodes.length;
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
  for (const node of nodes) {
    node.x = maxX - minX < 1 ? width / 2 : LAYOUT_MARGIN + ((node.x - minX) / (maxX - minX)) * (width - 2 * LAYOUT_MARGIN);
    node.y = maxY - minY < 1 ? height / 2 : LAYOUT_MARGIN + ((node.y - minY) / (maxY - minY)) * (height - 2 * LAYOUT_MARGIN);
  }
}
