/**
 * Sentences of an abstract. Splits after . ! ? followed by a space and a capital, digit, quote
 * or a name that opens lowercase ("cosFormer"), but not after common abbreviations ("e.g.",
 * "et al.") or single initials.
 */

/** "e.g.", "et al.", an initial ("J. Smith", "U.S."); not the capital that ends a name ("… as Intelli-Z. Intelli-Z learns …"). */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Eq|Sec|approx|resp|al|Dr|Mr|Ms|No)|(?<![\p{L}\p{N}-])[A-Z])\.$/u;

/**
 * A capital before the full stop that is no initial: a unit after a number ("ZT of 3.1 at 783 K.
 * Its …"), or an element or a letter before a word that opens sentences ("… H, C, N, and O. To
 * obtain …"); initials come before names.
 */
function endsAtCapital(candidate: string, next: string): boolean {
  return /(?<![\p{L}\p{N}.-])[A-Z]\.$/u.test(candidate) && (/\d\s?[A-Z]\.$/.test(candidate) || SENTENCE_OPENER.test(next));
}

/** "… phenols, color etc. Practically, …": a list's "etc." before a capitalised word ends the sentence. */
function endsAtEtc(candidate: string, next: string): boolean {
  return /\betc\.$/.test(candidate) && /^\p{Lu}\p{Ll}/u.test(next);
}

/** "We propose What's In My Big Data? (WIMBD), a platform …": a name that asks, then its short form, goes on. */
function namesAQuestion(candidate: string, next: string): boolean {
  return /[?!]$/.test(candidate) && /^\([\p{Lu}\p{N}][^()\s]{0,15}\)\s*(?:[,;:]|\p{Ll})/u.test(next);
}

const SENTENCE_OPENER = /^(?:The|This|These|That|Those|To|We|In|Our|It|Its|Their|They|A|An|However|For|Here|Finally|Moreover|Furthermore|Using|With|By|As|Such|Both|Each|All|Most|Further|Thus|Therefore|Also|Then|When|While|Although|Based|Compared|Results|Experiments)\b/;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // A name that opens lowercase ("cosFormer", "rStar-Math", "pH") starts a sentence as a capital does.
  for (const match of text.matchAll(/[.!?]["')\]]?\s+(?=["'(\[]?(?:[\p{Lu}\p{N}]|\p{Ll}{1,4}\p{Lu}))/gu)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    const next = text.slice(match.index + match[0].length);
    if (ABBREVIATIONS.test(candidate.replace(/["')\]]$/, "")) && !endsAtCapital(candidate, next) && !endsAtEtc(candidate, next)) continue;
    if (namesAQuestion(candidate, next)) continue;
    sentences.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

export interface Sentence {
  /** 1-based position in the abstract. */
  number: number;
  text: string;
  /** Offsets into the abstract: `abstract.slice(start, end) === text`. */
  start: number;
  end: number;
}

/**
 * The abstract's sentences with their offsets (the splitter trims; the text between is kept by
 * `abstractParts`). A paper page asks for the same abstract's sentences several times (its
 * summary, contribution, results, highlighted abstract): the last few splits are kept.
 */
export function sentences(abstract: string): Sentence[] {
  const cached = recentSplits.get(abstract);
  if (cached) return cached;
  const split = splitWithOffsets(abstract);
  if (recentSplits.size >= RECENT_SPLITS) recentSplits.delete(recentSplits.keys().next().value!);
  recentSplits.set(abstract, split);
  return split;
}

/** Enough for one page's abstracts; a cache of every abstract would hold the whole digest twice. */
const RECENT_SPLITS = 8;
const recentSplits = new Map<string, Sentence[]>();

function splitWithOffsets(abstract: string): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  for (const text of splitSentences(abstract)) {
    const start = abstract.indexOf(text, cursor);
    if (start < 0) continue; // cannot happen: the splitter returns trimmed slices in order
    out.push({ number: out.length + 1, text, start, end: start + text.length });
    cursor = start + text.length;
  }
  return out;
}

