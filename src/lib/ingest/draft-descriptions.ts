/**
 * A drafted topic's description, from its papers' contribution sentences: what they offer
 * (methods, benchmarks, datasets, analyses, surveys, with the names they introduce) and the
 * lines of work they split into — not a template. Used by draft-topics.ts.
 */

import type { DraftText } from "./draft-topics.ts";
import { summarySentence } from "../model/claims.ts";
import type { DistinctivePhrase } from "../model/distinctive-phrases.ts";
import type { Lexicon } from "../model/lexicon.ts";
import { compare } from "../model/order.ts";
import { longFormOf, repeats, shareWords } from "../model/phrase-keys.ts";
import { forEachTerm } from "../model/terms.ts";
import { EVALUATION_NOUNS } from "../model/vocabulary.ts";
import { words } from "../model/words.ts";
import { centroid, dot, type Corpus } from "../model/vectors.ts";

/** Contribution sentences read per cluster, most central papers first: bounded work at any size. */
const CONTRIBUTIONS_READ = 40;
/** Lines of work a description names, and the largest share of the papers one may cover. */
const LINES_OF_WORK = 3;
const LINE_SHARE = 0.6;
/** A numeral ("II") is no line of work. */
const ROMAN = /^[IVXL]+$/;
/** What a lone common word counts for, against a phrase or a name, as a line of work. */
const LONE_WORD_WEIGHT = 0.5;
/** Names of a kind a description gives as examples, and the share of papers past which a name is generic. */
const EXAMPLES = 2;
const GENERIC_NAME_SHARE = 0.05;

/** What a paper's contribution sentence says it offers. */
export type ContributionKind = "method" | "benchmark" | "dataset" | "analysis" | "study" | "survey";

const SURVEY = /\b(?:survey|overview|tutorial|systematic review|literature review|position paper)\b|\bwe review\b/i;
const RELEASE = /\b(?:introduc|present|propos|releas|build|built|construct|creat|curat|collect|develop|design)/i;
const EVALUATION = new RegExp(`\\b(?:${[...EVALUATION_NOUNS].join("|")})s?\\b`, "i");
/** A study that states its aim, as the sciences do: "To determine …", "The objective of this study was to …", "A trial was conducted …". */
const STUDY_AIM_VERB = String.raw`(?:assess|determine|evaluate|investigate|compare|examine|estimate|explore|describe|identify|quantify|characteri[sz]e|measure)`;
const STUDY = new RegExp(
  String.raw`^(?:to|in order to)\s+${STUDY_AIM_VERB}\b|\b(?:aim(?:ed|s)?|objectives?|purpose|goals?)\b[^.]{0,60}?\bto\s+${STUDY_AIM_VERB}\b|\b(?:study|trial|survey|review|analysis)\b[^.]{0,80}?\b(?:was|were)\s+(?:conducted|performed|carried out)\b`,
  "i",
);
/** What a method's sentence names: something proposed or built. */
const BUILT = /\b(?:propos|introduc|present|develop|design|method|model|algorithm|approach|framework|architecture|system|network|technique|tool|pipeline|scheme|strateg|protocol|device|agent)/i;
const ANALYSIS = /\b(?:we|this (?:paper|work|study))\s+(?:\w+ly\s+)?(?:show|find|prove|analy[sz]e|study|investigate|examine|explore|characteri[sz]e|reveal|observe|evaluate|compare|measure|quantify|revisit)/i;

/** Survey, benchmark, dataset, study, analysis, or else a method: read from the verbs and nouns of the sentence. */
export function contributionKind(sentence: string): ContributionKind {
  if (SURVEY.test(sentence)) return "survey";
  if (EVALUATION.test(sentence) && RELEASE.test(sentence)) return /\b(?:dataset|corpus)/i.test(sentence) && !/\bbenchmark/i.test(sentence) ? "dataset" : "benchmark";
  if (STUDY.test(sentence) && !/\bwe (?:propose|introduce|present)\b/i.test(sentence)) return "study";
  if (ANALYSIS.test(sentence) && !/\bwe (?:propose|introduce|present)\b/i.test(sentence)) return "analysis";
  // A sentence that names nothing built ("Weekly iron supplementation reduces anemia …") reports a study.
  return BUILT.test(sentence) ? "method" : "study";
}

const KIND_NAMES: Record<ContributionKind, string> = {
  method: "methods",
  benchmark: "benchmarks",
  dataset: "datasets",
  analysis: "analyses",
  study: "studies",
  survey: "surveys",
};

