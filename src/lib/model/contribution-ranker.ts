/**
 * Which sentence of an abstract says what the paper does, weighed from many signs at once.
 *
 * The rules in contribution.ts read a sentence's own words ("we propose", "the aim of this
 * study was"); they are precise on the phrasings they know and silent elsewhere. This ranker
 * adds the signs an expert also reads — how much of the title a sentence repeats, how central
 * it is to the abstract, where it stands, which section of a structured abstract it is in, and
 * whether it reads like background, method detail or a results report — and weighs all of them
 * with the rules' verdict. The weights (contribution-weights.ts) are learned from the labelled
 * tuning sets by `npm run train:contribution`, never from a held-out set.
 *
 * A sentence's score is the sum of its features times their weights; the highest wins.
 */

import { sectionsOf, withoutSectionLabel } from "./section-labels.ts";
import { isStopword, stem } from "./vocabulary.ts";
import { titleSubject } from "./words.ts";

/** What the rules of contribution.ts say of one sentence. */
export interface RuleEvidence {
  /** The rules' score when the sentence speaks for the paper in words they know, else undefined. */
  score: number | undefined;
  /** The tier of its verb ("we propose" 3, "we show" 2, …), 0 when none. */
  spoken: number;
  /** The tier its label gives it ("Objective: To …" 2.5, "Conclusions …" 2), 0 when none. */
  labelled: number;
  /** Its subject is an earlier sentence's thing ("This approach …"). */
  leansBack: boolean;
}

/** How far below the best a sentence the rules do not score stands. */
const UNSCORED_GAP = -5;

const STUDY_SELF = /\b(?:this|the present|the current)\s+(?:study|paper|work|article|research|analysis|review|report|survey)\b/i;
const AIM_INFINITIVE = /^(?:to|in order to)\s+(?:[a-z]+ly\s+)?(?:assess|determine|evaluate|investigate|compare|examine|estimate|explore|describe|identify|quantify|develop|test|analy[sz]e|characteri[sz]e|measure|review|report|study|establish|validate|summari[sz]e|understand|provide|propose|present)\b/i;
const CONCLUDING_OPENER = /^(?:in conclusion|in summary|in sum|overall|taken together|collectively|to conclude|in short)\b/i;
// "Previously, solid electrolytes have been …", "In the past decade we have observed …", "In 2006, two field tests were launched": the history the paper starts from.
const BACKGROUND_OPENER = /^(?:however|although|despite|while|recent(?:ly)?|in recent years|traditional(?:ly)?|existing|current|many|most|conventional|previously|historically|to date|in the (?:past|last)\b|over the (?:past|last)\b|for (?:decades|years)\b|(?:in|since|by|until) (?:the )?(?:19|20)\d\d)\b/i;
const RESULTS_OPENER = /^(?:the\s+)?(?:results|findings|experiments?|evaluations?)\b/i;
const FINDING_THAT = /\b(?:suggest|conclude|indicate|demonstrate|show)(?:s|ed)?\s+that\b/i;
const AIM_WORD = /\b(?:aim(?:ed|s)?|objective|purpose|goal)\b/i;
const PRIOR_WORK = /\b(?:have|has) been\s+(?:widely|extensively|increasingly)?\s*(?:used|studied|proposed|applied|developed)\b/i;
const METHOD_DETAIL = /\b(?:were|was)\s+(?:recruited|enrolled|randomi[sz]ed|included|collected|obtained|used|performed|recorded|administered|stored|divided|allocated|followed|screened|searched|extracted|calculated)\b/i;
const COUNTED = /\bwe\s+(?:identified|included|found|retrieved|enrolled|recruited|collected)\s+\d/i;
const PASSIVE_STUDY = /\b(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:examined|compared|evaluated|investigated|assessed|analy[sz]ed|tested|explored|studied|developed|proposed|designed|conducted|performed|determined|measured|estimated)\b/i;
/** "We build on Neural Radiance Fields, which …", "We continue the investigation … as initiated by TinyStories": the ground the paper stands on. */
const BUILDS_ON = /\bwe\s+(?:build|built)\s+(?:on|upon)\b|\bwe\s+continue\b|\bas\s+(?:initiated|introduced|proposed)\s+(?:by|in)\b/i;
/** "We study the problem of running …", "We explore the untapped potential of KANs": the question, not yet the answer. */
const POSES_THE_QUESTION = /\bwe\s+(?:\w+ly\s+)?(?:study|consider|investigate|examine|tackle|address|explore|revisit)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:problem|task|question|challenge|potential|setting|issue)s?\s+of\b/iu;
/** "To enhance MADEON, we further propose …", "We then …", "Furthermore, …", "Based on FAST, we release …": a step after the main one. */
const LATER_STEP = /(?:^|,\s*)we\s+(?:then|further|also|additionally|next|finally)\b|^(?:then|next|finally|furthermore|moreover|additionally|in addition|besides)\b|^to\s+(?:further\s+)?(?:enhance|improve|boost|strengthen|accelerate|speed up|stabili[sz]e)\b|^(?:based on|building (?:on|upon)|on top of)\s+(?:this|these|it|\p{Lu}[\p{L}\p{N}+-]*)\s*,/iu;
/** "We release all the pre-trained models …", "Code is available at …": what the authors hand over, not what they did. */
const RELEASES = /\bwe\s+(?:\w+ly\s+)?(?:release|open-source|open source|make\s+(?:[\p{L}-]+\s+){0,4}(?:publicly\s+)?available)\b|\b(?:code|models?|data(?:sets?)?|checkpoints|weights)\b[^.]{0,40}\b(?:is|are|will be)\s+(?:publicly\s+|freely\s+)?(?:available|released)\b/iu;
/** "We demonstrate H-SIREN in various … problems", "we illustrate how it can be applied": the method shown at work. */
const SHOWN_AT_WORK = /\b[Ww]e\s+(?:\w+ly\s+)?(?:demonstrate|showcase|illustrate|apply|test|validate|evaluate)\s+(?:how\s+)?(?:it|them|this|our|the proposed|\p{Lu}[\p{L}\p{N}-]*)\b[^.]*\b(?:in|on|across|to)\s+(?:various|several|a (?:range|variety|number) of|many|multiple|diverse|different|three|two|four|five)\b/u;
/** "We analyze their scaling properties", "we revisit …", "we question if …": a look at something, before the paper's answer. */
const LOOKS_AT = /\bwe\s+(?:\w+ly\s+)?(?:analy[sz]e|study|investigate|examine|explore|revisit|consider|question\s+(?:if|whether)|ask\s+(?:if|whether))\b/i;
const MIXED_CASE_NAME = /\b\p{Lu}[\p{Ll}\p{N}]*\p{Lu}/u;
const NUMBER = /\d+(?:\.\d+)?/g;

