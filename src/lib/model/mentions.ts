/**
 * Method names and acronyms, learned from the collection itself — never from a hand list.
 *
 * A paper introduces a name when its title starts with it ("MLP-Mixer: An all-MLP
 * Architecture…") or its abstract says so ("we propose FastSpeech", "… called gMLP").
 * Another paper mentions it when its abstract uses the name. Acronym definitions
 * ("Kolmogorov-Arnold Networks (KANs)") give the glossary that lets search treat the
 * short and the long form alike.
 */

import { PhraseMatcher } from "./phrases.ts";
import { isStopword } from "./vocabulary.ts";
import { paperWords, spellingCount, words, type Word } from "./words.ts";

export interface MentionText {
  title: string;
  abstract: string;
  /** Words of "title. abstract", when the caller has them already (see `paperWords`). */
  words?: readonly Word[];
}

export interface Acronym {
  short: string;
  long: string;
}

export interface Mentions {
  /** For each paper, the indexes of papers whose names its abstract uses, with the name. */
  mentions: { index: number; name: string }[][];
  /** The name each paper introduces, if any. */
  names: (string | null)[];
  /** Acronyms defined anywhere in the collection, short form → most common long form. */
  acronyms: Map<string, string>;
}

const INTRODUCING = /\b(?:we|this paper|this work)\s+(?:propose|present|introduce|develop|design|release|call|name|dub)s?\b|\b(?:called|named|dubbed|termed|coined)\b/gi;
const WINDOW_WORDS = 8;
/** A name used by more than this share of papers (and at least GENERIC_MIN) is generic. */
const GENERIC_SHARE = 0.1;
const GENERIC_MIN = 10;
const NAME_TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

/**
 * Whether a token looks like a coined name: a part with inner capitals (FastSpeech, gMLP),
 * all capitals (KAN), letters and digits (CodeGen2), Greek (γ-MoD); or a capitalised word
 * the collection never writes in lower case (Adam, Tacotron).
 */
export function looksLikeName(token: string, lowercaseWords: ReadonlySet<string>): boolean {
  if (!NAME_TOKEN.test(token) || token.length < 2) return false;
  const core = token.replace(/s$/u, "");
  const parts = core.split("-").filter(Boolean);
  const coined = parts.some(
    (part) =>
      /\p{Lu}/u.test(part.slice(1)) ||
      /^\p{Ll}+\p{Lu}/u.test(part) ||
      (/\p{L}/u.test(part) && /\p{N}/u.test(part)) ||
      /[α-ω]/u.test(part),
  );
  if (coined) return /\p{L}/u.test(core);
  return (
    parts.every((part) => /^\p{Lu}\p{Ll}+$/u.test(part)) &&
    core.length >= 4 &&
    !lowercaseWords.has(core.toLowerCase()) &&
    !lowercaseWords.has(token.toLowerCase())
  );
}

/** The name a title starts with, as in "KAN: Kolmogorov-Arnold Networks". */
export function titleName(title: string, lowercaseWords: ReadonlySet<string>): string | null {
  const colon = title.indexOf(":");
  if (colon <= 0) return null;
  const prefix = title.slice(0, colon).trim();
  const tokens = prefix.split(/\s+/u);
  if (tokens.length > 3) return null;
  if (tokens.some((token) => !NAME_TOKEN.test(token) || isStopword(token.toLowerCase()))) {
    // "Tacotron 2", "TalkNet 2": a name followed by a version number is still a name.
    if (!(tokens.length === 2 && /^\d+(\.\d+)?$/u.test(tokens[1]!) && NAME_TOKEN.test(tokens[0]!))) return null;
  }
  return tokens.some((token) => looksLikeName(token, lowercaseWords)) ? prefix : null;
}

/**
 * The coined name after "we propose" and its kin, if one comes soon enough. An acronym
 * defined there wins: "we propose Kolmogorov-Arnold Networks (KANs)" introduces KAN.
 */
