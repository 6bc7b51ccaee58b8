/**
 * The text of `content/papers/<slug>.mdx` files. The ingest owns a few frontmatter fields
 * (those that come from the digest); everything else in the file — the MDX body and every
 * other field — belongs to the reviewer and is carried through byte for byte.
 */

import { isMap, isNode, isScalar, parseDocument, type Document, type Scalar } from "yaml";
import { hasBody } from "./mdx-body.ts";
import { SOURCE_META_FIELDS, type SourceMeta } from "./paper-metadata.ts";

/**
 * Frontmatter fields written by the ingest. All others are the reviewer's. `source` holds
 * the metadata the paper's sources carry (authors, date, ids, links); `added` the day the
 * paper joined the review; `commented` the day the ingest first saw commentary in its body.
 */
export const INGEST_FIELDS = ["title", "abstract", "inDigest", "source", "added", "commented"] as const;

/** What the ingest writes about a paper from its sources. */
export interface PaperSource {
  title: string;
  abstract: string;
  meta?: SourceMeta;
}

/** A day as the ingest writes it: "2026-11-30". */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface SplitFile {
  frontmatter: string;
  body: string;
  /** 1-based line where the frontmatter's text starts, for error messages. */
  frontmatterLine: number;
}

/** A content file that cannot be read safely; carries the file and line to point at. */
export class ContentFileError extends Error {
  readonly file: string;
  readonly line: number;
  /** What is wrong, without the place. */
  readonly reason: string;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = "ContentFileError";
  }
}

/**
 * What the ingest stages beside a content file before renaming it into place, and what a
 * killed run leaves behind: `.<name>.mdx.<8 hex>.tmp`. Written by the ingest, reported by
 * the content check, removed by the next ingest.
 */
export const STAGED_FILE = /^\..+\.[0-9a-f]{8}\.tmp$/;

/**
 * A content file's text. A file that is not UTF-8 (a note saved as Latin-1, say) is refused
 * with the line of its first bad byte: decoding it anyway would turn the reviewer's
 * characters into U+FFFD, and a rewrite would lose them for good.
 */
export function decodeContentFile(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const column = offset - before.lastIndexOf(0x0a);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
    throw new ContentFileError(file, line, `not UTF-8 text (byte 0x${byte} at column ${column}); save the file as UTF-8 — nothing was changed`);
  }
}

/** Byte offset of the first byte that breaks UTF-8 (a lead byte's sequence counted from its lead). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string, file: string): SplitFile {
  const lines = text.split("\n");
  if (!FENCE.test(lines[0]?.replace(/\r$/, "") ?? "")) {
    throw new ContentFileError(file, 1, "expected the file to start with a '---' frontmatter fence");
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line.replace(/\r$/, "")));
  if (close < 0) throw new ContentFileError(file, 1, "the frontmatter's closing '---' fence is missing");
  return {
    frontmatter: lines.slice(1, close).join("\n"),
    body: lines.slice(close + 1).join("\n"),
    frontmatterLine: 2,
  };
}

/** The text with the frontmatter block replaced by empty lines, so line numbers stay those of the file. */
export function blankFrontmatter(text: string): string {
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") return text;
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (close < 0) return text;
  return "\n".repeat(close + 1) + lines.slice(close + 1).join("\n");
}

