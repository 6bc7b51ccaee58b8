/**
 * The remark side of cross-references (logic in src/lib/content/crossrefs.ts): turns `[[…]]` in the
 * text of an MDX body into links, checks the commentary components' props, and fails the
 * compile — so the build — naming the file, line and column, with the nearest valid names.
 * `npm run check:content` runs the same checks (`checkTree`) without building.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Link, Parent, PhrasingContent, Root, Text } from "mdast";
import { CONTINUE, SKIP, visitParents } from "unist-util-visit-parents";
import type { VFile } from "vfile";
import { findRefs, indexFromFiles, nearestNames, ReferenceResolver, type ReferenceIndex, type ResolvedRef } from "../lib/content/crossrefs.ts";

/**
 * Components every MDX body may use without an import (src/components/mdx/index.ts provides
 * them), with the props that are checked before a build renders anything.
 */
export const MDX_COMPONENTS: Record<string, { required?: readonly string[]; choices?: Record<string, readonly string[]> }> = {
  PaperCard: { required: ["slug"] },
  Aside: { choices: { type: ["note", "tip", "caution"] } },
  Figure: { required: ["src", "alt"] },
};

export interface Problem {
  line: number;
  column: number;
  message: string;
}

interface JsxAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: string | { type: string; value: string } | null;
}

interface JsxElement extends Parent {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: JsxAttribute[];
}

type AnyNode = Root["children"][number] | Root | PhrasingContent;

/**
 * Finds every reference and component use in a parsed MDX body and returns what is wrong with
 * them. With `rewrite`, resolved `[[…]]` become links and `<PaperCard slug>` given a title
 * gets the paper's slug, in place.
 */
export function checkTree(tree: Root, resolver: ReferenceResolver, options: { rewrite: boolean }): Problem[] {
  const problems: Problem[] = [];
  const imported = importedNames(tree);

  // The unified convention for a tree walk; a text inside a link is never turned into another link.
  visitParents(tree, (node, ancestors) => {
    const any = node as AnyNode;
    if (any.type === "mdxJsxFlowElement" || any.type === "mdxJsxTextElement") {
      problems.push(...elementProblems(any as unknown as JsxElement, resolver, imported, options.rewrite));
    }
    if ((any.type as string) === "mdxFlowExpression" || (any.type as string) === "mdxTextExpression") {
      problems.push(...expressionProblems((any as { data?: { estree?: unknown } }).data?.estree, any, imported));
    }
    if (any.type !== "text" || ancestors.some((ancestor) => ancestor.type === "link" || ancestor.type === "linkReference")) return CONTINUE;
    // Resolved even without `rewrite`: a check still has to report the references that fail.
    const linked = linkReferences(any, resolver);
    if (linked) problems.push(...linked.problems);
    const parent = ancestors.at(-1) as Parent | undefined;
    if (!linked || !options.rewrite || !parent) return CONTINUE;
    const index = parent.children.indexOf(any);
    parent.children.splice(index, 1, ...linked.nodes);
    // The new links are done: carry on after them.
    return [SKIP, index + linked.nodes.length];
  });

  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The text's references as links, with the references that do not resolve (left as text, so
 * the rest of the body still reads); undefined when the text has none.
 */
function linkReferences(text: Text, resolver: ReferenceResolver): { nodes: PhrasingContent[]; problems: Problem[] } | undefined {
  const refs = findRefs(text.value);
  if (refs.length === 0) return undefined;
  const nodes: PhrasingContent[] = [];
  const problems: Problem[] = [];
  let last = 0;
  for (const ref of refs) {
    if (ref.index > last) nodes.push({ type: "text", value: text.value.slice(last, ref.index) });
    last = ref.index + ref.length;
    const resolution = ref.target === "" ? { ok: false as const, message: "empty reference" } : resolver.resolve(ref.target);
    if (!resolution.ok) {
      problems.push({ ...placeIn(text, ref.index), message: `${text.value.slice(ref.index, last)}: ${resolution.message}` });
      nodes.push({ type: "text", value: text.value.slice(ref.index, last) });
      continue;
    }
    nodes.push(linkTo(resolution.ref, ref.label));
  }
  if (last < text.value.length) nodes.push({ type: "text", value: text.value.slice(last) });
  return { nodes, problems };
}

/** The link a resolved reference becomes; the class names tell the styles a paper from a topic. */
function linkTo(target: ResolvedRef, label: string | undefined): Link {
  return {
    type: "link",
    url: target.url,
    children: [{ type: "text", value: label ?? target.title }],
    data: { hProperties: { className: ["xref", `xref-${target.kind}`] } },
  };
}

/** A component use's problems: the component and its props, then every `{…}` in its attributes. */
function elementProblems(element: JsxElement, resolver: ReferenceResolver, imported: ReadonlySet<string>, rewrite: boolean): Problem[] {
  const problems = componentProblems(element, resolver, imported, rewrite);
  for (const attribute of element.attributes) problems.push(...expressionProblems(attributeEstree(attribute), element, imported));
  return problems;
}