export function abstractNames(abstract: string, lowercaseWords: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const match of abstract.matchAll(INTRODUCING)) {
    const after = abstract.slice(match.index + match[0].length);
    const stop = after.search(/[.;](?:\s|$)/u);
    const sentence = stop < 0 ? after : after.slice(0, stop);
    const tokens = sentence.split(/\s+/u).slice(0, WINDOW_WORDS + 1);
    const defined = tokens.join(" ").match(/\(([\p{Lu}][\p{L}\p{N}-]{1,11})\)/u)?.[1];
    if (defined && looksLikeName(defined, lowercaseWords)) {
      names.push(defined.replace(/(?<=\p{Lu})s$/u, ""));
      continue;
    }
    for (let i = 0; i < tokens.length; i++) {
      const raw = tokens[i]!;
      if (/[.;:]$/u.test(raw) && i > 0 && !looksLikeName(strip(raw), lowercaseWords)) break;
      const token = strip(raw);
      if (!looksLikeName(token, lowercaseWords)) continue;
      const version = tokens[i + 1] ? strip(tokens[i + 1]!) : "";
      names.push(/^\d+(\.\d+)?$/u.test(version) && !/[,.;:)]$/u.test(raw) ? `${token} ${version}` : token);
      break;
    }
  }
  return names;
}

