/**
 * The word scanner: a text as a sequence of words, each interned once per spelling and
 * position (stem, surface form, content word or not, and what separates it from the word
 * before), shared by terms, phrases and mentions.
 */

import { plainAbstract } from "./abstract-text.ts";
import { isStopword, stem, surfaceOf } from "./vocabulary.ts";

/** A hyphen, or a dash that joins words: compared, not looked up in a set, as every word asks. */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x2013;
}

/** Whether anything but white space stands between two words. */
function hasPunctuation(text: string, from: number, to: number, allowHyphen: boolean): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) continue;
    if (allowHyphen && isHyphen(code)) continue;
    if (code > 127 && /\s/u.test(text[i]!)) continue;
    return true;
  }
  return false;
}

export interface Word {
  /** Stemmed lower-case form. */
  readonly stem: string;
  /** As written, for case-sensitive matches of acronyms. */
  readonly raw: string;
  /** The form to show a reader: lower case unless the word is a name or acronym (see `surfaceOf`). */
  readonly surface: string;
  /** Neither a stopword nor a number: a word that can say what a paper is about. */
  readonly content: boolean;
  /** Punctuation other than a hyphen stands between this word and the one before. */
  readonly gapBefore: boolean;
  /** Joined to the word before by a hyphen alone: part of a compound ("text-to-speech"). */
  readonly hyphenBefore: boolean;
  /**
   * The number of its spelling (`raw`), the same at every occurrence, below `spellingCount()`:
   * what a caller keeps a table by, rather than a map by string. -1 past the bound on spellings kept.
   */
  readonly spelling: number;
}

/** Every word of a text in order, stopwords included, compounds split at their hyphens. */
export function words(text: string): Word[] {
  // A hand-written scan of /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/u: the regex's match objects
  // cost more than the words themselves on a 10,000-paper digest.
  const out: Word[] = [];
  const length = text.length;
  let end = 0;
  for (let i = 0; i < length; ) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    i += step;
    for (;;) {
      while (i < length && (step = wordCharLength(text, i)) > 0) i += step;
      const code = text.charCodeAt(i);
      if ((code === 39 || code === 0x2019) && i + 1 < length && (step = wordCharLength(text, i + 1)) > 0) i += 1 + step;
      else break;
    }
    const whole = text.slice(start, i);
    const possessive = whole.length > 2 && whole[whole.length - 1] === "s" && (whole[whole.length - 2] === "'" || whole[whole.length - 2] === "’");
    const raw = possessive ? whole.slice(0, -2) : whole;
    const gapBefore = hasPunctuation(text, end, start, true);
    const hyphenBefore = out.length > 0 && start - end === 1 && isHyphen(text.charCodeAt(end));
    out.push(wordOf(raw, gapBefore, hyphenBefore));
    end = i;
  }
  return out;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Words as written, each with its four variants (gap before or not, hyphen before or not).
 * A collection repeats its vocabulary in every abstract, and Words are immutable, so one
 * object serves every occurrence: 10,000 abstracts make a few tens of thousands of Words,
 * not two million.
 */
const WORDS = new Map<string, Spelling>();

/** A spelling's number (see `Word.spelling`) and Words: one for each of the four variants, made when first met. */
interface Spelling {
  raw: string;
  number: number;
  variants: (Word | undefined)[];
}

function spellingOf(raw: string): Spelling {
  let spelling = WORDS.get(raw);
  if (spelling === undefined) {
    // Bounded: a language has far fewer distinct words than this.
    const kept = WORDS.size < 200_000;
    spelling = { raw, number: kept ? WORDS.size : -1, variants: [undefined, undefined, undefined, undefined] };
    if (kept) WORDS.set(raw, spelling);
  }
  return spelling;
}

/** How many spellings have a number so far: the size of a table by `Word.spelling`. */
export function spellingCount(): number {
  return WORDS.size;
}

function wordOf(raw: string, gapBefore: boolean, hyphenBefore: boolean): Word {
  return variant(spellingOf(raw), gapBefore, hyphenBefore);
}

function variant({ raw, number, variants }: Spelling, gapBefore: boolean, hyphenBefore: boolean): Word {
  const slot = (gapBefore ? 2 : 0) + (hyphenBefore ? 1 : 0);
  let word = variants[slot];
  if (word === undefined) {
    const known = variants.find((variant) => variant !== undefined);
    if (known) word = { ...known, gapBefore, hyphenBefore };
    else {
      const lower = raw.toLowerCase();
      const stemmed = stem(lower);
      const content = !(isStopword(stemmed) || isStopword(lower) || stemmed.length < 2 || /^\d+$/.test(stemmed));
      word = { stem: stemmed, raw, surface: surfaceOf(raw), content, gapBefore, hyphenBefore, spelling: number };
    }
    variants[slot] = word;
  }
  return word;
}

/** UTF-16 units of the letter or digit at `i`, or 0 when none starts there. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? ASCII_WORD_CHAR[code]! : otherWordCharLength(text, i, code);
}

const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));

/** Beyond ASCII: 0 unknown, 1 a letter or digit, 2 neither — asked of the regex once per character. */
const BMP_WORD_CHAR = new Uint8Array(0x10000);

function otherWordCharLength(text: string, i: number, code: number): number {
  if (code < 0xd800 || code > 0xdfff) {
    let known = BMP_WORD_CHAR[code]!;
    if (known === 0) BMP_WORD_CHAR[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
  const point = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/** A paper's words, title then abstract, with a break between them that no phrase spans. */
export function paperWords(title: readonly Word[], abstract: readonly Word[]): Word[] {
  const all = title.concat(abstract);
  if (abstract.length > 0) all[title.length] = wordOf(abstract[0]!.raw, true, false);
  return all;
}

/** A paper's text as the model reads it once: the abstract as plain text (LaTeX and Markdown read, so "textbf" is no term), split into words. */
export interface PaperText {
  /** The title without the kind of article it announces (see `titleSubject`). */
  title: string;
  /** The plain abstract. */
  abstract: string;
  words: { title: Word[]; abstract: Word[] };
  /** Title then abstract (see `paperWords`). */
  all: Word[];
}

export function readPaperText(paper: { title: string; abstract: string }): PaperText {
  const plain = plainAbstract(paper.abstract);
  const subject = titleSubject(paper.title);
  const title = words(subject);
  const abstract = words(plain);
  return { title: subject, abstract: plain, words: { title, abstract }, all: paperWords(title, abstract) };
}

/** "Brief communication: …", "Technical note: …": the kind of article a title announces, not what it is about (nor a method's name). */
const ARTICLE_KIND = /^(?:(?:brief|short|rapid)\s+communications?|(?:technical|research|short)\s+notes?|research\s+letters?|commentary|perspective|editorial|correspondence|opinion|erratum|corrigendum|case\s+report)\s*:\s*/i;

/** A title without the kind of article it announces. */
export function titleSubject(title: string): string {
  return title.replace(ARTICLE_KIND, "");
}
