/**
 * Bench helper, run as a child process in a site folder: the review model alone — topic
 * assignment, related papers, mentions, topic links — as the build computes it once
 * (buildReview from src/lib/model/review.ts), on the content read without Astro.
 * Prints one JSON line: load and model times in ms, and a few counts to check it did the work.
 */

import { buildReview } from "../../src/lib/model/review.ts";
import { loadContent } from "../content.ts";

const loadStarted = performance.now();
const { papers, topics } = await loadContent(process.cwd());
const loadMs = performance.now() - loadStarted;

const started = performance.now();
const review = buildReview("Bench", papers, topics);
const reviewMs = performance.now() - started;

const topicSizes = review.topics.map((topic) => topic.primaryCount);
console.log(
  JSON.stringify({
    papers: review.papers.length,
    topics: review.topics.length,
    loadMs,
    reviewMs,
    related: review.papers.reduce((sum, paper) => sum + paper.related.length, 0),
    mentions: review.papers.reduce((sum, paper) => sum + paper.mentions.length, 0),
    largestTopic: Math.max(0, ...topicSizes),
    smallestTopic: Math.min(...topicSizes),
    heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  }),
);
