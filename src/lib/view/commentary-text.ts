/**
 * A paper's commentary as plain text, for the feed's excerpt: the MDX body parsed the way the
 * build parses it (MDX with GFM), then only its prose kept. Markup, code, tables, footnotes and
 * `{…}` expressions (comments among them) are left out; `[[references]]` and `<PaperCard>` read
 * as the titles they show on the page. Nothing rendered, no HTML: text in, text out.
 */

import { createProcessor } from "@mdx-js/mdx";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import { findRefs, TOPIC_PREFIX, type ReferenceResolver } from "../content/crossrefs.ts";
import { clipAtWord } from "./titles.ts";

/** About what a feed reader shows of an item before "read more". */
export const EXCERPT_LENGTH = 300;

const processor = createProcessor({ format: "mdx", remarkPlugins: [remarkGfm] });

/** A node of the parsed body, as loosely as this walk needs it (MDX's node types are not in `mdast`). */
interface BodyNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: BodyNode[];
}

/** Not prose: code, data, notes and MDX's own expressions and imports. */
const SKIPPED = new Set(["code", "table", "footnoteDefinition", "footnoteReference", "definition", "image", "imageReference", "html", "yaml", "mdxFlowExpression", "mdxTextExpression", "mdxjsEsm"]);

/** Blocks whose text must not run into the next block's. */
const BLOCKS = new Set(["paragraph", "heading", "list", "listItem", "blockquote", "mdxJsxFlowElement", "thematicBreak"]);

/** The commentary's first `max` characters as plain text, cut at a word; "" when it has no prose (or cannot be parsed). */
export function commentaryExcerpt(body: string, resolver: ReferenceResolver, max = EXCERPT_LENGTH): string {
  return clipAtWord(commentaryText(body, resolver), max);
}

/** The whole commentary as one line of plain text. */
export function commentaryText(body: string, resolver: ReferenceResolver): string {
  let tree: Root;
  try {
    tree = processor.parse(body) as Root;
  } catch {
    // The build's content check reports a body that does not parse; the feed then says only that there is commentary.
    return "";
  }
  const out: string[] = [];
  collect(tree as unknown as BodyNode, resolver, out);
  return out.join("").replace(/\s+/g, " ").trim();
}

function collect(node: BodyNode, resolver: ReferenceResolver, out: string[]): void {
  if (SKIPPED.has(node.type)) return;
  if (node.type === "text") out.push(withReferences(node.value ?? "", resolver));
  else if (node.type === "inlineCode") out.push(node.value ?? "");
  else if (node.type === "break") out.push(" ");
  else if (node.name === "PaperCard") out.push(paperCardTitle(node, resolver));
  else for (const child of node.children ?? []) collect(child, resolver, out);
  if (BLOCKS.has(node.type)) out.push(" ");
}

/** `[[target|label]]` reads as its label, `[[target]]` as the title it links to. */
function withReferences(text: string, resolver: ReferenceResolver): string {
  let result = "";
  let from = 0;
  for (const ref of findRefs(text)) {
    result += text.slice(from, ref.index) + (ref.label ?? referenceTitle(ref.target, resolver));
    from = ref.index + ref.length;
  }
  return result + text.slice(from);
}

function referenceTitle(target: string, resolver: ReferenceResolver): string {
  const resolution = resolver.resolve(target);
  if (resolution.ok) return resolution.ref.title;
  return target.startsWith(TOPIC_PREFIX) ? target.slice(TOPIC_PREFIX.length).trim() : target;
}

/** `<PaperCard slug="…" />` shows the paper's title; its slug may also be written as a title. */
function paperCardTitle(node: BodyNode, resolver: ReferenceResolver): string {
  const slug = node.attributes?.find((attribute) => attribute.type === "mdxJsxAttribute" && attribute.name === "slug")?.value;
  if (typeof slug !== "string") return "";
  const resolution = resolver.resolvePaper(slug);
  return ` ${resolution.ok ? resolution.ref.title : slug} `;
}
