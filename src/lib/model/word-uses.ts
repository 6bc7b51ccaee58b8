/**
 * How the collection uses each of its terms, counted in two passes over its words (linear in
 * their length) for the `Lexicon`: how often a term is used, ends its run of content words,
 * stands alone, follows a verb's or an adjective's cue, comes before "of", a link or a
 * figure, is written in lower case or capitalised, and what most often follows and precedes
 * it. `word-kinds` reads these counts as what kind of word a term is.
 */

import { pairTerm } from "./terms.ts";
import type { Corpus } from "./vectors.ts";
import { BEFORE_ADJECTIVE, BEFORE_OBJECT, BEFORE_VERB, EVALUATION_NOUNS, LINK_WORDS } from "./vocabulary.ts";
import { spellingCount, type Word } from "./words.ts";

/** Share of a term's uses that one longer phrase must hold for the term to be shown as it. */
const COMPLETION_SHARE = 0.6;
/** Words before a link within which a term is the link's boilerplate (see `isBoilerplate`). */
const LINK_WINDOW = 8;
/** Words after a term a figure may follow for the use to give a figure of it (see `isMeasure`). */
const FIGURE_WINDOW = 3;

/** A paper's words as units (see `countUses`): term ids (or OTHER), the pair each opens (or -1), and flags. */
interface Units {
  ids: Int32Array;
  pairs: Int32Array;
  flags: Uint8Array;
}

const CONTENT = 1;
/** Punctuation other than a hyphen before the unit. */
const GAP = 2;
/** The unit is the word "of". */
const OF_WORD = 4;

/** Whether unit `k` continues the run of content units before it. */
function joined(units: Units, k: number): boolean {
  const { flags } = units;
  return k > 0 && k < flags.length && (flags[k]! & CONTENT) !== 0 && (flags[k - 1]! & CONTENT) !== 0 && (flags[k]! & GAP) === 0;
}

/** Sentinel extensions: the run ends (or starts) there; a word outside the vocabulary. */
const BREAK = -1;
const OTHER = -2;
/** A spelling not looked up yet (see `idOfWord`). */
const UNSEEN = -3;

/** The function words that cue how a content word beside them is used (see `countUnit`), as bits. */
const VERB_CUE = 1;
const OBJECT_CUE = 2;
const ADJECTIVE_CUE = 4;
const LINK_CUE = 8;
/** Set for every spelling asked already (see `cuesOf`). */
const KNOWN = 128;

function cuesOfStem(stem: string): number {
  return (
    KNOWN |
    (BEFORE_VERB.has(stem) ? VERB_CUE : 0) |
    (BEFORE_OBJECT.has(stem) ? OBJECT_CUE : 0) |
    (BEFORE_ADJECTIVE.has(stem) ? ADJECTIVE_CUE : 0) |
    (LINK_WORDS.has(stem) ? LINK_CUE : 0)
  );
}

/** One paper's words cut into units, with each unit's key (its stems, hyphenated) and first word. */
interface CutWords {
  sequence: readonly Word[];
  units: Units;
  keys: string[];
  starts: Int32Array;
  /** For each word, where the next link starts ("Code is available at https://…", "Project page: www…"). */
  nextLink: Float64Array;
}

/** Where the words after unit `k` start. */
function unitEnd(cut: CutWords, k: number): number {
  return k + 1 < cut.units.ids.length ? cut.starts[k + 1]! : cut.sequence.length;
}

/** Whether unit `k` is within a few words before a link. */
function beforeLink(cut: CutWords, k: number): boolean {
  const { nextLink, starts } = cut;
  return nextLink[starts[k]!]! - starts[k]! <= LINK_WINDOW;
}

export class WordUses {
  // Per term id.
  readonly uses: Int32Array;
  readonly asPart: Int32Array;
  readonly ends: Int32Array;
  readonly alone: Int32Array;
  readonly verbCues: Int32Array;
  readonly adjectiveCues: Int32Array;
  readonly ofAfter: Int32Array;
  readonly evaluated: Int32Array;
  /** Uses with a figure just before or after: a measure ("accuracy of 91%", "FID 7.4"). */
  readonly measured: Int32Array;
  /** Uses just before a link: the boilerplate of "source code", "project page". */
  readonly linked: Int32Array;
  /** Uses of a word written in lower case, and with a capital after the start of its sentence. */
  readonly lowercase: Int32Array;
  readonly capitalised: Int32Array;
  /** What follows and what precedes each term (see `Extension`). */
  readonly right: Extension;
  readonly left: Extension;
  /** An extension id above this is "of" + the unit (`id - OF`). */
  readonly OF: number;
  private readonly idOf: ReadonlyMap<string, number>;
  /** Per spelling of a word (see `Word.spelling`), the term id of its stem, OTHER, or UNSEEN (see `idOfWord`). */
  private readonly idBySpelling: Int32Array;
  /** Per spelling of a word, the cues it gives (see `cuesOf`), 0 when not asked yet. */
  private readonly cuesBySpelling: Uint8Array;
  /** Per term id, the pair ids (or -1: not in the vocabulary) of the terms seen after it (see `pairId`). */
  private readonly pairsAfter: (Map<number, number> | undefined)[];