/** Parses frontmatter as YAML, pointing at the offending line on error. */
export function parseFrontmatter(split: SplitFile, file: string): Document {
  // The closing fence's line break ends the last line: without it, a CRLF file's last value keeps its "\r".
  const doc = parseDocument(`${split.frontmatter}\n`, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 1) + split.frontmatterLine - 1;
    throw new ContentFileError(file, line, `invalid frontmatter: ${error.message.split("\n")[0]}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new ContentFileError(file, split.frontmatterLine, "frontmatter must be a mapping of fields");
  }
  return doc;
}

/**
 * A double-quoted YAML string, the one YAML style in which every character can be written,
 * so digest text never turns into YAML syntax: `\\` and `"` escaped, and every character
 * YAML would not keep as itself in a quoted line (controls, line and paragraph separators,
 * the BOM) as an escape. Written directly because a YAML document per file would cost more
 * than the rest of the ingest; tests check that it parses back exactly.
 */
export function yamlQuote(value: string): string {
  return `"${value.replace(NEEDS_ESCAPE, escapeChar)}"`;
}

const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;
const ESCAPES: Record<string, string> = { "\0": "\\0", "\x07": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r", "\x1b": "\\e", '"': '\\"', "\\": "\\\\" };

function escapeChar(char: string): string {
  return ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** A double-quoted YAML scalar in the one shape yamlQuote writes: no line breaks, only its escapes. */
const QUOTED = /^"((?:[^"\\\n\r]|\\(?:["\\0abtnvfre]|u[0-9a-fA-F]{4}))*)"$/;
const UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([char, escape]) => [escape.slice(1), char]));

/**
 * The title and abstract of a frontmatter that is exactly the ingest's two lines, read
 * without a YAML parser (at 10,000 papers the parser is most of a content check); undefined
 * for anything else, which then takes the full parse.
 */
export function readIngestOnly(frontmatter: string): { title: string; abstract: string; added?: string } | undefined {
  const newline = frontmatter.indexOf("\n");
  if (newline < 0 || !frontmatter.startsWith("title: ") || !frontmatter.startsWith("abstract: ", newline + 1)) return undefined;
  const title = QUOTED.exec(frontmatter.slice("title: ".length, newline));
  const second = frontmatter.indexOf("\n", newline + 1);
  const abstract = QUOTED.exec(frontmatter.slice(newline + 1 + "abstract: ".length, second < 0 ? undefined : second));
  if (!title || !abstract) return undefined;
  const added = second < 0 ? undefined : ADDED_LINE.exec(frontmatter.slice(second + 1))?.[1];
  if (second >= 0 && added === undefined) return undefined;
  const unquote = (value: string) => value.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, code: string) => (code.length === 5 ? String.fromCharCode(Number.parseInt(code.slice(1), 16)) : UNESCAPES[code]!));
  return { title: unquote(title[1]!), abstract: unquote(abstract[1]!), ...(added === undefined ? {} : { added }) };
}

const ADDED_LINE = /^added: "(\d{4}-\d{2}-\d{2})"$/;

/** The frontmatter lines the ingest writes for a paper's sources, in the order it writes them. */
export function ingestLines(source: PaperSource): string {
  const meta = sourceValue(source.meta);
  return `title: ${yamlQuote(source.title)}\nabstract: ${yamlQuote(source.abstract)}\n${meta === undefined ? "" : `source: ${yamlValue(meta)}\n`}`;
}

/** A new paper file: the ingest's fields, the day it joined, and an empty body for the reviewer. */
export function renderPaperFile(source: PaperSource, added?: string): string {
  return `---\n${ingestLines(source)}${added === undefined ? "" : `added: ${yamlQuote(added)}\n`}---\n`;
}

/** The source metadata as the file stores it: known fields in a fixed order, empty ones left out; undefined when there is none. */
function sourceValue(meta: SourceMeta | undefined): SourceValue | undefined {
  if (!meta) return undefined;
  const value: SourceValue = {};
  for (const field of SOURCE_META_FIELDS) {
    const item = meta[field];
    if (item !== undefined && item.length > 0) value[field] = item;
  }
  return Object.keys(value).length > 0 ? value : undefined;
}

function isMetaRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type SourceValue = { [field: string]: string | readonly string[] };

export interface ExistingPaper {
  title: string;
  abstract: string;
  /** What its sources said about it last time (the `source` field). */
  meta?: SourceMeta;
  inDigest: boolean;
  /** True when the reviewer wrote something: a non-blank body or any field of their own. */
  hasReviewerContent: boolean;
  /** The parsed file, so an update need not parse it again. */
  parsed: ParsedFile;
}

interface ParsedFile {
  split: SplitFile;
  doc: Document;
  data: Record<string, unknown>;
}

function parsePaperFile(text: string, file: string): ParsedFile {
  const split = splitFrontmatter(text, file);
  const doc = parseFrontmatter(split, file);
  return { split, doc, data: (doc.toJS() ?? {}) as Record<string, unknown> };
}

export function readPaperFile(text: string, file: string): ExistingPaper {
  const parsed = parsePaperFile(text, file);
  const { split, data } = parsed;
  if (typeof data.title !== "string" || data.title.trim() === "") {
    throw new ContentFileError(file, split.frontmatterLine, "the frontmatter needs a 'title' string");
  }
  const ownFields = Object.keys(data).filter((key) => !(INGEST_FIELDS as readonly string[]).includes(key));
  return {
    title: data.title,
    abstract: typeof data.abstract === "string" ? data.abstract : "",
    ...(isMetaRecord(data.source) ? { meta: data.source as SourceMeta } : {}),
    inDigest: data.inDigest !== false,
    hasReviewerContent: split.body.trim() !== "" || ownFields.length > 0,
    parsed,
  };
}

/**
 * Whether a file already holds exactly what the ingest would write for `source`, read
 * without parsing YAML: its frontmatter is the ingest's own two lines and nothing else (the
 * body may be anything). Any field of the reviewer's sends the file the long way, through a
 * full parse, so a frontmatter the build would reject (a tab, a duplicate key) is reported on
 * every ingest, not on the day the ingest must change it.
 */
export function isUpToDate(text: string, source: PaperSource): boolean {
  const lines = `---\n${ingestLines(source)}`;
  if (!text.startsWith(lines)) return false;
  // The day it joined is the file's own, whatever it is; a file without one is not up to date.
  const added = /^added: "\d{4}-\d{2}-\d{2}"\n---/.exec(text.slice(lines.length, lines.length + 24));
  if (!added) return false;
  const end = lines.length + added[0].length;
  // A body with commentary may need its day recorded: that takes the long way.
  return text.slice(end).trim() === "";
}

/**
 * Sets the ingest's fields in an existing file and returns the new text. Only the text of
 * those fields changes: the reviewer's fields, comments, formatting and body stay byte for
 * byte. Returns the input itself when nothing differs, so an unchanged digest writes nothing.
 * `inDigest: false` marks a paper kept for its commentary after it left the digest.
 */
export function updatePaperFile(
  text: string,
  file: string,
  update: { source?: PaperSource; inDigest: boolean; added?: string; commented?: string },
  parsed: ParsedFile = parsePaperFile(text, file),
): string {
  const { split, doc, data: current } = parsed;
  const wanted = new Map<string, FieldValue | undefined>();
  if (update.source) {
    if (current.title !== update.source.title) wanted.set("title", update.source.title);
    if (current.abstract !== update.source.abstract) wanted.set("abstract", update.source.abstract);
    const meta = sourceValue(update.source.meta);
    if (JSON.stringify(current.source) !== JSON.stringify(meta)) wanted.set("source", meta);
  }
  if ((current.inDigest !== false) !== update.inDigest) wanted.set("inDigest", update.inDigest ? undefined : false);
  // The day a paper joined is set once: a file from before days were kept gets the day it was first seen with one.
  if (update.added !== undefined && (typeof current.added !== "string" || !DAY.test(current.added))) wanted.set("added", update.added);
  // Likewise the day commentary first appeared; the reviewer may set it to announce new commentary.
  if (update.commented !== undefined && current.commented === undefined && hasBody(split.body)) wanted.set("commented", update.commented);
  if (wanted.size === 0) return text;

  // The frontmatter's text sits between the opening fence's line and the line break before the
  // closing fence; everything around it (fences with their line endings, the body) is kept as is.
  const start = text.indexOf("\n") + 1;
  const end = start + split.frontmatter.length;
  const frontmatter = split.frontmatter;
  const crlf = frontmatter.includes("\r\n") || text.startsWith("---\r\n");
  const edits: { from: number; to: number; insert: string }[] = [];
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  for (const [key, value] of wanted) {
    const pair = pairs.find((item) => isScalar(item.key) && item.key.value === key);
    const line = value === undefined ? "" : `${key}: ${yamlValue(value)}`;
    if (!pair) {
      if (value === undefined) continue;
      // A new last line: after the current last line's own ending.
      const insert = frontmatter === "" ? `${line}${crlf ? "\r\n" : "\n"}` : `\n${line}${crlf ? "\r" : ""}`;
      edits.push({ from: frontmatter.length, to: frontmatter.length, insert });
      continue;
    }
    const keyRange = (pair.key as Scalar).range!;
    let valueEnd = isNode(pair.value) && pair.value.range ? pair.value.range[1] : keyRange[1];
    // A block scalar's range takes in the line breaks after it: they belong to the next field.
    while (valueEnd > keyRange[1] && (frontmatter[valueEnd - 1] === "\n" || frontmatter[valueEnd - 1] === "\r")) valueEnd--;
    if (value === undefined) {
      // Remove the whole line, comment and all.
      const lineStart = frontmatter.lastIndexOf("\n", keyRange[0] - 1) + 1;
      const newline = frontmatter.indexOf("\n", valueEnd);
      // The last line has no break of its own: take the one before it instead.
      if (newline < 0) edits.push({ from: Math.max(0, lineStart - 1), to: frontmatter.length, insert: "" });
      else edits.push({ from: lineStart, to: newline + 1, insert: "" });
    } else {
      edits.push({ from: keyRange[0], to: valueEnd, insert: line });
    }
  }
  let edited = frontmatter;
  // New lines all go at the end, in the order the fields were wanted.
  const appended = edits.filter((edit) => edit.from === frontmatter.length && edit.to === frontmatter.length);
  if (appended.length > 1) edits.splice(0, edits.length, ...edits.filter((edit) => !appended.includes(edit)), { from: frontmatter.length, to: frontmatter.length, insert: appended.map((edit) => edit.insert).join("") });
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    edited = edited.slice(0, edit.from) + edit.insert + edited.slice(edit.to);
  }
  const result = text.slice(0, start) + edited + text.slice(end);
  checkEdit(result, file, parsed, wanted);
  return result;
}

