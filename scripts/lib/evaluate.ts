/**
 * Scores a topic assignment against a labelled sample: how close the review's grouping is
 * to an expert's. Measures: NMI and pairwise F1 of primary topics, related@5 precision,
 * coverage and the largest topic's share.
 */

export interface GoldLabel {
  title: string;
  primary: string;
  secondary: string[];
}

export interface PredictedPaper {
  title: string;
  slug: string;
  /** First is primary. */
  topics: string[];
  related: string[];
}

export interface Scores {
  papers: number;
  matched: number;
  nmi: number;
  pairwisePrecision: number;
  pairwiseRecall: number;
  pairwiseF1: number;
  relatedAt5: number;
  coverage: number;
  largestTopicShare: number;
}

/** Parses `title<TAB>primary<TAB>secondary,…` lines; blank lines and `#` comments are skipped. */
export function parseGold(text: string): GoldLabel[] {
  const labels: GoldLabel[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [title, primary, secondary = ""] = line.split("\t");
    if (!title || !primary) throw new Error(`line ${index + 1}: expected title<TAB>primary<TAB>secondary,…`);
    labels.push({ title: title.trim(), primary: primary.trim(), secondary: secondary.split(",").map((s) => s.trim()).filter(Boolean) });
  });
  return labels;
}

export function evaluate(papers: readonly PredictedPaper[], gold: readonly GoldLabel[]): Scores {
  const goldByTitle = new Map(gold.map((label) => [label.title, label]));
  const matched = papers.filter((paper) => goldByTitle.has(paper.title));
  const predicted = matched.map((paper) => paper.topics[0] ?? "(none)");
  const expected = matched.map((paper) => goldByTitle.get(paper.title)!.primary);

  const goldTopicsBySlug = new Map(
    matched.map((paper) => {
      const label = goldByTitle.get(paper.title)!;
      return [paper.slug, new Set([label.primary, ...label.secondary])];
    }),
  );
  let relatedSum = 0;
  let relatedCounted = 0;
  for (const paper of matched) {
    const mine = goldTopicsBySlug.get(paper.slug)!;
    const scored = paper.related.slice(0, 5).filter((slug) => goldTopicsBySlug.has(slug));
    if (scored.length === 0) continue;
    const hits = scored.filter((slug) => [...goldTopicsBySlug.get(slug)!].some((topic) => mine.has(topic))).length;
    relatedSum += hits / scored.length;
    relatedCounted++;
  }

  const sizes = new Map<string, number>();
  for (const paper of papers) if (paper.topics[0]) sizes.set(paper.topics[0], (sizes.get(paper.topics[0]) ?? 0) + 1);
  const pairs = pairwise(predicted, expected);
  return {
    papers: papers.length,
    matched: matched.length,
    nmi: nmi(predicted, expected),
    pairwisePrecision: pairs.precision,
    pairwiseRecall: pairs.recall,
    pairwiseF1: pairs.f1,
    relatedAt5: relatedCounted ? relatedSum / relatedCounted : 0,
    coverage: papers.length ? papers.filter((paper) => paper.topics.length > 0).length / papers.length : 0,
    largestTopicShare: papers.length ? Math.max(0, ...sizes.values()) / papers.length : 0,
  };
}

function counts<T>(values: readonly T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const value of values) out.set(value, (out.get(value) ?? 0) + 1);
  return out;
}

function entropy(sizes: Iterable<number>, n: number): number {
  let h = 0;
  for (const size of sizes) if (size > 0) h -= (size / n) * Math.log(size / n);
  return h;
}

/** Normalised mutual information, arithmetic-mean normalisation (as scikit-learn's default). */
export function nmi(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n === 0) return 0;
  const joint = counts(a.map((x, i) => `${x}\u0000${b[i]}`));
  const ca = counts(a);
  const cb = counts(b);
  let mutual = 0;
  for (const [key, nij] of joint) {
    const [x, y] = key.split("\u0000") as [string, string];
    mutual += (nij / n) * Math.log((n * nij) / (ca.get(x)! * cb.get(y)!));
  }
  const ha = entropy(ca.values(), n);
  const hb = entropy(cb.values(), n);
  if (ha === 0 && hb === 0) return 1;
  return (2 * mutual) / (ha + hb);
}

/** Precision, recall and F1 over pairs of papers put in one group. */
export function pairwise(predicted: readonly string[], expected: readonly string[]) {
  const choose2 = (k: number) => (k * (k - 1)) / 2;
  let together = 0;
  for (const size of counts(predicted.map((x, i) => `${x}\u0000${expected[i]}`)).values()) together += choose2(size);
  let predictedPairs = 0;
  for (const size of counts(predicted).values()) predictedPairs += choose2(size);
  let expectedPairs = 0;
  for (const size of counts(expected).values()) expectedPairs += choose2(size);
  const precision = predictedPairs ? together / predictedPairs : 0;
  const recall = expectedPairs ? together / expectedPairs : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
