/**
 * The one place the site reads its collections: queried once per build, at module scope,
 * and shared by every route (repeated getCollection calls are what make large builds slow).
 */

import { getCollection, type CollectionEntry } from "astro:content";
import { buildReview } from "../lib/review.ts";

/** The home page's introduction, `content/index.mdx`, when there is one; its title names the review. */
export const introEntry: CollectionEntry<"pages"> | undefined = (await getCollection("pages")).find((entry) => entry.id === "index");

export const REVIEW_TITLE = introEntry?.data.title ?? "A Topical Review";

export const paperEntries: CollectionEntry<"papers">[] = await getCollection("papers");
export const topicEntries: CollectionEntry<"topics">[] = await getCollection("topics");

export const paperEntry = new Map(paperEntries.map((entry) => [entry.id, entry]));
export const topicEntry = new Map(topicEntries.map((entry) => [entry.id, entry]));

export const review = buildReview(
  REVIEW_TITLE,
  paperEntries.map((entry) => ({
    slug: entry.id,
    title: entry.data.title,
    abstract: entry.data.abstract,
    pinned: entry.data.topics,
    inDigest: entry.data.inDigest,
    hasCommentary: (entry.body ?? "").trim() !== "",
  })),
  topicEntries.map((entry) => ({ id: entry.id, ...entry.data })),
);
