/**
 * The reviewer's side of the site, computed once per build from the collections: reviewer
 * fields, citations, likely duplicates, coverage and "edit this page" links. Routes and
 * components read it from here, like the review model from ./review.ts.
 */

import { readFileSync } from "node:fs";
import { bibliography, type Citation } from "../lib/workbench/bibtex.ts";
import { formatProblem, pinProblems } from "../lib/content/content-check.ts";
import { likelyDuplicates } from "../lib/workbench/duplicates.ts";
import { hasBody, isDraftNote } from "../lib/content/mdx-body.ts";
import { editUrl } from "../lib/view/paper-links.ts";
import { PAPER_STATUSES, type PaperData } from "../lib/content/schemas.ts";
import { paperMetadata, type PaperMetadata } from "../lib/content/paper-metadata.ts";
import { paperEntries, paperEntry, review, topicEntries } from "./review.ts";

/**
 * A pin to a topic that does not exist would be dropped without a word by the topic assignment;
 * the build stops instead, naming the file and line (as `npm run check:content` does).
 */
const topicIds = topicEntries.map((entry) => entry.id);
const badPins = paperEntries
  .filter((entry) => entry.data.topics?.some((id) => !topicIds.includes(id)))
  .flatMap((entry) => {
    const file = entry.filePath ?? `content/papers/${entry.id}.mdx`;
    return pinProblems(file, readFileSync(file, "utf8"), topicIds);
  });
if (badPins.length > 0) throw new Error(`Pins to unknown topics:\n${badPins.map(formatProblem).join("\n")}`);

/** The reviewer's frontmatter fields of a paper (status, rating, tags, bibliographic facts). */
export function reviewerFields(slug: string): PaperData {
  const entry = paperEntry.get(slug);
  if (!entry) throw new Error(`unknown paper: ${slug}`);
  return entry.data;
}

/** Key papers are highlighted wherever they are listed. */
export function isKey(slug: string): boolean {
  return paperEntry.get(slug)?.data.status === "key";
}

const metadataBySlug = new Map(paperEntries.map((entry) => [entry.id, paperMetadata(entry.data)]));

/** A paper's authors, year, venue, ids and links: the reviewer's values, else its sources'. */
export function metadata(slug: string): PaperMetadata {
  const found = metadataBySlug.get(slug);
  if (!found) throw new Error(`unknown paper: ${slug}`);
  return found;
}

export const citations: Citation[] = bibliography(
  paperEntries.map((entry) => {
    const { authors, year, venue, arxiv, doi, url } = metadata(entry.id);
    return { slug: entry.id, title: entry.data.title, authors, year, venue, arxiv, doi, url, citeKey: entry.data.citeKey };
  }),
);
const citationBySlug = new Map(citations.map((citation) => [citation.slug, citation]));

export function citation(slug: string): Citation {
  const found = citationBySlug.get(slug);
  if (!found) throw new Error(`unknown paper: ${slug}`);
  return found;
}

/**
 * The repository the site is built from, for "edit this page" links: Netlify sets
 * REPOSITORY_URL in its builds; elsewhere set it yourself. EDIT_BRANCH (else Netlify's BRANCH,
 * else main) is the branch the link edits.
 */
const REPOSITORY_URL = process.env.REPOSITORY_URL;
const EDIT_BRANCH = process.env.EDIT_BRANCH || process.env.BRANCH || "main";

export const paperEditUrl = (slug: string) => editUrl(REPOSITORY_URL, `content/papers/${slug}.mdx`, EDIT_BRANCH);
export const topicEditUrl = (id: string) => editUrl(REPOSITORY_URL, `content/topics/${id}.mdx`, EDIT_BRANCH);

/** Everything the dashboard shows, computed once. */
export function dashboard() {
  const papers = review.papers;
  const annotated = papers.filter((paper) => paper.hasCommentary);
  // A drafted topic's body is only the ingest's note to the reviewer: not an essay yet, a draft to rewrite.
  const essays = new Set(topicEntries.filter((entry) => hasBody(entry.body) && !isDraftNote(entry.body)).map((entry) => entry.id));
  const drafts = new Set(topicEntries.filter((entry) => isDraftNote(entry.body)).map((entry) => entry.id));
  // Furthest read first: key, read, skimmed, unread, then papers without a status.
  const byStatus = new Map<string, string[]>([...[...PAPER_STATUSES].reverse(), "not set"].map((status) => [status, []]));
  for (const paper of papers) byStatus.get(reviewerFields(paper.slug).status ?? "not set")!.push(paper.slug);
  const pinned = papers.filter((paper) => paper.pinned);
  return {
    total: papers.length,
    annotated: annotated.length,
    topics: review.topics.map((topic) => {
      const primary = topic.papers.slice(0, topic.primaryCount);
      return {
        id: topic.id,
        title: topic.title,
        url: topic.url,
        essay: essays.has(topic.id),
        draft: drafts.has(topic.id),
        papers: primary.length,
        annotated: primary.filter((slug) => review.paper(slug).hasCommentary).length,
        key: primary.filter(isKey).length,
      };
    }),
    byStatus: [...byStatus].map(([status, slugs]) => ({ status, slugs })),
    pinned: pinned.map((paper) => paper.slug),
    disagreements: pinned
      .filter((paper) => paper.topics[0] !== undefined && paper.automaticTopic !== paper.topics[0])
      .map((paper) => ({ slug: paper.slug, pinned: paper.topics[0]!, automatic: paper.automaticTopic })),
    duplicates: likelyDuplicates(papers),
    leftDigest: papers.filter((paper) => !paper.inDigest).map((paper) => paper.slug),
  };
}
