/**
 * The review: every computed fact the site shows, built once per build from the papers and
 * topics (plain data, no Astro). Routes read from it; nothing here is computed twice.
 */

import { paperClaims, type KeyResult } from "./claims.ts";
import { findMentions, type Mentions } from "./mentions.ts";
import { PhraseMatcher } from "./phrases.ts";
import { relatedPapers } from "./related.ts";
import { assignTopics, type TopicDefinition } from "./topics.ts";
import { distinctivePhrases } from "./distinctive-phrases.ts";
import { Lexicon } from "./lexicon.ts";
import { readPaperText, type Word } from "./words.ts";
import { plainTitle } from "./abstract-text.ts";
import { buildCorpus, centroid, dot, type Corpus, type SparseVector } from "./vectors.ts";
import { compare, descending, pairKey, round3 } from "./order.ts";

// review.json is written in review-json.ts; re-exported so its importers keep reading the review from one module.
export { reviewJson, reviewJsonPieces } from "./review-json.ts";

export interface PaperInput {
  slug: string;
  title: string;
  abstract: string;
  /** Topic ids the reviewer pinned the paper to. */
  pinned?: readonly string[];
  inDigest?: boolean;
  hasCommentary?: boolean;
  /** The reviewer marked it a key paper (`status: key`): it leads its topics' lists. */
  key?: boolean;
}

export interface TopicInput extends TopicDefinition {
  description: string;
  order?: number;
}

export interface RelatedLink {
  slug: string;
  score: number;
  /** Terms both papers use, as a reader would write them. */
  shared: string[];
}

export interface ReviewPaper {
  slug: string;
  /** The title as a reader reads it: its inline math as plain Unicode (`D$^2$GMBC` → `D²GMBC`), the rest as written (plainTitle). */
  title: string;
  abstract: string;
  url: string;
  /** First is the primary topic. */
  topics: string[];
  topicScores: Record<string, number>;
  pinned: boolean;
  /** Topic chosen from the text alone, ignoring any pin. */
  automaticTopic: string;
  related: RelatedLink[];
  /** Papers whose method this paper's abstract names (slugs), with the name found. */
  mentions: Mention[];
  /** Papers whose abstracts name this paper's method. */
  mentionedBy: Mention[];
  /** The method name this paper introduces, if the collection shows one. */
  introduces: string | null;
  /** Acronyms the paper uses, with their long forms as the collection defines them. */
  glossary: { short: string; long: string }[];
  /** The sentence lists show for the paper: what it does (its opener trimmed), else the abstract's first sentence. */
  summary: string;
  /** 1-based number of the abstract sentence that says what the paper does; null when none says it. */
  contributionSentence: number | null;
  /** Figures the abstract reports as the paper's own results, with what they measure and on what. */
  results: KeyResult[];
  inDigest: boolean;
  hasCommentary: boolean;
}

export interface Mention {
  slug: string;
  /** The method name as written, e.g. "MLP-Mixer". */
  name: string;
}

export interface RelatedTopic {
  id: string;
  score: number;
}

export interface ReviewTopic {
  id: string;
  title: string;
  description: string;
  url: string;
  /** Primary papers first (most central first), then papers for which it is secondary. */
  papers: string[];
  primaryCount: number;
  /** Phrases that set the topic apart, for a reader. */
  phrases: string[];
  related: RelatedTopic[];
  /** Papers strong in this topic and another one, best first. */
  bridges: Bridge[];
}

export interface Bridge {
  slug: string;
  /** The other topic the paper bridges to. */
  topic: string;
}

export interface Review {
  title: string;
  papers: ReviewPaper[];
  topics: ReviewTopic[];
  paper(slug: string): ReviewPaper;
  topic(id: string): ReviewTopic;
}

export const paperUrl = (slug: string) => `/papers/${slug}/`;
export const topicUrl = (id: string) => `/topics/${id}/`;

const RELATED_TOPICS = 4;
const SHARED_TERMS = 4;
const BRIDGES = 6;
/** Weaker links between topics are noise: every two sections share some words. */
const MIN_TOPIC_LINK = 0.05;
const TOPIC_PHRASES = 6;

export function buildReview(title: string, paperInputs: readonly PaperInput[], topicInputs: readonly TopicInput[]): Review {
  const papersIn = [...paperInputs].sort((a, b) => compare(a.slug, b.slug));
  const topicsIn = [...topicInputs].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || compare(a.id, b.id));
  const analysis = analysePapers(papersIn, topicsIn);
  const papers = papersIn.map((paper, p) => reviewPaper(paper, p, papersIn, analysis));
  addMentionedBy(papers, analysis.found.mentions);

  const keys = papersIn.map((paper) => paper.key === true);
  const topics = topicsIn.map((topic) => buildTopic(topic, papers, keys, analysis.corpus, analysis.lexicon));
  linkTopics(topics, papers, topicCentres(topics, papers, analysis.corpus));
  return indexReview(title, papers, topics);
}

