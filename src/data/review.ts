/**
 * The one place the site reads its collections: queried once per build, at module scope,
 * and shared by every route (repeated getCollection calls are what make large builds slow).
 */

import { getCollection, type CollectionEntry } from "astro:content";
import { hasBody } from "../lib/content/mdx-body.ts";
import { buildReview, type PaperInput, type Review, type TopicInput } from "../lib/model/review.ts";

/** The home page's introduction, `content/index.mdx`, when there is one; its title names the review. */
export const introEntry: CollectionEntry<"pages"> | undefined = (await getCollection("pages")).find((entry) => entry.id === "index");

export const REVIEW_TITLE = introEntry?.data.title ?? "A Topical Review";

export const paperEntries: CollectionEntry<"papers">[] = await getCollection("papers");
export const topicEntries: CollectionEntry<"topics">[] = await getCollection("topics");

export const paperEntry = new Map(paperEntries.map((entry) => [entry.id, entry]));
export const topicEntry = new Map(topicEntries.map((entry) => [entry.id, entry]));

const paperInputs: PaperInput[] = paperEntries.map((entry) => ({
  slug: entry.id,
  title: entry.data.title,
  abstract: entry.data.abstract,
  pinned: entry.data.topics,
  inDigest: entry.data.inDigest,
  key: entry.data.status === "key",
}));
const commented = new Set(paperEntries.filter((entry) => hasBody(entry.body)).map((entry) => entry.id));
const topicInputs: TopicInput[] = topicEntries.map((entry) => ({ id: entry.id, ...entry.data }));

/**
 * `astro dev` re-runs this module on every content edit. Most edits (commentary) leave the
 * model's inputs as they were, so the last model is reused: a commentary edit then shows in
 * well under a second instead of waiting for topics and similarity to be recomputed. Whether
 * a paper has commentary feeds no computation, so it is not an input: it is set on the model
 * afterwards, and a first note on a paper reuses the model too.
 */
const memo = globalThis as { __topicalReview?: { key: string; review: Review } };
// Only the dev server reruns this module; a build would keep a copy of every abstract in the key.
const inputsKey = import.meta.env.DEV ? JSON.stringify([REVIEW_TITLE, paperInputs, topicInputs]) : "";
export const review: Review =
  inputsKey !== "" && memo.__topicalReview?.key === inputsKey ? memo.__topicalReview.review : buildReview(REVIEW_TITLE, paperInputs, topicInputs);
if (inputsKey !== "") memo.__topicalReview = { key: inputsKey, review };
for (const paper of review.papers) paper.hasCommentary = commented.has(paper.slug);
