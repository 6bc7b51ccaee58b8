/**
 * `npm run eval:topics -- --gold FILE.tsv [--review dist/review.json]`
 *
 * Scores the built review's topics and related papers against a labelled TSV.
 */

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { evaluate, parseGold, type PredictedPaper } from "../src/lib/evaluate.ts";

const { values } = parseArgs({
  options: { gold: { type: "string" }, review: { type: "string", default: "dist/review.json" }, json: { type: "boolean", default: false } },
});
if (!values.gold) {
  console.error("usage: npm run eval:topics -- --gold FILE.tsv [--review dist/review.json] [--json]");
  process.exit(2);
}
const review = JSON.parse(await readFile(values.review!, "utf8")) as { papers: PredictedPaper[] };
const scores = evaluate(review.papers, parseGold(await readFile(values.gold, "utf8")));
if (values.json) console.log(JSON.stringify(scores, null, 2));
else {
  const f = (x: number) => x.toFixed(3);
  console.log(`papers ${scores.papers}, labelled ${scores.matched}`);
  console.log(`NMI (primary)        ${f(scores.nmi)}`);
  console.log(`pairwise F1          ${f(scores.pairwiseF1)}  (P ${f(scores.pairwisePrecision)}, R ${f(scores.pairwiseRecall)})`);
  console.log(`related@5 precision  ${f(scores.relatedAt5)}`);
  console.log(`coverage             ${f(scores.coverage)}`);
  console.log(`largest topic share  ${f(scores.largestTopicShare)}`);
}
