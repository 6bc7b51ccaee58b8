/**
 * Text analysis shared by topic assignment and similarity: words, light stemming, phrases,
 * and the surface form to show a reader for each term.
 */

/** Function words and the boilerplate of abstracts: they say nothing about a topic. */
const STOPWORDS = new Set(
  (
    "a about above across after again against all almost along also although always am among an and another any are " +
    "around as at be because been before being below between both but by can cannot could did do does doing done down " +
    "due during each either else enough especially etc even ever every few for from further furthermore given had has " +
    "have having here hence how however i if in into is it its itself just large less like made make makes making many " +
    "may me might more moreover most much must my namely near nearly neither no nor not now of off often on once one " +
    "only onto or other others otherwise our ours out over own per perhaps rather same several shall she should show " +
    "shows shown showing significantly since so some such than that the their them themselves then there thereby " +
    "therefore these they this those though through thus to together too toward towards under unlike until up upon " +
    "us use used uses using very via was we well were what whether when where which while who whom whose why will with " +
    "within without would yet you your " +
    // Academic boilerplate: frequent in every field's abstracts.
    "abstract achieve achieves achieved addition additionally approach approaches available based best better " +
    "demonstrate demonstrates demonstrated effective effectively existing experiment experiments experimental " +
    "first find finds found furthermore high higher importantly improve improved improves improving including " +
    "introduce introduces introduced key known lead leads main method methods new novel number paper particular " +
    "present presents previous prior problem problems propose proposed proposes provide provides recent recently " +
    "respectively result results second significant simple state-of-the-art study studies superior task tasks " +
    "three two various way ways work works across-the-board art state sota outperform outperforms extensive"
  ).split(" "),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Light plural stemming: enough to join "networks" and "network" without mangling words. */
export function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = stemWord(word);
    // Bounded: a language has far fewer distinct words than this.
    if (STEMS.size < 200_000) STEMS.set(word, stemmed);
  }
  return stemmed;
}

/** Words seen before: a collection repeats its vocabulary in every abstract. */
const STEMS = new Map<string, string>();

function stemWord(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(ss|us|is|ys|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower case unless a letter after the first is a capital (KAN, MLP-Mixer, FastSpeech). */
function surfaceOf(raw: string): string {
  for (let i = 1; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 65 && code <= 90) return raw;
    if (code > 127 && raw[i] !== raw[i]!.toLowerCase()) return raw;
  }
  return raw.toLowerCase();
}

const HYPHENS = new Set([0x2d, 0x2010, 0x2011, 0x2013]);

/** Whether anything but white space stands between two words. */
function hasPunctuation(text: string, from: number, to: number, allowHyphen: boolean): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) continue;
    if (allowHyphen && HYPHENS.has(code)) continue;
    if (code > 127 && /\s/u.test(text[i]!)) continue;
    return true;
  }
  return false;
}

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
  // The run of adjacent content units since the last stopword or punctuation.
  let run: Unit[] = [];
  for (let i = 0; i < sequence.length; ) {
    // A unit: one word, or a compound of words joined by hyphens.
    let j = i + 1;
    while (j < sequence.length && sequence[j]!.hyphenBefore) j++;
    const first = sequence[i]!;
    if (first.gapBefore) run = [];
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
      run = [];
      continue;
    }
    run.push(unit);
    if (run.length > longestPhrase) run.shift();
    if (run.length >= 2) {
      // The two-word phrase, the common case, without building arrays or, for a pair seen
      // before, a new string.
      const before = run[run.length - 2]!;
      const term = pairTerm(before.stem, unit.stem);
      visit(term, before.surface === before.stem && unit.surface === unit.stem ? term : `${before.surface} ${unit.surface}`);
    }
    for (let length = 3; length <= run.length; length++) {
      const phrase = run.slice(run.length - length);
      const term = phrase.map((t) => t.stem).join(" ");
      visit(term, phrase.some((t) => t.surface !== t.stem) ? phrase.map((t) => t.surface).join(" ") : term);
    }
  }
}

/** "stem stem" strings by their two stems: a collection repeats its phrases in every abstract. */
const PAIRS = new Map<string, Map<string, string>>();
let pairCount = 0;

function pairTerm(first: string, second: string): string {
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
    const hyphenBefore = out.length > 0 && start - end === 1 && HYPHENS.has(text.charCodeAt(end));
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
const WORDS = new Map<string, (Word | undefined)[]>();

function wordOf(raw: string, gapBefore: boolean, hyphenBefore: boolean): Word {
  let variants = WORDS.get(raw);
  if (variants === undefined) {
    variants = [undefined, undefined, undefined, undefined];
    // Bounded: a language has far fewer distinct words than this.
    if (WORDS.size < 200_000) WORDS.set(raw, variants);
  }
  const slot = (gapBefore ? 2 : 0) + (hyphenBefore ? 1 : 0);
  let word = variants[slot];
  if (word === undefined) {
    const known = variants.find((variant) => variant !== undefined);
    if (known) word = { ...known, gapBefore, hyphenBefore };
    else {
      const lower = raw.toLowerCase();
      const stemmed = stem(lower);
      const content = !(STOPWORDS.has(stemmed) || STOPWORDS.has(lower) || stemmed.length < 2 || /^\d+$/.test(stemmed));
      word = { stem: stemmed, raw, surface: surfaceOf(raw), content, gapBefore, hyphenBefore };
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
  return [...title, ...abstract.map((word, k) => (k === 0 ? wordOf(word.raw, true, false) : word))];
}

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
