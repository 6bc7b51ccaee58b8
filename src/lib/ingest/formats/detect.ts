/**
 * Which format a source file is in, from its content alone (file names lie, or are missing
 * when the text comes from standard input), and one entry point that parses any of them.
 * Each test is strict enough that a text listing, whose first line is a paper's title, is
 * never taken for another format: a title may well start with `{`, `[`, `<` or `@`.
 */

import { parseDigest } from "../digest.ts";
import type { ParsedSource, SourceFormat } from "../source.ts";
import { parseArxivAtom } from "./arxiv-atom.ts";
import { parseBibtex } from "./bibtex.ts";
import { parseDailyPapers } from "./daily-papers.ts";

export function detectFormat(text: string): SourceFormat {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (isJson(body)) return "daily-papers-json";
  if (isXml(body)) return "arxiv-atom";
  if (isBibtex(body)) return "bibtex";
  return "listing";
}

export function parseSource(text: string): ParsedSource & { format: SourceFormat } {
  const format = detectFormat(text);
  switch (format) {
    case "daily-papers-json":
      return { format, ...parseDailyPapers(text) };
    case "arxiv-atom":
      return { format, ...parseArxivAtom(text) };
    case "bibtex":
      return { format, ...parseBibtex(text) };
    case "listing": {
      const { entries, warnings } = parseDigest(text);
      return { format, entries: entries.map((entry) => ({ ...entry, meta: {} })), warnings };
    }
  }
}

/**
 * An array of objects (even broken: its errors are then reported as JSON errors, with lines),
 * an object that starts with a key, or anything that parses as a whole.
 */
function isJson(body: string): boolean {
  if (/^\[\s*[{\]]/.test(body) || /^\{\s*"[^"\n]*"\s*:/.test(body)) return true;
  if (!body.startsWith("[") && !body.startsWith("{")) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** An XML declaration, comment or doctype; a `<feed>`; or a document that starts and ends with a tag. */
function isXml(body: string): boolean {
  if (/^<(?:\?xml\b|!--|!DOCTYPE\b|(?:[\w.-]+:)?feed[\s>/])/i.test(body)) return true;
  return /^<[A-Za-z_][\w.:-]*(?:\s[^>]*)?\/?>/.test(body) && body.trimEnd().endsWith(">");
}

/** The first line that is not blank or a `%` comment (JabRef and Zotero write such headers) is `@type{` or `@type(`. */
function isBibtex(body: string): boolean {
  return /^(?:[ \t]*(?:%.*)?(?:\r\n|\r|\n))*[ \t]*@[A-Za-z]+\s*[{(]/.test(body);
}
