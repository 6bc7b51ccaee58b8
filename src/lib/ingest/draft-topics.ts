/**
 * A draft taxonomy for a digest that has none: cluster the papers, name each cluster by the
 * phrases that set it apart (`distinctivePhrases`, the ranking that defines a topic on the
 * site), and describe it from its papers' contributions — what they offer (methods,
 * benchmarks, analyses, surveys, with the names they introduce) and the lines of work they
 * split into. The reviewer rewrites the drafts; the ingest never overwrites a topic file.
 */

import { clusterPapers, nearestNeighbours } from "./cluster.ts";
import { capitalise, contributionKind, describe, has, STUDY_DESIGN, type ContributionKind } from "./draft-descriptions.ts";

export { contributionKind, type ContributionKind };
import { yamlQuote } from "../content/content-files.ts";
import { DRAFT_TOPIC_NOTE } from "../content/mdx-body.ts";
import { baseSlug } from "../content/slug.ts";
import { distinctivePhrases, type DistinctivePhrase } from "../model/distinctive-phrases.ts";
import { WHOLE_METRIC } from "../model/metric-words.ts";
import { Lexicon } from "../model/lexicon.ts";
import { findMentions } from "../model/mentions.ts";
import { longFormOf, phraseKey, repeats, shareWords } from "../model/phrase-keys.ts";
import { forEachTerm } from "../model/terms.ts";
import { stem } from "../model/vocabulary.ts";
import { readPaperText } from "../model/words.ts";
import { buildCorpus, centroid, dot, type Corpus } from "../model/vectors.ts";

export interface DraftText {
  title: string;
  abstract: string;
}

export interface DraftTopic {
  id: string;
  title: string;
  description: string;
  terms: string[];
  order: number;
  /** Indexes of the papers the cluster holds. */
  members: number[];
}

/** The title of a drafted topic whose papers share no subject worth a name. */
export const UNNAMED_TOPIC = "Other Papers";

const TERMS_PER_TOPIC = 12;
/** Share of a seed term's papers that must be the cluster's own, and the seed terms a topic gets at least, when it has them. */
const SEED_CONCENTRATION = 0.6;
const MIN_SEED_TERMS = 6;
/** How far down its ranked phrases a title looks for a second subject. */
const TITLE_LOOKAHEAD = 4;
/** Share of the cluster's papers a second subject must add (papers the first does not cover) to join the title. */
const SECOND_SUBJECT_GAIN = 0.25;
/** How much more a phrase or name counts than a single word as a title. */
const PHRASE_TITLE_PREFERENCE = 1.3;
/** Share of a cluster's papers a phrase must reach to join a lone common word as a title ("Retrieval and Question Answering"). */
const LONE_WORD_COMPANION = 0.4;
/** A benchmark or a measure names a topic only when this share of its papers use it. */
const EVALUATION_TITLE_SHARE = 0.5;

export function draftTaxonomy(papers: readonly DraftText[]): DraftTopic[] {
  if (papers.length === 0) return [];
  // Abstracts as the review model reads them: LaTeX and Markdown as plain text ("textbf" is no term).
  const texts = papers.map(readPaperText);
  const corpus = buildCorpus(texts);
  const neighbours = nearestNeighbours(corpus);
  const labels = clusterPapers(corpus, neighbours);
  const found = findMentions(texts.map((text) => ({ title: text.title, abstract: text.abstract, words: text.all })));
  const lexicon = new Lexicon({ corpus, words: texts.map((text) => text.all), acronyms: found.acronyms, neighbours });
  const clusterCount = Math.max(...labels) + 1;
  const members: number[][] = Array.from({ length: clusterCount }, () => []);
  labels.forEach((label, p) => members[label]!.push(p));

  const ranked = distinctivePhrases(members, corpus, lexicon, TERMS_PER_TOPIC * 2);
  // Seed terms match papers to topics: phrases that set the cluster apart, specific to a part of
  // the collection or not, but used mostly inside it, or they pull in papers from elsewhere.
  const matching = distinctivePhrases(members, corpus, lexicon, TERMS_PER_TOPIC, { specificOnly: false, minConcentration: SEED_CONCENTRATION });
  // What each paper's title names: a section is named for what its papers are about, not what they compare with.
  const titled = texts.map((text) => {
    const ids = new Set<number>();
    forEachTerm(text.words.title, 2, (term) => {
      const id = corpus.vocabulary.idOf.get(term);
      if (id !== undefined) ids.add(id);
    });
    return ids;
  });
  const order = readingOrder(members, corpus);
  const usedIds = new Set<string>();
  return order.map((cluster, position) => {
    const phrases = ranked[cluster]!;
    const subjects = topicSubjects(phrases, members[cluster]!, { acronyms: lexicon.acronyms, uses: (p, id) => has(corpus, p, id), inTitle: (p, id) => titled[p]!.has(id) });
    const title = subjects.length > 0 ? subjects.map((subject) => titleCase(lexicon.asHeading(spellOut(subject.text, lexicon.acronyms)))).join(" and ") : UNNAMED_TOPIC;
    let id = baseSlug(title);
    for (let n = 2; usedIds.has(id); n++) id = `${baseSlug(title)}-${n}`;
    usedIds.add(id);
    return {
      id,
      title,
      description: describe(texts, members[cluster]!, subjects, phrases, { corpus, lexicon, names: found.names }),
      terms: expandAcronyms(seedTerms(matching[cluster]!, phrases, lexicon.acronyms), lexicon.acronyms),
      order: position + 1,
      members: members[cluster]!,
    };
  });
}

