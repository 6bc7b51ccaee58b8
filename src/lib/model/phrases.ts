/**
 * Finds known phrases in a text in one pass over its words: each phrase is keyed by its
 * stemmed words, and every run of up to `maxWords` words is looked up. Linear in the
 * text's length whatever the number of phrases, which is what 10,000 papers need.
 */

import { spellingCount, words, type Word } from "./words.ts";

export interface Phrase<T> {
  /** As written: "text-to-speech", "KAN", "neural radiance field". */
  text: string;
  value: T;
}

interface Compiled<T> {
  phrase: Phrase<T>;
  /** Raw words to compare exactly when the phrase has capitals (acronyms, names). */
  caseSensitive: string[] | null;
}

export interface PhraseHit<T> {
  phrase: Phrase<T>;
  /** Index of the first word. */
  at: number;
}

export class PhraseMatcher<T> {
  private readonly byKey = new Map<string, Compiled<T>[]>();
  /** Every proper word-prefix of a phrase key: a run that is no prefix cannot grow into a hit. */
  private readonly prefixes = new Set<string>();
  /** First words of the phrases: most words of a text start none, and are passed over at once. */
  private readonly firstWords = new Set<string>();
  /** Per spelling (see `Word.spelling`): 1 if its stem is a first word, 2 if not, 0 not asked yet. */
  private readonly startsBySpelling = new Uint8Array(spellingCount());
  private maxWords = 1;

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) {
      const parts = words(phrase.text);
      if (parts.length === 0) continue;
      const key = parts.map((part) => part.stem).join(" ");
      const caseSensitive = /\p{Lu}/u.test(phrase.text) ? parts.map((part) => part.raw) : null;
      const list = this.byKey.get(key) ?? [];
      list.push({ phrase, caseSensitive });
      this.byKey.set(key, list);
      this.firstWords.add(parts[0]!.stem);
      this.maxWords = Math.max(this.maxWords, parts.length);
      for (let length = 1; length < parts.length; length++) {
        this.prefixes.add(parts.slice(0, length).map((part) => part.stem).join(" "));
      }
    }
  }

  /** All hits in `text`, longest phrase first at each position. */
  find(text: string | readonly Word[]): PhraseHit<T>[] {
    const sequence = typeof text === "string" ? words(text) : text;
    const hits: PhraseHit<T>[] = [];
    for (let start = 0; start < sequence.length; start++) {
      if (!this.isFirstWord(sequence[start]!)) continue;
      let key = "";
      const first = hits.length;
      for (let length = 1; length <= this.maxWords && start + length <= sequence.length; length++) {
        // A phrase never spans punctuation: "MLP, KAN" is not "MLP-KAN".
        if (length > 1 && sequence[start + length - 1]!.gapBefore) break;
        key = length === 1 ? sequence[start]!.stem : `${key} ${sequence[start + length - 1]!.stem}`;
        const compiled = this.byKey.get(key);
        if (compiled) {
          for (const { phrase, caseSensitive } of compiled) {
            if (caseSensitive && !sameCase(caseSensitive, sequence, start)) continue;
            hits.push({ phrase, at: start });
          }
        }
        if (!this.prefixes.has(key)) break;
      }
      reverseFrom(hits, first);
    }
    return hits;
  }

  /** Whether a phrase starts with the word's stem: once per spelling, as most words are met many times. */
  private isFirstWord(word: Word): boolean {
    const { spelling } = word;
    if (spelling < 0 || spelling >= this.startsBySpelling.length) return this.firstWords.has(word.stem);
    let starts = this.startsBySpelling[spelling]!;
    if (starts === 0) this.startsBySpelling[spelling] = starts = this.firstWords.has(word.stem) ? 1 : 2;
    return starts === 1;
  }
}

/** The items of `list` from `first` on in reverse order: at each position, the longest phrase first. */
function reverseFrom<T>(list: T[], first: number): void {
  for (let i = first, j = list.length - 1; i < j; i++, j--) {
    const item = list[i]!;
    list[i] = list[j]!;
    list[j] = item;
  }
}

/** Acronyms match as written, give or take a plural: "KANs" is "KAN", "kan" is not. */
function sameCase(expected: readonly string[], sequence: readonly Word[], start: number): boolean {
  return expected.every((word, offset) => {
    const raw = sequence[start + offset]!.raw;
    return raw === word || raw === `${word}s` || (word.endsWith("s") && raw === word.slice(0, -1));
  });
}
