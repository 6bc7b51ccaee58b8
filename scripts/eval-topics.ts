/**
 * `npm run eval:topics -- --gold FILE.tsv [--review dist/review.json | --content DIR] [--json]`
 *
 * Scores the review's topics and related papers against a labelled TSV. By default it reads
 * the built dist/review.json; `--content DIR` computes the review from DIR/content instead,
 * without a build (DIR is a project root, e.g. `.`).
 */

import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { evaluate, parseGold, type PredictedPaper } from "./lib/evaluate.ts";
import { buildReview, reviewJson } from "../src/lib/model/review.ts";
import { loadContent } from "./content.ts";

const { values } = parseArgs({
  options: {
    gold: { type: "string" },
    review: { type: "string", default: "dist/review.json" },
    content: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
if (!values.gold) {
  console.error("usage: npm run eval:topics -- --gold FILE.tsv [--review dist/review.json | --content DIR] [--json]");
  process.exit(2);
}

let papers: PredictedPaper[];
if (values.content) {
  const { papers: inputs, topics } = await loadContent(values.content);
  papers = reviewJson(buildReview("", inputs, topics), undefined).papers;
} else {
  papers = (JSON.parse(await readFile(values.review!, "utf8")) as { papers: PredictedPaper[] }).papers;
}
const scores = evaluate(papers, parseGold(await readFile(values.gold, "utf8")));
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
