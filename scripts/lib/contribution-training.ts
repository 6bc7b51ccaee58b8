/**
 * The contribution ranker's training examples: every tuning set's labelled papers, each
 * abstract's sentences with their features and whether the labeller accepted them. Held-out
 * sets are never read here.
 */

import { plainAbstract } from "../../src/lib/model/abstract-text.ts";
import { ruleEvidence } from "../../src/lib/model/contribution.ts";
import { contributionFeatures } from "../../src/lib/model/contribution-ranker.ts";
import type { RankingExample } from "../../src/lib/model/ranker-training.ts";
import { sentences } from "../../src/lib/model/sentences.ts";
import { CLAIM_SETS, readClaimSet } from "./claim-sets.ts";
import { sameSentence } from "./evaluate-claims.ts";

/** Fixed, so that training on the same labels always gives the same weights. */
export const TRAINING = { iterations: 4000, learningRate: 1, l2: 0.0001 } as const;

/** The names of the tuning sets, in a fixed order. */
export function tuningSets(): string[] {
  return Object.keys(CLAIM_SETS).filter((name) => !CLAIM_SETS[name]!.heldOut);
}

export async function contributionExamples(setNames: readonly string[]): Promise<{ set: string; example: RankingExample }[]> {
  const examples: { set: string; example: RankingExample }[] = [];
  for (const name of setNames) {
    const set = CLAIM_SETS[name]!;
    if (set.heldOut) throw new Error(`${name} is held out: it measures the ranker and never trains it`);
    const { abstracts, labels } = await readClaimSet(set);
    for (const label of labels) {
      const abstract = abstracts.get(label.title);
      if (abstract === undefined || label.contribution.length === 0) continue;
      // What the review model reads: the plain text, then its sentences; questions are never chosen.
      const all = sentences(plainAbstract(abstract)).filter((sentence) => !sentence.text.endsWith("?"));
      const features = contributionFeatures(
        all.map((sentence) => sentence.text),
        label.title,
        ruleEvidence(all, label.title),
      );
      examples.push({ set: name, example: { features, accepted: all.map((sentence) => label.contribution.some((accepted) => sameSentence(accepted, sentence.text))) } });
    }
  }
  return examples;
}
