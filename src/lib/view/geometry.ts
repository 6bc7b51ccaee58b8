/** Numbers and shapes for laid-out pictures: coordinates kept in bounds and written short, and the tests that keep lines off labels. */

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box, x1 ≤ x2 and y1 ≤ y2. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** The box grown by `by` on every side. */
export function inflate(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export function boxHitsCircle(box: Box, circle: Circle): boolean {
  const dx = circle.x - clamp(circle.x, box.x1, box.x2);
  const dy = circle.y - clamp(circle.y, box.y1, box.y2);
  return dx * dx + dy * dy < circle.r * circle.r;
}

/** Whether the segment from a to b passes through the box (touching its inside), by clipping it (Liang–Barsky). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  // Most segments miss a box by a wide margin: their bounds already say so.
  if (Math.max(a.x, b.x) <= box.x1 || Math.min(a.x, b.x) >= box.x2 || Math.max(a.y, b.y) <= box.y1 || Math.min(a.y, b.y) >= box.y2) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  // Clipped against each side in turn (p: the direction across it, q: the room inside it).
  const ps = [-dx, dx, -dy, dy];
  const qs = [a.x - box.x1, box.x2 - a.x, a.y - box.y1, box.y2 - a.y];
  for (let k = 0; k < 4; k++) {
    const p = ps[k]!;
    const q = qs[k]!;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Whether the segment from a to b comes nearer than r to the circle's centre. */
export function segmentHitsCircle(a: Point, b: Point, circle: Circle): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : clamp(((circle.x - a.x) * dx + (circle.y - a.y) * dy) / length2, 0, 1);
  const [ex, ey] = [a.x + t * dx - circle.x, a.y + t * dy - circle.y];
  return ex * ex + ey * ey < circle.r * circle.r;
}

/** Whether the polyline through `points` passes through the box. */
export function pathHitsBox(points: readonly Point[], box: Box): boolean {
  for (let i = 1; i < points.length; i++) if (segmentHitsBox(points[i - 1]!, points[i]!, box)) return true;
  return false;
}

export function pathHitsCircle(points: readonly Point[], circle: Circle): boolean {
  for (let i = 1; i < points.length; i++) if (segmentHitsCircle(points[i - 1]!, points[i]!, circle)) return true;
  return false;
}

/**
 * The quadratic Bézier curve from a to b pulled towards `control`, as a polyline of `steps`
 * segments (a straight line when there is no control point). Fine enough that the curve
 * strays less than a pixel from it at the sizes the maps use.
 */
export function curvePoints(a: Point, b: Point, control: Point | null, steps = 24): Point[] {
  if (control === null) return [a, b];
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({ x: u * u * a.x + 2 * u * t * control.x + t * t * b.x, y: u * u * a.y + 2 * u * t * control.y + t * t * b.y });
  }
  return points;
}

/** What a line must keep off: boxes and circles (already grown by the clearance wanted). */
export interface Obstacles {
  boxes: readonly Box[];
  circles: readonly Circle[];
}

export function pathIsClear(points: readonly Point[], obstacles: Obstacles): boolean {
  return obstacles.boxes.every((box) => !pathHitsBox(points, box)) && obstacles.circles.every((circle) => !pathHitsCircle(points, circle));
}

/**
 * A way from `from` to `to` round the obstacles, inside `frame`: the shortest path on a grid of
 * `cell`-sized squares (A*, eight directions), pulled tight into as few straight legs as keep
 * clear. Null when the obstacles wall one end in. The ends themselves may lie inside an
 * obstacle's grid cells (a line starts at its node's centre); only the legs are checked.
 */
export function routeAround(from: Point, to: Point, obstacles: Obstacles, frame: Box, cell = 7): Point[] | null {
  const grid = blockedGrid(obstacles, frame, cell);
  const start = grid.cellOf(from);
  const goal = grid.cellOf(to);
  // The ends sit inside their own nodes: free their cells, and the nearest ones round them, so the search can leave and arrive.
  for (const end of [start, goal]) grid.freeAround(end);
  const cells = shortestPath(grid, start, goal);
  if (!cells) return null;
  const tight = pullTight([from, ...cells, to], obstacles);
  return pathIsClear(tight, obstacles) ? tight : null;
}

