/**
 * What every source format gives the ingest: papers with a title, an abstract, where they
 * were found, and the metadata the format carries. One shape for the Hugging Face text
 * listing, the daily-papers JSON, an arXiv Atom feed and BibTeX, so the rest of the ingest
 * never asks which format a paper came from.
 */

import type { SourceMeta } from "../content/paper-metadata.ts";

export { SOURCE_META_FIELDS, type SourceMeta } from "../content/paper-metadata.ts";

export interface SourceEntry {
  title: string;
  abstract: string;
  /** 1-based line where the entry starts in its file (its title line, `<entry>`, `@article{`, or its object in JSON). */
  line: number;
  meta: SourceMeta;
}

export interface SourceWarning {
  line: number;
  message: string;
}

export interface ParsedSource {
  entries: SourceEntry[];
  warnings: SourceWarning[];
}

/** A source that cannot be used at all; nothing is written. `line` is set when one place is to blame. */
export class SourceError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
    this.name = "SourceError";
  }
}

export type SourceFormat = "listing" | "daily-papers-json" | "arxiv-atom" | "bibtex";

/** How messages and the README name each format. */
export const FORMAT_NAMES: Record<SourceFormat, string> = {
  listing: "Hugging Face Papers text listing",
  "daily-papers-json": "Hugging Face daily-papers JSON",
  "arxiv-atom": "arXiv Atom feed",
  bibtex: "BibTeX",
};
