/**
 * Which of the collection's terms a reader should see, and how: the one place that decides
 * whether a term is a term — a method, task, dataset or concept — or a word that only helps
 * similarity (a stopword-like word, a fragment, an adjective alone, a verb).
 *
 * The vectors count every content word, every part of a hyphenated compound and every pair
 * of adjacent content words: right for similarity, wrong to show. "non" and "bench" are
 * parts of "non-linear" and "SWE-bench"; "long short-term" and "short-term memory" are two
 * halves of "long short-term memory"; "trained neural" ends in an adjective; "finally" and
 * "call" are an adverb and a verb. None of this is a list of bad words: it is read from how
 * the collection itself uses each word (two passes over its words, linear in its length),
 * and from how a term spreads over the nearest-neighbour graph (a word that links papers no
 * nearer than chance, like "user" or "training" in most collections, is no reason).
 */

import { keysRepeat, phraseKey } from "./phrase-keys.ts";
import { termsInCommon } from "./related.ts";
import { pairTerm } from "./terms.ts";
import type { Corpus } from "./vectors.ts";
import { ADJECTIVE_ENDING, ADVERB_ENDING, BEFORE_ADJECTIVE, BEFORE_OBJECT, BEFORE_VERB, EVALUATION_NOUNS, LINK_WORDS, PARTICIPLE_ENDING, stem } from "./vocabulary.ts";
import type { Word } from "./words.ts";

/** A term as a reader should see it. */
export interface ShownTerm {
  /** "long short-term memory", "KAN", "mixture of experts". */
  text: string;
  /** More than one word (or a hyphenated compound): says more than a word about a subject. */
  phrase: boolean;
  /** A coined name or acronym ("KAN", "OSWorld", "MLP-Mixer"). */
  name: boolean;
  /**
   * What papers are evaluated on or by rather than about: a name the collection evaluates on
   * ("on OSWorld", "the GAIA benchmark"), or a measure it reports figures for ("an RMSE of
   * 0.12", "mean absolute error (MAE) of 3.1").
   */
  evaluation: boolean;
  /**
   * Its papers are each other's nearest neighbours well beyond chance: it says what a part of
   * the collection is about, so it can explain why two papers are related or name a topic.
   * A term that is not ("gradient descent" in a review of machine learning) may still match
   * papers to a topic.
   */
  specific: boolean;
}

/** Share of a term's uses that one longer phrase must hold for the term to be shown as it. */
const COMPLETION_SHARE = 0.6;
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
/**
 * How much more often than chance neighbouring papers share a term for it to explain why
 * they are near (see `neighbourLift`) — or, in a collection too small for that to be
 * possible, this share of the way from chance to the most it could.
 */
const MIN_NEIGHBOUR_LIFT = 2.5;
const MIN_ATTAINABLE_SHARE = 0.75;
/** Below this, a term is in so many papers that no neighbours could share it beyond chance. */
const MIN_ATTAINABLE = 1.5;
/** Papers few enough for a phrase's neighbours to share it by chance. */
const FEW_PAPERS = 3;
/** Stricter for a single lower-case word, the kind every subfield shares ("quality", "cost"). */
const MIN_WORD_LIFT = 4;
/** Nearest neighbours per paper that count. */
const LIFT_NEIGHBOURS = 5;
/** Words before a link within which a term is the link's boilerplate, and the share of its uses that makes it so. */
const LINK_WINDOW = 8;
const LINKED_SHARE = 0.5;
/** Share of a term's uses that evaluate on it, or give a figure of it, for it to be a benchmark or a measure; words after it a figure may follow. */
const EVALUATED_SHARE = 0.3;
const FIGURE_WINDOW = 3;
/** Words in a phrase, at most, however far its uses continue it. */
const MAX_PHRASE_WORDS = 4;
/** Uses a word needs to be a term alone, and to be judged by its use rather than its ending as a phrase's last word. */
const MIN_USES = 3;

