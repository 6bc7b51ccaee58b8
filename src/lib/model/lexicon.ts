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
 * the collection itself uses each word (`word-uses` counts it, `word-kinds` reads the
 * counts), and from how a term spreads over the nearest-neighbour graph (`neighbour-lift`: a
 * word that links papers no nearer than chance, like "user" or "training" in most
 * collections, is no reason). This module completes fragments into the phrases they stand
 * for, judges each term, and answers reasons and display forms.
 */

import { linksNeighbours, MIN_NEIGHBOUR_LIFT, MIN_WORD_LIFT, neighbourLift, type NeighbourLift } from "./neighbour-lift.ts";
import { phraseKey, repeatKey, repeatKeysRepeat, type RepeatKey } from "./phrase-keys.ts";
import { takeStrongest, termsInCommon } from "./related.ts";
import { pairTerm } from "./terms.ts";
import type { Corpus, SparseVector } from "./vectors.ts";
import { isStopword, stem } from "./vocabulary.ts";
import { heads, isBoilerplate, isEvaluated, isMeasure, isName, isProper, isVerb, opens, seldomEnds, standsAlone } from "./word-kinds.ts";
import { WordUses } from "./word-uses.ts";
import type { Word } from "./words.ts";

export { isName } from "./word-kinds.ts";

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

