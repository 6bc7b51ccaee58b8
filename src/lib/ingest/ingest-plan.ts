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
  const summary: IngestPlan["summary"] = { added: [], updated: [], unchanged: [], removed: [], kept: [] };
  const writes: PlannedWrite[] = [];
  const deletes: string[] = [];

  // Parse every existing file first: one malformed file stops the ingest before any write.
  // A file that already reads exactly as the ingest would write it needs no YAML parse.
  const byTitleLine = new Map(entries.map((entry) => [`title: ${yamlQuote(entry.title)}`, entry]));
  const upToDate = new Set<string>();
  const parsed = new Map<string, { file: ExistingFile; paper: ExistingPaper }>();
  const slugByTitle = new Map<string, string>();
  for (const file of [...existing].sort((a, b) => compare(a.slug, b.slug))) {
    const titleLine = file.text.startsWith("---\n") ? file.text.slice(4, file.text.indexOf("\n", 4)) : "";
    const entry = byTitleLine.get(titleLine);
    if (entry && !slugByTitle.has(entry.title) && isUpToDate(file.text, entry)) {
      upToDate.add(file.slug);
      slugByTitle.set(entry.title, file.slug);
      continue;
    }
    const paper = readPaperFile(file.text, file.file);
    parsed.set(file.slug, { file, paper });
    // Two files with one title: the first slug wins; the other is treated as a paper not in the digest.
    if (!slugByTitle.has(paper.title)) slugByTitle.set(paper.title, file.slug);
  }

  // A title the digest corrected only in case or punctuation, whose old title left the digest,
  // is the same paper: its slug, commentary and fields follow, and its title is updated.
  const digestTitles = new Set(entries.map((entry) => entry.title));
  const departed = new Map<string, string[]>();
  for (const [slug, { paper }] of parsed) {
    const key = titleKey(paper.title);
    if (!digestTitles.has(paper.title) && key !== "") departed.set(key, [...(departed.get(key) ?? []), slug]);
  }
  for (const entry of entries) {
    if (slugByTitle.has(entry.title)) continue;
    const slug = departed.get(titleKey(entry.title))?.shift();
    if (slug !== undefined) slugByTitle.set(entry.title, slug);
  }

  const newTitles = entries.filter((entry) => !slugByTitle.has(entry.title)).map((entry) => entry.title);
  const newSlugs = assignSlugs(newTitles, new Set([...parsed.keys(), ...upToDate]));
  const inDigest = new Set<string>();

  for (const entry of entries) {
    const source = { title: entry.title, abstract: entry.abstract };
    const slug = slugByTitle.get(entry.title);
    if (slug === undefined) {
      const added = newSlugs.get(entry.title)!;
      writes.push({ slug: added, text: renderPaperFile(source) });
      summary.added.push(added);
      inDigest.add(added);
      continue;
    }
    inDigest.add(slug);
    if (upToDate.has(slug)) {
      summary.unchanged.push(slug);
      continue;
    }
    const { file, paper } = parsed.get(slug)!;
    const text = updatePaperFile(file.text, file.file, { source, inDigest: true }, paper.parsed);
    if (text === file.text) summary.unchanged.push(slug);
    else {
      writes.push({ slug, text });
      summary.updated.push(slug);
    }
  }

  for (const [slug, { file, paper }] of parsed) {
    if (inDigest.has(slug)) continue;
    if (!paper.hasReviewerContent && !referenced.has(slug)) {
      deletes.push(slug);
      summary.removed.push(slug);
      continue;
    }
    summary.kept.push(slug);
    const text = updatePaperFile(file.text, file.file, { inDigest: false }, paper.parsed);
    if (text !== file.text) writes.push({ slug, text });
  }

  return { writes, deletes, summary };
}

/** A title with case, spacing and punctuation set aside: "KAN: Kolmogorov–Arnold Networks" ~ "Kan - kolmogorov-arnold networks". */
function titleKey(title: string): string {
  return title.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