  constructor(corpus: Corpus, words: readonly (readonly Word[])[]) {
    const size = corpus.vocabulary.terms.length;
    this.idOf = corpus.vocabulary.idOf;
    this.OF = size;
    this.pairsAfter = new Array<Map<number, number> | undefined>(size).fill(undefined);
    this.idBySpelling = new Int32Array(spellingCount()).fill(UNSEEN);
    this.cuesBySpelling = new Uint8Array(spellingCount());
    this.uses = new Int32Array(size);
    this.asPart = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.alone = new Int32Array(size);
    this.verbCues = new Int32Array(size);
    this.adjectiveCues = new Int32Array(size);
    this.ofAfter = new Int32Array(size);
    this.evaluated = new Int32Array(size);
    this.measured = new Int32Array(size);
    this.linked = new Int32Array(size);
    this.lowercase = new Int32Array(size);
    this.capitalised = new Int32Array(size);
    this.right = new Extension(size);
    this.left = new Extension(size);
    // Two passes: the first counts and elects each term's likeliest extension either side,
    // the second counts how often that extension really occurs.
    const units = words.map((sequence) => this.countUses(sequence));
    for (const paper of units) this.seeExtensions(paper, 1);
  }

  /**
   * The first pass over one paper's words: cut them into units (a word, or words joined by
   * hyphens: "text-to-speech"), count how each unit and pair is used, and vote for what
   * follows and precedes it. Returns the units, for the second pass.
   */
  private countUses(sequence: readonly Word[]): Units {
    const cut = this.cutUnits(sequence);
    const { units } = cut;
    for (let k = 0; k < units.ids.length; k++) {
      if (!(units.flags[k]! & CONTENT)) continue;
      if (units.ids[k]! >= 0) this.countUnit(cut, k);
      // The pair this unit opens, if the vocabulary has it.
      if (joined(units, k + 1)) this.countPair(cut, k);
    }
    this.seeExtensions(units, 0);
    return units;
  }

  /** One paper's words as units; the parts of its compounds are counted here, as parts. */
  private cutUnits(sequence: readonly Word[]): CutWords {
    const { idOf } = this;
    // A unit starts at the first word and at every word not joined to the one before by a hyphen.
    let count = 0;
    for (let i = 0; i < sequence.length; i++) if (i === 0 || !sequence[i]!.hyphenBefore) count++;
    const ids = new Int32Array(count);
    const flags = new Uint8Array(count);
    const keys = new Array<string>(count);
    const starts = new Int32Array(count);
    let n = 0;
    for (let i = 0; i < sequence.length; n++) {
      let j = i + 1;
      while (j < sequence.length && sequence[j]!.hyphenBefore) j++;
      let key = sequence[i]!.stem;
      if (j - i > 1) {
        // A compound's parts: counted as parts, and for their case, in the context of the whole.
        const before = i > 0 && !sequence[i]!.gapBefore ? sequence[i - 1] : undefined;
        for (let k = i; k < j; k++) {
          const part = sequence[k]!;
          if (k > i) key += `-${part.stem}`;
          if (!part.content) continue;
          const partId = this.idOfWord(part);
          if (partId < 0) continue;
          this.asPart[partId]!++;
          this.countCase(partId, part, before);
        }
      }
      ids[n] = j - i > 1 ? (idOf.get(key) ?? OTHER) : this.idOfWord(sequence[i]!);
      flags[n] = (j - i > 1 || sequence[i]!.content ? CONTENT : 0) | (sequence[i]!.gapBefore ? GAP : 0) | (key === "of" ? OF_WORD : 0);
      keys[n] = key;
      starts[n] = i;
      i = j;
    }
    const units: Units = { ids, pairs: new Int32Array(n).fill(-1), flags };
    return { sequence, units, keys, starts, nextLink: this.linkStarts(sequence) };
  }