function strip(token: string): string {
  return token.replace(/^[("'“‘[]+/u, "").replace(/[)"'”’\],.;:!?]+$/u, "");
}

/**
 * "Long Name (ACRONYM)": the acronym's letters must be the initials of the words before it
 * (a hyphenated word gives one initial per part), small function words may be skipped.
 */
export function acronymDefinitions(text: string): Acronym[] {
  const found: Acronym[] = [];
  for (const match of text.matchAll(/\(([\p{Lu}][\p{L}\p{N}-]{1,11})\)/gu)) {
    const short = match[1]!.replace(/s$/u, "");
    const letters = [...short].filter((char) => /\p{Lu}/u.test(char));
    if (letters.length < 2) continue;
    // The words before it, nearest first, stripped only as far back as the initials reach.
    const words = text.slice(Math.max(0, match.index - 200), match.index).trim().split(/\s+/u);
    let next = letters.length - 1;
    let start = -1;
    nearest: for (let w = words.length - 1; w >= 0 && next >= 0; w--) {
      words[w] = strip(words[w]!);
      // Each part of a hyphenated word has its own initial, the last part nearest.
      const parts = words[w]!.split("-").filter(Boolean);
      for (let k = parts.length - 1; k >= 0; k--) {
        if (next < 0) break nearest;
        const part = parts[k]!;
        if (part[0]!.toUpperCase() === letters[next]) {
          next--;
          start = w;
        } else if (!isStopword(part.toLowerCase())) break nearest;
      }
    }
    if (next >= 0 || start < 0) continue;
    const long = words.slice(start).join(" ");
    if (long.length > short.length + 2) found.push({ short, long });
  }
  return found;
}

export function findMentions(papers: readonly MentionText[]): Mentions {
  const sequences = papers.map((paper) => paper.words ?? paperWords(words(paper.title), words(paper.abstract)));
  const lowercaseWords = lowercaseWordsOf(sequences);
  const { names, owner } = claimNames(papers, lowercaseWords);
  const acronyms = commonestLongForms(papers);
  const found = namesUsed(sequences, owner);
  return { mentions: dropGenericNames(found, papers.length), names, acronyms };
}

/** Words the collection writes in lower case somewhere, hyphenated compounds included. */
function lowercaseWordsOf(sequences: readonly (readonly Word[])[]): Set<string> {
  const lowercaseWords = new Set<string>();
  // Per spelling (see `Word.spelling`): 1 written in lower case, 2 not, 0 not met yet. Each
  // spelling is tested, and added, once: a word met again costs a table read.
  const lowerBySpelling = new Uint8Array(spellingCount());
  const isLower = ({ raw, spelling }: Word) => {
    const numbered = spelling >= 0 && spelling < lowerBySpelling.length;
    let lower = numbered ? lowerBySpelling[spelling]! : 0;
    if (lower === 0) {
      lower = raw === raw.toLowerCase() && raw !== raw.toUpperCase() ? 1 : 2;
      if (lower === 1) lowercaseWords.add(raw);
      if (numbered) lowerBySpelling[spelling] = lower;
    }
    return lower === 1;
  };
  for (const sequence of sequences) {
    for (let i = 0; i < sequence.length; ) {
      let j = i + 1;
      while (j < sequence.length && sequence[j]!.hyphenBefore) j++;
      // Each word, and a compound written in lower case as a whole.
      let allLower = true;
      for (let k = i; k < j; k++) if (!isLower(sequence[k]!)) allLower = false;
      if (j - i > 1 && allLower) lowercaseWords.add(sequence.slice(i, j).map((word) => word.raw).join("-"));
      i = j;
    }
  }
  return lowercaseWords;
}

/**
 * Who introduces each name: a title prefix beats an abstract's "we propose". A name claimed by
 * several papers the same way is ambiguous and links nothing, so it has no owner.
 */
function claimNames(papers: readonly MentionText[], lowercaseWords: ReadonlySet<string>): { names: (string | null)[]; owner: Map<string, number> } {
  const claims = new Map<string, { index: number; strength: number }[]>();
  const names: (string | null)[] = papers.map((paper, index) => {
    const fromTitle = titleName(paper.title, lowercaseWords);
    const fromAbstract = abstractNames(paper.abstract, lowercaseWords)[0] ?? null;
    const name = fromTitle ?? fromAbstract;
    if (name) {
      const list = claims.get(name) ?? [];
      list.push({ index, strength: fromTitle ? 2 : 1 });
      claims.set(name, list);
    }
    return name;
  });
  const owner = new Map<string, number>();
  for (const [name, list] of claims) {
    const best = Math.max(...list.map((claim) => claim.strength));
    const strongest = list.filter((claim) => claim.strength === best);
    if (strongest.length === 1) owner.set(name, strongest[0]!.index);
  }
  return { names, owner };
}

/** Every acronym the collection defines, short form → the long form given most often (ties to the one that sorts first). */
function commonestLongForms(papers: readonly MentionText[]): Map<string, string> {
  const acronymCounts = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    for (const { short, long } of acronymDefinitions(`${paper.title}. ${paper.abstract}`)) {
      const longs = acronymCounts.get(short) ?? new Map<string, number>();
      longs.set(long, (longs.get(long) ?? 0) + 1);
      acronymCounts.set(short, longs);
    }
  }
  const acronyms = new Map<string, string>();
  for (const [short, longs] of [...acronymCounts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [long] = [...longs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    acronyms.set(short, long);
  }
  return acronyms;
}

/** For each paper, the other papers whose owned names its words use (target → name as found), first use wins. */
function namesUsed(sequences: readonly (readonly Word[])[], owner: ReadonlyMap<string, number>): Map<number, string>[] {
  const matcher = new PhraseMatcher([...owner].map(([name, index]) => ({ text: name, value: index })));
  return sequences.map((sequence, index) => {
    const seen = new Map<number, string>();
    for (const hit of matcher.find(sequence)) {
      if (hit.phrase.value !== index && !seen.has(hit.phrase.value)) seen.set(hit.phrase.value, hit.phrase.text);
    }
    return seen;
  });
}

/**
 * The mentions, each paper's in index order, without the names a large share of the
 * collection uses ("MLPs"): those are the field's vocabulary, not a reference to one paper.
 */
function dropGenericNames(found: readonly Map<number, string>[], paperCount: number): Mentions["mentions"] {
  const uses = new Map<number, number>();
  for (const seen of found) for (const target of seen.keys()) uses.set(target, (uses.get(target) ?? 0) + 1);
  const generic = Math.max(GENERIC_MIN, GENERIC_SHARE * paperCount);
  return found.map((seen) =>
    [...seen]
      .filter(([target]) => uses.get(target)! <= generic)
      .map(([target, name]) => ({ index: target, name }))
      .sort((a, b) => a.index - b.index),
  );
}
