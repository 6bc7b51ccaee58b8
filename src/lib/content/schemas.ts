/**
 * The frontmatter of the content files, in zod: the documentation of every field, shared by
 * the content collections (src/content.config.ts) and `npm run check:content`.
 *
 * `astro/zod` is Astro's own re-export of zod 4, the one `defineCollection` expects. It is
 * plain zod, with no Astro runtime, so this module stays usable outside a build.
 */

import { z } from "astro/zod";

/** Only web links become links on a page: `javascript:` and friends are refused. */
const webUrl = (description: string) =>
  z
    .url()
    .refine((value) => /^https?:\/\//i.test(value), { message: "must be an http(s) URL" })
    .describe(description);

/** Zod 4's own messages do not say what was written; the reviewer needs to see it. */
const ratingError = (issue: { input?: unknown }) => `expected a number from 0 to 5, not ${JSON.stringify(issue.input)}`;

/**
 * A paper: `content/papers/<slug>.mdx`. `title`, `abstract`, `inDigest`, `source` and `added`
 * are written by `npm run ingest`; every other field, and the MDX body, belongs to the reviewer.
 */
export const paperSchema = z.object({
  title: z.string().min(1).describe("Title as written in the digest (ingest)."),
  abstract: z.string().default("").describe("Abstract as written in the digest (ingest)."),
  inDigest: z
    .boolean()
    .default(true)
    .describe("false when the paper left every source and was kept for its commentary (ingest)."),
  source: z
    .object({
      authors: z.array(z.string()).optional(),
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date: 2024, 2024-04 or 2024-04-30").optional(),
      arxiv: z.string().optional(),
      doi: z.string().optional(),
      url: webUrl("The paper's page, from its source.").optional(),
      code: webUrl("The code repository, from its source.").optional(),
      venue: z.string().optional(),
    })
    .optional()
    .describe("What the paper's sources say about it: authors, date, ids, links, venue (ingest). Your own top-level field wins."),
  added: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a day: 2026-11-30")
    .optional()
    .describe("The day the paper joined the review (ingest); the home page and the feed list the latest."),
  commented: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a day: 2026-11-30")
    .optional()
    .describe("The day the ingest first saw commentary in the body (ingest, or yours); the feed lists new commentary by it."),
  topics: z
    .array(z.string())
    .optional()
    .describe("Topic ids that pin the paper; the first is its primary topic. Wins over the automatic assignment."),
  status: z
    .enum(["unread", "skimmed", "read", "key"], {
      error: (issue) => `expected unread, skimmed, read or key, not ${JSON.stringify(issue.input)}`,
    })
    .optional().describe("How far the reviewer has read it; key papers stand out."),
  rating: z.number({ error: ratingError }).min(0, { error: ratingError }).max(5, { error: ratingError }).optional().describe("The reviewer's rating, 0–5."),
  tags: z.array(z.string()).default([]).describe("Free tags of the reviewer's."),
  authors: z.array(z.string()).optional().describe("Authors, as 'Given Family' or 'Family, Given'."),
  year: z.number().int().min(1900).max(2100).optional(),
  venue: z.string().optional().describe("Journal or conference."),
  arxiv: z.string().optional().describe("arXiv identifier, e.g. 2404.19756."),
  doi: z.string().optional(),
  citeKey: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_:.-]*$/, "a BibTeX key: a letter, then letters, digits, _ : . or -")
    .optional()
    .describe("Your own citation key: wins over the generated one, so it never changes when you add authors."),
  url: webUrl("The paper's page.").optional(),
  code: webUrl("The code repository.").optional(),
});

/**
 * A topic: `content/topics/<id>.mdx`. The frontmatter defines the topic for the automatic
 * assignment; the body is the reviewer's essay introducing it.
 */
export const topicSchema = z.object({
  title: z.string().min(1).describe("Section title."),
  description: z.string().default("").describe("One sentence on what the section covers."),
  terms: z
    .array(z.string())
    .default([])
    .describe("Seed terms and phrases; words with capitals (KAN, TTS) match case-sensitively."),
  exclude: z.array(z.string()).default([]).describe("Terms that argue against the topic."),
  order: z.number().optional().describe("Position in the review's table of contents."),
});

export type PaperData = z.infer<typeof paperSchema>;
export type TopicData = z.infer<typeof topicSchema>;
export type PaperStatus = NonNullable<PaperData["status"]>;
export const PAPER_STATUSES: readonly PaperStatus[] = paperSchema.shape.status.unwrap().options;