/** Everything computed over the whole collection at once, before any paper's entry is written. */
type Analysis = ReturnType<typeof analysePapers>;

function analysePapers(papersIn: readonly PaperInput[], topicsIn: readonly TopicInput[]) {
  const texts = readTexts(papersIn);
  const corpus = buildCorpus(texts);
  const assignments = assignTopics(texts, topicsIn, corpus);
  const found = findMentions(texts.map((text) => ({ title: text.title, abstract: text.abstract, words: text.all })));
  const related = relatedPapers(corpus, {
    topics: assignments.map((assignment) => assignment.topics),
    links: found.mentions.map((list) => list.map((mention) => mention.index)),
    // The reasons come from the lexicon (lexicon.reasons), not from the raw shared terms.
    sharedLimit: 0,
  });
  // Which shared terms are terms a reader should see, and as what: decided once per term.
  const lexicon = new Lexicon({ corpus, words: texts.map((text) => text.all), acronyms: found.acronyms, neighbours: related });
  const glossaries = glossary(texts.map((text) => text.all), found.acronyms);
  return { texts, corpus, assignments, found, related, lexicon, glossaries };
}

/**
 * Each text read once: its LaTeX and Markdown turned into plain text (so "textbf" is never a
 * term), then split into words that the vectors, topics, mentions and glossary all read.
 */
function readTexts(papersIn: readonly PaperInput[]) {
  return papersIn.map((paper) => ({ ...readPaperText(paper), pinned: paper.pinned }));
}

/** Paper `p`'s entry; `mentionedBy` stays empty until every paper has one (see `addMentionedBy`). */
function reviewPaper(paper: PaperInput, p: number, papersIn: readonly PaperInput[], analysis: Analysis): ReviewPaper {
  const { texts, assignments, found, related, lexicon, glossaries } = analysis;
  return {
    slug: paper.slug,
    title: plainTitle(paper.title),
    abstract: paper.abstract,
    url: paperUrl(paper.slug),
    topics: assignments[p]!.topics,
    topicScores: assignments[p]!.scores,
    pinned: assignments[p]!.pinned,
    automaticTopic: assignments[p]!.automatic,
    related: related[p]!.map((link) => ({
      slug: papersIn[link.index]!.slug,
      score: link.score,
      shared: lexicon.reasons(p, link.index, SHARED_TERMS),
    })),
    mentions: found.mentions[p]!.map((mention) => ({ slug: papersIn[mention.index]!.slug, name: mention.name })),
    mentionedBy: [],
    introduces: found.names[p] ?? null,
    glossary: glossaries[p]!,
    ...claimsOf(texts[p]!.abstract, paper.title),
    inDigest: paper.inDigest ?? true,
    hasCommentary: paper.hasCommentary ?? false,
  };
}

/** The reverse of each paper's mentions, in the order the mentioning papers come. */
function addMentionedBy(papers: ReviewPaper[], mentions: Mentions["mentions"]): void {
  mentions.forEach((list, p) => {
    for (const mention of list) papers[mention.index]!.mentionedBy.push({ slug: papers[p]!.slug, name: mention.name });
  });
}

/** Each topic's centroid over its primary papers: the vocabulary half of how topics relate. */
function topicCentres(topics: readonly ReviewTopic[], papers: readonly ReviewPaper[], corpus: Corpus): SparseVector[] {
  const paperIndex = new Map(papers.map((paper, index) => [paper.slug, index]));
  return topics.map((topic) => centroid(topic.papers.slice(0, topic.primaryCount).map((slug) => corpus.vectors[paperIndex.get(slug)!]!)));
}

/** The review with its lookups by slug and id, which throw on a name that is not there. */
function indexReview(title: string, papers: ReviewPaper[], topics: ReviewTopic[]): Review {
  const paperBySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  return {
    title,
    papers,
    topics,
    paper: (slug) => lookup(paperBySlug, slug, "paper"),
    topic: (id) => lookup(topicById, id, "topic"),
  };
}