  /** The term id of a word's stem, or OTHER: by its spelling, once per spelling, as most words are met many times. */
  private idOfWord(word: Word): number {
    const { spelling } = word;
    if (spelling < 0 || spelling >= this.idBySpelling.length) return this.idOf.get(word.stem) ?? OTHER;
    let id = this.idBySpelling[spelling]!;
    if (id === UNSEEN) this.idBySpelling[spelling] = id = this.idOf.get(word.stem) ?? OTHER;
    return id;
  }

  /** The cues a word gives (see `cuesOfStem`): by its spelling, once per spelling, as most words are met many times. */
  private cuesOf(word: Word): number {
    const { spelling } = word;
    if (spelling < 0 || spelling >= this.cuesBySpelling.length) return cuesOfStem(word.stem);
    let cues = this.cuesBySpelling[spelling]!;
    if (cues === 0) this.cuesBySpelling[spelling] = cues = cuesOfStem(word.stem);
    return cues;
  }

  /** For each word of a sequence, where the next link starts (Infinity if none does). */
  private linkStarts(sequence: readonly Word[]): Float64Array {
    const next = new Float64Array(sequence.length + 1).fill(Infinity);
    for (let i = sequence.length - 1; i >= 0; i--) next[i] = (this.cuesOf(sequence[i]!) & LINK_CUE) !== 0 ? i : next[i + 1]!;
    return next;
  }

  /** How content unit `k`, a term of the vocabulary, is used: where it stands, what is beside it. */
  private countUnit(cut: CutWords, k: number): void {
    const { sequence, units, keys, starts } = cut;
    const n = units.ids.length;
    const id = units.ids[k]!;
    const first = !joined(units, k);
    const last = !joined(units, k + 1);
    this.uses[id]!++;
    if (last) this.ends[id]!++;
    if (first && last) this.alone[id]!++;
    const previous = starts[k]! > 0 && !sequence[starts[k]!]!.gapBefore ? sequence[starts[k]! - 1] : undefined;
    const next = k + 1 < n && !sequence[starts[k + 1]!]!.gapBefore ? sequence[starts[k + 1]!] : undefined;
    // Function words are their own stems: no lower-casing of each word.
    const cuesBefore = previous ? this.cuesOf(previous) : 0;
    if ((cuesBefore & VERB_CUE) !== 0 || (next && !next.content && (this.cuesOf(next) & OBJECT_CUE) !== 0)) this.verbCues[id]!++;
    if ((cuesBefore & ADJECTIVE_CUE) !== 0 || next?.stem === "than") this.adjectiveCues[id]!++;
    if (next && next.stem === "of") this.ofAfter[id]!++;
    if (beforeLink(cut, k)) this.linked[id]!++;
    // A word's case (a compound's is its parts').
    if (unitEnd(cut, k) - starts[k]! === 1) this.countCase(id, sequence[starts[k]!]!, previous);
    if (previous?.stem === "on" || (!last && k + 1 < n && EVALUATION_NOUNS.has(keys[k + 1]!))) this.evaluated[id]!++;
    if (nearFigure(sequence, starts[k]!, unitEnd(cut, k))) this.measured[id]!++;
  }

  /** How the pair that content unit `k` opens with the next is used, if the vocabulary has it. */
  private countPair(cut: CutWords, k: number): void {
    const { sequence, units, starts } = cut;
    const pair = this.pairId(cut, k);
    if (pair < 0) return;
    units.pairs[k] = pair;
    this.uses[pair]!++;
    if (!joined(units, k + 2)) this.ends[pair]!++;
    if (beforeLink(cut, k)) this.linked[pair]!++;
    if (nearFigure(sequence, starts[k]!, unitEnd(cut, k + 1))) this.measured[pair]!++;
  }

  /** The vocabulary's id of the pair of units `k` and `k + 1`, or -1. */
  private pairId(cut: CutWords, k: number): number {
    const { units, keys } = cut;
    const first = units.ids[k]!;
    const second = units.ids[k + 1]!;
    if (first < 0 || second < 0) return this.idOf.get(pairTerm(keys[k]!, keys[k + 1]!)) ?? -1;
    // Two terms of the vocabulary: their pair looked up by name once, then by their ids.
    const after = (this.pairsAfter[first] ??= new Map());
    let pair = after.get(second);
    if (pair === undefined) after.set(second, (pair = this.idOf.get(pairTerm(keys[k]!, keys[k + 1]!)) ?? -1));
    return pair;
  }

