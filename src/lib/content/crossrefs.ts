/**
 * Cross-references in the reviewer's commentary: `[[slug]]`, `[[slug|text]]`, `[[Exact title]]`,
 * `[[topic:id]]` and `[[topic:id|text]]`. This module finds them in text and resolves them
 * against the papers and topics of the review; the remark plugin (src/remark/crossrefs.ts)
 * applies it to MDX bodies and `npm run check:content` to every file. Pure: no files, no Astro.
 */

import { parse as parseYaml } from "yaml";
import { plainTitle } from "../model/abstract-text.ts";
import { paperUrl, topicUrl } from "../model/review.ts";

export interface IndexedPaper {
  slug: string;
  title: string;
}

export interface IndexedTopic {
  id: string;
  title: string;
}

/** What a reference may point at: every paper and topic of the collection. */
export interface ReferenceIndex {
  papers: readonly IndexedPaper[];
  topics: readonly IndexedTopic[];
}

/** A `[[…]]` found in a piece of text. */
export interface FoundRef {
  /** Offset of the opening `[[` in the text, and the length up to and including `]]`. */
  index: number;
  length: number;
  /** What is written between the brackets, before any `|`. */
  target: string;
  /** The link text after `|`, when given. */
  label?: string;
}

export type ResolvedRef =
  | { kind: "paper"; slug: string; title: string; url: string }
  | { kind: "topic"; id: string; title: string; url: string };

export type Resolution = { ok: true; ref: ResolvedRef } | { ok: false; message: string };

export const TOPIC_PREFIX = "topic:";

// No brackets or line breaks inside: `[[a]] and [[b]]` are two references, never one.
const REF_PATTERN = /\[\[([^[\]\n]+)\]\]/g;

export function findRefs(text: string): FoundRef[] {
  const found: FoundRef[] = [];
  for (const match of text.matchAll(REF_PATTERN)) {
    const inner = match[1]!;
    // In a GFM table cell the separator is written `\|`; the cell's text already has it unescaped.
    const bar = inner.indexOf("|");
    const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const label = bar < 0 ? undefined : inner.slice(bar + 1).trim();
    found.push({ index: match.index, length: match[0].length, target, ...(label ? { label } : {}) });
  }
  return found;
}

/**
 * Titles compared the way a person reads them: case, runs of spaces and typographic quotes,
 * dashes and ellipses do not matter (MDX's smartypants turns `--` into `–` before we see it).
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/…/g, "...")
    .replace(/—/g, "---")
    .replace(/–/g, "--")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Resolves references against one index; lookups are maps, suggestions are computed only on error. */
export class ReferenceResolver {
  private readonly paperBySlug = new Map<string, IndexedPaper>();
  private readonly papersByTitle = new Map<string, IndexedPaper[]>();
  private readonly topicById = new Map<string, IndexedTopic>();
  private readonly topicsByTitle = new Map<string, IndexedTopic[]>();

  readonly index: ReferenceIndex;
  constructor(index: ReferenceIndex) {
    this.index = index;
    for (const paper of index.papers) {
      this.paperBySlug.set(paper.slug, paper);
      push(this.papersByTitle, normaliseTitle(paper.title), paper);
    }
    for (const topic of index.topics) {
      this.topicById.set(topic.id, topic);
      push(this.topicsByTitle, normaliseTitle(topic.title), topic);
    }
  }

  paper(slug: string): IndexedPaper | undefined {
    return this.paperBySlug.get(slug);
  }

  /** `target` as written between `[[` and `]]` (or before `|`). */
  resolve(target: string): Resolution {
    if (target.startsWith(TOPIC_PREFIX)) return this.resolveTopic(target.slice(TOPIC_PREFIX.length).trim());
    return this.resolvePaper(target);
  }

  /** `show` writes a suggested slug the way the reviewer would type it (`[[slug]]`, or `"slug"` in a prop). */
  resolvePaper(target: string, show: (slug: string) => string = (slug) => `[[${slug}]]`): Resolution {
    const bySlug = this.paperBySlug.get(target);
    if (bySlug) return { ok: true, ref: paperRef(bySlug) };
    const byTitle = this.papersByTitle.get(normaliseTitle(target)) ?? [];
    const exact = byTitle.filter((paper) => paper.title === target);
    const matches = exact.length > 0 ? exact : byTitle;
    if (matches.length === 1) return { ok: true, ref: paperRef(matches[0]!) };
    if (matches.length > 1) {
      return {
        ok: false,
        message: `"${target}" is the title of ${matches.length} papers; write the slug instead: ${matches.map((paper) => show(paper.slug)).join(", ")}`,
      };
    }
    const topic = this.topicById.get(target);
    const hint = topic ? `a topic has this id: write [[topic:${topic.id}]]` : `did you mean ${this.suggestPapers(target).map(show).join(", ")}?`;
    return { ok: false, message: `no paper has the slug or title "${target}"; ${hint}` };
  }

