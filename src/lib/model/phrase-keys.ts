/**
 * Phrases as a reader sees them: one key per phrase whatever its case, hyphens or plurals,
 * an acronym's long form, and a list of phrases without repeats.
 */

import { stem } from "./vocabulary.ts";


/** A phrase compared word by word, plurals folded: "Neural Networks" and "neural-network" are one. */
export function phraseKey(phrase: string): string {
  let key = PHRASE_KEYS.get(phrase);
  if (key === undefined) {
    key = phrase.toLowerCase().split(/[-\s]+/).map(stem).join(" ");
    if (PHRASE_KEYS.size < 200_000) PHRASE_KEYS.set(phrase, key);
  }
  return key;
}

const PHRASE_KEYS = new Map<string, string>();

/** The long form of an acronym (short → long), plural or not ("KANs"); undefined for other phrases. */
export function longFormOf(phrase: string, acronyms: ReadonlyMap<string, string> | undefined): string | undefined {
  return acronyms?.get(phrase) ?? (phrase.endsWith("s") ? acronyms?.get(phrase.slice(0, -1)) : undefined);
}

/**
 * The first `limit` phrases that each say something new: "scaling laws" makes "scaling"
 * and "scaling-laws" redundant, and with `acronyms` (short → long), "KAN" makes
 * "Kolmogorov-Arnold" redundant.
 */
export function distinctPhrases(phrases: readonly string[], limit: number, acronyms?: ReadonlyMap<string, string>): string[] {
  // An acronym says what its long form says: "KAN" repeats "Kolmogorov-Arnold".
  const chosen: string[] = [];
  const chosenKeys: string[] = [];
  for (const phrase of phrases) {
    const key = ` ${phraseKey(longFormOf(phrase, acronyms) ?? phrase)} `;
    if (chosenKeys.some((other) => other.includes(key) || key.includes(other))) continue;
    chosen.push(phrase);
    chosenKeys.push(key);
    if (chosen.length === limit) break;
  }
  return chosen;
}