/** What the ranker knows of one sentence among its abstract's. */
interface Context {
  text: string;
  /** The text after a section label, if it opens with one. */
  body: string;
  index: number;
  count: number;
  rules: RuleEvidence;
  bestRuleScore: number | undefined;
  titleShare: number;
  mostTitleShare: number;
  centrality: number;
  mostCentral: number;
  section: ReturnType<typeof sectionsOf>[number];
  voiceless: boolean;
  /** The first sentence that proposes, and the first the rules hear at all. */
  firstProposal: number;
  firstHeard: number;
  /** How many sentences repeat more of the title, are more central, have a higher rule score. */
  aboveInTitleShare: number;
  aboveInCentrality: number;
  aboveInRuleScore: number;
}

const flag = (value: boolean) => (value ? 1 : 0);

/** The features, in the order of the weights; each says why it counts. */
export const FEATURES: readonly { name: string; value: (c: Context) => number }[] = [
  // The rules' verdict: they read the paper's own voice.
  { name: "rulesSpeak", value: (c) => flag(c.rules.score !== undefined) },
  { name: "ruleScore", value: (c) => c.rules.score ?? 0 },
  { name: "rulesBest", value: (c) => flag(c.rules.score !== undefined && c.rules.score === c.bestRuleScore) },
  { name: "ruleGap", value: (c) => (c.rules.score === undefined || c.bestRuleScore === undefined ? UNSCORED_GAP : c.rules.score - c.bestRuleScore) },
  { name: "labelledTier", value: (c) => c.rules.labelled },
  { name: "spokenTier", value: (c) => c.rules.spoken },
  { name: "proposes", value: (c) => flag(c.rules.spoken >= 3) },
  { name: "proposedPassive", value: (c) => flag(c.rules.spoken === 2.5) },
  { name: "finds", value: (c) => flag(c.rules.spoken === 2) },
  { name: "announces", value: (c) => flag(c.rules.spoken === 1.5) },
  { name: "speaksWeakly", value: (c) => flag(c.rules.spoken > 0 && c.rules.spoken <= 1) },
  { name: "leansBack", value: (c) => flag(c.rules.leansBack) },
  // The title says what the paper is about; the sentence that repeats most of it often says what it does.
  { name: "titleShare", value: (c) => c.titleShare },
  { name: "mostOfTitle", value: (c) => flag(c.titleShare > 0 && c.titleShare === c.mostTitleShare) },
  // The summary sentence shares words with the rest of the abstract.
  { name: "centrality", value: (c) => c.centrality },
  { name: "mostCentral", value: (c) => flag(c.centrality > 0 && c.centrality === c.mostCentral) },
  // Place: abstracts state the contribution early and close on results or outlook.
  { name: "position", value: (c) => (c.count > 1 ? c.index / (c.count - 1) : 0) },
  { name: "first", value: (c) => flag(c.index === 0) },
  { name: "second", value: (c) => flag(c.index === 1) },
  { name: "last", value: (c) => flag(c.index === c.count - 1) },
  // A structured abstract's sections: aims and conclusions say what the study does; methods and results detail it.
  { name: "inAim", value: (c) => flag(c.section === "aim") },
  { name: "inMethods", value: (c) => flag(c.section === "methods") },
  { name: "inResults", value: (c) => flag(c.section === "results") },
  { name: "inConclusion", value: (c) => flag(c.section === "conclusion") },
  { name: "inBackground", value: (c) => flag(c.section === "background") },
  // How the sentence reads.
  { name: "numbers", value: (c) => numberCount(c.text, 5) / 5 },
  { name: "percent", value: (c) => flag(c.text.includes("%")) },
  { name: "we", value: (c) => flag(/\b(?:we|our)\b/i.test(c.text)) },
  { name: "opensWithWe", value: (c) => flag(/^we\b/i.test(c.text)) },
  { name: "length", value: (c) => Math.log(1 + wordCount(c.text)) / 4 },
  { name: "namesTheStudy", value: (c) => flag(STUDY_SELF.test(c.text)) },
  { name: "passiveStudy", value: (c) => flag(c.voiceless && PASSIVE_STUDY.test(c.text)) },
  { name: "findingThat", value: (c) => flag(FINDING_THAT.test(c.text)) },
  { name: "opensWithResults", value: (c) => flag(RESULTS_OPENER.test(c.body)) },
  { name: "aimWord", value: (c) => flag(AIM_WORD.test(c.text)) },
  { name: "opensAsBackground", value: (c) => flag(BACKGROUND_OPENER.test(c.body)) },
  { name: "priorWork", value: (c) => flag(PRIOR_WORK.test(c.text)) },
  { name: "aimInfinitive", value: (c) => flag(AIM_INFINITIVE.test(c.body)) },
  { name: "concludes", value: (c) => flag(CONCLUDING_OPENER.test(c.body)) },
  { name: "methodDetail", value: (c) => flag(METHOD_DETAIL.test(c.text)) },
  { name: "counts", value: (c) => flag(COUNTED.test(c.text)) },
  { name: "namesSomething", value: (c) => flag(MIXED_CASE_NAME.test(c.text)) },
  { name: "buildsOn", value: (c) => flag(BUILDS_ON.test(c.text)) },
  { name: "posesTheQuestion", value: (c) => flag(POSES_THE_QUESTION.test(c.text)) },
  { name: "laterStep", value: (c) => flag(LATER_STEP.test(c.body)) },
  { name: "releases", value: (c) => flag(RELEASES.test(c.text)) },
  { name: "shownAtWork", value: (c) => flag(SHOWN_AT_WORK.test(c.text)) },
  { name: "looksAt", value: (c) => flag(LOOKS_AT.test(c.text)) },
  // Standing among the abstract's sentences: the first to propose, the first the rules hear, and each measure's rank.
  { name: "firstToPropose", value: (c) => flag(c.index === c.firstProposal) },
  { name: "firstHeard", value: (c) => flag(c.index === c.firstHeard) },
  { name: "titleShareRank", value: (c) => (c.titleShare === 0 ? 0 : 1 / (1 + c.aboveInTitleShare)) },
  { name: "centralityRank", value: (c) => 1 / (1 + c.aboveInCentrality) },
  { name: "ruleScoreRank", value: (c) => (c.rules.score === undefined ? 0 : 1 / (1 + c.aboveInRuleScore)) },
];