/** "trained", "activated": a verb's form, not a noun ("speed" and "seed" are nouns). */
const PAST_PARTICIPLE = /[^e]ed$/u;

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

export interface LexiconInput {
  corpus: Corpus;
  /** Each paper's words (see `paperWords`), in the corpus's order. */
  words: readonly (readonly Word[])[];
  /** Acronyms, short → long, as `findMentions` learns them. */
  acronyms: ReadonlyMap<string, string>;
  /** Each paper's nearest neighbours (indexes), as `relatedPapers` finds them. */
  neighbours: readonly (readonly { index: number }[])[];
}

export class Lexicon {
  readonly acronyms: ReadonlyMap<string, string>;
  private readonly corpus: Corpus;
  // Per term id, from the passes over the words (see `countUses`).
  private readonly uses: Int32Array;
  private readonly asPart: Int32Array;
  private readonly ends: Int32Array;
  private readonly alone: Int32Array;
  private readonly verbCues: Int32Array;
  private readonly adjectiveCues: Int32Array;
  private readonly ofAfter: Int32Array;
  private readonly evaluated: Int32Array;
  /** Uses with a figure just before or after: a measure ("accuracy of 91%", "FID 7.4"). */
  private readonly measured: Int32Array;
  /** Uses just before a link: the boilerplate of "source code", "project page". */
  private readonly linked: Int32Array;
  /** Uses of a word written in lower case, and with a capital after the start of its sentence. */
  private readonly lowercase: Int32Array;
  private readonly capitalised: Int32Array;
  private readonly surfaces: (string | undefined)[] = [];
  private readonly right: Extension;
  private readonly left: Extension;
  /** Term id → how much more often than chance neighbours share it, and the most they could. */
  private readonly lift: Float64Array;
  private readonly attainable: Float64Array;
  /** Units (term ids) of each term: one for a word or compound, two for a pair. */
  private readonly units: (readonly number[] | undefined)[] = [];
  private readonly judged: (ShownTerm | null | undefined)[] = [];
  /** Each shown term's key for telling repeats apart (see `reasons`). */
  private readonly keys: (string | undefined)[] = [];
  /** An extension id above this is "of" + the unit (`id - OF`). */
  private readonly OF: number;

  constructor(input: LexiconInput) {
    const { corpus, words, acronyms, neighbours } = input;
    this.corpus = corpus;
    this.acronyms = acronyms;
    const size = corpus.vocabulary.terms.length;
    this.OF = size;
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
    ({ lift: this.lift, attainable: this.attainable } = neighbourLift(corpus, neighbours));
  }

  /** The term as a reader should see it, completed if it is part of a longer phrase; null when it is no term at all. */
  shown(id: number): ShownTerm | null {
    let verdict = this.judged[id];
    if (verdict === undefined) this.judged[id] = verdict = this.judge(id);
    return verdict;
  }

  /**
   * Why papers `p` and `q` are related: the first `limit` terms they share, strongest first,
   * that a reader should see, specific to a part of the collection, each saying something new.
   */
  reasons(p: number, q: number, limit: number): string[] {
    const chosen: string[] = [];
    const keys: string[] = [];
    const specific = (id: number) => this.shown(id)?.specific === true;
    for (const id of termsInCommon(this.corpus.vectors[p]!, this.corpus.vectors[q]!, specific)) {
      // As `repeats` decides, keyed once per term: one phrase holds the other, acronyms spelled out.
      const key = (this.keys[id] ??= phraseKey(this.shown(id)!.text, this.acronyms));
      if (keys.some((other) => keysRepeat(other, key))) continue;
      chosen.push(this.shown(id)!.text);
      keys.push(key);
      if (chosen.length === limit) break;
    }
    return chosen;
  }