  /** What follows and precedes each unit and pair: voted for in the first pass, counted in the second. */
  private seeExtensions(units: Units, pass: 0 | 1): void {
    const { ids, pairs, flags } = units;
    const n = ids.length;
    // "X of Y": the unit after "of" (or before it), when nothing but space is between.
    const ofRight = (k: number) => {
      const of = k + 1;
      if (of + 1 >= n || !(flags[of]! & OF_WORD) || flags[of]! & GAP || !(flags[of + 1]! & CONTENT) || flags[of + 1]! & GAP) return BREAK;
      return ids[of + 1]! >= 0 ? this.OF + ids[of + 1]! : OTHER;
    };
    const ofLeft = (k: number) => {
      const of = k - 1;
      if (of - 1 < 0 || !(flags[of]! & OF_WORD) || flags[k]! & GAP || flags[of]! & GAP || !(flags[of - 1]! & CONTENT)) return BREAK;
      return ids[of - 1]! >= 0 ? this.OF + ids[of - 1]! : OTHER;
    };
    const after = (k: number) => (joined(units, k + 1) ? ids[k + 1]! : ofRight(k));
    const before = (k: number) => (joined(units, k) ? ids[k - 1]! : ofLeft(k));
    for (let k = 0; k < n; k++) {
      if (!(flags[k]! & CONTENT)) continue;
      const id = ids[k]!;
      if (id >= 0) {
        this.right.see(id, after(k), pass);
        this.left.see(id, before(k), pass);
      }
      const pair = pairs[k]!;
      if (pair >= 0) {
        this.right.see(pair, after(k + 1), pass);
        this.left.see(pair, before(k), pass);
      }
    }
  }

  /**
   * How a word is written: in lower case, or with a leading capital after a word in lower case
   * (not the start of a sentence, nor a title in title case); `surfaceOf` lowers a word whose
   * only capital leads.
   */
  private countCase(id: number, word: Word, previous: Word | undefined): void {
    if (isLower(word)) this.lowercase[id]!++;
    else if (word.raw !== word.surface && previous && isLower(previous)) this.capitalised[id]!++;
  }
}

/**
 * Whether a figure is written just before the words `from`..`to` or soon after them: "91.2%
 * accuracy", "an RMSE of 0.12", "mean absolute error (MAE) of 3.1".
 */
function nearFigure(sequence: readonly Word[], from: number, to: number): boolean {
  if (from > 0 && isFigure(sequence[from - 1]!)) return true;
  for (let i = to; i < Math.min(sequence.length, to + FIGURE_WINDOW); i++) if (isFigure(sequence[i]!)) return true;
  return false;
}

function isFigure(word: Word): boolean {
  const first = word.raw.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** Written in lower case: as its surface, which keeps only inner capitals, and with no capital first. */
function isLower(word: Word): boolean {
  if (word.raw !== word.surface) return false;
  const first = word.raw.charCodeAt(0);
  return !(first >= 65 && first <= 90) && !(first > 127 && word.raw[0] !== word.raw[0]!.toLowerCase());
}

/**
 * What follows (or precedes) each term, elected by majority vote in one pass (Boyer–Moore:
 * one candidate and one counter per term, no map of every neighbour) and counted exactly in
 * the next.
 */
class Extension {
  private readonly candidate: Int32Array;
  private readonly votes: Int32Array;
  private readonly hits: Int32Array;

  constructor(size: number) {
    this.candidate = new Int32Array(size).fill(BREAK);
    this.votes = new Int32Array(size);
    this.hits = new Int32Array(size);
  }

  see(id: number, extension: number, pass: 0 | 1): void {
    if (pass === 1) {
      if (extension === this.candidate[id]) this.hits[id]!++;
      return;
    }
    if (this.votes[id] === 0) {
      this.candidate[id] = extension;
      this.votes[id] = 1;
    } else if (this.candidate[id] === extension) this.votes[id]!++;
    else this.votes[id]!--;
  }

  hitsOf(id: number): number {
    return this.hits[id]!;
  }

  /** The extension that holds at least COMPLETION_SHARE of the term's uses, or -1. */
  dominant(id: number, uses: number): number {
    const candidate = this.candidate[id]!;
    if (candidate < 0 || uses < 2 || this.hits[id]! < COMPLETION_SHARE * uses) return -1;
    return candidate;
  }
}
