/**
 * An arXiv API Atom feed (`http://export.arxiv.org/api/query?…`): a `<feed>` of `<entry>`s
 * with id, title, summary, authors, dates, links and the `arxiv:` extensions. fast-xml-parser
 * validates and parses; its node metadata gives each entry's offset, hence its line.
 */

import * as fastXml from "fast-xml-parser";
import { XMLParser, type ValidationError } from "fast-xml-parser";
import { normalizeLine } from "../digest.ts";
import { clip, dropDuplicates, lineFinder } from "./source-parsing.ts";
import { SourceError, type ParsedSource, type SourceEntry, type SourceMeta, type SourceWarning } from "../source.ts";

/** Elements that may repeat: always arrays, so one author and three read the same way. */
const REPEATED = new Set(["entry", "author", "link", "category"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // "2024" as a title stays a string.
  parseTagValue: false,
  parseAttributeValue: false,
  // Untrimmed, so text around CDATA keeps its spaces; normalizeLine trims afterwards.
  trimValues: false,
  // `arxiv:doi` → `doi`, whatever prefix the feed binds: only the local names matter here.
  removeNSPrefix: true,
  // The parser decodes &#963; and &#x3C3; only with this on (it ties numeric references to the
  // HTML option). The HTML names it then also knows (&nbsp;, …) are not XML and arXiv never sends them.
  htmlEntities: true,
  // Gives each element its offset in the text (symbol-keyed), for the entry's line.
  captureMetaData: true,
  isArray: (name, _path, _leaf, isAttribute) => isAttribute !== true && REPEATED.has(name),
});
const METADATA = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * v5.12 marks `XMLValidator` deprecated in favour of a separate package (fast-xml-validator,
 * not a dependency); it is the same validator, and the parser itself reads malformed XML without complaint.
 */
const validateXml: (xml: string) => true | ValidationError = Reflect.get(fastXml, "XMLValidator").validate;

type XmlNode = Record<string, unknown>;

export function parseArxivAtom(source: string): ParsedSource {
  const xml = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (xml.trim() === "") throw new SourceError("the feed is empty");
  const valid = validateXml(xml);
  if (valid !== true) throw new SourceError(`not well-formed XML: ${valid.err.msg}`, valid.err.line);

  const document = parser.parse(xml) as XmlNode;
  const feed = document.feed;
  // An empty <feed></feed> parses to a string, not an object.
  if (!isNode(feed) && !("feed" in document)) {
    const root = Object.keys(document).find((key) => !key.startsWith("?") && !key.startsWith("#"));
    throw new SourceError(`expected an Atom <feed>, found ${root ? `<${root}>` : "no element"}`, 1);
  }
  const elements = isNode(feed) ? nodes(feed.entry) : [];
  if (elements.length === 0) throw new SourceError("the feed has no entries");

  const lineAt = lineFinder(xml);
  const warnings: SourceWarning[] = [];
  const entries: SourceEntry[] = [];
  for (const element of elements) {
    const offset = ((element as Record<symbol, unknown>)[METADATA] as { startIndex?: number } | undefined)?.startIndex;
    const line = lineAt(offset ?? 0);
    const id = textOf(element.id);
    // The API reports a bad query as a feed with one entry whose id is an error page.
    if (/arxiv\.org\/api\/errors/i.test(id)) throw new SourceError(`the arXiv API answered with an error: ${textOf(element.summary) || id}`, line);
    const title = textOf(element.title);
    if (!title) {
      warnings.push({ line, message: `entry${id ? ` ${id}` : ""} has no title; skipped` });
      continue;
    }
    const abstract = textOf(element.summary);
    if (!abstract) warnings.push({ line, message: `"${clip(title)}" has no abstract; kept with an empty one` });
    entries.push({ title, abstract, line, meta: metaOf(element, id) });
  }
  if (entries.length === 0) throw new SourceError("no entry in the feed has a title");
  return { entries: dropDuplicates(entries, warnings), warnings: warnings.sort((a, b) => a.line - b.line) };
}

function metaOf(element: XmlNode, id: string): SourceMeta {
  const meta: SourceMeta = {};
  const authors = nodes(element.author).map((author) => textOf(author.name)).filter(Boolean);
  if (authors.length > 0) meta.authors = authors;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(textOf(element.published))?.[0];
  if (date) meta.date = date;
  const arxiv = arxivIdOf(id);
  if (arxiv) meta.arxiv = arxiv;

  const links = nodes(element.link);
  const doiLink = links.find((link) => attribute(link, "title") === "doi");
  const doi = cleanDoi(textOf(element.doi) || attribute(doiLink, "href"));
  if (doi) meta.doi = doi;
  // The alternate link is the abs page, which the site builds from the id; keep any other page.
  const page = attribute(
    links.find((link) => attribute(link, "rel") === "alternate"),
    "href",
  );
  if (/^https?:\/\/\S+$/i.test(page) && !arxivIdOf(page)) meta.url = page;
  const venue = textOf(element.journal_ref);
  if (venue) meta.venue = venue;
  return meta;
}

/** "http://arxiv.org/abs/2404.19756v2" → "2404.19756"; "…/abs/hep-th/9901001v1" → "hep-th/9901001". */
function arxivIdOf(url: string): string | undefined {
  const match = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/abs\/((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?\/\d{7}))(?:v\d+)?\/?$/i.exec(url.trim());
  return match?.[1];
}

function cleanDoi(value: string): string | undefined {
  const doi = value
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, "")
    .replace(/^doi:\s*/i, "");
  return /^10\.\S+\/\S+$/.test(doi) ? doi : undefined;
}

/** An element's text, line breaks folded: a plain string, or `#text` when it has attributes. */
function textOf(value: unknown): string {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "string") return normalizeLine(value);
  if (isNode(value)) return textOf(value["#text"]);
  return "";
}

function attribute(node: XmlNode | undefined, name: string): string {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value.trim() : "";
}

function nodes(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.filter(isNode) : [];
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