/** The matching phrases, and when they are too few (a small cluster), the phrases that name it. */
function seedTerms(matching: readonly DistinctivePhrase[], naming: readonly DistinctivePhrase[], acronyms: ReadonlyMap<string, string>): string[] {
  // How papers were run ("systematic review", "research design") would pull in every paper run so, whatever its subject.
  const about = (phrase: DistinctivePhrase) => !STUDY_DESIGN.test(spellOut(phrase.text, acronyms));
  const terms = matching.filter(about).map((phrase) => phrase.text);
  for (const phrase of naming.filter(about)) {
    if (terms.length >= MIN_SEED_TERMS) break;
    if (!terms.some((term) => repeats(term, phrase.text, acronyms))) terms.push(phrase.text);
  }
  return terms;
}

export interface SubjectContext {
  acronyms: ReadonlyMap<string, string>;
  /** Whether paper `p` uses term `id`, and whether its title does. */
  uses: (p: number, id: number) => boolean;
  inTitle: (p: number, id: number) => boolean;
}

/**
 * What a cluster is about, as a title says it: of its first few phrases that can name a
 * section (a benchmark or a measure only when most of the papers use it), the one most of
 * its papers use and name in their titles; and a second only when it is another subject —
 * no word in common with the first ("multi-agent" and "single-agent", "deep research agents"
 * and "deep research systems" are one subject said twice), not a benchmark or a measure, and
 * used by papers the first does not reach.
 */
export function topicSubjects(phrases: readonly DistinctivePhrase[], members: readonly number[], context: SubjectContext): DistinctivePhrase[] {
  const { acronyms, uses, inTitle } = context;
  const size = members.length;
  // A benchmark or a measure names the topic only when it is what the papers are about: their titles say it.
  // A study's design ("systematic review", "double-blind") is how papers were run, not what they are about
  // (a cluster that shares nothing else keeps its genre for a name).
  const nameable = phrases.filter((phrase) => !STUDY_DESIGN.test(spellOut(phrase.text, acronyms)) && (!phrase.evaluation || members.filter((p) => inTitle(p, phrase.id)).length >= EVALUATION_TITLE_SHARE * size));
  // Papers that use it, counting again those whose title names it; a phrase or a name says
  // more than a word ("tactile sensing" rather than "touch").
  const reach = (phrase: DistinctivePhrase) => (phrase.papers + members.filter((p) => inTitle(p, phrase.id)).length) * (phrase.phrase || phrase.name ? PHRASE_TITLE_PREFERENCE : 1);
  let first = nameable[0] ?? phrases[0];
  if (!first) return [];
  for (const phrase of nameable.slice(1, TITLE_LOOKAHEAD)) if (reach(phrase) > reach(first)) first = phrase;
  const covered = new Set(members.filter((p) => uses(p, first.id)));
  // A lone common word ("Retrieval", "Segmentation") says little alone: a phrase most of its papers share may join it.
  const lone = !first.phrase && !first.name;
  const second = nameable
    .slice(0, 1 + TITLE_LOOKAHEAD)
    .find(
      (phrase) =>
        phrase !== first &&
        (phrase.phrase || phrase.name) &&
        !phrase.evaluation &&
        // "… and CTR", "… and Coulombic Efficiency": a measure is what a topic's papers report, not a second subject.
        !WHOLE_METRIC.test(phrase.text) &&
        !shareWords(first.text, phrase.text, acronyms) &&
        (members.filter((p) => !covered.has(p) && uses(p, phrase.id)).length >= Math.max(2, SECOND_SUBJECT_GAIN * size) || (lone && phrase.papers >= LONE_WORD_COMPANION * size)),
    );
  return second ? [first, second] : [first];
}