/** Study designs, genres and the statistics every study uses: they say how papers were run or written, not their subject. */
export const STUDY_DESIGN =
  /^(?:(?:systematic|scoping|narrative|literature|umbrella)\s+(?:literature\s+)?reviews?|reviews?|meta-analys[ie]s|(?:double|single|triple)[- ]blind(?:ed)?|placebo[- ]controlled(?:\s+(?:clinical\s+)?trials?)?|randomi[sz]ed(?:\s+controlled)?(?:\s+(?:clinical\s+)?trials?)?|(?:controlled|clinical)\s+trials?|cross[- ]sectional(?:\s+(?:stud(?:y|ies)|surveys?))?|(?:cohort|case[- ]control|pilot|observational|retrospective|prospective)(?:\s+(?:stud(?:y|ies)|analys[ie]s|cohorts?))?|placebos?|associated factors|risk factors|questionnaires?|surveys?|(?:control|intervention|treatment|experimental|comparison)\s+groups?|(?:(?:multivariate|multivariable|binary|multiple)\s+)?(?:logistic\s+)?regression(?:\s+(?:analys[ie]s|models?))?|(?:adjusted\s+)?odds\s+ratios?|hazard\s+ratios?|confidence\s+intervals?|statistical(?:ly)?\s+(?:analys[ie]s|significan(?:ce|t))|standard\s+deviations?|sample\s+sizes?|data\s+collection|email\s+address(?:es)?|semi-structured\s+interviews?|descriptive\s+statistics|odds|(?:research|study|experimental)\s+designs?|(?:randomi[sz]ed\s+)?(?:complete\s+)?block\s+designs?|split[- ]plot(?:\s+designs?)?|(?:random|fixed|mixed)[- ]effects?(?:\s+(?:models?|regression|meta-analys[ie]s))?|(?:linear\s+)?mixed(?:[- ]effects?)?\s+models?|(?:cox\s+)?(?:proportional\s+)?hazards?\s+(?:regression|models?)|cox\s+(?:regression|models?)|analys[ie]s\s+of\s+variance|anova|chi-squared?(?:\s+tests?)?|t-tests?|kaplan[- ]meier(?:\s+(?:analys[ie]s|curves?|estimates?))?|propensity\s+scores?(?:\s+matching)?|structural\s+equation\s+model(?:ing|s)?|interrupted\s+time[- ]series(?:\s+analys[ie]s)?|difference[- ]in[- ]differences?|mean\s+age|(?:median\s+)?follow-up(?:\s+periods?)?|study\s+(?:participants|period|population))$/i;

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
export function describe(papers: readonly DraftText[], members: readonly number[], subjects: readonly DistinctivePhrase[], phrases: readonly DistinctivePhrase[], context: DescribeContext): string {
  const { corpus, lexicon, names } = context;
  const center = centroid(members.map((p) => corpus.vectors[p]!));
  const central = members
    .map((p) => ({ p, score: dot(corpus.vectors[p]!, center) }))
    .sort((a, b) => b.score - a.score || a.p - b.p)
    .slice(0, CONTRIBUTIONS_READ)
    .map(({ p }) => p);
  const contributions = central.map((p) => summarySentence(papers[p]!.abstract, 400, papers[p]!.title));

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
  const ranked = [...kinds].sort((a, b) => b[1].count - a[1].count || compare(a[0], b[0]));
  // A kind one paper offers, and names nothing, is noise in the list ("Studies, methods, surveys and analyses on …").
  const offered = ranked
    .filter(([, { count, names: examples }], k) => k === 0 || count > 1 || examples.length > 0)
    // No counts: the draft is written from the cluster, and the topic page counts the papers the topic is assigned.
    .map(([kind, { names: examples }]) => {
      const kindName = KIND_NAMES[kind];
      return examples.length > 0 ? `${kindName} (${examples.join(", ")})` : kindName;
    });
  const subject = subjects.map((phrase) => describedPhrase(lexicon.asHeading(phrase.text), lexicon)).join(" and ");
  const opening = `${capitalise(listWords(offered))}${subject ? ` on ${subject}` : ""}`;

  const lines = linesOfWork(contributions, central, subjects, phrases, corpus, lexicon);
  const split =
    lines.length > 1
      ? ` They differ in focus: ${listWords(lines.map((line) => describedPhrase(line.text, lexicon)))}.`
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
    // Nor is how they were run ("randomized controlled trials", "logistic regression").
    .filter((phrase) => !phrase.evaluation && !STUDY_DESIGN.test(longFormOf(phrase.text, lexicon.acronyms) ?? phrase.text) && !ROMAN.test(phrase.text))
    .filter((phrase) => !subjects.some((subject) => repeats(subject.text, phrase.text, lexicon.acronyms) || shareWords(subject.text, phrase.text, lexicon.acronyms)))
    .map((phrase) => {
      const inContributions = named.get(phrase.id) ?? new Set<number>();
      const users = inContributions.size >= 2 ? inContributions : new Set(central.flatMap((p, k) => (has(corpus, p, phrase.id) ? [k] : [])));
      // A phrase or a name says more than a lone common word ("fluoride varnish", not "knowledge").
      return { text: phrase.text, users, weight: phrase.phrase || phrase.name ? 1 : LONE_WORD_WEIGHT };
    })
    .filter(({ users }) => users.size >= 2 && users.size <= most);
  const chosen: { text: string; papers: number }[] = [];
  const covered = new Set<number>();
  while (chosen.length < LINES_OF_WORK) {
    let best: (typeof pool)[number] | undefined;
    let bestGain = 0;
    let bestReach = 0;
    for (const candidate of pool) {
      if (chosen.some((line) => repeats(line.text, candidate.text, lexicon.acronyms))) continue;
      let reach = 0;
      for (const k of candidate.users) if (!covered.has(k)) reach++;
      // The weight ranks candidates; how many papers a line must reach does not change with it.
      if (reach * candidate.weight > bestGain) {
        best = candidate;
        bestGain = reach * candidate.weight;
        bestReach = reach;
      }
    }
    if (!best || bestReach < (chosen.length === 0 ? 2 : 1)) break;
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

/** A phrase for a sentence: an acronym alone is given with its long form ("spiking neural networks (SNN)"). */
function describedPhrase(phrase: string, lexicon: Lexicon): string {
  const long = longFormOf(phrase, lexicon.acronyms);
  return long ? `${lexicon.inSentence(long)} (${phrase})` : phrase;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function has(corpus: Corpus, paper: number, id: number): boolean {
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

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
