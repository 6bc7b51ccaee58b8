/**
 * What an ingest would do, decided without touching the disk: which paper files to add,
 * update, keep or remove. Pure, so the rules of ownership are tested directly and the CLI
 * only has to carry the plan out.
 */

import type { SourceEntry } from "./source.ts";
import { isUpToDate, readPaperFile, renderPaperFile, updatePaperFile, yamlQuote, type ExistingPaper } from "../content/content-files.ts";
import { assignSlugs } from "../content/slug.ts";
import { compare } from "../model/order.ts";

/** A paper as the sources give it (its line is not needed here). */
export type PaperEntry = Pick<SourceEntry, "title" | "abstract"> & { meta?: SourceEntry["meta"] };

export interface ExistingFile {
  slug: string;
  /** Path shown in messages, e.g. content/papers/kan.mdx */
  file: string;
  text: string;
}

export interface PlannedWrite {
  slug: string;
  text: string;
}

export interface IngestPlan {
  writes: PlannedWrite[];
  deletes: string[];
  summary: { added: string[]; updated: string[]; unchanged: string[]; removed: string[]; kept: string[] };
}

/**
 * `referenced`: slugs the reviewer's writing links to (see `referencedPapers`); a paper that
 * leaves the sources is kept when it is one of them, as when it carries the reviewer's content.
 * `added`: the day to record on papers that join the review (and on files from before days
 * were recorded); none is recorded when it is undefined.
 */
export function planIngest(entries: readonly PaperEntry[], existing: readonly ExistingFile[], referenced: ReadonlySet<string> = new Set(), added?: string): IngestPlan {
  const plan: IngestPlan = { writes: [], deletes: [], summary: { added: [], updated: [], unchanged: [], removed: [], kept: [] } };
  const read = readExisting(entries, existing);
  followRetitled(entries, read);
  const inDigest = planEntries(entries, read, plan, added);
  planDeparted(read.parsed, inDigest, referenced, plan, added);
  return plan;
}

/** The existing paper files, as the plan needs them. */
interface ReadFiles {
  /** Slugs of files that already read exactly as the ingest would write them (never parsed). */
  upToDate: Set<string>;
  /** Every other file, parsed, by slug. */
  parsed: Map<string, { file: ExistingFile; paper: ExistingPaper }>;
  /** The slug each title already has. */
  slugByTitle: Map<string, string>;
}

/**
 * Parses every existing file first: one malformed file stops the ingest before any write.
 * A file that already reads exactly as the ingest would write it needs no YAML parse.
 */
function readExisting(entries: readonly PaperEntry[], existing: readonly ExistingFile[]): ReadFiles {
  const byTitleLine = new Map(entries.map((entry) => [`title: ${yamlQuote(entry.title)}`, entry]));
  const read: ReadFiles = { upToDate: new Set(), parsed: new Map(), slugByTitle: new Map() };
  for (const file of [...existing].sort((a, b) => compare(a.slug, b.slug))) {
    const titleLine = file.text.startsWith("---\n") ? file.text.slice(4, file.text.indexOf("\n", 4)) : "";
    const entry = byTitleLine.get(titleLine);
    if (entry && !read.slugByTitle.has(entry.title) && isUpToDate(file.text, entry)) {
      read.upToDate.add(file.slug);
      read.slugByTitle.set(entry.title, file.slug);
      continue;
    }
    const paper = readPaperFile(file.text, file.file);
    read.parsed.set(file.slug, { file, paper });
    // Two files with one title: the first slug wins; the other is treated as a paper not in the digest.
    if (!read.slugByTitle.has(paper.title)) read.slugByTitle.set(paper.title, file.slug);
  }
  return read;
}

/**
 * A paper whose title changed — corrected in case or punctuation, or written another way by
 * another source — is the same paper when its old title left the sources and it has the same
 * arXiv id, DOI or title key: its slug, commentary and fields follow, and its title is
 * updated. Adds those titles to `read.slugByTitle`.
 */
