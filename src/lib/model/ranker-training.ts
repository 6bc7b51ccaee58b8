/**
 * A linear ranker — each item's score is its features times their weights — and learning its
 * weights: the ranker picks one item of each group — the sentence that says
 * what a paper does, among its abstract's — from groups where a reader marked the acceptable
 * items. A conditional logit: each item's probability is the softmax of its weighted features
 * within its group, and the weights maximise the probability given to the accepted items, less
 * a small L2 penalty. Full-batch gradient ascent in a fixed order, so the same examples always
 * give the same weights.
 */

export interface RankingExample {
  /** One row of features per item. */
  features: readonly (readonly number[])[];
  /** Which items a reader accepted; a group with none teaches nothing and is skipped. */
  accepted: readonly boolean[];
}

export interface TrainingOptions {
  iterations: number;
  learningRate: number;
  /** The L2 penalty on the weights. */
  l2: number;
}

export function trainRanker(examples: readonly RankingExample[], featureCount: number, options: TrainingOptions): number[] {
  // Each group's features flattened into one array: the loops below run millions of times.
  const groups = examples
    .filter((example) => example.accepted.some(Boolean))
    .map(({ features, accepted }) => ({ size: features.length, values: Float64Array.from(features.flat()), accepted }));
  const weights = new Float64Array(featureCount);
  const gradient = new Float64Array(featureCount);
  const exps = new Float64Array(Math.max(0, ...groups.map((group) => group.size)));
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    gradient.fill(0);
    for (const { size, values, accepted } of groups) {
      let top = -Infinity;
      for (let i = 0; i < size; i++) {
        let score = 0;
        for (let j = 0; j < featureCount; j++) score += values[i * featureCount + j]! * weights[j]!;
        exps[i] = score;
        if (score > top) top = score;
      }
      let total = 0;
      let acceptedTotal = 0;
      for (let i = 0; i < size; i++) {
        exps[i] = Math.exp(exps[i]! - top);
        total += exps[i]!;
        if (accepted[i]) acceptedTotal += exps[i]!;
      }
      // d log P(accepted) / d score_i = P(i | accepted) − P(i).
      for (let i = 0; i < size; i++) {
        const pull = (accepted[i] ? exps[i]! / acceptedTotal : 0) - exps[i]! / total;
        if (pull !== 0) for (let j = 0; j < featureCount; j++) gradient[j]! += pull * values[i * featureCount + j]!;
      }
    }
    for (let j = 0; j < featureCount; j++) weights[j]! += options.learningRate * (gradient[j]! / Math.max(1, groups.length) - options.l2 * weights[j]!);
  }
  return [...weights];
}

/** Each item's score under `weights`: the sum of its features times their weights. */
export function rankScores(features: readonly (readonly number[])[], weights: readonly number[]): number[] {
  return features.map((row) => row.reduce((sum, value, i) => sum + value * weights[i]!, 0));
}

/** The share of groups whose highest-scoring item (the first on a tie) was accepted. */
export function rankerAccuracy(examples: readonly RankingExample[], weights: readonly number[]): number {
  const groups = examples.filter((example) => example.accepted.some(Boolean));
  const right = groups.filter(({ features, accepted }) => {
    const scores = rankScores(features, weights);
    return accepted[scores.indexOf(Math.max(...scores))] === true;
  }).length;
  return groups.length === 0 ? 0 : right / groups.length;
}
