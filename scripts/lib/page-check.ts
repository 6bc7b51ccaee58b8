/**
 * Reads a built paper page with a real HTML parser (parse5) and says what on it differs from
 * the digest: the title and abstract must arrive as text, exactly (their math read as Unicode); no attribute may carry an
 * event handler or a script address; a link in the abstract goes where its text says.
 */

import { parse, type DefaultTreeAdapterMap } from "parse5";
import { normalizeLine } from "../../src/lib/ingest/digest.ts";
import { plainAbstract, plainTitle } from "../../src/lib/model/abstract-text.ts";

type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

export function elements(node: Node): Element[] {
  const out: Element[] = [];
  if ("tagName" in node) out.push(node);
  // A <template>'s children live in its content fragment.
  const holder: Node = node.nodeName === "template" ? (node as DefaultTreeAdapterMap["template"]).content : node;
  const children: Node[] = "childNodes" in holder ? holder.childNodes : [];
  for (const child of children) out.push(...elements(child));
  return out;
}

export function attribute(node: Element, name: string): string | undefined {
  return node.attrs.find((candidate) => candidate.name === name)?.value;
}

export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/** The text a reader (and search, and a screen reader) gets: `aria-hidden` subtrees, such as rendered math beside its plain text, left out. */
export function readableTextOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if ("tagName" in node && attribute(node, "aria-hidden") === "true") return "";
  return "childNodes" in node ? node.childNodes.map(readableTextOf).join("") : "";
}

/** Elements the abstract may hold: sentences, links, names, emphasis, and MathML inside its rendering. */
const ABSTRACT_ELEMENTS = new Set(["p", "a", "mark", "span", "em", "strong"]);
const MATHML = /^(?:math|m[a-z]+|none)$/;

const SAFE_HREF = /^(?:\/|#|https?:\/\/|mailto:)/i;

/** Problems with one paper page; none when the digest's text reached it exactly, as text. */
export function paperPageProblems(html: string, paper: { title: string; abstract: string }): string[] {
  const problems: string[] = [];
  const all = elements(parse(html));
  // The title as the page shows it: its inline math read (plainTitle), everything else as written.
  const title = plainTitle(normalizeLine(paper.title));
  // The abstract as the page shows it: LaTeX and Markdown read (plainAbstract), citations dropped.
  const abstract = plainAbstract(normalizeLine(paper.abstract));
  const h1 = all.filter((node) => node.tagName === "h1");
  if (h1.length !== 1) problems.push(`${h1.length} h1 elements`);
  else {
    if (textOf(h1[0]!) !== title) problems.push(`h1 is ${JSON.stringify(textOf(h1[0]!))}, not ${JSON.stringify(title)}`);
    if (h1[0]!.childNodes.some((child) => "tagName" in child)) problems.push("h1 holds elements: the title became markup");
  }
  const head = all.find((node) => node.tagName === "title");
  if (!head || !textOf(head).startsWith(title)) problems.push(`<title> is ${JSON.stringify(head && textOf(head))}`);
  const description = all.find((node) => node.tagName === "meta" && attribute(node, "name") === "description");
  const summary = description ? attribute(description, "content")!.replace(/…$/, "") : "";
  if (!description || !(wordsFrom(summary, abstract) || title.includes(summary))) problems.push(`meta description ${JSON.stringify(summary)} is not from the abstract`);
  const paragraph = all.find((node) => node.tagName === "p" && attribute(node, "class") === "abstract");
  if (abstract !== "" && (!paragraph || readableTextOf(paragraph) !== abstract)) problems.push(`abstract reads ${JSON.stringify(paragraph && readableTextOf(paragraph))}`);
  if (paragraph) {
    for (const link of elements(paragraph).filter((node) => node.tagName === "a")) {
      if (attribute(link, "href") !== textOf(link)) problems.push(`a link in the abstract shows ${JSON.stringify(textOf(link))} but goes to ${JSON.stringify(attribute(link, "href"))}`);
    }
    const foreign = elements(paragraph).filter((node) => !ABSTRACT_ELEMENTS.has(node.tagName) && !(MATHML.test(node.tagName) && insideMath(paragraph, node)));
    if (foreign.length > 0) problems.push(`the abstract holds <${foreign[0]!.tagName}>: digest text became markup`);
  }
  for (const node of all) {
    for (const { name, value } of node.attrs) {
      if (/^on/i.test(name)) problems.push(`<${node.tagName} ${name}>: an event handler`);
      if ((name === "href" || name === "src") && !SAFE_HREF.test(value)) problems.push(`<${node.tagName} ${name}="${value}">`);
    }
    if (node.tagName === "script" && !attribute(node, "src")) problems.push("an inline <script>");
  }
  return problems;
}

/** Every word of `summary` is a word of `text`: the summary is the abstract's sentence, its opener perhaps trimmed. */
function wordsFrom(summary: string, text: string): boolean {
  const known = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const words = summary.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // "We propose X" may stand for "We solve this issue by proposing X": a word's stem will do.
  const stems = [...known].filter((word) => word.length > 4);
  return words.length > 0 && words.every((word) => known.has(word) || (word.length > 4 && stems.some((other) => other.startsWith(word.slice(0, -1)))));
}

/** `node` sits inside a `<math>` element within `root`. */
function insideMath(root: Element, node: Element): boolean {
  return elements(root).some((candidate) => candidate.tagName === "math" && elements(candidate).includes(node));
}
