/**
 * BibTeX and BibLaTeX, as Zotero, JabRef, Google Scholar, DBLP and arXiv export them.
 * `@retorquere/bibtex-parser` (the parser behind Better BibTeX) reads the file and turns TeX into
 * Unicode; this module works around its HTML output and maps its fields to `SourceMeta`.
 */

import { parse, type Creator, type Entry } from "@retorquere/bibtex-parser";
import { normalizeLine } from "../digest.ts";
import { clip, dropDuplicates, lineFinder } from "./source-parsing.ts";
import { SourceError, type ParsedSource, type SourceEntry, type SourceMeta, type SourceWarning } from "../source.ts";

/**
 * Stand-ins for `<` and `>` while the library runs. It renders a raw `<` as `¡` (TeX's OT1
 * font table) and `\textless` as `<`, which its own markup makes ambiguous. Characters from
 * plane 15 because it silently drops the BMP private-use area (U+E000–U+F8FF).
 */
const LT = "\u{F0000}";
const GT = "\u{F0001}";
/**
 * Marks the end of an unknown command the library kept as written. Like TeX, it swallows the
 * space after a command's name ("\ours achieves" → "\oursachieves"); a letter right after
 * the mark means a space (or a braced argument) was there.
 */
const UNKNOWN_END = "\u{F0002}";

/**
 * The markup the library emits (dist/esm/index.js: `open`/`close`, `wrap`, `subp`, `restoreMarkup`,
 * the `\url`/`\href` case): every `<` in its output is one of these, since input `<` are stand-ins.
 */
const INLINE_TAG = /<\/?(?:i|b|code|sup|sub|span|a)(?:\s[^>]*)?>/g;
const BLOCK_TAG = /<\/?(?:br|p|li|ul|blockquote|h[1-6])(?:\s[^>]*)?>/g;

const OPTIONS = {
  // Keep titles as written: no sentence-casing, no case-protection spans.
  english: false,
  sentenceCase: false,
  caseProtection: false,
  // An unknown command stays as written instead of vanishing (or being reported as an error).
  unsupported: (_node: unknown, tex: string) => (/^\\[A-Za-z]+$/.test(tex) ? tex + UNKNOWN_END : tex),
} as const;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ARXIV_ID = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

export function parseBibtex(source: string): ParsedSource {
  const text = protectAngles(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  const library = parse(text, OPTIONS);
  const lineAt = lineFinder(text);
  const warnings: SourceWarning[] = [];

  const fatal: { line: number; message: string }[] = [];
  for (const { error, input } of library.errors) {
    const message = restoreAngles(error.split("\n")[0]!);
    const name = /^@([^:]+): (unexpected \d+-part name.*)$/.exec(message);
    if (name) warnings.push({ line: lineAt(keyOffset(text, name[1]!)), message: `@${name[1]}: ${name[2]}` });
    else if (/^Unresolved @string reference/.test(message)) warnings.push(unresolved(text, message, lineAt));
    else {
      // Anything else is an entry the library could not read: the source is unusable.
      const at = input ? text.indexOf(input) : -1;
      const line = at >= 0 ? lineAt(at) : Number(/at line (\d+)/.exec(message)?.[1] ?? 1);
      const head = /^@(\w+)\s*[{(]\s*([^,\s]*)/.exec(input ?? "");
      const what = head ? `the @${head[1]!.toLowerCase()} entry${head[2] ? ` "${restoreAngles(head[2])}"` : ""}` : "an entry";
      // Reading to the end of the file inside one entry is nearly always an unclosed brace or quote.
      const hint = /^Unterminated|found ""/.test(message) ? "; a brace or quote it opens is probably never closed" : "";
      fatal.push({ line, message: `cannot read ${what}: ${message.replace(/ in "\w+"$/, "")}${hint}` });
    }
  }
  if (fatal.length > 0) {
    fatal.sort((a, b) => a.line - b.line);
    const more = fatal.length > 1 ? ` (and ${fatal.length - 1} more malformed entries)` : "";
    throw new SourceError(fatal[0]!.message + more, fatal[0]!.line);
  }

  if (library.entries.length === 0) throw new SourceError("the file has no BibTeX entries");
  const entries: SourceEntry[] = [];
  let cursor = 0;
  for (const entry of library.entries) {
    // Entries come back in file order; their `input` is their exact text from `@` on.
    const at = text.indexOf(entry.input, cursor);
    if (at >= 0) cursor = at + entry.input.length;
    const line = lineAt(at >= 0 ? at : keyOffset(text, entry.key));
    const title = field(entry, "title");
    if (!title) {
      warnings.push({ line, message: `@${entry.type}{${entry.key}} has no title; skipped` });
      continue;
    }
    const abstract = field(entry, "abstract");
    if (!abstract) warnings.push({ line, message: `"${clip(title)}" has no abstract; kept with an empty one` });
    entries.push({ title, abstract, line, meta: metaOf(entry, line, warnings) });
  }
  if (entries.length === 0) throw new SourceError("no BibTeX entry has a title");
  return { entries: dropDuplicates(entries, warnings), warnings: warnings.sort((a, b) => a.line - b.line) };
}

function metaOf(entry: Entry, line: number, warnings: SourceWarning[]): SourceMeta {
  const meta: SourceMeta = {};
  const authors = (entry.fields.author ?? []).map(displayName).filter((name) => name && name !== "others");
  if (authors.length > 0) meta.authors = authors;
  const date = dateOf(entry);
  if (date) meta.date = date;

  const rawDoi = field(entry, "doi");
  const doi = rawDoi
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "")
    .replace(/^doi:\s*/i, "")
    .trim();
  if (/^10\.\S+\/\S+$/.test(doi)) meta.doi = doi;
  else if (rawDoi) warnings.push({ line, message: `doi ${JSON.stringify(rawDoi)} is not a DOI; left out` });

  const url = field(entry, "url");
  if (/^https?:\/\/\S+$/i.test(url)) meta.url = url;
  else if (url) warnings.push({ line, message: `url ${JSON.stringify(url)} is not an http(s) URL; left out` });

  const arxiv = arxivOf(entry, meta.doi, meta.url);
  if (arxiv) meta.arxiv = arxiv;
  const venue = field(entry, "journal") || field(entry, "journaltitle") || field(entry, "booktitle");
  if (venue && !isArxivOnly(venue)) meta.venue = venue;
  return meta;
}

/** A field's text (see `clean`); "" when absent or not text. */
function field(entry: Entry, name: string): string {
  const value = entry.fields[name];
  return typeof value === "string" ? clean(value) : "";
}

function displayName(creator: Creator): string {
  return clean(creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(" "));
}

/**
 * The library's output as plain text: its markup stripped, `<`/`>` back, unknown commands
 * spaced, accents composed (it writes "ü" as "u" + a combining diaeresis), white space folded.
 */
function clean(value: string): string {
  const text = value
    .replace(BLOCK_TAG, " ")
    .replace(INLINE_TAG, "")
    .replace(/\u{F0002}(?=[\p{L}\p{N}])/gu, " ")
    .replaceAll(UNKNOWN_END, "");
  return normalizeLine(restoreAngles(text).normalize("NFC"));
}

/** `date` as far as it is precise ("2024-03-05", "2024-03", "2024"); else `year` with `month`. */
function dateOf(entry: Entry): string | undefined {
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(field(entry, "date"))?.[0];
  if (date) return date;
  const year = /^\d{4}$/.exec(field(entry, "year"))?.[0];
  if (!year) return undefined;
  // The library turns `month = mar` and `{March}` into "3"; a name it missed is read here.
  const month = field(entry, "month").toLowerCase();
  const number = /^\d{1,2}$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3)) + 1;
  return number >= 1 && number <= 12 ? `${year}-${String(number).padStart(2, "0")}` : year;
}

