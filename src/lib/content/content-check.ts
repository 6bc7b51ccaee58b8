/**
 * `npm run check:content`: everything that can be wrong in content/ before a build — files in
 * the wrong place, names that are not slugs, frontmatter that breaks the schema or has unknown
 * fields, duplicate titles, pins to unknown topics, and references in the MDX bodies — each
 * as `file:line: message`. Pure: the CLI (scripts/check-content.ts) reads the files and
 * supplies the MDX body check (src/remark/check.ts).
 */

import { isMap, isScalar, type Document } from "yaml";
import type { z } from "astro/zod";
import { ContentFileError, parseFrontmatter, readIngestOnly, splitFrontmatter, STAGED_FILE } from "./content-files.ts";
import { SLUG } from "./slug.ts";
import { indexFromFiles, nearestNames, ReferenceResolver } from "./crossrefs.ts";
import { paperSchema, topicSchema } from "./schemas.ts";
import { compare } from "../model/order.ts";

export interface ContentFile {
  /** Path from the project root, with `/`, e.g. `content/papers/kan.mdx`. */
  path: string;
  /** The text of `.mdx` files (other files need none). */
  text?: string;
  /** Why the file could not be read as text (not UTF-8), with the line to point at. */
  unreadable?: { line: number; message: string };
}

export interface ContentProblem {
  file: string;
  line: number;
  /** 1-based, where the check knows it (MDX bodies). */
  column?: number;
  message: string;
}

/** Problems in one MDX file's body; `text` is the whole file, lines are the file's. */
export type BodyCheck = (text: string, resolver: ReferenceResolver) => { line: number; column?: number; message: string }[];