/** Papers few enough for a phrase's neighbours to share it by chance. */
const FEW_PAPERS = 3;
/** Words in a phrase, at most, however far its uses continue it. */
const MAX_PHRASE_WORDS = 4;

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
  /** How the collection uses each term (see `WordUses`). */
  private readonly usage: WordUses;
  /** How specific each term is to a part of the collection (see `neighbourLift`). */
  private readonly lift: NeighbourLift;
  // Per term id, filled as terms are asked for; sized up front, since an array grown from
  // empty by assigning far past its end is stored as a slow dictionary.
  private readonly surfaces: (string | undefined)[];
  /** Units (term ids) of each term: one for a word or compound, two for a pair. */
  private readonly units: (readonly number[] | undefined)[];
  private readonly judged: (ShownTerm | null | undefined)[];
  /** Each shown term's key for telling repeats apart (see `reasons`). */
  private readonly keys: (RepeatKey | undefined)[];
  /** Per paper: its vector cut to its specific terms (see `specificTerms`). */
  private readonly specificVectors: (SparseVector | undefined)[];

  constructor(input: LexiconInput) {
    const { corpus, words, acronyms, neighbours } = input;
    this.corpus = corpus;
    this.acronyms = acronyms;
    const size = corpus.vocabulary.terms.length;
    this.surfaces = new Array<string | undefined>(size).fill(undefined);
    this.units = new Array<readonly number[] | undefined>(size).fill(undefined);
    this.judged = new Array<ShownTerm | null | undefined>(size).fill(undefined);
    this.keys = new Array<RepeatKey | undefined>(size).fill(undefined);
    this.specificVectors = new Array<SparseVector | undefined>(corpus.vectors.length).fill(undefined);
    this.usage = new WordUses(corpus, words);
    this.lift = neighbourLift(corpus, neighbours);
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
    const keys: RepeatKey[] = [];
    const common = termsInCommon(this.specificTerms(p), this.specificTerms(q));
    while (common.ids.length > 0) {
      const id = takeStrongest(common);
      const text = this.shown(id)!.text;
      // As `repeats` decides, keyed once per term: one phrase holds the other, acronyms spelled out.
      const key = (this.keys[id] ??= repeatKey(phraseKey(text, this.acronyms)));
      if (keys.some((other) => repeatKeysRepeat(other, key))) continue;
      chosen.push(text);
      keys.push(key);
      if (chosen.length === limit) break;
    }
    return chosen;
  }

  /**
   * Paper `p`'s vector with only its specific terms (see `ShownTerm.specific`), the only ones
   * `reasons` gives: cut once per paper, not once per pair of papers.
   */
  private specificTerms(p: number): SparseVector {
    let cut = this.specificVectors[p];
    if (cut === undefined) {
      const { ids, weights } = this.corpus.vectors[p]!;
      const kept: number[] = [];
      for (let k = 0; k < ids.length; k++) if (this.shown(ids[k]!)?.specific === true) kept.push(k);
      cut = { ids: new Int32Array(kept.length), weights: new Float64Array(kept.length) };
      kept.forEach((k, i) => {
        cut!.ids[i] = ids[k]!;
        cut!.weights[i] = weights[k]!;
      });
      this.specificVectors[p] = cut;
    }
    return cut;
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
      return id !== undefined && isProper(this.usage, id) ? word : lower;
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
                  const proper = unit !== undefined && isProper(this.usage, unit);
                  if (proper) return capitalise(part);
                  return /^\p{Lu}\p{Ll}+$/u.test(part) ? part.toLowerCase() : part;
                })
                .join("-"),
        )
        .join(" ");
    }
    return shown;
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
        { right: true, extension: closed.right ? -1 : this.usage.right.dominant(rightEnd, this.usage.uses[rightEnd]!), hits: this.usage.right.hitsOf(rightEnd) },
        { right: false, extension: closed.left ? -1 : this.usage.left.dominant(leftEnd, this.usage.uses[leftEnd]!), hits: this.usage.left.hitsOf(leftEnd) },
      ]
        .filter((side) => side.extension >= 0)
        // A word beside it before an "of" after it: "Kronecker product", not "product of tools".
        .sort((a, b) => Number(a.extension >= this.usage.OF) - Number(b.extension >= this.usage.OF) || b.hits - a.hits);
      const side = sides[0];
      if (!side) break;
      const { right, extension } = side;
      if (extension >= this.usage.OF) {
        // "mixture of experts", "chain of thought": a single noun and its "of", never a longer phrase.
        if (right && units.length === 1) {
          const unit = extension - this.usage.OF;
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
    if (isBoilerplate(this.usage, id)) return null;
    const { text, units } = this.complete(id);
    // "state-of-the-art performance": a compound of boilerplate is boilerplate inside a phrase too.
    if (units.some((unit) => isStopword(this.corpus.vocabulary.terms[unit]!))) return null;
    // "atrial fibrillation following", "versus placebo": a preposition that reads like a word ends or opens no term.
    if (PREPOSITION_LIKE.has(this.corpus.vocabulary.terms[units[0]!]!) || PREPOSITION_LIKE.has(this.corpus.vocabulary.terms[units.at(-1)!]!)) return null;
    // When or in what setting work was done ("past decade", "long-term", "controlled setting"), not what it is about.
    if (CIRCUMSTANCE.test(text)) return null;
    const name = units.some((unit) => isName(this.surface(unit)));
    // A pair that never ends where it stops, and no one phrase completes: "efficient model" of
    // "efficient model adaptation", "efficient model compression"…
    if (own.length > 1 && units.length === own.length && seldomEnds(this.usage, id)) return null;
    // A lower-case word must link neighbours most clearly: every field's abstracts share
    // "quality", "cost" or "distribution" within a subfield.
    const word = units.length === 1 && !name && !this.corpus.vocabulary.terms[units[0]!]!.includes("-");
    // A phrase of a few papers links them by chance as easily as by subject; it must also have
    // a word that links papers ("graph neural networks", not "core component" or "substantial
    // performance degradation", two or three papers each, all of their words everyday ones).
    const specific =
      linksNeighbours(this.lift, id, word ? MIN_WORD_LIFT : MIN_NEIGHBOUR_LIFT) &&
      (units.length === 1 || this.corpus.vocabulary.df[id]! > FEW_PAPERS || units.some((unit) => linksNeighbours(this.lift, unit, MIN_WORD_LIFT)));
    if (units.length === 1) {
      const unit = units[0]!;
      if (!standsAlone(this.usage, unit, this.surface(unit))) return null;
      const compound = this.corpus.vocabulary.terms[unit]!.includes("-");
      return { text, phrase: compound, name, evaluation: (name && isEvaluated(this.usage, unit)) || isMeasure(this.usage, id), specific };
    }
    if (!opens(this.usage, units[0]!, this.surface(units[0]!)) || !heads(this.usage, units.at(-1)!, this.surface(units.at(-1)!))) return null;
    // No verb inside ("memory cells keep context"), nor an abbreviation in lower case ("et al").
    if (units.some((unit) => !isName(this.surface(unit)) && (isVerb(this.usage, unit) || /^\p{Ll}{1,2}$/u.test(this.surface(unit))))) return null;
    return { text, phrase: true, name, evaluation: isMeasure(this.usage, id), specific };
  }
}

const CIRCUMSTANCE = /^(?:(?:past|last|recent|next|coming|previous)\s+(?:few\s+)?(?:decades?|years?|months?)|(?:controlled|real-world|clinical|laboratory|experimental)\s+settings?|long-term|short-term)$/i;

/** Prepositions that look like content words to the vocabulary (stemmed as it stems them). */
const PREPOSITION_LIKE = new Set(["following", "versus", "vs", "regarding", "concerning", "according"].map(stem));

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