/**
 * Re-reads an edited file and compares it with what was meant: the ingest's fields hold their
 * new values, every other field and the body are exactly as they were. An edit that cannot
 * be made cleanly stops the ingest rather than write something the reviewer did not.
 */
function checkEdit(result: string, file: string, before: ParsedFile, wanted: ReadonlyMap<string, FieldValue | undefined>): void {
  let after: ParsedFile;
  try {
    after = parsePaperFile(result, file);
  } catch {
    throw new ContentFileError(file, before.split.frontmatterLine, cannotEdit(wanted));
  }
  const keys = new Set([...Object.keys(before.data), ...Object.keys(after.data)]);
  for (const key of keys) {
    const expected = wanted.has(key) ? wanted.get(key) : before.data[key];
    if (after.split.body !== before.split.body || JSON.stringify(after.data[key]) !== JSON.stringify(expected)) {
      throw new ContentFileError(file, before.split.frontmatterLine, cannotEdit(wanted));
    }
  }
}

function cannotEdit(wanted: ReadonlyMap<string, unknown>): string {
  return `cannot update ${[...wanted.keys()].join(", ")} without changing the rest of the frontmatter; write ${[...wanted.keys()].join(", ")} on one line each (key: "value") and run the ingest again`;
}

type FieldValue = string | false | SourceValue;

/** One line of YAML: a quoted string, `false`, or a flow mapping of quoted strings and lists of them. */
function yamlValue(value: FieldValue | readonly string[]): string {
  if (typeof value === "string") return yamlQuote(value);
  if (value === false) return "false";
  if (isStringList(value)) return `[${value.map(yamlQuote).join(", ")}]`;
  return `{${Object.entries(value).map(([key, item]) => `${key}: ${yamlValue(item)}`).join(", ")}}`;
}

function isStringList(value: SourceValue | readonly string[]): value is readonly string[] {
  return Array.isArray(value);
}
