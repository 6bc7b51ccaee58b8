/**
 * What an ingest would do, decided without touching the disk: which paper files to add,
 * update, keep or remove. Pure, so the rules of ownership are tested directly and the CLI
 * only has to carry the plan out.
 */

import type { DigestEntry } from "./digest.ts";
import { isUpToDate, readPaperFile, renderPaperFile, updatePaperFile, yamlQuote, type ExistingPaper } from "../content/content-files.ts";
import { assignSlugs } from "../content/slug.ts";
import { compare } from "../model/order.ts";

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
 * leaves the digest is kept when it is one of them, as when it carries the reviewer's content.
 */
export function planIngest(entries: readonly DigestEntry[], existing: readonly ExistingFile[], referenced: ReadonlySet<string> = new Set()): IngestPlan {
  const plan: IngestPlan = { writes: [], deletes: [], summary: { added: [], updated: [], unchanged: [], removed: [], kept: [] } };
  const read = readExisting(entries, existing);
  followRetitled(entries, read);
  const inDigest = planEntries(entries, read, plan);
  planDeparted(read.parsed, inDigest, referenced, plan);
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
function readExisting(entries: readonly DigestEntry[], existing: readonly ExistingFile[]): ReadFiles {
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
 * A title the digest corrected only in case or punctuation, whose old title left the digest,
 * is the same paper: its slug, commentary and fields follow, and its title is updated.
 * Adds those titles to `read.slugByTitle`.
 */
function followRetitled(entries: readonly DigestEntry[], read: ReadFiles): void {
  const digestTitles = new Set(entries.map((entry) => entry.title));
  const departed = new Map<string, string[]>();
  for (const [slug, { paper }] of read.parsed) {
    const key = titleKey(paper.title);
    if (!digestTitles.has(paper.title) && key !== "") departed.set(key, [...(departed.get(key) ?? []), slug]);
  }
  for (const entry of entries) {
    if (read.slugByTitle.has(entry.title)) continue;
    const slug = departed.get(titleKey(entry.title))?.shift();
    if (slug !== undefined) read.slugByTitle.set(entry.title, slug);
  }
}

/**
 * Adds to the plan what each digest entry needs: a new file, an update of the ingest's fields,
 * or nothing. Returns the slugs of the papers in the digest.
 */
function planEntries(entries: readonly DigestEntry[], read: ReadFiles, plan: IngestPlan): Set<string> {
  const { summary, writes } = plan;
  const newTitles = entries.filter((entry) => !read.slugByTitle.has(entry.title)).map((entry) => entry.title);
  // New slugs never take one a file already has, whether parsed or up to date.
  const newSlugs = assignSlugs(newTitles, new Set([...read.parsed.keys(), ...read.upToDate]));
  const inDigest = new Set<string>();
  for (const entry of entries) {
    const source = { title: entry.title, abstract: entry.abstract };
    const slug = read.slugByTitle.get(entry.title);
    if (slug === undefined) {
      const added = newSlugs.get(entry.title)!;
      writes.push({ slug: added, text: renderPaperFile(source) });
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
    const text = updatePaperFile(file.text, file.file, { source, inDigest: true }, paper.parsed);
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
function planDeparted(parsed: ReadFiles["parsed"], inDigest: ReadonlySet<string>, referenced: ReadonlySet<string>, plan: IngestPlan): void {
  for (const [slug, { file, paper }] of parsed) {
    if (inDigest.has(slug)) continue;
    if (!paper.hasReviewerContent && !referenced.has(slug)) {
      plan.deletes.push(slug);
      plan.summary.removed.push(slug);
      continue;
    }
    plan.summary.kept.push(slug);
    const text = updatePaperFile(file.text, file.file, { inDigest: false }, paper.parsed);
    if (text !== file.text) plan.writes.push({ slug, text });
  }
}

/** A title with case, spacing and punctuation set aside: "KAN: Kolmogorov–Arnold Networks" ~ "Kan - kolmogorov-arnold networks". */
function titleKey(title: string): string {
  return title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

