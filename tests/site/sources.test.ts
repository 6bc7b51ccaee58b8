/**
 * A review fed by several sources (issue 13, parts 3–6), built: the fixture digest, with the
 * daily-papers JSON and a Zotero BibTeX export added. Each paper a source describes shows its
 * authors and links, is cited with authors and year, and carries its metadata in review.json;
 * a paper no source describes links to searches for it.
 */

import { copyFile, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { elements, textOf } from "../../scripts/lib/page-check.ts";
import { runIngest } from "../../scripts/ingest.ts";
import { baseSlug } from "../../src/lib/content/slug.ts";
import { buildFixtureSite, NORMAL_PAPERS, readText, type FixtureSite } from "./fixture-site.ts";

const SOURCES = new URL("../fixtures/sources/", import.meta.url).pathname;
const kan = "kan-kolmogorov-arnold-networks";
const lstm = "long-short-term-memory";
const sanitising = baseSlug("Sanitising <script> in abstracts");

let site: FixtureSite;
let ingestLog: string[] = [];

beforeAll(async () => {
  site = await buildFixtureSite(async (root) => {
    await mkdir(join(root, "content", "sources"), { recursive: true });
    await copyFile(join(SOURCES, "daily-papers.json"), join(root, "content", "sources", "daily-papers.json"));
    ingestLog = [];
    expect(await runIngest({ root, add: join(SOURCES, "zotero.bib"), log: (line) => ingestLog.push(line) }), ingestLog.join("\n")).toBe(0);
  });
}, 240_000);

afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

const page = (slug: string) => readText(join(site.dist, "papers", slug, "index.html"));

describe("a review fed by a listing, a daily-papers JSON and a BibTeX export", () => {
  it("makes the fixture digest's KAN and the JSON's one paper, with the JSON's metadata", async () => {
    expect(baseSlug(NORMAL_PAPERS[0]![0])).toBe(kan);
    expect(ingestLog.join("\n")).toMatch(/in more than one source, each kept once/);
    const html = await page(kan);
    expect(html).toContain('<span class="authors" data-pagefind-meta="authors">Ziming Liu, Yixuan Wang,');
    expect(html).toContain('<time class="year" datetime="2024-04-30">2024</time>');
    expect(html).toContain('href="https://arxiv.org/abs/2404.19756"');
    expect(html).toContain('href="https://github.com/KindXiaoming/pykan"');
    expect(html).not.toContain("Find the paper");
    // Cited with authors and year, keyed by them.
    expect(html).toMatch(/@misc\{liu2024kan,\s+author\s+= \{Ziming Liu and Yixuan Wang and/);
    expect(html).toMatch(/year\s+= \{2024\}/);
  });

  it("shows a BibTeX paper's decoded authors, venue and DOI, and its hostile title as text", async () => {
    const html = await page(lstm);
    expect(html).toContain("Sepp Hochreiter, Jürgen Schmidhuber");
    expect(html).toContain('<cite class="venue">Neural Computation</cite>');
    expect(html).toContain('href="https://doi.org/10.1162/neco.1997.9.8.1735"');
    expect(html).toMatch(/@article\{hochreiter1997long,[\s\S]*journal\s+= \{Neural Computation\}/);
    const hostile = await page(sanitising);
    expect(hostile).toContain("Sanitising &lt;script&gt; in abstracts");
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt; stays visible");
    // As text, never as an element: the only scripts are the site's own.
    const scripts = elements(parse(hostile)).filter((element) => element.tagName === "script");
    expect(scripts.every((element) => !textOf(element).includes("alert"))).toBe(true);
  });

  it("links a paper no source describes to searches for its title", async () => {
    const html = await page(baseSlug(NORMAL_PAPERS[1]![0]));
    expect(html).toContain("Find the paper:");
    expect(html).toContain("https://www.semanticscholar.org/search?q=");
  });

  it("writes each paper's metadata and the day it joined to review.json", async () => {
    const review = JSON.parse(await readText(join(site.dist, "review.json"))) as { papers: Record<string, unknown>[] };
    const paper = review.papers.find((item) => item.slug === lstm)!;
    expect(paper).toMatchObject({ authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"], year: 1997, doi: "10.1162/neco.1997.9.8.1735", venue: "Neural Computation" });
    expect(paper.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const plain = review.papers.find((item) => item.slug === baseSlug(NORMAL_PAPERS[1]![0]))!;
    expect(plain.authors).toEqual([]);
  });

  it("survives a re-ingest unchanged", async () => {
    const log: string[] = [];
    expect(await runIngest({ root: site.root, log: (line) => log.push(line) })).toBe(0);
    expect(log.at(-1)).toMatch(/^added 0, updated 0, unchanged \d+, removed 0, kept 0$/);
  });
});
