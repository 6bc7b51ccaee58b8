/**
 * What kind of word a term is, read from how the collection uses it (`word-uses`) rather than
 * from a list of bad words: a name, a noun that can be a term by itself, a word that can open
 * or end a phrase, or a verb, an adjective, an adverb, a fragment of compounds, a link's
 * boilerplate, a benchmark or a measure. The `Lexicon` asks these of each term it judges.
 */

import { ADJECTIVE_ENDING, ADVERB_ENDING, PARTICIPLE_ENDING } from "./vocabulary.ts";
import type { WordUses } from "./word-uses.ts";

/** A word that ends its run of content words less often than this is a modifier (an adjective, mostly). */
const HEAD_SHARE = 0.3;
/** A word after "is", "more" or "highly", or before "than", this often is a gradable adjective ("sparse", "faster"). */
const ADJECTIVE_SHARE = 0.1;
/** Looser for the last word of a phrase: "voice" in "cross-lingual voice", "memory" in "short-term memory". */
const PHRASE_HEAD_SHARE = 0.15;
/** A word standing alone (no content word either side) this often is a connective ("finally", "pro"). */
const ISOLATED_SHARE = 0.75;
/** A word after "to"/"we" or before "the"/"it" this often is a verb ("call", "enable", "cause"). */
const VERB_SHARE = 0.2;
/** Looser for the last word of a phrase: "batch size scales" ends in a verb. */
const HEAD_VERB_SHARE = 0.25;
/** A word followed by "of" this often names nothing alone ("tale of", "range of"). */
const OF_SHARE = 0.5;
/** Share of a term's uses within a few words before a link that makes it the link's boilerplate. */
const LINKED_SHARE = 0.5;
/** Share of a term's uses that evaluate on it, or give a figure of it, for it to be a benchmark or a measure. */
const EVALUATED_SHARE = 0.3;
/** Uses a word needs to be a term alone, and to be judged by its use rather than its ending as a phrase's last word. */
const MIN_USES = 3;

/** "trained", "activated": a verb's form, not a noun ("speed" and "seed" are nouns). */
const PAST_PARTICIPLE = /[^e]ed$/u;

/**
 * A coined name or acronym as written: a capital inside a word, or letters and digits ("KAN",
 * "OSWorld", "MLP-Mixer", "GPT-4"); not a compound in title case ("Parameter-Efficient").
 */
export function isName(surface: string): boolean {
  // Letters and digits: "T5", "CodeGen2", but not a size or a dimension ("7B", "3D").
  return surface.split(/[-\s]/u).some((part) => /\p{L}\p{Lu}/u.test(part) || (/^\p{L}/u.test(part) && /\p{N}/u.test(part)));
}

/** A word the collection writes with a capital and never in lower case: a name ("Kolmogorov", "Gaussian"). */
export function isProper(counts: WordUses, unit: number): boolean {
  return counts.capitalised[unit]! >= 2 && counts.lowercase[unit] === 0;
}

/** What an abstract says before its links: "source code", "project page", "demo". */
export function isBoilerplate(counts: WordUses, id: number): boolean {
  return counts.linked[id]! >= LINKED_SHARE * counts.uses[id]! && counts.linked[id]! > 0;
}

/** A term that seldom ends where it stops: it goes on into longer phrases ("efficient model"). */
export function seldomEnds(counts: WordUses, id: number): boolean {
  return counts.uses[id]! > 0 && counts.ends[id]! < PHRASE_HEAD_SHARE * counts.uses[id]!;
}

