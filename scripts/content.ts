/**
 * Reads content/papers and content/topics into the review model's inputs without Astro,
 * for the CLIs that compute the review outside a build (evaluation, benchmarks).
 */

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseFrontmatter, splitFrontmatter } from "../src/lib/content/content-files.ts";
import { hasBody } from "../src/lib/content/mdx-body.ts";
import type { PaperInput, TopicInput } from "../src/lib/model/review.ts";
import { listMdx } from "./fs.ts";

async function readEntries(folder: string): Promise<{ id: string; data: Record<string, unknown>; body: string }[]> {
  const entries = [];
  for (const name of await listMdx(folder)) {
    const file = join(folder, name);
    const split = splitFrontmatter(await readFile(file, "utf8"), file);
    const data = (parseFrontmatter(split, file).toJS() ?? {}) as Record<string, unknown>;
    entries.push({ id: name.slice(0, -".mdx".length), data, body: split.body });
  }
  return entries;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

export async function loadContent(root: string): Promise<{ papers: PaperInput[]; topics: TopicInput[] }> {
  const papers = (await readEntries(join(root, "content", "papers"))).map(({ id, data, body }) => ({
    slug: id,
    title: String(data.title ?? ""),
    abstract: String(data.abstract ?? ""),
    pinned: strings(data.topics),
    inDigest: data.inDigest !== false,
    hasCommentary: hasBody(body),
    key: data.status === "key",
  }));
  const topics = (await readEntries(join(root, "content", "topics"))).map(({ id, data }) => ({
    id,
    title: String(data.title ?? id),
    description: String(data.description ?? ""),
    terms: strings(data.terms),
    exclude: strings(data.exclude),
    order: typeof data.order === "number" ? data.order : undefined,
  }));
  return { papers, topics };
}
