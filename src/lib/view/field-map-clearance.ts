/**
 * The field map's clearances, once field-map-layout.ts has placed the topics: circles, each with
 * room for its label below it, moved apart and off the lines that would pass through them within
 * the picture's width; then each label put beside its circle where no line crosses it, and each
 * line drawn straight, or bent round a label or a topic it does not join (the grid router is
 * geometry.ts's).
 */

import { boxesOverlap, boxHitsCircle, clamp, curvePoints, inflate, pathHitsBox, pathIsClear, round, roundedPath, routeAround, segmentHitsBox, type Box, type Point } from "./geometry.ts";
import {
  CIRCLE_AIR, DECLUTTER_END_STEP, DECLUTTER_STEP, DECLUTTER_STEPS, LABEL_AIR, LABEL_OVERHANG, LABEL_ROOM_GAP, LINE_CLEARANCE, OVERLAP_GAP, OVERLAP_MAX_GROWTH, OVERLAP_ROUNDS,
  OVERLAP_STEPS, ROUTE_FRAME, SEPARATE_GAP, SEPARATE_PUSH, SEPARATE_ROUNDS, type MapNode, type TextMetrics,
} from "./field-map-layout.ts";

/**
 * Moves the laid-out topics apart until no circle or label overlaps another, and off the lines
 * that would pass through them. The picture keeps to `width`.
 */
export function spreadApart(nodes: MapNode[], edges: readonly { a: number; b: number }[], width: number, text: TextMetrics): void {
  removeOverlaps(nodes, width, text);
  separate(nodes, width, text);
  declutter(nodes, edges, width, text);
}

/** Each node's label width, measured once (the layout asks for its box thousands of times). */
const labelWidths = new WeakMap<MapNode, number>();

/** The node's circle and its label below it: the room each topic keeps while the layout settles. */
function labelBox(node: MapNode, text: TextMetrics): Box {
  let textWidth = labelWidths.get(node);
  if (textWidth === undefined) labelWidths.set(node, (textWidth = Math.max(...node.label.map((line) => line.length)) * text.char));
  const half = Math.max(node.r, textWidth / 2);
  return { x1: node.x - half, y1: node.y - node.r, x2: node.x + half, y2: node.y + node.r + LABEL_ROOM_GAP + node.label.length * text.line };
}

/**
 * Moves topics off the lines that pass through them: a topic whose circle or label (below it,
 * where the layout keeps room for it) lies on a line it is not part of steps away from the line,
 * and the line's ends step the other way, a little at a time, keeping labels apart.
 */
function declutter(nodes: MapNode[], edges: readonly { a: number; b: number }[], width: number, text: TextMetrics): void {
  for (let step = 0; step < DECLUTTER_STEPS; step++) {
    let moved = false;
    for (const { a, b } of edges) {
      const [p, q] = [nodes[a]!, nodes[b]!];
      nodes.forEach((node, c) => {
        if (c === a || c === b) return;
        const box = inflate(labelBox(node, text), LINE_CLEARANCE);
        if (!segmentHitsBox(p, q, box)) return;
        moved = true;
        // Away from the line, on the side the box's centre is on.
        const [mx, my] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
        const [dx, dy] = [q.x - p.x, q.y - p.y];
        const length = Math.hypot(dx, dy) || 1;
        let [nx, ny] = [-dy / length, dx / length];
        const side = (mx - p.x) * nx + (my - p.y) * ny;
        if (side < 0 || (side === 0 && c % 2 === 1)) [nx, ny] = [-nx, -ny];
        node.x += DECLUTTER_STEP * nx;
        node.y += DECLUTTER_STEP * ny;
        for (const end of [p, q]) {
          end.x -= DECLUTTER_END_STEP * nx;
          end.y -= DECLUTTER_END_STEP * ny;
        }
      });
    }
    if (!moved) break;
    if (step % 5 === 4) separate(nodes, width, text);
  }
  separate(nodes, width, text);
}

/** The boxes `removeOverlaps` moves, by their centres, in typed arrays (this is the layout's inner loop). */
interface CentredBoxes {
  /** Each box's centre. */
  x: Float64Array;
  y: Float64Array;
  /** From the node's centre to its box's. */
  offX: Float64Array;
  offY: Float64Array;
  /** Half the box's width and height. */
  hw: Float64Array;
  hh: Float64Array;
  /** The range the centre's x keeps to, so the box stays widthwise inside the picture. */
  low: Float64Array;
  high: Float64Array;
}

function centredBoxes(nodes: readonly MapNode[], width: number, text: TextMetrics): CentredBoxes {
  const n = nodes.length;
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
    [low[i], high[i]] = 2 * hw[i]! + 2 * SEPARATE_GAP > width ? [width / 2, width / 2] : [hw[i]! + SEPARATE_GAP, width - hw[i]! - SEPARATE_GAP];
  });
  return { x, y, offX, offY, hw, hh, low, high };
}

/**
 * Fills `target` (n × n) with the distance each pair is asked to keep: its present one, or for
 * an overlapping pair as far as the boxes need along their present direction (at most
 * `OVERLAP_MAX_GROWTH` times as far). Whether any pair overlaps.
 */
