/**
 * Several sources, one review: the papers of every source, in source order, with the same
 * paper from two sources (same arXiv id, DOI or title key) made one. The first source to
 * give a paper names it; a later source fills in what the earlier ones lacked (an abstract,
 * authors, an id), never overwrites it.
 */

import { clip } from "./formats/source-parsing.ts";
import { identityKeys } from "./ingest-plan.ts";
import { SOURCE_META_FIELDS, type SourceEntry, type SourceMeta, type SourceWarning } from "./source.ts";

export interface NamedSource {
  /** The file as messages name it, e.g. content/sources/zotero.bib. */
  file: string;
  entries: readonly SourceEntry[];
}

export interface MergedEntry extends SourceEntry {
  /** The file that first gave the paper. */
  file: string;
}

export interface MergeNote extends SourceWarning {
  file: string;
}

export interface MergedSources {
  entries: MergedEntry[];
  /** One note per paper found again in another source: where, and where it was first. */
  merged: MergeNote[];
}

export function mergeSources(sources: readonly NamedSource[]): MergedSources {
  const entries: MergedEntry[] = [];
  const merged: MergeNote[] = [];
  const byKey = new Map<string, { entry: MergedEntry; source: number }>();
  for (const [index, source] of sources.entries()) {
    for (const entry of source.entries) {
      const keys = identityKeys(entry.title, entry.meta);
      // Within one source, titles that differ only in case are two papers, as they always were;
      // across sources, a title written another way is the same paper.
      const first = keys
        .map((key) => byKey.get(key))
        .find((found) => found !== undefined && !(found.source === index && found.entry.title !== entry.title && !sharesId(found.entry, entry)))?.entry;
      if (first === undefined) {
        const kept: MergedEntry = { ...entry, meta: { ...entry.meta }, file: source.file };
        entries.push(kept);
        for (const key of keys) if (!byKey.has(key)) byKey.set(key, { entry: kept, source: index });
        continue;
      }
      fillIn(first, entry);
      // The merged paper is now also known by this record's ids and title.
      for (const key of keys) if (!byKey.has(key)) byKey.set(key, { entry: first, source: index });
      merged.push({ file: source.file, line: entry.line, message: `the same paper as ${first.file}:${first.line} ("${clip(first.title)}"); merged into it` });
    }
  }
  return { entries, merged };
}

/** Whether two records share an arXiv id or a DOI. */
function sharesId(a: SourceEntry, b: SourceEntry): boolean {
  const ids = (entry: SourceEntry) => identityKeys("", entry.meta);
  const first = new Set(ids(a));
  return ids(b).some((key) => first.has(key));
}

/** What `later` knows that `kept` does not. */
function fillIn(kept: MergedEntry, later: SourceEntry): void {
  if (kept.abstract === "" && later.abstract !== "") kept.abstract = later.abstract;
  const meta: SourceMeta = kept.meta;
  for (const field of SOURCE_META_FIELDS) {
    const value = later.meta[field];
    const current = meta[field];
    if (value === undefined || value.length === 0 || (current !== undefined && current.length > 0)) continue;
    (meta as Record<string, unknown>)[field] = value;
  }
}
