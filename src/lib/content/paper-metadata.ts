/**
 * A paper's bibliographic metadata. Sources carry some of it (stored by the ingest under
 * `source:`); the reviewer may set any field at the top level of the frontmatter, and the
 * reviewer's value always wins. Pages, citations, the feed and review.json read the result of
 * `paperMetadata`, never the two halves.
 */

import type { PaperData } from "./schemas.ts";

/** Metadata a source can carry about a paper; every field is optional. */
export interface SourceMeta {
  /** Display names, "Given Family" (or an organisation's name), in the source's order. */
  authors?: string[];
  /** Publication date as precise as the source gives it: "2024", "2024-04" or "2024-04-30". */
  date?: string;
  /** arXiv identifier without version, e.g. "2404.19756" or "hep-th/9901001". */
  arxiv?: string;
  /** DOI without a resolver prefix, e.g. "10.1038/s41586-021-03819-2". */
  doi?: string;
  /** The paper's page (http/https). */
  url?: string;
  /** The code repository (http/https). */
  code?: string;
  /** Journal or conference. */
  venue?: string;
}

/** The metadata fields, in the order files store them. */
export const SOURCE_META_FIELDS = ["authors", "date", "arxiv", "doi", "url", "code", "venue"] as const satisfies readonly (keyof SourceMeta)[];

export interface PaperMetadata {
  authors: string[];
  /** The year as the reviewer set it, or the source's date's year. */
  year?: number;
  /** The source's date ("2024-04-30", "2024-04" or "2024"), when it agrees with the year shown. */
  date?: string;
  venue?: string;
  arxiv?: string;
  doi?: string;
  url?: string;
  code?: string;
}

/** The fields of a paper's frontmatter this reads: the reviewer's own and the source's. */
export type MetadataFields = Pick<PaperData, "authors" | "year" | "venue" | "arxiv" | "doi" | "url" | "code" | "source">;

export function paperMetadata(data: MetadataFields): PaperMetadata {
  const source = data.source ?? {};
  const sourceYear = yearOf(source.date);
  const year = data.year ?? sourceYear;
  const reviewerAuthors = data.authors?.map((author) => author.trim()).filter(Boolean) ?? [];
  const metadata: PaperMetadata = { authors: reviewerAuthors.length > 0 ? reviewerAuthors : [...(source.authors ?? [])] };
  if (year !== undefined) metadata.year = year;
  // A day from the source is shown only when it is the year the page shows.
  if (source.date !== undefined && sourceYear === year) metadata.date = source.date;
  for (const field of ["venue", "arxiv", "doi", "url", "code"] as const) {
    const value = nonBlank(data[field]) ?? nonBlank(source[field]);
    if (value !== undefined) metadata[field] = value;
  }
  return metadata;
}

function yearOf(date: string | undefined): number | undefined {
  const year = date === undefined ? undefined : /^(\d{4})/.exec(date)?.[1];
  return year === undefined ? undefined : Number(year);
}

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
