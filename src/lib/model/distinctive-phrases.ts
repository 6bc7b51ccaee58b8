/**
 * The phrases that set a group of papers apart from the rest of the collection — a topic's
 * defining phrases, and the words a drafted topic is named with. One ranking (class-based
 * TF-IDF): how many of the group's papers use a term (coverage) times how much of the term's
 * use falls inside the group (concentration), phrases before single words; then each term
 * as the lexicon shows it, or not at all.
 */

import type { Lexicon, ShownTerm } from "./lexicon.ts";
import { compare } from "./order.ts";
import { repeats } from "./phrase-keys.ts";
import type { Corpus } from "./vectors.ts";

/** A term as the lexicon shows it (text; phrase, name, evaluation: see `ShownTerm`), with what the ranking counted. */
export interface DistinctivePhrase extends Pick<ShownTerm, "text" | "phrase" | "name" | "evaluation"> {
  /** The vocabulary term it was ranked as (a fragment is shown as the phrase it belongs to). */
  id: number;
  /** How many of the group's papers use it. */
  papers: number;
}

/** Share of a group's papers a term must reach (and at least two papers) to set the group apart. */
const MIN_COVERAGE = 0.1;
/** How many times its fair share of a term's papers a group must hold for the term to be its own. */
const MIN_LIFT = 2;
/** A phrase says more than a word about what a group is. */
const PHRASE_PREFERENCE = 1.6;

/**
 * For each group (indexes of papers), up to `limit` phrases that set it apart, best first,
 * each saying something new. Only terms specific to a part of the collection (see
 * `ShownTerm.specific`) unless `specificOnly` is false, for matching rather than showing;
 * `minConcentration` raises the share of a term's papers that must be the group's own.
 * Linear in the groups' papers' terms.
 */
export function distinctivePhrases(
  groups: readonly (readonly number[])[],
  corpus: Corpus,
  lexicon: Lexicon,
  limit: number,
  options: { specificOnly?: boolean; minConcentration?: number } = {},
): DistinctivePhrase[][] {
  const { specificOnly = true } = options;
  const { terms, df } = corpus.vocabulary;
  const total = corpus.vectors.length;
  return groups.map((members) => {
    if (members.length === 0) return [];
    const inGroup = new Map<number, number>();
    for (const index of members) {
      const { ids } = corpus.vectors[index]!;
      // By index: an iterator over a typed array makes an object per item.
      for (let k = 0; k < ids.length; k++) inGroup.set(ids[k]!, (inGroup.get(ids[k]!) ?? 0) + 1);
    }
    const size = members.length;
    const minPapers = Math.min(size, Math.max(2, Math.ceil(MIN_COVERAGE * size)));
    // A term spread evenly over the collection ("neural networks") falls in each group in
    // proportion to its size, and sets none apart.
    const minConcentration = options.minConcentration ?? Math.min(MIN_LIFT * (size / total), 0.5);
    const ranked: { phrase: DistinctivePhrase; weight: number }[] = [];
    for (const [id, count] of inGroup) {
      const concentration = count / df[id]!;
      if (count < minPapers || concentration < minConcentration) continue;
      const shown = lexicon.shown(id);
      if (!shown || (specificOnly && !shown.specific)) continue;
      const weight = (count / size) * concentration * (shown.phrase ? PHRASE_PREFERENCE : 1);
      ranked.push({ phrase: { text: shown.text, id, papers: count, phrase: shown.phrase, name: shown.name, evaluation: shown.evaluation }, weight });
    }
    ranked.sort((a, b) => b.weight - a.weight || compare(terms[a.phrase.id]!, terms[b.phrase.id]!));
    const chosen: DistinctivePhrase[] = [];
    for (const { phrase } of ranked) {
      if (chosen.some((other) => repeats(other.text, phrase.text, lexicon.acronyms))) continue;
      chosen.push(phrase);
      if (chosen.length === limit) break;
    }
    return chosen;
  });
}
