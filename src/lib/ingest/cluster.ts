/**
 * Clustering papers when there is no taxonomy yet: a graph of each paper's nearest
 * neighbours (the sparse top-k of related.ts), split into communities by Louvain
 * modularity. The resolution is searched so the number of topics fits the collection's
 * size, and clusters too small to be a section are merged into their nearest neighbour.
 * Deterministic: nodes are visited in index order and ties go to the lower index.
 */

import { relatedPapers, type RelatedPaper } from "../model/related.ts";
import { centroid, dot, type Corpus } from "../model/vectors.ts";

export interface Graph {
  /** Adjacency: for each node, neighbour → weight (symmetric). */
  edges: Map<number, number>[];
}

/** Neighbours per paper in the nearest-neighbour graph the clusters are cut from. */
const NEIGHBOURS = 15;

/** Each paper's nearest neighbours, as many as the graph the clusters are cut from links. */
export function nearestNeighbours(corpus: Corpus, k = NEIGHBOURS): RelatedPaper[][] {
  return relatedPapers(corpus, { limit: k, sharedLimit: 0 });
}

export function knnGraph(corpus: Corpus, k: number, neighbours: readonly (readonly RelatedPaper[])[] = nearestNeighbours(corpus, k)): Graph {
  const edges = neighbours.map(() => new Map<number, number>());
  neighbours.forEach((list, p) => {
    for (const { index, score } of list) {
      if (score <= 0) continue;
      edges[p]!.set(index, Math.max(edges[p]!.get(index) ?? 0, score));
      edges[index]!.set(p, Math.max(edges[index]!.get(p) ?? 0, score));
    }
  });
  return { edges };
}

/** Louvain community detection; returns a community label per node (0..c-1, by first node). */
export function louvain(graph: Graph, resolution: number): number[] {
  let edges = graph.edges;
  // membership[original node] = current super-node
  let membership = edges.map((_, i) => i);
  for (let level = 0; level < 20; level++) {
    const { community, moved } = localMoves(edges, resolution);
    if (!moved) break;
    const relabel = compact(community);
    membership = membership.map((node) => relabel[node]!);
    edges = aggregate(edges, relabel);
  }
  return compact(membership);
}

function localMoves(edges: Map<number, number>[], resolution: number): { community: number[]; moved: boolean } {
  const n = edges.length;
  const degree = edges.map((adjacent) => {
    let sum = 0;
    for (const weight of adjacent.values()) sum += weight;
    return sum;
  });
  const total = degree.reduce((a, b) => a + b, 0); // 2m
  const community = edges.map((_, i) => i);
  const communityDegree = [...degree];
  if (total === 0) return { community, moved: false };
  let moved = false;
  for (let pass = 0; pass < 50; pass++) {
    let changed = 0;
    for (let node = 0; node < n; node++) {
      const own = community[node]!;
      const links = new Map<number, number>();
      for (const [other, weight] of edges[node]!) {
        if (other === node) continue;
        const c = community[other]!;
        links.set(c, (links.get(c) ?? 0) + weight);
      }
      communityDegree[own]! -= degree[node]!;
      const gain = (c: number) => (links.get(c) ?? 0) - (resolution * communityDegree[c]! * degree[node]!) / total;
      let best = own;
      let bestGain = gain(own);
      for (const c of [...links.keys()].sort((a, b) => a - b)) {
        const g = gain(c);
        if (g > bestGain + 1e-12) {
          best = c;
          bestGain = g;
        }
      }
      communityDegree[best]! += degree[node]!;
      if (best !== own) {
        community[node] = best;
        changed++;
        moved = true;
      }
    }
    if (changed === 0) break;
  }
  return { community, moved };
}

function aggregate(edges: Map<number, number>[], label: number[]): Map<number, number>[] {
  const count = Math.max(-1, ...label) + 1;
  const out = Array.from({ length: count }, () => new Map<number, number>());
  edges.forEach((adjacent, node) => {
    const a = label[node]!;
    for (const [other, weight] of adjacent) {
      const b = label[other]!;
      out[a]!.set(b, (out[a]!.get(b) ?? 0) + weight);
    }
  });
  return out;
}

/** Renumbers labels 0..c-1 in order of first appearance. */
function compact(labels: readonly number[]): number[] {
  const map = new Map<number, number>();
  return labels.map((label) => {
    let next = map.get(label);
    if (next === undefined) map.set(label, (next = map.size));
    return next;
  });
}

/** How many topics a collection of `n` papers wants: about 8–18 for 100–300 papers. */
export function topicRange(n: number): { min: number; max: number } {
  const min = Math.max(2, Math.min(40, Math.round(0.6 * Math.sqrt(n))));
  const max = Math.max(min, Math.min(60, Math.round(1.2 * Math.sqrt(n))));
  return { min, max };
}

/** Smallest cluster that stands as a section of its own. */
export function minClusterSize(n: number): number {
  return Math.max(3, Math.round(0.015 * n));
}

/** A cluster label per paper; `neighbours` when the caller has found them already (see `nearestNeighbours`). */
export function clusterPapers(corpus: Corpus, neighbours?: readonly (readonly RelatedPaper[])[]): number[] {
  const n = corpus.vectors.length;
  if (n === 0) return [];
  const range = topicRange(n);
  const graph = knnGraph(corpus, NEIGHBOURS, neighbours);
  const minSize = minClusterSize(n);
  // Finer splits read better as a review's sections than a few broad ones, up to a point.
  const target = clampTo(Math.round(Math.sqrt(n)), range.min, range.max);

  const attempt = (resolution: number) => compact(mergeSmall(louvain(graph, resolution), corpus, minSize));
  const count = (labels: number[]) => new Set(labels).size;

  // More resolution, more communities: bisect (in log space) for the target count.
  let best = attempt(1);
  let low = 0.05;
  let high = 10;
  for (let step = 0; step < 16 && count(best) !== target; step++) {
    const mid = Math.sqrt(low * high);
    const candidate = attempt(mid);
    if (Math.abs(count(candidate) - target) < Math.abs(count(best) - target)) best = candidate;
    if (count(candidate) < target) low = mid;
    else high = mid;
  }
  return best;
}

function clampTo(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Folds every cluster smaller than `minSize` into the large cluster whose centroid is nearest. */
function mergeSmall(labels: number[], corpus: Corpus, minSize: number): number[] {
  const members = new Map<number, number[]>();
  labels.forEach((label, p) => {
    const list = members.get(label) ?? [];
    list.push(p);
    members.set(label, list);
  });
  const large = [...members].filter(([, list]) => list.length >= minSize);
  if (large.length === 0) return labels.map(() => 0);
  const centroids = large.map(([label, list]) => ({ label, center: centroid(list.map((p) => corpus.vectors[p]!)) }));
  return labels.map((label, p) => {
    if (members.get(label)!.length >= minSize) return label;
    let best = centroids[0]!;
    let bestScore = -1;
    for (const candidate of centroids) {
      const score = dot(corpus.vectors[p]!, candidate.center);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best.label;
  });
}