function overlapTargets({ x, y, hw, hh }: CentredBoxes, target: Float64Array): boolean {
  const n = x.length;
  let overlapping = false;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = x[j]! - x[i]!;
      const dy = y[j]! - y[i]!;
      const now = Math.sqrt(dx * dx + dy * dy);
      const needX = hw[i]! + hw[j]! + OVERLAP_GAP;
      const needY = hh[i]! + hh[j]! + OVERLAP_GAP;
      // The factor the distance must grow by, along the present direction, for the boxes to part.
      const grow = Math.min(Math.abs(dx) > 1e-6 ? needX / Math.abs(dx) : Infinity, Math.abs(dy) > 1e-6 ? needY / Math.abs(dy) : Infinity);
      let want = now;
      if (grow > 1) {
        overlapping = true;
        want = now < 1e-6 ? Math.min(needX, needY) : now * Math.min(grow, OVERLAP_MAX_GROWTH);
      }
      target[i * n + j] = target[j * n + i] = Math.max(1, want);
    }
  }
  return overlapping;
}

/**
 * Moves topics apart until no two circles-with-their-labels overlap, keeping the picture the
 * layout found (after PRISM, Gansner and Hu): every pair keeps its present distance except
 * overlapping pairs, which are asked to be as far apart as their boxes need (`overlapTargets`),
 * and stress majorization finds the positions that come closest; repeated until nothing
 * overlaps. Widthwise each box stays inside the picture.
 */
function removeOverlaps(nodes: MapNode[], width: number, text: TextMetrics): void {
  const n = nodes.length;
  const boxes = centredBoxes(nodes, width, text);
  const { x, y, low, high } = boxes;
  const target = new Float64Array(n * n);
  for (let round = 0; round < OVERLAP_ROUNDS; round++) {
    if (!overlapTargets(boxes, target)) break;
    for (let step = 0; step < OVERLAP_STEPS; step++) {
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
    node.x = x[i]! - boxes.offX[i]!;
    node.y = y[i]! - boxes.offY[i]!;
  });
}

/**
 * Keeps a topic and the label below it within the picture's width (the page's width is what
 * limits a picture; its height can grow).
 */
function keepInside(node: MapNode, width: number, text: TextMetrics): void {
  const box = labelBox(node, text);
  const half = (box.x2 - box.x1) / 2;
  node.x = half * 2 + 2 * SEPARATE_GAP > width ? width / 2 : clamp(node.x, half + SEPARATE_GAP, width - half - SEPARATE_GAP);
}

/**
 * Pushes apart nodes whose circles or labels overlap, a few pixels at a time: sideways when
 * there is room in the picture's width and that is the smaller push, else down or up.
 */
function separate(nodes: MapNode[], width: number, text: TextMetrics): void {
  for (const node of nodes) keepInside(node, width, text);
  for (let round = 0; round < SEPARATE_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [p, q] = [nodes[i]!, nodes[j]!];
        const a = labelBox(p, text);
        const b = labelBox(q, text);
        const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (overlapX <= -SEPARATE_GAP || overlapY <= -SEPARATE_GAP) continue;
        moved = true;
        const sign = (value: number, tie: number) => (value === 0 ? tie : Math.sign(value));
        const sx = sign(p.x - q.x, -1);
        const pushX = (overlapX + SEPARATE_PUSH) / 2;
        const room = (node: MapNode, dx: number) => {
          const box = labelBox(node, text);
          return box.x1 + dx >= SEPARATE_GAP && box.x2 + dx <= width - SEPARATE_GAP;
        };
        if (overlapX < overlapY && room(p, sx * pushX) && room(q, -sx * pushX)) {
          p.x += sx * pushX;
          q.x -= sx * pushX;
        } else {
          const push = (overlapY + SEPARATE_PUSH) / 2;
          const sy = sign(p.y - q.y, -1);
          p.y += sy * push;
          q.y -= sy * push;
        }
      }
    }
    if (!moved) break;
  }
}

export interface Route {
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
 * through a label (and reported in `dropped`, by index in `edges`).
 */
export function labelAndRoute(nodes: MapNode[], edges: readonly { a: number; b: number }[], text: TextMetrics, width: number): { routes: (Route | null)[]; dropped: number[] } {
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
        const clear = inflate(candidate.box, LABEL_AIR);
        const { box } = candidate;
        // Never on another circle or label, nor in the place another topic's label will take
        // below its circle, nor far past the picture's width (it would shrink the whole picture).
        // The place below is always free of these (the layout kept those places apart), so it is
        // the fallback, at a price, should the layout have failed to.
        const blocked =
          box.x1 < -LABEL_OVERHANG || box.x2 > width + LABEL_OVERHANG ||
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
      ROUTE_FRAME,
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
    boxes: nodes.map((node) => inflate(node.text.box, LABEL_AIR)),
    circles: nodes.filter((_, i) => i !== edge.a && i !== edge.b).map((node) => ({ x: node.x, y: node.y, r: node.r + CIRCLE_AIR })),
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
