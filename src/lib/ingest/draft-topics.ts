/**
 * A draft taxonomy for a digest that has none: cluster the papers, then name each cluster
 * from the phrases that set it apart (class-based TF-IDF: frequent in the cluster, rare
 * in the others), with acronyms expanded. The reviewer rewrites the drafts; the ingest
 * never overwrites a topic file.
 */

import { clusterPapers } from "./cluster.ts";
import { yamlQuote } from "../content/content-files.ts";
import { findMentions } from "../model/mentions.ts";
import { baseSlug } from "../content/slug.ts";
import { distinctPhrases, longFormOf, phraseKey } from "../model/phrase-keys.ts";
import { extractTerms, SurfaceForms } from "../model/terms.ts";
import { isStopword } from "../model/vocabulary.ts";
import { words } from "../model/words.ts";
import { buildCorpus, centroid, dot, TITLE_WEIGHT, type Corpus } from "../model/vectors.ts";

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
const PHRASE_BOOST = 1.6;
/** Share of a phrase's uses inside a longer phrase for the longer one to stand for it. */
const COMPLETION_SHARE = 0.7;
/** How far down the ranked phrases a title looks for a noun to pair with the first. */
const TITLE_LOOKAHEAD = 4;
/** How many times its fair share of a term's uses a cluster must hold for the term to name it. */
const MIN_LIFT = 2;

export function draftTaxonomy(papers: readonly DraftText[]): DraftTopic[] {
  if (papers.length === 0) return [];
  const corpus = buildCorpus(papers);
  const labels = clusterPapers(corpus);
  const { acronyms } = findMentions(papers);
  const clusterCount = Math.max(...labels) + 1;
  const members: number[][] = Array.from({ length: clusterCount }, () => []);
  labels.forEach((label, p) => members[label]!.push(p));

  const ranked = distinctiveTerms(papers, labels, clusterCount);
  const order = readingOrder(members, corpus);
  const usedIds = new Set<string>();
  return order.map((cluster, position) => {
    const phrases = ranked[cluster]!;
    const title = topicTitle(phrases, acronyms);
    let id = baseSlug(title);
    for (let n = 2; usedIds.has(id); n++) id = `${baseSlug(title)}-${n}`;
    usedIds.add(id);
    const terms = expandAcronyms(phrases.slice(0, TERMS_PER_TOPIC), acronyms);
    const described = describedPhrases(phrases, acronyms, 3);
    return {
      id,
      title,
      // Papers that share no phrase with one another still get a sentence, never "Papers on ."
      description: described.length > 0 ? `Papers on ${listPhrases(described)}.` : "Papers that share no distinctive phrase with the rest of the collection.",
      terms,
      order: position + 1,
      members: members[cluster]!,
    };
  });
}

/**
 * Class-based term weighting: how many of the cluster's papers use a term (coverage) times
 * how much of the term's use falls inside the cluster (concentration). Words every cluster
 * uses ("function", "learning") score low however frequent; a term used by a single paper
 * of the cluster does not name it.
 */
function distinctiveTerms(papers: readonly DraftText[], labels: readonly number[], clusterCount: number): string[][] {
  const surfaces = new SurfaceForms();
  const perCluster = Array.from({ length: clusterCount }, () => new Map<string, { count: number; papers: number }>());
  const total = new Map<string, number>();
  papers.forEach((paper, p) => {
    const counts = new Map<string, number>();
    for (const [text, weight] of [[paper.title, TITLE_WEIGHT], [paper.abstract, 1]] as const) {
      for (const [term, count] of extractTerms(text, surfaces, 3)) counts.set(term, (counts.get(term) ?? 0) + weight * count);
      for (const [term, count] of ofPhrases(text, surfaces)) counts.set(term, (counts.get(term) ?? 0) + weight * count);
    }
    const cluster = perCluster[labels[p]!]!;
    for (const [term, count] of counts) {
      const entry = cluster.get(term) ?? { count: 0, papers: 0 };
      entry.count += count;
      entry.papers += 1;
      cluster.set(term, entry);
      total.set(term, (total.get(term) ?? 0) + count);
    }
  });
  return perCluster.map((cluster, c) => {
    const size = labels.filter((label) => label === c).length;
    const minPapers = Math.min(size, Math.max(2, Math.ceil(0.15 * size)));
    // A name must be over-represented in its cluster: a term spread evenly over the collection
    // ("neural networks") falls in each cluster in proportion to its size, and names none.
    const share = size / papers.length;
    const scored = [...cluster]
      .filter(([term, entry]) => entry.papers >= minPapers && entry.count / total.get(term)! >= Math.min(MIN_LIFT * share, 0.5))
      .map(([term, entry]) => {
        const phrase = term.includes(" ") || term.includes("-");
        const coverage = entry.papers / size;
        const concentration = entry.count / total.get(term)!;
        const weight = coverage * concentration * (phrase ? PHRASE_BOOST : 1);
        return { term, weight };
      })
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
    return distinctPhrases(
      scored.map(({ term }) => surfaces.get(completePhrase(term, cluster))),
      TERMS_PER_TOPIC * 2,
    );
  });
}

/**
 * "mixture of experts", "chain of thought": names that phrases of adjacent words miss, as
 * "of" is a stopword. Keyed as the hyphenated compound ("mixture-of-expert"), so both
 * spellings count as one term.
 */
