/**
 * `npm run new` and `npm run ingest -- --add`: a review started from one source, grown from
 * others, each step all or nothing and re-runnable without changes.
 */

import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { splitFrontmatter } from "../../src/lib/content/content-files.ts";
import { runIngest } from "../../scripts/ingest.ts";
import { runNew } from "../../scripts/new.ts";

const FIXTURES = new URL("../fixtures/sources/", import.meta.url).pathname;
const TODAY = "2026-03-04";

let root: string;
let log: string[];
const run = (options: { file: string; force?: boolean }) => runNew({ root, today: TODAY, log: (line) => log.push(line), ...options });
const ingest = (options: { add?: string; check?: boolean; dryRun?: boolean } = {}) => runIngest({ root, today: TODAY, log: (line) => log.push(line), ...options });

/** Every file under content/ and public/, with its bytes. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const folder of ["content", "public"]) {
    const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries.filter((item) => item.isFile())) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(root.length + 1)] = await readFile(path, "utf8");
    }
  }
  return out;
}

async function frontmatter(path: string): Promise<Record<string, unknown>> {
  return parse(splitFrontmatter(await readFile(join(root, path), "utf8"), path).frontmatter) as Record<string, unknown>;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "topical-new-"));
  log = [];
  // The review someone already has: a paper with commentary, an essay, a home page, a figure.
  await mkdir(join(root, "content", "papers"), { recursive: true });
  await mkdir(join(root, "content", "topics"), { recursive: true });
  await mkdir(join(root, "public", "figures"), { recursive: true });
  await writeFile(join(root, "content", "digest.txt"), "Subscribe Old Paper\nWe study old things. It works.\n");
  await writeFile(join(root, "content", "papers", "old-paper.mdx"), '---\ntitle: "Old Paper"\nabstract: "We study old things. It works."\nstatus: key\n---\n\nMy commentary.\n');
  await writeFile(join(root, "content", "papers", "plain-paper.mdx"), '---\ntitle: "Plain Paper"\nabstract: "Plain."\n---\n');
  await writeFile(join(root, "content", "topics", "old-topic.mdx"), '---\ntitle: "MLPs and Their Descendants"\n---\n\nMy essay.\n');
  await writeFile(join(root, "content", "index.mdx"), '---\ntitle: "MLPs and Their Descendants: A Topical Review"\n---\n\nMy introduction.\n');
  await writeFile(join(root, "public", "figures", "loss.png"), "png");
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("npm run new", () => {
  it("refuses while the review holds the reviewer's writing, lists what would be lost, and changes nothing", async () => {
    const before = await snapshot();
    expect(await run({ file: join(FIXTURES, "daily-papers.json") })).toBe(1);
    expect(log).toEqual(
      expect.arrayContaining([
        "  content/papers/old-paper.mdx: commentary and your fields (status)",
        "  content/topics/old-topic.mdx: an essay",
        "  content/index.mdx: your home page (title and introduction)",
        "  public/figures/loss.png: a figure",
      ]),
    );
    expect(log.join("\n")).not.toContain("plain-paper");
    expect(await snapshot()).toEqual(before);
  });

  it("with --force, replaces everything with the new papers, drafted topics and a drafted home page; the ingest then changes nothing", async () => {
    expect(await run({ file: join(FIXTURES, "daily-papers.json"), force: true })).toBe(0);
    const files = await snapshot();
    const names = Object.keys(files).sort();
    expect(names).toContain("content/sources/daily-papers.json");
    expect(names.filter((name) => /\/(old-|plain-)|digest\.txt|figures/.test(name))).toEqual([]);
    expect(Object.values(files).join("\n")).not.toMatch(/MLPs and Their Descendants|My commentary|My essay/);
    const home = await frontmatter("content/index.mdx");
    expect(home.title).toMatch(/A Topical Review$/);
    expect(names.some((name) => name.startsWith("content/topics/"))).toBe(true);

    const kan = await frontmatter("content/papers/kan-kolmogorov-arnold-networks.mdx");
    expect(kan).toMatchObject({ added: TODAY, source: { arxiv: "2404.19756", date: "2024-04-30", code: expect.stringMatching(/^https:\/\/github\.com\//) } });
    expect((kan.source as { authors: string[] }).authors[0]).toBe("Ziming Liu");

    // Starting again over an untouched drafted review needs no --force.
    log = [];
    expect(await ingest({ check: true })).toBe(0);
    expect(await ingest()).toBe(0);
    expect(log.at(-1)).toMatch(/^added 0, updated 0, unchanged \d+, removed 0, kept 0$/);
    expect(await snapshot()).toEqual(files);
    expect(await run({ file: join(FIXTURES, "arxiv-feed.atom") })).toBe(0);
  });

  it("grows by sources: --add merges the same paper from several formats into one, and a re-ingest changes nothing", async () => {
    expect(await run({ file: join(FIXTURES, "daily-papers.json"), force: true })).toBe(0);
    const papers = async () => (await readdir(join(root, "content", "papers"))).sort();
    const first = await papers();
    // Each added source is read where the next run reads it (name order), so re-reading all changes nothing.
    for (const name of ["arxiv-feed.atom", "zotero.bib", "arxiv-export.bib"]) {
      expect(await ingest({ add: join(FIXTURES, name) })).toBe(0);
      log = [];
      expect(await ingest()).toBe(0);
      expect(log.at(-1), name).toMatch(/^added 0, updated 0, unchanged \d+, removed 0, kept 0$/);
    }
    expect(await readdir(join(root, "content", "sources"))).toEqual(["arxiv-export.bib", "arxiv-feed.atom", "daily-papers.json", "zotero.bib"]);
    const all = await papers();
    expect(all.filter((name) => name.startsWith("kan-"))).toEqual(["kan-kolmogorov-arnold-networks.mdx"]);
    expect(all.length).toBeGreaterThan(first.length);
    // A paper only the Atom feed has carries the feed's metadata.
    const feedOnly = all.find((name) => name.startsWith("scaling-laws-for-neural-language"));
    expect(feedOnly).toBeDefined();
    expect(await frontmatter(`content/papers/${feedOnly}`)).toMatchObject({ source: { arxiv: "2001.08361" } });
    // Metadata from three formats on one paper: the first source names it, the others fill in.
    expect(await frontmatter("content/papers/attention-is-all-you-need.mdx")).toMatchObject({ source: { arxiv: "1706.03762", authors: expect.arrayContaining(["Ashish Vaswani"]) } });

    const grown = await snapshot();
    log = [];
    expect(await ingest()).toBe(0);
    expect(log.at(-1)).toMatch(/^added 0, updated 0, unchanged \d+, removed 0, kept 0$/);
    expect(await snapshot()).toEqual(grown);
    // Adding the same file again is said, not repeated.
    expect(await ingest({ add: join(FIXTURES, "zotero.bib") })).toBe(0);
    expect(log.join("\n")).toContain("content/sources/zotero.bib is already a source");
    expect(await snapshot()).toEqual(grown);

    // Removing a source removes its papers (the rules of one digest, per source); the others stay.
    await rm(join(root, "content", "sources", "arxiv-feed.atom"));
    await rm(join(root, "content", "sources", "arxiv-export.bib"));
    expect(await ingest()).toBe(0);
    expect((await papers()).includes(feedOnly!)).toBe(false);
    expect((await papers()).includes("kan-kolmogorov-arnold-networks.mdx")).toBe(true);
  });

  it("refuses a malformed source, naming the file and line, and changes nothing", async () => {
    const before = await snapshot();
    expect(await run({ file: join(FIXTURES, "malformed-daily-papers.json"), force: true })).toBe(2);
    expect(log.at(-1)).toMatch(/^error: .*malformed-daily-papers\.json:\d+: .*nothing was changed$/);
    expect(await snapshot()).toEqual(before);
    log = [];
    expect(await ingest({ add: join(FIXTURES, "malformed-arxiv-feed.atom") })).toBe(2);
    expect(log.at(-1)).toMatch(/^error: .*malformed-arxiv-feed\.atom:\d+: /);
    expect(await snapshot()).toEqual(before);
    await expect(stat(join(root, "content", "sources"))).rejects.toThrow();
  });

  it("refuses to add a source whose name another source already has, changing nothing", async () => {
    expect(await run({ file: join(FIXTURES, "daily-papers.json"), force: true })).toBe(0);
    const before = await snapshot();
    await mkdir(join(root, "elsewhere"));
    await cp(join(FIXTURES, "arxiv-feed.atom"), join(root, "elsewhere", "daily-papers.json"));
    log = [];
    expect(await ingest({ add: "elsewhere/daily-papers.json" })).toBe(2);
    expect(log.at(-1)).toBe("error: content/sources/daily-papers.json: a different source of this name is already in the review; rename elsewhere/daily-papers.json or replace content/sources/daily-papers.json yourself — nothing was changed");
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a text listing as content/digest.txt", async () => {
    await cp(new URL("../fixtures/claims/tune-d-digest.txt", import.meta.url).pathname, join(root, "listing.txt"));
    expect(await run({ file: "listing.txt", force: true })).toBe(0);
    expect(await readFile(join(root, "content", "digest.txt"), "utf8")).toBe(await readFile(join(root, "listing.txt"), "utf8"));
    expect(log.join("\n")).toContain("Hugging Face Papers text listing");
  });
});
