/**
 * Phrases as a reader sees them: one key per phrase whatever its case, hyphens, plurals or
 * acronyms, and a list of phrases without repeats.
 */

import { isStopword, stem } from "./vocabulary.ts";

/**
 * A phrase compared word by word, plurals folded: "Neural Networks" and "neural-network" are
 * one. With `acronyms` (short → long), each acronym counts as its long form, inside a phrase
 * too: "agentic RL" is "agentic reinforcement learning".
 */
export function phraseKey(phrase: string, acronyms?: ReadonlyMap<string, string>): string {
  let key = PHRASE_KEYS.get(phrase);
  if (key === undefined) {
    key = phrase.toLowerCase().split(/[-\s]+/).map(stem).join(" ");
    if (PHRASE_KEYS.size < 200_000) PHRASE_KEYS.set(phrase, key);
  }
  if (acronyms === undefined || acronyms.size === 0 || !/\p{Lu}/u.test(phrase)) return key;
  const parts = phrase.split(/[-\s]+/);
  if (!parts.some((part) => longFormOf(part, acronyms) !== undefined)) return key;
  return parts.map((part) => phraseKey(longFormOf(part, acronyms) ?? part)).join(" ");
}

const PHRASE_KEYS = new Map<string, string>();

/** The long form of an acronym (short → long), plural or not ("KANs"); undefined for other phrases. */
export function longFormOf(phrase: string, acronyms: ReadonlyMap<string, string> | undefined): string | undefined {
  return acronyms?.get(phrase) ?? (phrase.endsWith("s") ? acronyms?.get(phrase.slice(0, -1)) : undefined);
}

/**
 * Whether two phrases say part of the same thing: one holds the other ("scaling laws",
 * "scaling"), or, acronyms spelled out, they are the same ("KAN", "Kolmogorov-Arnold networks").
 */
export function repeats(a: string, b: string, acronyms?: ReadonlyMap<string, string>): boolean {
  return keysRepeat(phraseKey(a, acronyms), phraseKey(b, acronyms));
}

/**
 * `repeats` on two keys: one holds the other word for word, or they are the same word but for
 * a hyphen or a space ("hyper-parameters" and "hyperparameters", "data set" and "dataset").
 */
export function keysRepeat(a: string, b: string): boolean {
  return repeatKeysRepeat(repeatKey(a), repeatKey(b));
}

/** A key in the two spellings `keysRepeat` compares: built once for a key compared with many. */
export interface RepeatKey {
  /** The key between spaces, so one key holds another only word for word. */
  padded: string;
  /** The key without its spaces. */
  joined: string;
}

export function repeatKey(key: string): RepeatKey {
  return { padded: ` ${key} `, joined: key.replaceAll(" ", "") };
}

/** `keysRepeat` on keys spelled out already (see `repeatKey`). */
export function repeatKeysRepeat(x: RepeatKey, y: RepeatKey): boolean {
  return x.padded.includes(y.padded) || y.padded.includes(x.padded) || x.joined === y.joined;
}

/**
 * Whether two phrases share a content word, acronyms spelled out: "deep research agents" and
 * "deep research systems", "multi-agent" and "single-agent". Two such phrases side by side
 * in a title say one thing twice, or set one thing against its opposite.
 */
export function shareWords(a: string, b: string, acronyms?: ReadonlyMap<string, string>): boolean {
  const words = (phrase: string) => phraseKey(phrase, acronyms).split(" ").filter((word) => !isStopword(word));
  const mine = new Set(words(a));
  return words(b).some((word) => mine.has(word));
}

/**
 * The first `limit` phrases that each say something new: "scaling laws" makes "scaling"
 * and "scaling-laws" redundant, "hyper-parameters" repeats "hyperparameters", and with
 * `acronyms` (short → long), "KAN" makes "Kolmogorov-Arnold" redundant and "agentic RL"
 * repeats "agentic reinforcement learning".
 */
export function distinctPhrases(phrases: readonly string[], limit: number, acronyms?: ReadonlyMap<string, string>): string[] {
  const chosen: string[] = [];
  const chosenKeys: string[] = [];
  for (const phrase of phrases) {
    const key = phraseKey(phrase, acronyms);
    if (chosenKeys.some((other) => keysRepeat(other, key))) continue;
    chosen.push(phrase);
    chosenKeys.push(key);
    if (chosen.length === limit) break;
  }
  return chosen;
}
