/**
 * The text of `content/papers/<slug>.mdx` files. The ingest owns a few frontmatter fields
 * (those that come from the digest); everything else in the file — the MDX body and every
 * other field — belongs to the reviewer and is carried through byte for byte.
 */

import { isMap, isNode, isScalar, parseDocument, type Document, type Scalar } from "yaml";

/** Frontmatter fields written by the ingest. All others are the reviewer's. */
export const INGEST_FIELDS = ["title", "abstract", "inDigest"] as const;

export interface PaperSource {
  title: string;
  abstract: string;
}

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
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.name = "ContentFileError";
  }
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
  const doc = parseDocument(split.frontmatter, { prettyErrors: true, uniqueKeys: true });
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

/** The frontmatter lines the ingest writes for a paper, in the order it writes them. */
export function ingestLines(source: PaperSource): string {
  return `title: ${yamlQuote(source.title)}\nabstract: ${yamlQuote(source.abstract)}\n`;
}

/** A new paper file: ingest fields and an empty body for the reviewer. */
export function renderPaperFile(source: PaperSource): string {
  return `---\n${ingestLines(source)}---\n`;
}

export interface ExistingPaper {
  title: string;
  abstract: string;
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
    inDigest: data.inDigest !== false,
    hasReviewerContent: split.body.trim() !== "" || ownFields.length > 0,
    parsed,
  };
}

/**
 * Whether a file already holds exactly what the ingest would write for `source`, read
 * without parsing YAML: its frontmatter starts with the ingest's own lines and has no
 * `inDigest` line. Anything else (reordered, reformatted, kept) goes the long way.
 */
export function isUpToDate(text: string, source: PaperSource): boolean {
  const head = `---\n${ingestLines(source)}`;
  if (!text.startsWith(head)) return false;
  const end = text.indexOf("\n---", head.length - 1);
  return end >= 0 && !/^inDigest\s*:/m.test(text.slice(head.length, end + 1));
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
  update: { source?: PaperSource; inDigest: boolean },
  parsed: ParsedFile = parsePaperFile(text, file),
): string {
  const { split, doc, data: current } = parsed;
  const wanted = new Map<string, string | false | undefined>();
  if (update.source) {
    if (current.title !== update.source.title) wanted.set("title", update.source.title);
    if (current.abstract !== update.source.abstract) wanted.set("abstract", update.source.abstract);
  }
  if ((current.inDigest !== false) !== update.inDigest) wanted.set("inDigest", update.inDigest ? undefined : false);
  if (wanted.size === 0) return text;

  const frontmatter = split.frontmatter === "" || split.frontmatter.endsWith("\n") ? split.frontmatter : `${split.frontmatter}\n`;
  const edits: { from: number; to: number; insert: string }[] = [];
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  for (const [key, value] of wanted) {
    const pair = pairs.find((item) => isScalar(item.key) && item.key.value === key);
    const line = value === undefined ? "" : `${key}: ${yamlValue(value)}`;
    if (!pair) {
      if (value !== undefined) edits.push({ from: frontmatter.length, to: frontmatter.length, insert: `${line}\n` });
      continue;
    }
    const keyRange = (pair.key as Scalar).range!;
    const valueEnd = isNode(pair.value) && pair.value.range ? pair.value.range[1] : keyRange[1];
    if (value === undefined) {
      // Remove the whole line, comment and all.
      const lineStart = frontmatter.lastIndexOf("\n", keyRange[0] - 1) + 1;
      const newline = frontmatter.indexOf("\n", valueEnd);
      edits.push({ from: lineStart, to: newline < 0 ? frontmatter.length : newline + 1, insert: "" });
    } else {
      edits.push({ from: keyRange[0], to: valueEnd, insert: line });
    }
  }
  let edited = frontmatter;
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    edited = edited.slice(0, edit.from) + edit.insert + edited.slice(edit.to);
  }
  return `---\n${edited}---\n${split.body}`;
}

function yamlValue(value: string | false): string {
  return typeof value === "string" ? yamlQuote(value) : "false";
}