function ofPhrases(text: string, surfaces: SurfaceForms): Map<string, number> {
  const counts = new Map<string, number>();
  const sequence = words(text);
  for (let i = 1; i + 1 < sequence.length; i++) {
    const [before, of, after] = [sequence[i - 1]!, sequence[i]!, sequence[i + 1]!];
    if (of.stem !== "of" || of.gapBefore || after.gapBefore || !before.content || !after.content) continue;
    // Spaced words standing alone: the hyphenated compound is counted by extractTerms already,
    // and "short-term memory of" is not "memory of".
    if (of.hyphenBefore || after.hyphenBefore || before.hyphenBefore || sequence[i + 2]?.hyphenBefore) continue;
    if (RELATIONAL_HEADS.has(before.stem)) continue;
    const term = `${before.stem}-of-${after.stem}`;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    surfaces.record(term, `${before.surface} of ${after.surface}`);
  }
  return counts;
}

/** Words that open "X of Y" without naming anything: "in terms of accuracy", "a number of tasks". */
const RELATIONAL_HEADS = new Set(
  "ability amount area aspect case class collection combination degree effect end family form kind lack level majority means number order part range rate series set size sort subset sum term type use variety way".split(" "),
);

/**
 * "spiking neural" is nearly always "spiking neural networks": a phrase that mostly occurs
 * inside a longer one is shown as the longer one.
 */
function completePhrase(term: string, cluster: ReadonlyMap<string, { count: number }>): string {
  const count = cluster.get(term)?.count ?? 0;
  let best = term;
  let bestCount = 0;
  for (const [other, entry] of cluster) {
    if (other.length <= term.length || entry.count < COMPLETION_SHARE * count) continue;
    if (!contains(other, term)) continue;
    if (entry.count > bestCount || (entry.count === bestCount && other < best)) {
      best = other;
      bestCount = entry.count;
    }
  }
  return best;
}

/** Whether `term` is a whole word or phrase of `other`: "expert" of "mixture-of-expert", "neural field" of "neural field rendering". */
function contains(other: string, term: string): boolean {
  return ` ${other.replaceAll("-", " ")} `.includes(` ${term.replaceAll("-", " ")} `);
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

function expand(phrase: string, acronyms: ReadonlyMap<string, string>): string {
  const long = longFormOf(phrase, acronyms);
  return long ? `${long} (${phrase})` : phrase;
}

/**
 * The first `count` phrases, acronyms spelled out, each saying something new: an acronym
 * whose long form is already listed joins it ("generative adversarial networks (GAN)")
 * rather than repeating it.
 */
export function describedPhrases(phrases: readonly string[], acronyms: ReadonlyMap<string, string>, count: number): string[] {
  const chosen: { phrase: string; shown: string }[] = [];
  // What the chosen phrases already say, acronyms' long forms included.
  const said = new Map<string, { phrase: string; shown: string }>();
  for (const phrase of phrases) {
    if (chosen.length === count) break;
    if (said.has(phraseKey(phrase))) continue;
    const long = longFormOf(phrase, acronyms);
    const same = long ? said.get(phraseKey(long)) : undefined;
    if (same) {
      if (!same.shown.includes("(")) same.shown = `${same.phrase} (${phrase})`;
      said.set(phraseKey(phrase), same);
      continue;
    }
    const entry = { phrase, shown: expand(phrase, acronyms) };
    chosen.push(entry);
    said.set(phraseKey(phrase), entry);
    if (long) said.set(phraseKey(long), entry);
  }
  return chosen.map((entry) => entry.shown);
}

/** The phrases, each acronym followed by its long form, none twice however written. */
function expandAcronyms(phrases: readonly string[], acronyms: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (phrase: string) => {
    if (seen.has(phraseKey(phrase))) return;
    seen.add(phraseKey(phrase));
    out.push(phrase);
  };
  for (const phrase of phrases) {
    add(phrase);
    const long = acronyms.get(phrase);
    if (long) add(long.toLowerCase());
  }
  return out;
}

/** "text-to-speech" and "vocoder" → "Text-to-Speech and Vocoders"-like titles, acronyms spelled out. */
function topicTitle(phrases: readonly string[], acronyms: ReadonlyMap<string, string>): string {
  const first = phrases[0];
  if (!first) return "Other Papers";
  const head = expand(first, acronyms);
  // The second phrase must add something the first does not already say; among the next
  // few, a noun reads better after "and" than a lone adjective ("linear", "in-context").
  const candidates = phrases.slice(1).map((phrase) => expand(phrase, acronyms)).filter((phrase) => distinctPhrases([head, phrase], 2).length === 2);
  const second = candidates.slice(0, TITLE_LOOKAHEAD).find((phrase) => !looksLikeAdjective(phrase)) ?? candidates[0];
  return [head, ...(second ? [second] : [])].map(titleCase).join(" and ");
}

/**
 * A lone lower-case word (or compound) with an adjective's ending ("linear", "neuromorphic",
 * "task-specific"), or a compound opened by a function word ("in-context", "on-device"). A
 * guess, for English: it only decides which of the top phrases a title pairs with its first.
 */
export function looksLikeAdjective(phrase: string): boolean {
  if (phrase.includes(" ") || phrase !== phrase.toLowerCase()) return false;
  const parts = phrase.split("-");
  return isStopword(parts[0]!) || /(?:al|ar|ic|ive|ous|able|ible)$/u.test(parts.at(-1)!);
}

function titleCase(phrase: string): string {
  const small = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "via", "with"]);
  return phrase
    .split(" ")
    .map((word, index) =>
      word
        .split("-")
        .map((part, k) => (part === part.toLowerCase() && !(small.has(part) && (index > 0 || k > 0)) ? part.charAt(0).toUpperCase() + part.slice(1) : part))
        .join("-"),
    )
    .join(" ");
}

function listPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? "";
  return `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`;
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