/**
 * The arXiv id: `eprint` when it is an arXiv eprint, else what an arXiv DOI, URL, Google
 * Scholar's "arXiv preprint arXiv:…" journal or DBLP's CoRR volume "abs/…" says.
 */
function arxivOf(entry: Entry, doi: string | undefined, url: string | undefined): string | undefined {
  const kind = (field(entry, "archiveprefix") || field(entry, "eprinttype")).toLowerCase();
  const candidates = [
    kind === "arxiv" || kind === "" ? field(entry, "eprint") : "",
    /^10\.48550\/arxiv\.(.+)$/i.exec(doi ?? "")?.[1],
    /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/i.exec(url ?? "")?.[1],
    /^arxiv preprint (arxiv:\S+)$/i.exec(field(entry, "journal"))?.[1],
    /^(?:corr|arxiv)$/i.test(field(entry, "journal")) ? /^abs\/(.+)$/i.exec(field(entry, "volume"))?.[1] : undefined,
  ];
  for (const candidate of candidates) {
    const id = ARXIV_ID.exec(candidate?.trim() ?? "")?.[1];
    if (id) return id;
  }
  return undefined;
}

/** "arXiv", "arXiv preprint arXiv:2001.08361", "CoRR", "ArXiv e-prints": a preprint, not a venue. */
function isArxivOnly(venue: string): boolean {
  return /^(?:arxiv|corr)(?:$|[\s,:])/i.test(venue);
}

/** Raw `<`, `>` and `\textless`, `\textgreater` (and the `{}` or spaces ending them) to stand-ins. */
function protectAngles(text: string): string {
  return text
    .replace(/\\textless(?![A-Za-z])(?:\{\}|[ \t]*)/g, LT)
    .replace(/\\textgreater(?![A-Za-z])(?:\{\}|[ \t]*)/g, GT)
    .replaceAll("<", LT)
    .replaceAll(">", GT);
}

function restoreAngles(text: string): string {
  return text.replaceAll(LT, "<").replaceAll(GT, ">");
}

/** The library does not say where an undefined `@string` is used: the first `= name` is. */
function unresolved(text: string, message: string, lineAt: (index: number) => number): SourceWarning {
  const name = /"([^"]+)"/.exec(message)?.[1] ?? "";
  const at = name ? text.search(new RegExp(`=\\s*${escapeRegExp(name)}\\b`)) : -1;
  return { line: lineAt(Math.max(at, 0)), message: `${message}; its name is kept as the value` };
}

/** Where `@type{key,` starts; 0 when the key cannot be found. */
function keyOffset(text: string, key: string): number {
  return Math.max(text.search(new RegExp(`@\\w+\\s*[{(]\\s*${escapeRegExp(key)}\\s*,`)), 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
