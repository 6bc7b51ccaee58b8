/**
 * Terms of a text for similarity and topics: content-word stems, hyphenated compounds and
 * phrases of adjacent content words, with the surface form to show a reader for each.
 */

import { surfaceOf } from "./vocabulary.ts";
import { words, type Word } from "./words.ts";

/**
 * Terms of a text, with counts: content-word stems, hyphenated compounds
 * ("text-to-speech", counted whole and by their parts), and phrases of up to
 * `longestPhrase` adjacent content words ("stem stem"), a compound counting as one word.
 */
export function extractTerms(text: string, surfaces?: SurfaceForms, longestPhrase = 2): Map<string, number> {
  const counts = new Map<string, number>();
  forEachTerm(words(text), longestPhrase, (term, surface) => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    surfaces?.record(term, surface);
  });
  return counts;
}

interface Unit {
  stem: string;
  surface: string;
}

/** Calls `visit` with every term occurrence `extractTerms` counts, in order, building no map. */
export function forEachTerm(sequence: readonly Word[], longestPhrase: number, visit: (term: string, surface: string) => void): void {
  // The run of adjacent content units since the last stopword or punctuation: its last
  // `longestPhrase` units, oldest first, in the first `length` places of an array that is
  // reused, never emptied or shifted (both are slow, and this runs for every word of every paper).
  const run: Unit[] = [];
  let length = 0;
  for (let i = 0; i < sequence.length; ) {
    // A unit: one word, or a compound of words joined by hyphens.
    let j = i + 1;
    while (j < sequence.length && sequence[j]!.hyphenBefore) j++;
    const first = sequence[i]!;
    if (first.gapBefore) length = 0;
    let unit: Unit | null = null;
    if (j - i > 1) {
      const parts = sequence.slice(i, j);
      unit = { stem: parts.map((part) => part.stem).join("-"), surface: surfaceOf(parts.map((part) => part.raw).join("-")) };
      visit(unit.stem, unit.surface);
      for (const part of parts) if (part.content) visit(part.stem, part.surface);
    } else if (first.content) {
      unit = first;
      visit(unit.stem, unit.surface);
    }
    i = j;
    if (!unit) {
      length = 0;
      continue;
    }
    run[length++] = unit;
    if (length > longestPhrase) {
      for (let k = 1; k < length; k++) run[k - 1] = run[k]!;
      length--;
    }
    if (length >= 2) {
      // The two-word phrase, the common case, without building arrays or, for a pair seen
      // before, a new string (its surface form neither).
      const before = run[length - 2]!;
      const term = pairTerm(before.stem, unit.stem);
      visit(term, before.surface === before.stem && unit.surface === unit.stem ? term : pairTerm(before.surface, unit.surface));
    }
    for (let words = 3; words <= length; words++) {
      const phrase = run.slice(length - words, length);
      const term = phrase.map((t) => t.stem).join(" ");
      visit(term, phrase.some((t) => t.surface !== t.stem) ? phrase.map((t) => t.surface).join(" ") : term);
    }
  }
}

/** "first second" strings by their two words (stems, or surface forms): a collection repeats its phrases in every abstract. */
const PAIRS = new Map<string, Map<string, string>>();
let pairCount = 0;

export function pairTerm(first: string, second: string): string {
  let seconds = PAIRS.get(first);
  const known = seconds?.get(second);
  if (known !== undefined) return known;
  const term = `${first} ${second}`;
  // Bounded: past this many pairs, new ones are built each time.
  if (pairCount < 1_000_000) {
    if (!seconds) PAIRS.set(first, (seconds = new Map()));
    seconds.set(second, term);
    pairCount++;
  }
  return term;
}

/** The most frequent way each term was written, so a reader sees "KAN", not "kan". */
export class SurfaceForms {
  /** Times each term was written exactly as its key: the common case, counted cheaply. */
  private readonly plain = new Map<string, number>();
  private readonly other = new Map<string, Map<string, number>>();

  record(term: string, surface: string, times = 1): void {
    if (surface === term) {
      this.plain.set(term, (this.plain.get(term) ?? 0) + times);
      return;
    }
    let forms = this.other.get(term);
    if (!forms) this.other.set(term, (forms = new Map()));
    forms.set(surface, (forms.get(surface) ?? 0) + times);
  }

  /** Times `term` was written as `form`. */
  times(term: string, form: string): number {
    return form === term ? (this.plain.get(term) ?? 0) : (this.other.get(term)?.get(form) ?? 0);
  }

  get(term: string): string {
    let best = term;
    let bestCount = this.plain.get(term) ?? 0;
    for (const [form, count] of this.other.get(term) ?? []) {
      if (count > bestCount || (count === bestCount && form < best)) {
        best = form;
        bestCount = count;
      }
    }
    return best;
  }
}