function buildTopic(topic: TopicInput, papers: readonly ReviewPaper[], keys: readonly boolean[], corpus: Corpus, lexicon: Lexicon): ReviewTopic {
  // Each member with its score here, read once: every paper's scores object has its own shape.
  type Member = { paper: ReviewPaper; index: number; score: number };
  const primary: Member[] = [];
  const secondary: Member[] = [];
  papers.forEach((paper, index) => {
    const position = paper.topics.indexOf(topic.id);
    if (position < 0) return;
    (position === 0 ? primary : secondary).push({ paper, index, score: paper.topicScores[topic.id] ?? 0 });
  });
  // The stated order of a topic's list: key papers first, then by how central each is to the topic.
  const byScore = (a: Member, b: Member) =>
    Number(keys[b.index] === true) - Number(keys[a.index] === true) || descending(a.score, b.score) || compare(a.paper.slug, b.paper.slug);
  primary.sort(byScore);
  secondary.sort(byScore);
  return {
    id: topic.id,
    title: topic.title,
    description: topic.description,
    url: topicUrl(topic.id),
    papers: [...primary, ...secondary].map(({ paper }) => paper.slug),
    primaryCount: primary.length,
    phrases: definingPhrases(primary.map(({ index }) => index), corpus, lexicon),
    related: [],
    bridges: bridges(topic.id, [...primary, ...secondary].map(({ paper }) => paper)),
  };
}

/**
 * Papers strong in this topic and in another: primary here and secondary there, or the
 * reverse, ranked by their weaker score of the two.
 */
function bridges(id: string, members: readonly ReviewPaper[]): Bridge[] {
  return members
    .filter((paper) => paper.topics.length > 1)
    .map((paper) => {
      const other = paper.topics[0] === id ? paper.topics[1]! : paper.topics[0]!;
      const strength = Math.min(paper.topicScores[id] ?? 0, paper.topicScores[other] ?? 0);
      return { slug: paper.slug, topic: other, strength };
    })
    .sort((a, b) => b.strength - a.strength || compare(a.slug, b.slug))
    .slice(0, BRIDGES)
    .map(({ slug, topic }) => ({ slug, topic }));
}

/** Acronyms each paper uses, short or long form, with the collection's expansion. */
function glossary(texts: readonly (readonly Word[])[], acronyms: ReadonlyMap<string, string>): { short: string; long: string }[][] {
  const matcher = new PhraseMatcher(
    [...acronyms].flatMap(([short, long]) => [
      { text: short, value: short },
      { text: long, value: short },
    ]),
  );
  return texts.map((text) => {
    const used = new Set(matcher.find(text).map((hit) => hit.phrase.value));
    return [...used].sort().map((short) => ({ short, long: acronyms.get(short)! }));
  });
}

/** Phrases that set a topic apart: see `distinctivePhrases`, the same ranking that names drafted topics. */
function definingPhrases(members: readonly number[], corpus: Corpus, lexicon: Lexicon): string[] {
  return distinctivePhrases([members], corpus, lexicon, TOPIC_PHRASES)[0]!.map((phrase) => phrase.text);
}

/**
 * Topics are related when papers belong to both (co-membership over the geometric mean of
 * sizes) and when their vocabularies meet (cosine of their centroids); half of each.
 */
function linkTopics(topics: ReviewTopic[], papers: readonly ReviewPaper[], centers: readonly SparseVector[]): void {
  const shared = new Map<string, number>();
  for (const paper of papers) {
    for (let i = 0; i < paper.topics.length; i++) {
      for (let j = i + 1; j < paper.topics.length; j++) {
        const key = pairKey(paper.topics[i]!, paper.topics[j]!);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const size = new Map(topics.map((topic) => [topic.id, Math.max(1, topic.papers.length)]));
  topics.forEach((topic, t) => {
    topic.related = topics
      .map((other, o) => ({ other, o }))
      .filter(({ other }) => other.id !== topic.id)
      .map(({ other, o }) => {
        const count = shared.get(pairKey(topic.id, other.id)) ?? 0;
        const together = count / Math.sqrt(size.get(topic.id)! * size.get(other.id)!);
        const score = 0.5 * together + 0.5 * dot(centers[t]!, centers[o]!);
        return { id: other.id, score: round3(score) };
      })
      .filter((link) => link.score >= MIN_TOPIC_LINK)
      .sort((x, y) => y.score - x.score || compare(x.id, y.id))
      .slice(0, RELATED_TOPICS);
  });
}

/** What the paper does and what it reports, computed once here for every list, page and review.json. */
function claimsOf(plainText: string, title: string): Pick<ReviewPaper, "summary" | "contributionSentence" | "results"> {
  // The plain text (LaTeX and Markdown read), whose sentences the paper page numbers and marks.
  const claims = paperClaims(plainText, title);
  return { summary: claims.summary, contributionSentence: claims.contribution?.sentence.number ?? null, results: claims.results };
}

function lookup<T>(map: Map<string, T>, key: string, kind: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`unknown ${kind}: ${key}`);
  return value;
}