/** Largest cluster first, then each next one the most similar to the one before: related sections sit together. */
function readingOrder(members: readonly number[][], corpus: Corpus): number[] {
  const centers = members.map((list) => centroid(list.map((p) => corpus.vectors[p]!)));
  const remaining = new Set(members.keys());
  const order: number[] = [];
  let current = [...remaining].sort((a, b) => members[b]!.length - members[a]!.length || a - b)[0]!;
  while (remaining.size > 0) {
    order.push(current);
    remaining.delete(current);
    let next = -1;
    let best = -Infinity;
    for (const candidate of remaining) {
      const score = dot(centers[current]!, centers[candidate]!);
      if (score > best || (score === best && candidate < next)) {
        best = score;
        next = candidate;
      }
    }
    current = next;
  }
  return order;
}

/**
 * Each acronym of a phrase spelled out: "agentic RL" → "agentic reinforcement learning",
 * "KANs" → "Kolmogorov-Arnold Networks"; before another word, as a modifier is written:
 * "LLM agents" → "Large Language Model agents".
 */
export function spellOut(phrase: string, acronyms: ReadonlyMap<string, string>): string {
  const parts = phrase.split(" ");
  return parts
    .map((word, k) => {
      const long = longFormOf(word, acronyms);
      if (!long || k === parts.length - 1) return long ?? word;
      const last = long.split(" ").at(-1)!;
      return `${long.slice(0, -last.length)}${singular(last)}`;
    })
    .join(" ");
}

/** "Models" → "Model", "Properties" → "Property": the light stemming of the vocabulary, case kept. */
function singular(word: string): string {
  const lower = word.toLowerCase();
  const single = stem(lower);
  if (single === lower) return word;
  return lower.endsWith("ies") && single.endsWith("y") ? `${word.slice(0, -3)}y` : word.slice(0, single.length);
}


/**
 * Seed terms: the phrases, each with its other form — an acronym's long form, a long form's
 * acronym ("KAN" matches abstracts that never spell it out) — none twice however written.
 */
function expandAcronyms(phrases: readonly string[], acronyms: ReadonlyMap<string, string>): string[] {
  const shortOf = new Map([...acronyms].map(([short, long]) => [phraseKey(long), short]));
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (phrase: string) => {
    if (seen.has(phraseKey(phrase))) return;
    seen.add(phraseKey(phrase));
    out.push(phrase);
  };
  for (const phrase of phrases) {
    add(phrase);
    const long = longFormOf(phrase, acronyms);
    if (long) add(long.toLowerCase());
    // Two letters match too much by chance as a case-sensitive word ("CL", "DM", "NN").
    const short = shortOf.get(phraseKey(phrase));
    if (short && short.length > 2) add(short);
  }
  return out;
}

function titleCase(phrase: string): string {
  const small = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "via", "with"]);
  return phrase
    .split(" ")
    .map((word, index) =>
      word
        .split("-")
        .map((part, k) => (part === part.toLowerCase() && !(small.has(part) && (index > 0 || k > 0)) ? capitalise(part) : part))
        .join("-"),
    )
    .join(" ");
}



/** The text of content/topics/<id>.mdx for a draft: definition in frontmatter, a paragraph to rewrite. */
export function renderTopicFile(topic: DraftTopic): string {
  const frontmatter = [
    `title: ${yamlQuote(topic.title)}`,
    `description: ${yamlQuote(topic.description)}`,
    ...(topic.terms.length > 0 ? ["terms:", ...topic.terms.map((term) => `  - ${yamlQuote(term)}`)] : ["terms: []"]),
    `order: ${topic.order}`,
  ].join("\n");
  // The reader sees the description (a neutral overview from the papers' contributions); the
  // reminder to rewrite it is for the reviewer, so it is an MDX comment.
  const body = DRAFT_TOPIC_NOTE;
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}
