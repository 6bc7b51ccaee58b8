/**
 * A draft taxonomy for a digest that has none: cluster the papers, name each cluster by the
 * phrases that set it apart (`distinctivePhrases`, the ranking that defines a topic on the
 * site), and describe it from its papers' contributions — what they offer (methods,
 * benchmarks, analyses, surveys, with the names they introduce) and the lines of work they
 * split into. The reviewer rewrites the drafts; the ingest never overwrites a topic file.
 */

import { clusterPapers, nearestNeighbours } from "./cluster.ts";
import { yamlQuote } from "../content/content-files.ts";
import { baseSlug } from "../content/slug.ts";
import { plainAbstract } from "../model/abstract-text.ts";
import { summarySentence } from "../model/claims.ts";
import { distinctivePhrases, type DistinctivePhrase } from "../model/distinctive-phrases.ts";
import { Lexicon } from "../model/lexicon.ts";
import { findMentions } from "../model/mentions.ts";
import { compare } from "../model/order.ts";
import { longFormOf, phraseKey, repeats, shareWords } from "../model/phrase-keys.ts";
import { forEachTerm } from "../model/terms.ts";
import { EVALUATION_NOUNS, stem } from "../model/vocabulary.ts";
import { paperWords, words } from "../model/words.ts";
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
/** A benchmark or a measure names a topic only when this share of its papers use it. */
const EVALUATION_TITLE_SHARE = 0.5;
/** Contribution sentences read per cluster, most central papers first: bounded work at any size. */
const CONTRIBUTIONS_READ = 40;
/** Lines of work a description names, and the largest share of the papers one may cover. */
const LINES_OF_WORK = 3;
const LINE_SHARE = 0.6;
/** Names of a kind a description gives as examples, and the share of papers past which a name is generic. */
const EXAMPLES = 2;
const GENERIC_NAME_SHARE = 0.05;

