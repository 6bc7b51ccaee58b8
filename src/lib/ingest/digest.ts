/**
 * Parsing a digest: the text of a Hugging Face Papers listing. Two lines of page
 * boilerplate, `Subscribe` glued to the first title, then a title line and an abstract
 * line per paper. Real digests are messy, so every quirk is handled here and reported
 * with the line it was found on.
 */

import { SourceError } from "./source.ts";

export interface DigestEntry {
  title: string;
  abstract: string;
  /** 1-based line of the title in the digest file. */
  line: number;
}

export interface DigestWarning {
  line: number;
  message: string;
}

export interface ParsedDigest {
  entries: DigestEntry[];
  warnings: DigestWarning[];
}

/** A digest that cannot be used at all. `line` is set when one line is to blame. */
export class DigestError extends SourceError {
  constructor(message: string, line?: number) {
    super(message, line);
    this.name = "DigestError";
  }
}

const BOILERPLATE = /^get trending papers in your email inbox/i;
const SUBSCRIBE = "Subscribe";
/** Where to look for the `Subscribe` line: the listing puts it within the first few lines. */
const HEADER_LINES = 5;

/** Decodes file bytes as UTF-8 text, refusing binary files and invalid encodings. */
export function decodeDigest(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new DigestError("not a text file (it contains NUL bytes)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DigestError("not UTF-8 text");
  }
}

interface Line {
  text: string;
  number: number;
}

/** Trims a line and folds runs of white space (tabs, no-break spaces, …) to one space. */
export function normalizeLine(raw: string): string {
  return raw.replace(/\s+/gu, " ").trim();
}

function contentLines(text: string): Line[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: Line[] = [];
  withoutBom.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const normalized = normalizeLine(raw);
    if (normalized) lines.push({ text: normalized, number: index + 1 });
  });
  return lines;
}

/** Drops the page boilerplate and unglues `Subscribe` from the first title. */
function stripHeader(lines: Line[]): Line[] {
  const subscribeAt = lines
    .slice(0, HEADER_LINES)
    .findIndex((line) => line.text.startsWith(SUBSCRIBE));
  if (subscribeAt >= 0) {
    const first = lines[subscribeAt]!;
    const rest = first.text.slice(SUBSCRIBE.length).trim();
    const after = lines.slice(subscribeAt + 1);
    return rest ? [{ text: rest, number: first.number }, ...after] : after;
  }
  let start = 0;
  while (start < lines.length && BOILERPLATE.test(lines[start]!.text)) start++;
  return lines.slice(start);
}

/**
 * Abstracts are long, several sentences; titles are one short line. Used only to decide
 * whether a title lost its abstract, never to reject a line.
 */
function looksLikeAbstract(text: string): boolean {
  if (text.length >= 300) return true;
  const sentenceEnds = text.match(/[.!?](\s|$)/g)?.length ?? 0;
  // Two sentences ending in a full stop are an abstract however short; a title is one line
  // without one (found by the hostile-digest property test: a short abstract before a very
  // long title read as a title that had lost its abstract).
  return sentenceEnds >= 2 && (text.length >= 120 || /[.!?]$/.test(text));
}

export function parseDigest(text: string): ParsedDigest {
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new DigestError("the digest is empty");
  const lines = stripHeader(contentLines(text));
  const warnings: DigestWarning[] = [];
  const entries: DigestEntry[] = [];
  const byTitle = new Map<string, DigestEntry>();

  let i = 0;
  while (i < lines.length) {
    const title = lines[i]!;
    const candidate = lines[i + 1];
    const afterCandidate = lines[i + 2];
    let abstract = "";
    if (!candidate) {
      warnings.push({ line: title.number, message: `"${clip(title.text)}" has no abstract; kept with an empty one` });
      i += 1;
    } else if (
      !looksLikeAbstract(candidate.text) &&
      afterCandidate !== undefined &&
      looksLikeAbstract(afterCandidate.text) &&
      looksLikeAbstract(title.text) === false
    ) {
      // Two title-like lines in a row followed by an abstract: the first title lost its abstract.
      warnings.push({ line: title.number, message: `"${clip(title.text)}" has no abstract; kept with an empty one` });
      i += 1;
    } else {
      abstract = candidate.text;
      i += 2;
    }

    const previous = byTitle.get(title.text);
    if (previous) {
      const same = previous.abstract === abstract;
      warnings.push({
        line: title.number,
        message: same
          ? `duplicate of the paper on line ${previous.line}; skipped`
          : `same title as the paper on line ${previous.line} but a different abstract; kept the first`,
      });
      continue;
    }
    const entry: DigestEntry = { title: title.text, abstract, line: title.number };
    byTitle.set(entry.title, entry);
    entries.push(entry);
  }

  if (entries.length === 0) throw new DigestError("the digest has no papers (expected a title line, then an abstract line)");
  return { entries, warnings };
}

function clip(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