/** The program of an attribute's expression: `name={…}` keeps it on its value, `{...spread}` on itself. */
function attributeEstree(attribute: JsxAttribute): unknown {
  return typeof attribute.value === "object" && attribute.value !== null ? (attribute.value as { data?: { estree?: unknown } }).data?.estree : (attribute as { data?: { estree?: unknown } }).data?.estree;
}

/**
 * A name an expression uses but nothing defines fails the build at render time with
 * "x is not defined" and no place; usually the reviewer meant a brace as text.
 */
function expressionProblems(estree: unknown, node: { position?: { start: { line: number; column: number } } }, imported: ReadonlySet<string>): Problem[] {
  if (!estree) return [];
  return undefinedNames(estree, imported).map((name) => ({ ...place(node), message: `{…} is code in MDX, and "${name}" is not defined in it; to show a brace as text, write \\{ (or &#123;)` }));
}

/** An unknown commentary component, or a known one with props the build would reject. */
function componentProblems(element: JsxElement, resolver: ReferenceResolver, imported: ReadonlySet<string>, rewrite: boolean): Problem[] {
  const name = element.name;
  // Fragments and HTML elements (lower case) are MDX's own business.
  if (!name || !/^[A-Z]/.test(name) || imported.has(name.split(".")[0]!)) return [];
  const at = place(element);
  const spec = MDX_COMPONENTS[name];
  if (!spec) {
    const known = Object.keys(MDX_COMPONENTS);
    const nearest = nearestNames(name, known.map((known) => ({ name: known, keys: [known.toLowerCase()] })), 1);
    return [{ ...at, message: `<${name}> is not a commentary component; did you mean <${nearest[0]}>? (available: ${known.join(", ")})` }];
  }
  const problems = propProblems(element, name, spec).map((message) => ({ ...at, message }));
  if (name === "PaperCard") problems.push(...paperCardProblems(element, resolver, rewrite).map((message) => ({ ...at, message })));
  return problems;
}

/** Required props missing or not plain strings, and props outside their choices. */
function propProblems(element: JsxElement, name: string, spec: (typeof MDX_COMPONENTS)[string]): string[] {
  const problems: string[] = [];
  for (const prop of spec.required ?? []) {
    const { present, value } = literalProp(element, prop);
    if (!present) problems.push(`<${name}> needs a ${prop}="…" prop`);
    else if (value === undefined) problems.push(`<${name}> ${prop} must be written as a plain string, ${prop}="…"`);
  }
  for (const [prop, choices] of Object.entries(spec.choices ?? {})) {
    const { present, value } = literalProp(element, prop);
    if (present && (value === undefined || !choices.includes(value))) {
      problems.push(`<${name}> ${prop} must be one of ${choices.map((choice) => `"${choice}"`).join(", ")}`);
    }
  }
  return problems;
}

/** Whether an element has a prop, and its value when it is a plain string (not `{…}`, which is only known at render time). */
function literalProp(element: JsxElement, prop: string): { present: boolean; value?: string } {
  const attribute = element.attributes.find((candidate) => candidate.type === "mdxJsxAttribute" && candidate.name === prop);
  if (!attribute) return { present: false };
  return { present: true, ...(typeof attribute.value === "string" ? { value: attribute.value } : {}) };
}

/**
 * A `<PaperCard slug>` must name a paper, by slug or title; with `rewrite`, a title is replaced
 * by the paper's slug, which is what the component looks up.
 */
function paperCardProblems(element: JsxElement, resolver: ReferenceResolver, rewrite: boolean): string[] {
  const slug = element.attributes.find((attribute) => attribute.type === "mdxJsxAttribute" && attribute.name === "slug");
  if (!slug || typeof slug.value !== "string") return [];
  const resolution = resolver.resolvePaper(slug.value, (name) => `"${name}"`);
  if (!resolution.ok) return [`<PaperCard slug="${slug.value}">: ${resolution.message}`];
  if (rewrite && resolution.ref.kind === "paper") slug.value = resolution.ref.slug;
  return [];
}