/** Each sentence's features, in FEATURES order. */
export function contributionFeatures(texts: readonly string[], title: string, rules: readonly RuleEvidence[]): number[][] {
  const titleWords = new Set(contentWords(titleSubject(title)));
  const words = texts.map((text) => new Set(contentWords(text)));
  const titleShares = words.map((set) => (titleWords.size === 0 ? 0 : countShared(titleWords, set) / titleWords.size));
  const centrality = centralities(words);
  const scored = rules.flatMap((rule) => (rule.score === undefined ? [] : [rule.score]));
  const bestRuleScore = scored.length > 0 ? Math.max(...scored) : undefined;
  const sections = sectionsOf(texts);
  const voiceless = !texts.some((text) => /\b(?:we|our)\b/i.test(text));
  const mostTitleShare = Math.max(0, ...titleShares);
  const mostCentral = Math.max(0, ...centrality);
  const ruleScores = rules.map((rule) => rule.score ?? 0);
  const firstProposal = rules.findIndex((rule) => rule.spoken >= 3);
  const firstHeard = rules.findIndex((rule) => rule.score !== undefined);
  return texts.map((text, index) => {
    const context: Context = {
      text,
      body: withoutSectionLabel(text),
      index,
      count: texts.length,
      rules: rules[index]!,
      bestRuleScore,
      titleShare: titleShares[index]!,
      mostTitleShare,
      centrality: centrality[index]!,
      mostCentral,
      section: sections[index],
      voiceless,
      firstProposal,
      firstHeard,
      aboveInTitleShare: countAbove(titleShares, titleShares[index]!),
      aboveInCentrality: countAbove(centrality, centrality[index]!),
      aboveInRuleScore: countAbove(ruleScores, ruleScores[index]!),
    };
    return FEATURES.map((feature) => feature.value(context));
  });
}