  /**
   * A phrase as a sentence writes it: capitalised words in lower case ("In-context learning"
   * → "in-context learning"), but for the proper nouns the collection capitalises mid-sentence
   * ("Kolmogorov-Arnold networks"); acronyms and coined names keep their capitals.
   */
  inSentence(phrase: string): string {
    return phrase.replace(/\p{Lu}\p{Ll}+/gu, (word, at: number) => {
      if (at > 0 && /[\p{L}\p{N}]/u.test(phrase[at - 1]!)) return word;
      const lower = word.toLowerCase();
      const id = this.idOf(stem(lower));
      return id !== undefined && this.isProper(id) ? word : lower;
    });
  }

  /**
   * A phrase as a heading names a kind of thing: its last word in the plural when the
   * collection writes that word in the plural at least half as often ("diffusion models",
   * but "synthetic data", "speech synthesis").
   */
  asHeading(phrase: string): string {
    const last = phrase.split(/[\s-]/u).at(-1)!;
    if (!/^\p{Ll}{3,}$/u.test(last) || stem(last) !== last) return phrase;
    const { surfaces } = this.corpus.vocabulary;
    const plural = /[^aeiou]y$/u.test(last) ? `${last.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/u.test(last) ? `${last}es` : `${last}s`;
    if (stem(plural) !== last || surfaces.times(last, plural) < 0.5 * Math.max(1, surfaces.times(last, last))) return phrase;
    return `${phrase.slice(0, -last.length)}${plural}`;
  }

  /** Term id of a vocabulary term ("stem stem"), if the collection has it. */
  idOf(term: string): number | undefined {
    return this.corpus.vocabulary.idOf.get(term);
  }

  /**
   * The first pass over one paper's words: cut them into units (a word, or words joined by
   * hyphens: "text-to-speech"), count how each unit and pair is used, and vote for what
   * follows and precedes it. Returns the units, for the second pass.
   */
  private countUses(sequence: readonly Word[]): Units {
    const { idOf } = this.corpus.vocabulary;
    // At most one unit per word; cut to size at the end.
    const ids = new Int32Array(sequence.length);
    const flags = new Uint8Array(sequence.length);
    const keys: string[] = [];
    const starts: number[] = [];
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
          const partId = idOf.get(part.stem);
          if (partId === undefined) continue;
          this.asPart[partId]!++;
          this.countCase(partId, part, before);
        }
      }
      ids[n] = idOf.get(key) ?? OTHER;
      flags[n] = (j - i > 1 || sequence[i]!.content ? CONTENT : 0) | (sequence[i]!.gapBefore ? GAP : 0) | (key === "of" ? OF_WORD : 0);
      keys.push(key);
      starts.push(i);
      i = j;
    }
    const pairs = new Int32Array(n).fill(-1);
    const units: Units = { ids: ids.slice(0, n), pairs, flags: flags.slice(0, n) };
    const wordBefore = (k: number) => (starts[k]! > 0 && !sequence[starts[k]!]!.gapBefore ? sequence[starts[k]! - 1] : undefined);
    const wordAfter = (k: number) => (k + 1 < n && !sequence[starts[k + 1]!]!.gapBefore ? sequence[starts[k + 1]!] : undefined);
    // Where the next link starts ("Code is available at https://…", "Project page: www…").
    const nextLink = linkStarts(sequence);
    const beforeLink = (k: number) => nextLink[starts[k]!]! - starts[k]! <= LINK_WINDOW;

    for (let k = 0; k < n; k++) {
      if (!(units.flags[k]! & CONTENT)) continue;
      const id = units.ids[k]!;
      const first = !joined(units, k);
      const last = !joined(units, k + 1);
      if (id >= 0) {
        this.uses[id]!++;
        if (last) this.ends[id]!++;
        if (first && last) this.alone[id]!++;
        const previous = wordBefore(k);
        const next = wordAfter(k);
        // Function words are their own stems: no lower-casing of each word.
        if ((previous && BEFORE_VERB.has(previous.stem)) || (next && !next.content && BEFORE_OBJECT.has(next.stem))) this.verbCues[id]!++;
        if ((previous && BEFORE_ADJECTIVE.has(previous.stem)) || next?.stem === "than") this.adjectiveCues[id]!++;
        if (next && next.stem === "of") this.ofAfter[id]!++;
        if (beforeLink(k)) this.linked[id]!++;
        // A word's case (a compound's is its parts').
        if ((k + 1 < n ? starts[k + 1]! : sequence.length) - starts[k]! === 1) this.countCase(id, sequence[starts[k]!]!, previous);
        if (previous?.stem === "on" || (k + 1 < n && EVALUATION_NOUNS.has(keys[k + 1]!) && !last)) this.evaluated[id]!++;
        if (nearFigure(sequence, starts[k]!, k + 1 < n ? starts[k + 1]! : sequence.length)) this.measured[id]!++;
      }
      // The pair this unit opens, if the vocabulary has it.
      if (!last) {
        const pair = idOf.get(pairTerm(keys[k]!, keys[k + 1]!));
        if (pair === undefined) continue;
        pairs[k] = pair;
        this.uses[pair]!++;
        if (!joined(units, k + 2)) this.ends[pair]!++;
        if (beforeLink(k)) this.linked[pair]!++;
        if (nearFigure(sequence, starts[k]!, k + 2 < n ? starts[k + 2]! : sequence.length)) this.measured[pair]!++;
      }
    }
    this.seeExtensions(units, 0);
    return units;
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

  /** The units of term `id`: its words and compounds, as term ids. */
  private unitsOf(id: number): readonly number[] | undefined {
    let units = this.units[id];
    if (units === undefined) {
      const parts = this.corpus.vocabulary.terms[id]!.split(" ");
      const ids = parts.map((part) => this.corpus.vocabulary.idOf.get(part));
      units = ids.every((unit) => unit !== undefined) ? (ids as number[]) : [];
      this.units[id] = units;
    }
    return units.length > 0 ? units : undefined;
  }

  /** How the collection writes a term, a proper noun capitalised ("Kolmogorov Arnold", "Fourier features"). */
  private surface(id: number): string {
    let shown = this.surfaces[id];
    if (shown === undefined) {
      const { terms, surfaces, idOf } = this.corpus.vocabulary;
      // Each word as the collection writes it mid-sentence: a name keeps its capitals ("MLP-Mixer",
      // "SWE-bench"); a compound in a title's case is lowered ("Text-to-Speech"), but for its
      // proper nouns ("Kolmogorov-Arnold").
      shown = this.surfaces[id] = surfaces
        .get(terms[id]!)
        .split(" ")
        .map((word) =>
          /\p{Lu}/u.test(word) && isName(word)
            ? word
            : word
                .split("-")
                .map((part) => {
                  const unit = idOf.get(stem(part.toLowerCase()));
                  const proper = unit !== undefined && this.isProper(unit);
                  if (proper) return capitalise(part);
                  return /^\p{Lu}\p{Ll}+$/u.test(part) ? part.toLowerCase() : part;
                })
                .join("-"),
        )
        .join(" ");
    }
    return shown;
  }

  /** A word the collection writes with a capital and never in lower case: a name ("Kolmogorov", "Gaussian"). */
  private isProper(unit: number): boolean {
    return this.capitalised[unit]! >= 2 && this.lowercase[unit] === 0;
  }

  /** A unit before another, as a modifier is written: singular ("dataset size", not "datasets size"). */
  private modifier(unit: number): string {
    const surface = this.surface(unit);
    const term = this.corpus.vocabulary.terms[unit]!;
    return surface === surface.toLowerCase() && !term.includes("-") && surface !== term ? term : surface;
  }

  /**
   * The longer phrase a term stands for: a term that nearly always continues the same way
   * ("long short-term" → memory, "mixture" → of experts) is a fragment of that phrase. The
   * likelier side first; the phrase grows from the uses of the pair at each end ("recurrent"
   * → "recurrent neural" → "recurrent neural networks"; "memory layers" → "short-term memory
   * layers" → "long short-term memory layers"), to four words at most. Every two adjacent
   * words of the result are a pair the vocabulary has (used by two papers at least).
   */
  private complete(id: number): { text: string; units: number[] } {
    const { terms } = this.corpus.vocabulary;
    const units = [...(this.unitsOf(id) ?? [id])];
    let text = this.surface(id);
    // The term whose uses say what comes next at each end.
    let rightEnd = id;
    let leftEnd = id;
    const closed = { right: false, left: false };
    while (units.length < MAX_PHRASE_WORDS) {
      const sides = [
        { right: true, extension: closed.right ? -1 : this.right.dominant(rightEnd, this.uses[rightEnd]!), hits: this.right.hitsOf(rightEnd) },
        { right: false, extension: closed.left ? -1 : this.left.dominant(leftEnd, this.uses[leftEnd]!), hits: this.left.hitsOf(leftEnd) },
      ]
        .filter((side) => side.extension >= 0)
        // A word beside it before an "of" after it: "Kronecker product", not "product of tools".
        .sort((a, b) => Number(a.extension >= this.OF) - Number(b.extension >= this.OF) || b.hits - a.hits);
      const side = sides[0];
      if (!side) break;
      const { right, extension } = side;
      if (extension >= this.OF) {
        // "mixture of experts", "chain of thought": a single noun and its "of", never a longer phrase.
        if (right && units.length === 1) {
          const unit = extension - this.OF;
          text = `${text} of ${this.surface(unit)}`;
          units.push(unit);
        }
        break;
      }
      const pair = this.idOf(right ? pairTerm(terms[units.at(-1)!]!, terms[extension]!) : pairTerm(terms[extension]!, terms[units[0]!]!));
      if (pair === undefined) {
        closed[right ? "right" : "left"] = true;
        continue;
      }
      if (units.length === 1) {
        // A word grown into a pair: the pair as written, and its uses at both ends from now on.
        text = this.surface(pair);
        rightEnd = leftEnd = pair;
      } else if (right) {
        text = `${text} ${this.surface(extension)}`;
        rightEnd = pair;
      } else {
        text = `${this.modifier(extension)} ${text}`;
        leftEnd = pair;
      }
      if (right) units.push(extension);
      else units.unshift(extension);
    }
    return { text, units };
  }

  private judge(id: number): ShownTerm | null {
    const own = this.unitsOf(id) ?? [id];
    // What an abstract says before its links: "source code", "project page", "demo".
    if (this.linked[id]! >= LINKED_SHARE * this.uses[id]! && this.linked[id]! > 0) return null;
    const { text, units } = this.complete(id);
    const name = units.some((unit) => isName(this.surface(unit)));
    // A pair that never ends where it stops, and no one phrase completes: "efficient model" of
    // "efficient model adaptation", "efficient model compression"…
    if (own.length > 1 && units.length === own.length && this.uses[id]! > 0 && this.ends[id]! < PHRASE_HEAD_SHARE * this.uses[id]!) return null;
    // A lower-case word must link neighbours most clearly: every field's abstracts share
    // "quality", "cost" or "distribution" within a subfield.
    const word = units.length === 1 && !name && !this.corpus.vocabulary.terms[units[0]!]!.includes("-");
    // A phrase of a few papers links them by chance as easily as by subject; it must also have
    // a word that links papers ("graph neural networks", not "core component" or "substantial
    // performance degradation", two or three papers each, all of their words everyday ones).
    const specific =
      this.linksNeighbours(id, word ? MIN_WORD_LIFT : MIN_NEIGHBOUR_LIFT) &&
      (units.length === 1 || this.corpus.vocabulary.df[id]! > FEW_PAPERS || units.some((unit) => this.linksNeighbours(unit, MIN_WORD_LIFT)));
    if (units.length === 1) {
      const unit = units[0]!;
      if (!this.standsAlone(unit)) return null;
      const compound = this.corpus.vocabulary.terms[unit]!.includes("-");
      return { text, phrase: compound, name, evaluation: (name && this.isEvaluated(unit)) || this.isMeasure(id), specific };
    }
    if (!this.opens(units[0]!) || !this.heads(units.at(-1)!)) return null;
    // No verb inside ("memory cells keep context"), nor an abbreviation in lower case ("et al").
    if (units.some((unit) => !isName(this.surface(unit)) && (this.isVerb(unit) || /^\p{Ll}{1,2}$/u.test(this.surface(unit))))) return null;
    return { text, phrase: true, name, evaluation: this.isMeasure(id), specific };
  }

  /** Whether papers with term `id` have it in common with their nearest neighbours well beyond chance (see `neighbourLift`). */
  private linksNeighbours(id: number, minLift: number): boolean {
    const lift = this.lift[id]!;
    const attainable = this.attainable[id]!;
    return lift >= minLift || (attainable >= MIN_ATTAINABLE && lift - 1 >= MIN_ATTAINABLE_SHARE * (attainable - 1));
  }

  /** A word or compound that can be a term by itself: a name, or a noun the collection uses as one. */
  private standsAlone(unit: number): boolean {
    const surface = this.surface(unit);
    const uses = this.uses[unit]!;
    // Mostly a part of compounds ("non", "self", "bench"), or never written alone.
    if (this.asPart[unit]! >= uses) return false;
    // A name stands alone, unless it is a compound that modifies what follows ("MLP-based", "LLM-driven").
    if (isName(surface)) return !surface.includes("-") || this.ends[unit]! >= PHRASE_HEAD_SHARE * uses;
    // Between punctuation and function words, never beside another content word: "finally", "pro".
    if (uses >= 2 && this.alone[unit]! >= ISOLATED_SHARE * uses) return false;
    if (this.isVerb(unit) || this.ofAfter[unit]! >= OF_SHARE * uses) return false;
    const last = surface.split("-").at(-1)!;
    if (ADVERB_ENDING.test(last) || PAST_PARTICIPLE.test(last)) return false;
    // Too rare for its use to say what it is ("suggest", "tale"), or a size ("7B", "3D").
    if (uses < MIN_USES || /^\p{N}/u.test(surface)) return false;
    const headShare = this.ends[unit]! / uses;
    if (headShare < HEAD_SHARE || this.adjectiveCues[unit]! >= ADJECTIVE_SHARE * uses) return false;
    if (ADJECTIVE_ENDING.test(last) && headShare < 0.6) return false;
    if (/ing$/u.test(last) && headShare < 0.5) return false;
    return true;
  }

  /** A unit that can open a phrase: not a verb or adverb ("enable scalable", "finally trained"). */
  private opens(unit: number): boolean {
    const surface = this.surface(unit);
    if (isName(surface)) return true;
    return !this.isVerb(unit) && !ADVERB_ENDING.test(surface);
  }

  /** A unit that can end a phrase: a noun, not an adjective ("trained neural", "long short-term") or a participle ("governing"). */
  private heads(unit: number): boolean {
    const surface = this.surface(unit);
    if (isName(surface)) return true;
    const uses = this.uses[unit]!;
    const last = surface.split("-").at(-1)!;
    if (ADVERB_ENDING.test(last) || PAST_PARTICIPLE.test(last)) return false;
    if (uses < MIN_USES) return !ADJECTIVE_ENDING.test(last) && !PARTICIPLE_ENDING.test(last);
    const headShare = this.ends[unit]! / uses;
    if (headShare < PHRASE_HEAD_SHARE || (this.verbCues[unit]! >= 2 && this.verbCues[unit]! >= HEAD_VERB_SHARE * uses)) return false;
    if (this.adjectiveCues[unit]! >= 2 && this.adjectiveCues[unit]! >= ADJECTIVE_SHARE * uses) return false;
    return !(ADJECTIVE_ENDING.test(last) && headShare < 0.4);
  }

  /** Twice at least: "to" is a preposition too ("applied to inorganic materials"). */
  private isVerb(unit: number): boolean {
    const cues = this.verbCues[unit]!;
    return cues >= 2 && cues >= VERB_SHARE * this.uses[unit]!;
  }

  private isEvaluated(unit: number): boolean {
    const uses = this.uses[unit]!;
    return uses > 0 && this.evaluated[unit]! >= EVALUATED_SHARE * uses;
  }

  private isMeasure(id: number): boolean {
    const uses = this.uses[id]!;
    return this.measured[id]! >= 2 && this.measured[id]! >= EVALUATED_SHARE * uses;
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

/** For each word of a sequence, where the next link starts (Infinity if none does). */
function linkStarts(sequence: readonly Word[]): number[] {
  const next: number[] = new Array<number>(sequence.length + 1).fill(Infinity);
  for (let i = sequence.length - 1; i >= 0; i--) next[i] = LINK_WORDS.has(sequence[i]!.stem) ? i : next[i + 1]!;
  return next;
}

/**
 * A coined name or acronym as written: a capital inside a word, or letters and digits ("KAN",
 * "OSWorld", "MLP-Mixer", "GPT-4"); not a compound in title case ("Parameter-Efficient").
 */
export function isName(surface: string): boolean {
  // Letters and digits: "T5", "CodeGen2", but not a size or a dimension ("7B", "3D").
  return surface.split(/[-\s]/u).some((part) => /\p{L}\p{Lu}/u.test(part) || (/^\p{L}/u.test(part) && /\p{N}/u.test(part)));
}

/** Written in lower case: as its surface, which keeps only inner capitals, and with no capital first. */
function isLower(word: Word): boolean {
  if (word.raw !== word.surface) return false;
  const first = word.raw.charCodeAt(0);
  return !(first >= 65 && first <= 90) && !(first > 127 && word.raw[0] !== word.raw[0]!.toLowerCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
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

/**
 * For each term, how much more often than chance a paper's nearest neighbours have it when
 * the paper has it — and how much more they could: a term that says what a part of the
 * collection is about links neighbours; a word every kind of paper uses links them no more
 * than it links any two papers. Only the nearest few neighbours count, so the figure means
 * the same whatever the length of the lists; smoothed by one link, so a term of two papers
 * must have linked them both ways.
 */
function neighbourLift(corpus: Corpus, neighbours: readonly (readonly { index: number }[])[]): { lift: Float64Array; attainable: Float64Array } {
  const { vectors, vocabulary } = corpus;
  const size = vocabulary.terms.length;
  const n = vectors.length;
  const shared = new Float64Array(size);
  const from = new Float64Array(size);
  let links = 0;
  neighbours.forEach((list, p) => {
    const a = vectors[p]!.ids;
    const near = Math.min(list.length, LIFT_NEIGHBOURS);
    links += near;
    for (let k = 0; k < a.length; k++) from[a[k]!]! += near;
    for (let r = 0; r < near; r++) {
      const b = vectors[list[r]!.index]!.ids;
      // Both id lists are sorted: one merge.
      for (let i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] === b[j]) {
          shared[a[i]!]!++;
          i++;
          j++;
        } else if (a[i]! < b[j]!) i++;
        else j++;
      }
    }
  });
  const lift = new Float64Array(size);
  const attainable = new Float64Array(size);
  // With no neighbours to learn from (one paper, or none asked), every term passes.
  if (links === 0 || n < 2) return { lift: lift.fill(Infinity), attainable: attainable.fill(Infinity) };
  const perPaper = links / n;
  for (let id = 0; id < size; id++) {
    const df = vocabulary.df[id]!;
    // Links from the term's papers that land on another of its papers by chance, and at best.
    const expected = (from[id]! * (df - 1)) / (n - 1);
    const best = from[id]! * Math.min(1, (df - 1) / perPaper);
    lift[id] = (shared[id]! + 1) / (expected + 1);
    attainable[id] = (best + 1) / (expected + 1);
  }
  return { lift, attainable };
}