function followRetitled(entries: readonly PaperEntry[], read: ReadFiles): void {
  const sourceTitles = new Set(entries.map((entry) => entry.title));
  const departed = new Map<string, string[]>();
  for (const [slug, { paper }] of read.parsed) {
    if (sourceTitles.has(paper.title)) continue;
    for (const key of identityKeys(paper.title, paper.meta)) departed.set(key, [...(departed.get(key) ?? []), slug]);
  }
  if (departed.size === 0) return;
  const taken = new Set<string>();
  for (const entry of entries) {
    if (read.slugByTitle.has(entry.title)) continue;
    for (const key of identityKeys(entry.title, entry.meta)) {
      const slug = departed.get(key)?.find((candidate) => !taken.has(candidate));
      if (slug === undefined) continue;
      taken.add(slug);
      read.slugByTitle.set(entry.title, slug);
      break;
    }
  }
}

/**
 * Adds to the plan what each digest entry needs: a new file, an update of the ingest's fields,
 * or nothing. Returns the slugs of the papers in the digest.
 */
function planEntries(entries: readonly PaperEntry[], read: ReadFiles, plan: IngestPlan, day: string | undefined): Set<string> {
  const { summary, writes } = plan;
  const newTitles = entries.filter((entry) => !read.slugByTitle.has(entry.title)).map((entry) => entry.title);
  // New slugs never take one a file already has, whether parsed or up to date.
  const newSlugs = assignSlugs(newTitles, new Set([...read.parsed.keys(), ...read.upToDate]));
  const inDigest = new Set<string>();
  for (const entry of entries) {
    const source = { title: entry.title, abstract: entry.abstract, meta: entry.meta };
    const slug = read.slugByTitle.get(entry.title);
    if (slug === undefined) {
      const added = newSlugs.get(entry.title)!;
      writes.push({ slug: added, text: renderPaperFile(source, day) });
      summary.added.push(added);
      inDigest.add(added);
      continue;
    }
    inDigest.add(slug);
    if (read.upToDate.has(slug)) {
      summary.unchanged.push(slug);
      continue;
    }
    const { file, paper } = read.parsed.get(slug)!;
    const text = updatePaperFile(file.text, file.file, { source, inDigest: true, added: day, commented: day }, paper.parsed);
    if (text === file.text) summary.unchanged.push(slug);
    else {
      writes.push({ slug, text });
      summary.updated.push(slug);
    }
  }
  return inDigest;
}

/**
 * Adds to the plan what each paper that left the digest needs: removal, or, when it holds the
 * reviewer's content or the reviewer's writing links to it, keeping it marked `inDigest: false`.
 */
function planDeparted(parsed: ReadFiles["parsed"], inDigest: ReadonlySet<string>, referenced: ReadonlySet<string>, plan: IngestPlan, day: string | undefined): void {
  for (const [slug, { file, paper }] of parsed) {
    if (inDigest.has(slug)) continue;
    if (!paper.hasReviewerContent && !referenced.has(slug)) {
      plan.deletes.push(slug);
      plan.summary.removed.push(slug);
      continue;
    }
    plan.summary.kept.push(slug);
    const text = updatePaperFile(file.text, file.file, { inDigest: false, added: day, commented: day }, paper.parsed);
    if (text !== file.text) plan.writes.push({ slug, text });
  }
}

/**
 * What makes two records one paper: the same arXiv id, DOI, or title key. Each key is
 * prefixed by its kind, so an id never equals a title.
 */
export function identityKeys(title: string, meta: SourceEntry["meta"] | undefined): string[] {
  const keys: string[] = [];
  // A hand-edited `source:` may hold anything: only strings are ids.
  const arxiv = typeof meta?.arxiv === "string" ? meta.arxiv.trim().replace(/v\d+$/, "").toLowerCase() : "";
  if (arxiv) keys.push(`arxiv:${arxiv}`);
  const doi = typeof meta?.doi === "string" ? meta.doi.trim().toLowerCase() : "";
  if (doi) keys.push(`doi:${doi}`);
  const key = titleKey(title);
  if (key !== "") keys.push(`title:${key}`);
  return keys;
}

/** A title with case, spacing and punctuation set aside: "KAN: Kolmogorov–Arnold Networks" ~ "Kan - kolmogorov-arnold networks". */
export function titleKey(title: string): string {
  return title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