/** Content words, stemmed: "sea-ice" shares "sea" and "ice" with "sea ice"; "tracking" and "tracked" are one word. */
export function contentWords(text: string): string[] {
  // A loop over the characters: splitting millions of words on a Unicode pattern is the ranker's dearest step.
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isWordCharacter(lower, i)) continue;
    if (i - start > 2) {
      const key = contentKey(lower.slice(start, i));
      if (key !== null) words.push(key);
    }
    start = i + 1;
  }
  return words;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordCharacter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 128 && LETTER_OR_DIGIT.test(text[i]!));
}

/** Each word's content form, or null for a stopword: a collection repeats its vocabulary in every abstract. */
const CONTENT_KEYS = new Map<string, string | null>();

function contentKey(word: string): string | null {
  let key = CONTENT_KEYS.get(word);
  if (key === undefined) {
    key = !isStopword(word) ? stem(word).replace(/(?<=\p{L}{4})(?:ing|ed)$/u, "") : null;
    // Bounded, as the stems are.
    if (CONTENT_KEYS.size < 200_000) CONTENT_KEYS.set(word, key);
  }
  return key;
}

function wordCount(text: string): number {
  let count = 1;
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) !== 32) count++;
  return count;
}

/** How many numbers the text has, counting no further than `most`. */
function numberCount(text: string, most: number): number {
  NUMBER.lastIndex = 0;
  let count = 0;
  while (count < most && NUMBER.exec(text) !== null) count++;
  return count;
}

/** How many of `values` are greater than `value`: an abstract has a few dozen sentences at most. */
function countAbove(values: readonly number[], value: number): number {
  let above = 0;
  for (const other of values) if (other > value) above++;
  return above;
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}

/**
 * How central each sentence is: over its words, the mean share of the other sentences that also
 * use the word. Linear in the abstract's words, where comparing every pair of sentences is not.
 */
function centralities(words: readonly ReadonlySet<string>[]): number[] {
  if (words.length < 2) return words.map(() => 0);
  const sentencesUsing = new Map<string, number>();
  for (const set of words) for (const word of set) sentencesUsing.set(word, (sentencesUsing.get(word) ?? 0) + 1);
  return words.map((set) => {
    let others = 0;
    for (const word of set) others += sentencesUsing.get(word)! - 1;
    return set.size === 0 ? 0 : others / set.size / (words.length - 1);
  });
}