/** The frame as a grid of cells `cell` apart, each blocked when its centre lies within half a cell's diagonal of an obstacle. */
interface Grid {
  columns: number;
  rows: number;
  blocked: Uint8Array;
  at(c: number, r: number): Point;
  cellOf(p: Point): number;
  freeAround(i: number): void;
}

function blockedGrid(obstacles: Obstacles, frame: Box, cell: number): Grid {
  const columns = Math.max(2, Math.ceil((frame.x2 - frame.x1) / cell) + 1);
  const rows = Math.max(2, Math.ceil((frame.y2 - frame.y1) / cell) + 1);
  const at = (c: number, r: number): Point => ({ x: frame.x1 + c * cell, y: frame.y1 + r * cell });
  const blocked = new Uint8Array(columns * rows);
  const margin = cell * 0.75;
  for (const box of obstacles.boxes) {
    const grown = inflate(box, margin);
    for (let c = Math.max(0, Math.floor((grown.x1 - frame.x1) / cell)); c < columns && frame.x1 + c * cell <= grown.x2; c++) {
      for (let r = Math.max(0, Math.floor((grown.y1 - frame.y1) / cell)); r < rows && frame.y1 + r * cell <= grown.y2; r++) {
        const p = at(c, r);
        if (p.x >= grown.x1 && p.y >= grown.y1) blocked[r * columns + c] = 1;
      }
    }
  }
  for (const circle of obstacles.circles) {
    const reach = circle.r + margin;
    for (let c = Math.max(0, Math.floor((circle.x - reach - frame.x1) / cell)); c < columns && frame.x1 + c * cell <= circle.x + reach; c++) {
      for (let r = Math.max(0, Math.floor((circle.y - reach - frame.y1) / cell)); r < rows && frame.y1 + r * cell <= circle.y + reach; r++) {
        const p = at(c, r);
        if ((p.x - circle.x) ** 2 + (p.y - circle.y) ** 2 < reach * reach) blocked[r * columns + c] = 1;
      }
    }
  }
  return {
    columns,
    rows,
    blocked,
    at,
    cellOf: (p) => clamp(Math.round((p.y - frame.y1) / cell), 0, rows - 1) * columns + clamp(Math.round((p.x - frame.x1) / cell), 0, columns - 1),
    freeAround: (i) => {
      const [c0, r0] = [i % columns, Math.floor(i / columns)];
      for (let c = c0 - 1; c <= c0 + 1; c++) for (let r = r0 - 1; r <= r0 + 1; r++) if (c >= 0 && r >= 0 && c < columns && r < rows) blocked[r * columns + c] = 0;
    },
  };
}

const STEPS = [
  [1, 0, 1], [-1, 0, 1], [0, 1, 1], [0, -1, 1],
  [1, 1, Math.SQRT2], [1, -1, Math.SQRT2], [-1, 1, Math.SQRT2], [-1, -1, Math.SQRT2],
] as const;

/** A* over the free cells, 8 neighbours, no corner cutting: the cells between `start` and `goal` (both left out), or null. */
function shortestPath(grid: Grid, start: number, goal: number): Point[] | null {
  const { columns, rows, blocked } = grid;
  const cost = new Float64Array(columns * rows).fill(Infinity);
  const came = new Int32Array(columns * rows).fill(-1);
  const [gc, gr] = [goal % columns, Math.floor(goal / columns)];
  const guess = (i: number) => {
    const dx = Math.abs((i % columns) - gc);
    const dy = Math.abs(Math.floor(i / columns) - gr);
    return Math.max(dx, dy) + (Math.SQRT2 - 1) * Math.min(dx, dy);
  };
  const heap = new CellHeap();
  cost[start] = 0;
  heap.push(start, guess(start));
  while (heap.size > 0) {
    const [i, f] = heap.pop();
    if (i === goal) break;
    if (f > cost[i]! + guess(i) + 1e-9) continue;
    const c = i % columns;
    const r = (i - c) / columns;
    for (const [dc, dr, length] of STEPS) {
      const nc = c + dc;
      const nr = r + dr;
      if (nc < 0 || nr < 0 || nc >= columns || nr >= rows) continue;
      const j = nr * columns + nc;
      // No corner cutting: a diagonal step needs both cells beside it free.
      if (blocked[j] || (dc !== 0 && dr !== 0 && (blocked[r * columns + nc] || blocked[nr * columns + c]))) continue;
      const next = cost[i]! + length;
      if (next < cost[j]!) {
        cost[j] = next;
        came[j] = i;
        heap.push(j, next + guess(j));
      }
    }
  }
  if (cost[goal] === Infinity) return null;
  const cells: Point[] = [];
  for (let i = came[goal]!; i !== -1 && i !== start; i = came[i]!) cells.push(grid.at(i % columns, Math.floor(i / columns)));
  return cells.reverse();
}