/** MDX files at the top of content/ that the site reads (the review's introduction). */
const ROOT_PAGES = ["index.mdx"];

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}${problem.column === undefined ? "" : `:${problem.column}`}: ${problem.message}`;
}

interface ParsedFile {
  path: string;
  name: string;
  text: string;
  /** The YAML document, parsed on first use: most files need only `data`. */
  readonly doc: Document;
  frontmatter: string;
  frontmatterLine: number;
  data: Record<string, unknown>;
}

export function checkContent(files: readonly ContentFile[], checkBody: BodyCheck): ContentProblem[] {
  const { folders, problems } = sortIntoFolders(files);
  const papers = parseFiles(folders.papers);
  const topics = parseFiles(folders.topics);
  const pages = parseFiles(folders.pages);
  problems.push(...papers.problems, ...topics.problems, ...pages.problems);

  problems.push(...frontmatterProblems(papers.parsed, topics.parsed));
  problems.push(...bodyProblems(folders, [...papers.parsed, ...topics.parsed, ...pages.parsed], checkBody));
  return problems.sort((a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.message, b.message));
}

/** The files the site reads, by what they are; the others that are in the wrong place, as problems. */
interface Folders {
  papers: ContentFile[];
  topics: ContentFile[];
  pages: ContentFile[];
}

function sortIntoFolders(files: readonly ContentFile[]): { folders: Folders; problems: ContentProblem[] } {
  const folders: Folders = { papers: [], topics: [], pages: [] };
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const placement = placeFile(file.path);
    if (placement === undefined) continue;
    if ("problem" in placement) problems.push({ file: file.path, line: 1, message: placement.problem });
    else folders[placement.folder].push(file);
  }
  return { folders, problems };
}

/**
 * Where a file belongs: the folder of the site it is read as, a problem when it is in the wrong
 * place or misnamed, or undefined when it is not the site's business.
 */
function placeFile(path: string): { folder: keyof Folders } | { problem: string } | undefined {
  const parts = path.split("/");
  const name = parts.at(-1)!;
  if (STAGED_FILE.test(name)) return { problem: "a temporary file left by an interrupted ingest: the next npm run ingest removes it (or delete it)" };
  // Hidden files (.gitkeep, editor swap files) and `_drafts` are not the site's; the collections skip them too.
  if (parts.some((part) => part.startsWith(".")) || name.startsWith("_")) return undefined;
  if (parts[0] !== "content") return undefined;
  const folder = parts[1];
  if (parts.length === 2) {
    if (ROOT_PAGES.includes(name)) return { folder: "pages" };
    if (name.endsWith(".txt")) return undefined;
    return { problem: name.endsWith(".mdx") ? "a paper or topic belongs in content/papers/ or content/topics/" : "not read by anything: content/ holds digests (.txt), papers/, topics/ and sources/" };
  }
  // The ingest's sources: it reads and checks them itself.
  if (folder === "sources" && parts.length === 3) return undefined;
  if (folder !== "papers" && folder !== "topics") return { problem: `not read by anything: content/${folder}/ is not a content folder (papers/, topics/, sources/)` };
  if (parts.length > 3) return { problem: `subfolders are not content: move it to content/${folder}/ (the ingest would not see it, and its URL would have a slash)` };
  if (!name.endsWith(".mdx")) return { problem: `not read by anything: content/${folder}/ holds .mdx files only` };
  const stem = name.slice(0, -".mdx".length);
  if (!SLUG.test(stem)) return { problem: `"${stem}" is not a slug (lower-case letters, digits and single hyphens); Astro would serve it under another name` };
  return { folder };
}

/** The files whose frontmatter reads; each that does not is a problem instead, and left out of the checks after. */
function parseFiles(files: readonly ContentFile[]): { parsed: ParsedFile[]; problems: ContentProblem[] } {
  const parsed: ParsedFile[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const result = parseFile(file);
    if ("problem" in result) problems.push(result.problem);
    else parsed.push(result.parsed);
  }
  return { parsed, problems };
}

function parseFile(file: ContentFile): { parsed: ParsedFile } | { problem: ContentProblem } {
  if (file.unreadable) return { problem: { file: file.path, line: file.unreadable.line, message: file.unreadable.message } };
  const text = file.text ?? "";
  try {
    const split = splitFrontmatter(text, file.path);
    const name = file.path.split("/").at(-1)!.slice(0, -".mdx".length);
    // Most papers hold only what the ingest writes, which reads without a YAML parse.
    const fast = readIngestOnly(split.frontmatter);
    let doc = fast ? undefined : parseFrontmatter(split, file.path);
    const data = fast ? { ...fast } : ((doc!.toJS() ?? {}) as Record<string, unknown>);
    const parsed: ParsedFile = {
      path: file.path,
      name,
      text,
      get doc() {
        return (doc ??= parseFrontmatter(split, file.path));
      },
      frontmatter: split.frontmatter,
      frontmatterLine: split.frontmatterLine,
      data,
    };
    return { parsed };
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    return { problem: { file: error.file, line: error.line, message: error.reason } };
  }
}

/** Each file against its schema, titles and citation keys that clash, and pins to topics that do not exist. */
function frontmatterProblems(papers: readonly ParsedFile[], topics: readonly ParsedFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of papers) problems.push(...schemaProblems(file, paperSchema));
  for (const file of topics) problems.push(...schemaProblems(file, topicSchema));
  problems.push(...duplicates(papers, "paper", "title", "title"), ...duplicates(topics, "topic", "title", "title"), ...duplicates(papers, "paper", "citeKey", "citeKey"));

  const topicIds = topics.map((file) => file.name);
  for (const file of papers) if (file.data.topics !== undefined) problems.push(...pinProblems(file.path, file.text, topicIds));
  return problems;
}

/** The MDX body check over every parsed file, against an index of every paper and topic. */
function bodyProblems(folders: Folders, files: readonly ParsedFile[], checkBody: BodyCheck): ContentProblem[] {
  // Every file that is a paper or topic, readable or not: a link to a broken file is not a
  // broken link (the file's own problem is reported above), and "did you mean" would mislead.
  const asIndexed = (file: ContentFile) => ({ name: file.path.split("/").at(-1)!, text: file.unreadable ? "" : (file.text ?? "") });
  const resolver = new ReferenceResolver(indexFromFiles(folders.papers.map(asIndexed), folders.topics.map(asIndexed)));
  const problems: ContentProblem[] = [];
  for (const file of files) {
    for (const problem of checkBody(file.text, resolver)) problems.push({ file: file.path, ...problem });
  }
  return problems;
}

/** Line (1-based, in the file) of a frontmatter value or key, by its path; the first line when absent. */
function lineOf(file: Pick<ParsedFile, "doc" | "frontmatter" | "frontmatterLine">, path: readonly (string | number)[], key = false): number {
  let node: unknown;
  if (key && isMap(file.doc.contents)) {
    node = file.doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === path[0])?.key;
  } else {
    for (let depth = path.length; depth > 0 && !node; depth--) node = file.doc.getIn(path.slice(0, depth), true);
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return 1;
  return file.frontmatterLine + (file.frontmatter.slice(0, range[0]).match(/\n/g)?.length ?? 0);
}

function schemaProblems(file: ParsedFile, schema: z.ZodObject): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = Object.keys(schema.shape);
  for (const field of Object.keys(file.data)) {
    if (known.includes(field)) continue;
    const [nearest] = nearestNames(field, known.map((name) => ({ name, keys: [name.toLowerCase()] })), 1);
    problems.push({ file: file.path, line: lineOf(file, [field], true), message: `unknown field "${field}" (did you mean "${nearest}"?); the site ignores it` });
  }
  const result = schema.safeParse(file.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
      const where = path.length > 0 ? path.join(".") : "frontmatter";
      problems.push({ file: file.path, line: lineOf(file, path), message: `${where}: ${issue.message}` });
    }
  }
  return problems;
}

/** Titles must tell papers apart: `[[Title]]` and readers both rely on it; so must citation keys. */
function duplicates(files: readonly ParsedFile[], kind: string, field: "title" | "citeKey", what: string): ContentProblem[] {
  const byValue = new Map<string, ParsedFile[]>();
  for (const file of files) {
    const value = file.data[field];
    if (typeof value !== "string") continue;
    byValue.set(value, [...(byValue.get(value) ?? []), file]);
  }
  const problems: ContentProblem[] = [];
  for (const [value, same] of byValue) {
    if (same.length < 2) continue;
    for (const file of same) {
      const others = same.filter((other) => other !== file).map((other) => other.path);
      problems.push({ file: file.path, line: lineOf(file, [field]), message: `another ${kind} has the same ${what} "${value}": ${others.join(", ")}` });
    }
  }
  return problems;
}

/**
 * Pins (`topics: [...]`) to topics that do not exist. The review model skips such a pin
 * silently, so the reviewer's intent would be lost without this check.
 */
export function pinProblems(path: string, text: string, topicIds: readonly string[]): ContentProblem[] {
  let file: Pick<ParsedFile, "doc" | "frontmatter" | "frontmatterLine">;
  try {
    const split = splitFrontmatter(text, path);
    file = { doc: parseFrontmatter(split, path), frontmatter: split.frontmatter, frontmatterLine: split.frontmatterLine };
  } catch {
    return []; // the schema check reports unreadable files
  }
  const pins = file.doc.toJS()?.topics;
  if (!Array.isArray(pins)) return [];
  const ids = new Set(topicIds);
  const problems: ContentProblem[] = [];
  pins.forEach((pin: unknown, index) => {
    if (typeof pin !== "string" || ids.has(pin)) return;
    const nearest = nearestNames(pin, topicIds.map((id) => ({ name: id, keys: [id] })));
    problems.push({ file: path, line: lineOf(file, ["topics", index]), message: `topics: no topic has the id "${pin}"; did you mean ${nearest.map((id) => `"${id}"`).join(", ")}?` });
  });
  return problems;
}

