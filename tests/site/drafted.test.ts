/**
 * A review whose digest came with no topics, as a new user's first one does: the ingest drafts
 * the topics, and the site built from them shows readers an overview, never an instruction
 * meant for the reviewer (issue 13, part 2); the dashboard lists the drafts to rewrite.
 */

import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRAFT_TOPIC_NOTE } from "../../src/lib/content/mdx-body.ts";
import { buildFixtureSite, type FixtureSite } from "./fixture-site.ts";

let site: FixtureSite;

beforeAll(async () => {
  site = await buildFixtureSite(undefined, undefined, { topics: false });
}, 120_000);

afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

describe("a drafted review", () => {
  it("keeps the reminder to rewrite in the file, out of the page", async () => {
    const ids = (await readdir(join(site.root, "content", "topics"))).map((name) => name.replace(/\.mdx$/, ""));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(await readFile(join(site.root, "content", "topics", `${id}.mdx`), "utf8")).toContain(DRAFT_TOPIC_NOTE);
      const page = await readFile(join(site.dist, "topics", id, "index.html"), "utf8");
      expect(page).not.toMatch(/Drafted by the ingest|Rewrite this|draft topic/i);
      // The overview readers get: the description, made from the papers' contributions, with no count to disagree with the header's.
      const lede = page.match(/<p class="lede">([^<]*)<\/p>/)?.[1] ?? "";
      expect(lede).toMatch(/^(?:Methods|Analyses|Benchmarks|Datasets|Surveys)\b/);
      expect(lede).not.toMatch(/\d+ papers/);
    }
  });

  it("lists the drafts on the reviewer's dashboard", async () => {
    const dashboard = await readFile(join(site.dist, "review", "index.html"), "utf8");
    expect(dashboard).toContain("draft to rewrite");
  });
});