  resolveTopic(target: string): Resolution {
    const byId = this.topicById.get(target);
    if (byId) return { ok: true, ref: topicRef(byId) };
    const byTitle = this.topicsByTitle.get(normaliseTitle(target)) ?? [];
    if (byTitle.length === 1) return { ok: true, ref: topicRef(byTitle[0]!) };
    const suggestions = nearestNames(
      target,
      this.index.topics.map((topic) => ({ name: topic.id, keys: [topic.id, normaliseTitle(topic.title)] })),
    );
    return { ok: false, message: `no topic has the id "${target}"; did you mean ${suggestions.map((id) => `[[topic:${id}]]`).join(", ")}?` };
  }

  /** The slugs nearest to what was written, compared with slugs and titles alike. */
  suggestPapers(target: string, limit = 3): string[] {
    return nearestNames(
      target,
      this.index.papers.map((paper) => ({ name: paper.slug, keys: [paper.slug, normaliseTitle(paper.title)] })),
      limit,
    );
  }
}

/** Linked as the review shows the paper's title: its LaTeX as plain Unicode. */
function paperRef(paper: IndexedPaper): ResolvedRef {
  return { kind: "paper", slug: paper.slug, title: plainTitle(paper.title), url: paperUrl(paper.slug) };
}

function topicRef(topic: IndexedTopic): ResolvedRef {
  return { kind: "topic", id: topic.id, title: topic.title, url: topicUrl(topic.id) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface NameCandidate {
  /** What to suggest. */
  name: string;
  /** Strings to compare the query with (already normalised); the closest one counts. */
  keys: readonly string[];
}

/**
 * Up to `limit` names nearest to `query` by edit distance (ties by name), for "did you mean":
 * the nearest always, the others only while they are plausibly what was meant.
 */
export function nearestNames(query: string, candidates: readonly NameCandidate[], limit = 3): string[] {
  const q = normaliseTitle(query);
  const plausible = Math.max(3, Math.round(0.4 * [...q].length));
  return candidates
    .map((candidate) => ({ name: candidate.name, distance: Math.min(...candidate.keys.map((key) => looseDistance(q, key))) }))
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .filter((scored, index) => index === 0 || scored.distance <= plausible)
    .slice(0, limit)
    .map((scored) => scored.name);
}

/** Edit distance, but a name cut short (`kan` for `kan-kolmogorov-…`) or a part of one counts as close. */
function looseDistance(query: string, key: string): number {
  const full = editDistance(query, key);
  if (key.startsWith(query)) return Math.min(full, 1);
  if (key.includes(query)) return Math.min(full, 2);
  return Math.min(full, editDistance(query, key.slice(0, query.length)) + 2);
}

/** Levenshtein distance over code points, two rows of memory. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}

/**
 * The papers the reviewer's writing points at, by `[[reference]]` or `<PaperCard slug>`, among
 * those the resolver knows. The ingest keeps them when they leave the digest, as it keeps
 * annotated papers: deleting them would break the reviewer's words.
 */
export function referencedPapers(bodies: readonly string[], resolver: ReferenceResolver): Set<string> {
  const slugs = new Set<string>();
  const add = (target: string) => {
    const resolution = resolver.resolvePaper(target);
    if (resolution.ok && resolution.ref.kind === "paper") slugs.add(resolution.ref.slug);
  };
  for (const body of bodies) {
    for (const ref of findRefs(body)) if (!ref.target.startsWith(TOPIC_PREFIX)) add(ref.target);
    for (const match of body.matchAll(/<PaperCard\s[^>]*\bslug=(?:"([^"]*)"|'([^']*)')/g)) add(match[1] ?? match[2]!);
  }
  return slugs;
}

export interface ContentFileText {
  /** File name, e.g. `kan-kolmogorov-arnold-networks.mdx`. */
  name: string;
  text: string;
}

/**
 * The index from the text of the content files, as the collections would load them: the
 * slug or id is the file name, the title comes from the frontmatter. Files whose frontmatter
 * cannot be read keep their slug (the collection's own schema check reports them).
 */
export function indexFromFiles(papers: readonly ContentFileText[], topics: readonly ContentFileText[]): ReferenceIndex {
  const entry = (file: ContentFileText) => {
    const name = file.name.replace(/\.mdx$/, "");
    return { name, title: frontmatterTitle(file.text) ?? name };
  };
  return {
    papers: papers.map(entry).map(({ name, title }) => ({ slug: name, title })),
    topics: topics.map(entry).map(({ name, title }) => ({ id: name, title })),
  };
}

/**
 * The `title` of a frontmatter block. The ingest writes it on one line, so that line alone is
 * parsed (a 10,000-paper index reads in well under a second); anything else gets a full parse.
 */
export function frontmatterTitle(text: string): string | undefined {
  const lines = text.split("\n");
  if (lines[0]?.trimEnd() !== "---") return undefined;
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  if (close < 0) return undefined;
  const frontmatter = lines.slice(1, close);
  const line = frontmatter.find((candidate) => candidate.startsWith("title:"));
  if (line === undefined) return undefined;
  const title = (yaml: string): string | undefined => {
    try {
      const value = (parseYaml(yaml) as { title?: unknown } | null)?.title;
      return typeof value === "string" && value !== "" ? value : undefined;
    } catch {
      return undefined;
    }
  };
  return title(line) ?? title(frontmatter.join("\n"));
}