/** A word or compound (written `surface`) that can be a term by itself: a name, or a noun the collection uses as one. */
export function standsAlone(counts: WordUses, unit: number, surface: string): boolean {
  const uses = counts.uses[unit]!;
  // Mostly a part of compounds ("non", "self", "bench"), or never written alone.
  if (counts.asPart[unit]! >= uses) return false;
  // A name stands alone, unless it is a compound that modifies what follows ("MLP-based", "LLM-driven").
  if (isName(surface)) return !surface.includes("-") || counts.ends[unit]! >= PHRASE_HEAD_SHARE * uses;
  // Between punctuation and function words, never beside another content word: "finally", "pro".
  if (uses >= 2 && counts.alone[unit]! >= ISOLATED_SHARE * uses) return false;
  if (isVerb(counts, unit) || counts.ofAfter[unit]! >= OF_SHARE * uses) return false;
  const last = surface.split("-").at(-1)!;
  if (ADVERB_ENDING.test(last) || PAST_PARTICIPLE.test(last)) return false;
  // Too rare for its use to say what it is ("suggest", "tale"), or a size ("7B", "3D").
  if (uses < MIN_USES || /^\p{N}/u.test(surface)) return false;
  const headShare = counts.ends[unit]! / uses;
  if (headShare < HEAD_SHARE || counts.adjectiveCues[unit]! >= ADJECTIVE_SHARE * uses) return false;
  if (ADJECTIVE_ENDING.test(last) && headShare < 0.6) return false;
  if (/ing$/u.test(last) && headShare < 0.5) return false;
  return true;
}

/**
 * Adjectives of degree or amount, a closed class of the language: they say how much, never
 * what ("substantial storage", "considerable gains"), so no term opens with one. Words that
 * do open terms ("large language models", "high-resolution", "massive MIMO") are not here.
 */
const DEGREE_ADJECTIVES = new Set(
  "substantial significant considerable huge vast enormous tremendous notable noticeable remarkable dramatic modest slight excessive sufficient insufficient numerous various prohibitive unprecedented impressive promising satisfactory superior competitive comparable".split(" "),
);

/** A unit (written `surface`) that can open a phrase: not a verb, an adverb or an adjective of degree ("enable scalable", "finally trained", "substantial storage"). */
export function opens(counts: WordUses, unit: number, surface: string): boolean {
  if (isName(surface)) return true;
  return !isVerb(counts, unit) && !ADVERB_ENDING.test(surface) && !DEGREE_ADJECTIVES.has(surface.toLowerCase());
}

/**
 * A unit (written `surface`) that can end a phrase: a noun, not an adjective ("trained
 * neural", "long short-term") or a participle ("governing").
 */
export function heads(counts: WordUses, unit: number, surface: string): boolean {
  if (isName(surface)) return true;
  const uses = counts.uses[unit]!;
  const last = surface.split("-").at(-1)!;
  if (ADVERB_ENDING.test(last) || PAST_PARTICIPLE.test(last)) return false;
  if (uses < MIN_USES) return !ADJECTIVE_ENDING.test(last) && !PARTICIPLE_ENDING.test(last);
  const headShare = counts.ends[unit]! / uses;
  if (headShare < PHRASE_HEAD_SHARE || (counts.verbCues[unit]! >= 2 && counts.verbCues[unit]! >= HEAD_VERB_SHARE * uses)) return false;
  if (counts.adjectiveCues[unit]! >= 2 && counts.adjectiveCues[unit]! >= ADJECTIVE_SHARE * uses) return false;
  return !(ADJECTIVE_ENDING.test(last) && headShare < 0.4);
}

/** Twice at least: "to" is a preposition too ("applied to inorganic materials"). */
export function isVerb(counts: WordUses, unit: number): boolean {
  const cues = counts.verbCues[unit]!;
  return cues >= 2 && cues >= VERB_SHARE * counts.uses[unit]!;
}

/** A name the collection evaluates on: "on OSWorld", "the GAIA benchmark". */
export function isEvaluated(counts: WordUses, unit: number): boolean {
  const uses = counts.uses[unit]!;
  return uses > 0 && counts.evaluated[unit]! >= EVALUATED_SHARE * uses;
}

/** A measure the collection gives figures of: "an RMSE of 0.12", "91.2% accuracy". */
export function isMeasure(counts: WordUses, id: number): boolean {
  const uses = counts.uses[id]!;
  return counts.measured[id]! >= 2 && counts.measured[id]! >= EVALUATED_SHARE * uses;
}
