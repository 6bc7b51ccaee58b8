/**
 * review.json: the review as machine-readable data (the contract in DESIGN.md), whole or in
 * pieces that can be streamed. Kept apart from `buildReview`, which computes the facts it writes.
 */

import type { Review, ReviewPaper, ReviewTopic } from "./review.ts";

/** What the site knows about a paper besides the model: its bibliographic metadata, the day it joined. */
export type PaperFacts = (slug: string) => Record<string, unknown>;

const NO_FACTS: PaperFacts = () => ({});

/** The machine-readable review: the contract in DESIGN.md, plus scores and reasons. */
export function reviewJson(review: Review, site: URL | undefined, facts: PaperFacts = NO_FACTS) {
  return {
    title: review.title,
    papers: review.papers.map((paper) => paperJson(paper, site, facts)),
    topics: review.topics.map((topic) => topicJson(topic, site)),
  };
}

/**
 * review.json's text in pieces, a paper at a time: joined, exactly
 * `JSON.stringify(reviewJson(review, site), null, 2)`. At 50,000 papers the whole text at once
 * (and the object graph behind it) was the build's memory peak; pieces can be streamed.
 */
export function* reviewJsonPieces(review: Review, site: URL | undefined, facts: PaperFacts = NO_FACTS): Generator<string> {
  // An item two levels down: JSON.stringify's own 2-space layout, shifted by 4. Split on "\n"
  // only: a regex's ^ would also match after a U+2028, which JSON leaves as it is in a string.
  const nested = (value: unknown) => JSON.stringify(value, null, 2).split("\n").map((line) => `    ${line}`).join("\n");
  function* list(items: readonly unknown[], toJson: (item: never) => unknown): Generator<string> {
    if (items.length === 0) return yield "[]";
    yield "[\n";
    for (const [index, item] of items.entries()) yield `${index > 0 ? ",\n" : ""}${nested(toJson(item as never))}`;
    yield "\n  ]";
  }
  yield `{\n  "title": ${JSON.stringify(review.title)},\n  "papers": `;
  yield* list(review.papers, (paper: ReviewPaper) => paperJson(paper, site, facts));
  yield ',\n  "topics": ';
  yield* list(review.topics, (topic: ReviewTopic) => topicJson(topic, site));
  yield "\n}";
}

function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

function paperJson(paper: ReviewPaper, site: URL | undefined, facts: PaperFacts) {
  return {
    slug: paper.slug,
    title: paper.title,
    url: absolute(paper.url, site),
    ...facts(paper.slug),
    topics: paper.topics,
    related: paper.related.map((link) => link.slug),
    topicScores: paper.topicScores,
    pinned: paper.pinned,
    relatedReasons: paper.related.map((link) => ({ slug: link.slug, score: link.score, shared: link.shared })),
    mentions: paper.mentions,
    mentionedBy: paper.mentionedBy,
    introduces: paper.introduces,
    glossary: paper.glossary,
    contribution: paper.summary,
    results: paper.results.map((result) => ({ value: result.figure, metric: result.measured, on: result.on, sentence: result.text })),
    inDigest: paper.inDigest,
  };
}

function topicJson(topic: ReviewTopic, site: URL | undefined) {
  return {
    id: topic.id,
    title: topic.title,
    url: absolute(topic.url, site),
    papers: topic.papers,
    related: topic.related.map((link) => link.id),
    primaryCount: topic.primaryCount,
    phrases: topic.phrases,
    relatedScores: topic.related,
    bridges: topic.bridges,
  };
}