/** Pulled tight: from each kept point, straight on along the path for as long as the view stays clear. */
function pullTight(path: readonly Point[], obstacles: Obstacles): Point[] {
  const tight: Point[] = [path[0]!];
  for (let k = 0; k < path.length - 1; ) {
    let far = k + 1;
    while (far + 1 < path.length && pathIsClear([path[k]!, path[far + 1]!], obstacles)) far++;
    tight.push(path[far]!);
    k = far;
  }
  return tight;
}

/**
 * A binary heap of cells by estimated total, in typed arrays (no object per entry); ties to the
 * lower cell index, for a deterministic path. Stale entries are skipped by the caller when popped.
 */
class CellHeap {
  size = 0;
  private cells = new Int32Array(1024);
  private totals = new Float64Array(1024);

  push(cell: number, f: number): void {
    if (this.size === this.cells.length) this.grow();
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(f, cell, this.totals[parent]!, this.cells[parent]!)) break;
      this.cells[k] = this.cells[parent]!;
      this.totals[k] = this.totals[parent]!;
      k = parent;
    }
    this.cells[k] = cell;
    this.totals[k] = f;
  }

  /** The first cell and its total. */
  pop(): [number, number] {
    const top: [number, number] = [this.cells[0]!, this.totals[0]!];
    const cell = this.cells[--this.size]!;
    const f = this.totals[this.size]!;
    let k = 0;
    for (;;) {
      const left = 2 * k + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && before(this.totals[right]!, this.cells[right]!, this.totals[left]!, this.cells[left]!) ? right : left;
      if (!before(this.totals[child]!, this.cells[child]!, f, cell)) break;
      this.cells[k] = this.cells[child]!;
      this.totals[k] = this.totals[child]!;
      k = child;
    }
    this.cells[k] = cell;
    this.totals[k] = f;
    return top;
  }

  private grow(): void {
    const cells = new Int32Array(this.cells.length * 2);
    const totals = new Float64Array(this.cells.length * 2);
    cells.set(this.cells);
    totals.set(this.totals);
    [this.cells, this.totals] = [cells, totals];
  }
}

function before(f1: number, c1: number, f2: number, c2: number): boolean {
  return f1 < f2 || (f1 === f2 && c1 < c2);
}

/**
 * A polyline with its corners rounded (a quadratic curve at each, `radius` along each leg),
 * as SVG path data, and the points it passes through for checking. Straight legs stay straight.
 */
export function roundedPath(corners: readonly Point[], radius: number): { d: string; points: Point[] } {
  const points = corners.map((p) => ({ x: round(p.x, 1), y: round(p.y, 1) }));
  const fmt = (p: Point) => `${round(p.x, 1)} ${round(p.y, 1)}`;
  const toward = (a: Point, b: Point, distance: number): Point => {
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return { x: a.x + ((b.x - a.x) * distance) / length, y: a.y + ((b.y - a.y) * distance) / length };
  };
  let d = `M${fmt(points[0]!)}`;
  const sampled: Point[] = [points[0]!];
  for (let i = 1; i < points.length - 1; i++) {
    const [prev, corner, next] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.hypot(corner.x - prev.x, corner.y - prev.y) / 2, Math.hypot(next.x - corner.x, next.y - corner.y) / 2);
    const start = toward(corner, prev, r);
    const end = toward(corner, next, r);
    const [s, c, e] = [start, corner, end].map((p) => ({ x: round(p.x, 1), y: round(p.y, 1) })) as [Point, Point, Point];
    d += `L${fmt(s)}Q${fmt(c)} ${fmt(e)}`;
    sampled.push(...curvePoints(s, e, c));
  }
  d += `L${fmt(points.at(-1)!)}`;
  sampled.push(points.at(-1)!);
  return { d, points: sampled };
}
