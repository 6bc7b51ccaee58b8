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
      for (const part of parts) if (isContentWord(part)) visit(part.stem, surfaceOf(part.raw));
    } else if (isContentWord(first)) {
      unit = { stem: first.stem, surface: surfaceOf(first.raw) };
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
      // The two-word phrase, the common case, without building arrays.
      const before = run[run.length - 2]!;
      const term = `${before.stem} ${unit.stem}`;
      visit(term, before.surface === before.stem && unit.surface === unit.stem ? term : `${before.surface} ${unit.surface}`);
    }
    for (let length = 3; length <= run.length; length++) {
      const phrase = run.slice(run.length - length);
      const term = phrase.map((t) => t.stem).join(" ");
      visit(term, phrase.some((t) => t.surface !== t.stem) ? phrase.map((t) => t.surface).join(" ") : term);
    }
  }
}

function isContentWord(word: Word): boolean {
  const lower = word.stem;
  return !(STOPWORDS.has(lower) || STOPWORDS.has(word.raw.toLowerCase()) || lower.length < 2 || /^\d+$/.test(lower));
}

/** The most frequent way each term was written, so a reader sees "KAN", not "kan". */
export class SurfaceForms {
  /** Times each term was written exactly as its key: the common case, counted cheaply. */
  private readonly plain = new Map<string, number>();
  private readonly other = new Map<string, Map<string, number>>();

  record(term: string, surface: string): void {
    if (surface === term) {
      this.plain.set(term, (this.plain.get(term) ?? 0) + 1);
      return;
    }
    let forms = this.other.get(term);
    if (!forms) this.other.set(term, (forms = new Map()));
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
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
  stem: string;
  /** As written, for case-sensitive matches of acronyms. */
  raw: string;
  /** Punctuation other than a hyphen stands between this word and the one before. */
  gapBefore: boolean;
  /** Joined to the word before by a hyphen alone: part of a compound ("text-to-speech"). */
  hyphenBefore: boolean;
}

/** Every word of a text in order, stopwords included, compounds split at their hyphens. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let end = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
    const whole = match[0];
    const possessive = whole.length > 2 && whole[whole.length - 1] === "s" && (whole[whole.length - 2] === "'" || whole[whole.length - 2] === "’");
    const raw = possessive ? whole.slice(0, -2) : whole;
    const gapBefore = hasPunctuation(text, end, match.index, true);
    const hyphenBefore = out.length > 0 && match.index - end === 1 && HYPHENS.has(text.charCodeAt(end));
    out.push({ stem: stem(raw.toLowerCase()), raw, gapBefore, hyphenBefore });
    end = match.index + match[0].length;
  }
  return out;
}

/** A paper's words, title then abstract, with a break between them that no phrase spans. */
export function paperWords(title: readonly Word[], abstract: readonly Word[]): Word[] {
  return [...title, ...abstract.map((word, k) => (k === 0 ? { ...word, gapBefore: true, hyphenBefore: false } : word))];
}

/**
 * The first `limit` phrases that each say something new: "scaling laws" makes "scaling"
 * and "scaling-laws" redundant.
 */
export function distinctPhrases(phrases: readonly string[], limit: number): string[] {
  // Compared word by word, plurals folded: "networks" repeats "network".
  const key = (phrase: string) => ` ${phrase.toLowerCase().split(/[-\s]+/).map(stem).join(" ")} `;
  const chosen: string[] = [];
  for (const phrase of phrases) {
    const k = key(phrase);
    if (chosen.some((other) => key(other).includes(k) || k.includes(key(other)))) continue;
    chosen.push(phrase);
    if (chosen.length === limit) break;
  }
  return chosen;
}