/** Names an `import … from` or `export const|function` in the body defines; those are the author's. */
function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if ((node.type as string) !== "mdxjsEsm") continue;
    const value = (node as unknown as { value: string }).value;
    for (const [, clause] of value.matchAll(/import\s+([^;]+?)\s+from\s/g)) {
      for (const name of clause!.replace(/[{}*]/g, " ").split(/[\s,]+/)) if (/^[A-Za-z_$][\w$]*$/.test(name) && name !== "as") names.add(name);
    }
    for (const [, name] of value.matchAll(/export\s+(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(name!);
  }
  return names;
}

/** What an MDX expression may use without defining it: JavaScript's own globals and MDX's props. */
const EXPRESSION_GLOBALS = new Set(["Math", "JSON", "Date", "Number", "String", "Boolean", "Array", "Object", "Intl", "RegExp", "undefined", "NaN", "Infinity", "props", "frontmatter", ...Object.keys(MDX_COMPONENTS)]);

/**
 * Identifiers an expression reads that it does not define (parameters and declarations inside
 * it count as defined, wherever they are: a loose check, to catch `{a, b}` written as text).
 */
function undefinedNames(estree: unknown, defined: ReadonlySet<string>): string[] {
  const declared = new Set<string>();
  const used: string[] = [];
  const walk = (node: unknown, parent: Record<string, unknown> | undefined, key: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, parent, key);
      return;
    }
    if (!node || typeof node !== "object" || typeof (node as { type?: unknown }).type !== "string") return;
    const current = node as Record<string, unknown>;
    if (current.type === "Identifier") {
      const name = current.name as string;
      const isPropertyName = parent && ((parent.type === "MemberExpression" && key === "property" && !parent.computed) || (parent.type === "Property" && key === "key" && !parent.computed && !parent.shorthand));
      const isDeclaration = parent && ((parent.type === "VariableDeclarator" && key === "id") || key === "params" || (parent.type === "FunctionExpression" && key === "id"));
      if (isDeclaration) declared.add(name);
      else if (!isPropertyName && !(parent?.type === "JSXAttribute")) used.push(name);
      return;
    }
    for (const [childKey, child] of Object.entries(current)) {
      if (childKey === "loc" || childKey === "range" || childKey === "position") continue;
      walk(child, current, childKey);
    }
  };
  walk(estree, undefined, "");
  return [...new Set(used)].filter((name) => !declared.has(name) && !defined.has(name) && !EXPRESSION_GLOBALS.has(name));
}

function place(node: { position?: { start: { line: number; column: number } } }): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Line and column of an offset inside a text node (continuation-line indents are not in the value). */
function placeIn(text: Text, offset: number): { line: number; column: number } {
  const start = place(text);
  const before = text.value.slice(0, offset);
  const newlines = before.split("\n").length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + offset };
  return { line: start.line + newlines, column: offset - before.lastIndexOf("\n") };
}

/** A commentary error: the compile of one MDX body found problems. `line`/`column` are the first. */
export class CommentaryError extends Error {
  readonly line: number;
  readonly column: number;
  readonly file: string;
  readonly problems: readonly Problem[];
  constructor(file: string, problems: readonly Problem[]) {
    super(problems.map((problem) => `${file}:${problem.line}:${problem.column}: ${problem.message}`).join("\n"));
    this.file = file;
    this.problems = problems;
    this.name = "CommentaryError";
    this.line = problems[0]?.line ?? 1;
    this.column = problems[0]?.column ?? 1;
  }
}

export interface CrossrefOptions {
  /** The folder with papers/ and topics/; defaults to `content/` under the working directory. */
  contentDir?: string;
  /** File names in messages are relative to it; defaults to the working directory. */
  root?: string;
  /** The index itself, instead of reading contentDir (tests). */
  index?: ReferenceIndex;
}

/** The remark plugin. Register it after remark-gfm, for MDX (astro.config.mjs). */
export default function remarkCrossrefs(options: CrossrefOptions = {}) {
  const root = options.root ?? process.cwd();
  const contentDir = options.contentDir ?? join(root, "content");
  const fixed = options.index ? new ReferenceResolver(options.index) : undefined;
  return (tree: Root, file: VFile): void => {
    const resolver = fixed ?? loadResolver(contentDir);
    const problems = checkTree(tree, resolver, { rewrite: true });
    if (problems.length > 0) {
      const path = file.path ? relative(root, file.path.split("?")[0]!) : "<commentary>";
      throw new CommentaryError(path, problems);
    }
  };
}

const resolvers = new Map<string, { signature: string; resolver: ReferenceResolver }>();

/**
 * Reads every paper's and topic's slug and title once, and again only when a file is added or
 * removed (a folder's mtime changes; the ingest writes by rename, so it counts): one `stat` per
 * compile, not one read per file per compile.
 */
export function loadResolver(contentDir: string): ReferenceResolver {
  const dir = resolve(contentDir);
  const folders = [join(dir, "papers"), join(dir, "topics")];
  const signature = folders.map((folder) => mtime(folder)).join(":");
  const cached = resolvers.get(dir);
  if (cached && cached.signature === signature) return cached.resolver;
  const [papers, topics] = folders.map(readMdxFiles) as [ReturnType<typeof readMdxFiles>, ReturnType<typeof readMdxFiles>];
  const resolver = new ReferenceResolver(indexFromFiles(papers, topics));
  resolvers.set(dir, { signature, resolver });
  return resolver;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The `.mdx` files the collections load from a folder: not starting with `_` or `.`. */
function readMdxFiles(folder: string): { name: string; text: string }[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /^[^_.].*\.mdx$/.test(name)).sort();
  } catch {
    return [];
  }
  // A file that cannot be read still names a paper: its slug resolves, and its own error is reported elsewhere.
  return names.map((name) => {
    try {
      return { name, text: readFileSync(join(folder, name), "utf8") };
    } catch {
      return { name, text: "" };
    }
  });
}