export function draftTaxonomy(papers: readonly DraftText[]): DraftTopic[] {
  if (papers.length === 0) return [];
  // Abstracts as the review model reads them: LaTeX and Markdown as plain text ("textbf" is no term).
  const texts = papers.map((paper) => {
    const plain = plainAbstract(paper.abstract);
    const title = words(paper.title);
    const abstract = words(plain);
    return { title: paper.title, abstract: plain, words: { title, abstract }, all: paperWords(title, abstract) };
  });
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
    const title = subjects.length > 0 ? subjects.map((subject) => titleCase(lexicon.asHeading(spellOut(subject.text, lexicon.acronyms)))).join(" and ") : "Other Papers";
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
  const terms = matching.map((phrase) => phrase.text);
  for (const phrase of naming) {
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
  const nameable = phrases.filter((phrase) => !phrase.evaluation || phrase.papers >= EVALUATION_TITLE_SHARE * size);
  // Papers that use it, counting again those whose title names it; a phrase or a name says
  // more than a word ("tactile sensing" rather than "touch").
  const reach = (phrase: DistinctivePhrase) => (phrase.papers + members.filter((p) => inTitle(p, phrase.id)).length) * (phrase.phrase || phrase.name ? PHRASE_TITLE_PREFERENCE : 1);
  let first = nameable[0] ?? phrases[0];
  if (!first) return [];
  for (const phrase of nameable.slice(1, TITLE_LOOKAHEAD)) if (reach(phrase) > reach(first)) first = phrase;
  const covered = new Set(members.filter((p) => uses(p, first.id)));
  const second = nameable
    .slice(0, 1 + TITLE_LOOKAHEAD)
    .find(
      (phrase) =>
        phrase !== first &&
        (phrase.phrase || phrase.name) &&
        !phrase.evaluation &&
        !shareWords(first.text, phrase.text, acronyms) &&
        members.filter((p) => !covered.has(p) && uses(p, phrase.id)).length >= Math.max(2, SECOND_SUBJECT_GAIN * size),
    );
  return second ? [first, second] : [first];
}

function has(corpus: Corpus, paper: number, id: number): boolean {
  const ids = corpus.vectors[paper]!.ids;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** What a paper's contribution sentence says it offers. */
export type ContributionKind = "method" | "benchmark" | "dataset" | "analysis" | "survey";

const SURVEY = /\b(?:survey|overview|tutorial|systematic review|literature review|position paper)\b|\bwe review\b/i;
const RELEASE = /\b(?:introduc|present|propos|releas|build|built|construct|creat|curat|collect|develop|design)/i;
const EVALUATION = new RegExp(`\\b(?:${[...EVALUATION_NOUNS].join("|")})s?\\b`, "i");
const ANALYSIS = /\b(?:we|this (?:paper|work|study))\s+(?:\w+ly\s+)?(?:show|find|prove|analy[sz]e|study|investigate|examine|explore|characteri[sz]e|reveal|observe|evaluate|compare|measure|quantify|revisit)/i;

/** Survey, benchmark, dataset, analysis, or else a method: read from the verbs and nouns of the sentence. */
export function contributionKind(sentence: string): ContributionKind {
  if (SURVEY.test(sentence)) return "survey";
  if (EVALUATION.test(sentence) && RELEASE.test(sentence)) return /\b(?:dataset|corpus)/i.test(sentence) && !/\bbenchmark/i.test(sentence) ? "dataset" : "benchmark";
  if (ANALYSIS.test(sentence) && !/\bwe (?:propose|introduce|present)\b/i.test(sentence)) return "analysis";
  return "method";
}

const KIND_NAMES: Record<ContributionKind, [string, string]> = {
  method: ["method", "methods"],
  benchmark: ["benchmark", "benchmarks"],
  dataset: ["dataset", "datasets"],
  analysis: ["analysis", "analyses"],
  survey: ["survey", "surveys"],
};

interface DescribeContext {
  corpus: Corpus;
  lexicon: Lexicon;
  /** The name each paper introduces, if any (`findMentions`). */
  names: readonly (string | null)[];
}

/**
 * One or two sentences from the papers' contributions (`summarySentence`): what they offer,
 * with the names they introduce, and on what subject ("9 methods (UI-TARS, Agent S) and 3
 * benchmarks (OSWorld) on computer-use agents."), then the lines of work they split into
 * ("They differ in focus: GUI grounding (4 papers), web navigation (3) and …").
 */
function describe(papers: readonly DraftText[], members: readonly number[], subjects: readonly DistinctivePhrase[], phrases: readonly DistinctivePhrase[], context: DescribeContext): string {
  const { corpus, lexicon, names } = context;
  const center = centroid(members.map((p) => corpus.vectors[p]!));
  const central = members
    .map((p) => ({ p, score: dot(corpus.vectors[p]!, center) }))
    .sort((a, b) => b.score - a.score || a.p - b.p)
    .slice(0, CONTRIBUTIONS_READ)
    .map(({ p }) => p);
  const contributions = central.map((p) => summarySentence(papers[p]!.abstract, 400, papers[p]!.title));
  // Counts only when every paper was read; a large cluster is described from its most central.
  const complete = central.length === members.length;

  // What they offer, by kind, most frequent first, each with the names its most central papers introduce.
  const kinds = new Map<ContributionKind, { count: number; names: string[] }>();
  central.forEach((p, k) => {
    const kind = contributionKind(contributions[k]!);
    const entry = kinds.get(kind) ?? { count: 0, names: [] };
    entry.count++;
    const name = names[p];
    if (name && entry.names.length < EXAMPLES && !entry.names.includes(name) && !isGeneric(name, corpus)) entry.names.push(name);
    kinds.set(kind, entry);
  });
  const offered = [...kinds]
    .sort((a, b) => b[1].count - a[1].count || compare(a[0], b[0]))
    .map(([kind, { count, names: examples }]) => {
      const [one, many] = KIND_NAMES[kind];
      const counted = complete ? (count === 1 ? `one ${one}` : `${count} ${many}`) : many;
      return examples.length > 0 ? `${counted} (${examples.join(", ")})` : counted;
    });
  const subject = subjects.map((phrase) => describedPhrase(lexicon.asHeading(phrase.text), lexicon)).join(" and ");
  const opening = `${capitalise(listWords(offered))}${subject ? ` on ${subject}` : ""}`;

  const lines = linesOfWork(contributions, central, subjects, phrases, corpus, lexicon);
  const split =
    lines.length > 1
      ? ` They differ in focus: ${listWords(lines.map((line, k) => `${describedPhrase(line.text, lexicon)}${complete ? ` (${line.papers}${k === 0 ? " papers" : ""})` : ""}`))}.`
      : lines.length === 1
        ? ` Several of them focus on ${describedPhrase(lines[0]!.text, lexicon)}.`
        : "";
  return `${opening}.${split}`;
}

/**
 * The lines of work a cluster's papers split into: phrases that set the cluster apart and
 * that several of its papers, not most, name in their contribution sentences (or, when too few
 * do, in their abstracts); none repeating the subject or another line, each reaching papers
 * the lines before it did not.
 */
function linesOfWork(
  contributions: readonly string[],
  central: readonly number[],
  subjects: readonly DistinctivePhrase[],
  phrases: readonly DistinctivePhrase[],
  corpus: Corpus,
  lexicon: Lexicon,
): { text: string; papers: number }[] {
  const { idOf } = corpus.vocabulary;
  // Which contribution sentences (by position in `central`) name each term.
  const named = new Map<number, Set<number>>();
  contributions.forEach((sentence, k) => {
    forEachTerm(words(sentence), 2, (term) => {
      const id = idOf.get(term);
      if (id === undefined) return;
      let users = named.get(id);
      if (!users) named.set(id, (users = new Set()));
      users.add(k);
    });
  });
  const most = Math.max(2, Math.floor(LINE_SHARE * central.length));
  // What they are evaluated on or by is no line of work.
  const pool = phrases
    .filter((phrase) => !phrase.evaluation)
    .filter((phrase) => !subjects.some((subject) => repeats(subject.text, phrase.text, lexicon.acronyms) || shareWords(subject.text, phrase.text, lexicon.acronyms)))
    .map((phrase) => {
      const inContributions = named.get(phrase.id) ?? new Set<number>();
      const users = inContributions.size >= 2 ? inContributions : new Set(central.flatMap((p, k) => (has(corpus, p, phrase.id) ? [k] : [])));
      return { text: phrase.text, users };
    })
    .filter(({ users }) => users.size >= 2 && users.size <= most);
  const chosen: { text: string; papers: number }[] = [];
  const covered = new Set<number>();
  while (chosen.length < LINES_OF_WORK) {
    let best: (typeof pool)[number] | undefined;
    let bestGain = 0;
    for (const candidate of pool) {
      if (chosen.some((line) => repeats(line.text, candidate.text, lexicon.acronyms))) continue;
      let gain = 0;
      for (const k of candidate.users) if (!covered.has(k)) gain++;
      if (gain > bestGain) {
        best = candidate;
        bestGain = gain;
      }
    }
    if (!best || bestGain < (chosen.length === 0 ? 2 : 1)) break;
    chosen.push({ text: best.text, papers: best.users.size });
    for (const k of best.users) covered.add(k);
  }
  return chosen;
}

/** A name a large share of the collection uses ("MLPs", "LLMs") is the field's vocabulary, not one paper's method. */
function isGeneric(name: string, corpus: Corpus): boolean {
  const sequence = words(name);
  const key = sequence.map((word, k) => `${k === 0 ? "" : word.hyphenBefore ? "-" : " "}${word.stem}`).join("");
  const id = corpus.vocabulary.idOf.get(key);
  return id !== undefined && corpus.vocabulary.df[id]! > GENERIC_NAME_SHARE * corpus.vectors.length;
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

/** A phrase for a sentence: an acronym alone is given with its long form ("spiking neural networks (SNN)"). */
function describedPhrase(phrase: string, lexicon: Lexicon): string {
  const long = longFormOf(phrase, lexicon.acronyms);
  return long ? `${lexicon.inSentence(long)} (${phrase})` : phrase;
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The text of content/topics/<id>.mdx for a draft: definition in frontmatter, a paragraph to rewrite. */
export function renderTopicFile(topic: DraftTopic): string {
  const frontmatter = [
    `title: ${yamlQuote(topic.title)}`,
    `description: ${yamlQuote(topic.description)}`,
    ...(topic.terms.length > 0 ? ["terms:", ...topic.terms.map((term) => `  - ${yamlQuote(term)}`)] : ["terms: []"]),
    `order: ${topic.order}`,
  ].join("\n");
  // Phrases are made only of letters, digits, hyphens and spaces, so they are safe in MDX.
  const phrases = topic.terms.slice(0, 6).join(", ");
  const shared = phrases === "" ? "" : ` that share the phrases ${phrases}`;
  const body =
    `This is a draft topic, proposed by the ingest for ${topic.members.length} papers${shared}. ` +
    "Rewrite this introduction: say what the topic is, the main lines of work, and how the papers relate.";
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}
