import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { glob } from "astro/loaders";
import { paperSchema, topicSchema } from "./lib/content/schemas.ts";
import { commentaryModules } from "./loaders/commentary-modules.ts";

// The schemas live in src/lib/content/schemas.ts (every field, with its meaning) so that
// `npm run check:content` validates the files with exactly what the build uses.
export { paperSchema, topicSchema };

const papers = defineCollection({
  // Only papers with commentary are rendered, so only they become MDX modules.
  loader: commentaryModules({ pattern: "**/[^_.]*.mdx", base: "./content/papers" }),
  schema: paperSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: "**/[^_.]*.mdx", base: "./content/topics" }),
  schema: topicSchema,
});

/**
 * The review's own pages: `content/index.mdx` is the home page's introduction. Its `title`
 * is the review's title; a missing file leaves the defaults.
 */
const pages = defineCollection({
  loader: glob({ pattern: "index.mdx", base: "./content" }),
  schema: z.object({
    title: z.string().min(1).describe("The review's title, shown on every page."),
    description: z.string().optional().describe("One sentence for search engines and link previews."),
    drafted: z.string().optional().describe("Written by npm run new: the drafted text's fingerprint. Delete it when you rewrite the page."),
  }),
});

export const collections = { papers, topics, pages };
