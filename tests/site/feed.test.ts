/**
 * A review that grows (issue 13, part 7), end to end: a fixture whose papers joined on
 * different days and one of which has commentary, built once, then its /feed.xml read with an
 * XML parser (newest first, absolute links, hostile titles escaped), every page's head checked
 * for the feed, and the home page's latest additions.
 */

import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parse } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseSlug } from "../../src/lib/content/slug.ts";
import { plainTitle } from "../../src/lib/model/abstract-text.ts";
import { attribute as attr, elements, textOf } from "../../scripts/lib/page-check.ts";
import { buildFixtureSite, fixtureDigest, HOSTILE_TITLES, NORMAL_PAPERS, type FixtureSite } from "./fixture-site.ts";

const SITE = "https://review.example.org";
const REVIEW_TITLE = "A Topical Review";
const CDATA_TITLE = 'Feeds & ]]> <b>CDATA</b> "Quoted" Escaping';
const script = baseSlug(HOSTILE_TITLES[2]!); // "<script>alert(1)</script> Attention Is Not All You Need"
const cdata = baseSlug(CDATA_TITLE);
const kan = baseSlug(NORMAL_PAPERS[0]![0]);
const chinchilla = baseSlug(NORMAL_PAPERS[5]![0]);
const undated = baseSlug(NORMAL_PAPERS[2]![0]); // FastSpeech, from a file older than `added`
/** The day each paper joined; every other paper joined with the first ingest. */
const ADDED: Record<string, string> = { [script]: "2026-12-03", [cdata]: "2026-12-02", [kan]: "2026-12-01" };
const FIRST_DAY = "2026-11-01";

const COMMENTARY = `
{/* a note to myself */}
Compute-optimal **training**, against [[${kan}|KANs]] and [[${kan}]]: <Aside type="tip">read §3 &lt;first&gt;.</Aside>

| Model | Params |
| --- | --- |
| Chinchilla | 70B |
`;

let site: FixtureSite;
let papers: string[];

beforeAll(async () => {
  const digest = `${fixtureDigest()}${CDATA_TITLE}\nWe propose a feed that escapes what it is given, and test it on hostile titles.\n`;
  site = await buildFixtureSite(async (root) => {
    const dir = join(root, "content", "papers");
    papers = (await readdir(dir)).map((name) => name.replace(/\.mdx$/, ""));
    for (const slug of papers) {
      const file = join(dir, `${slug}.mdx`);
      const text = await readFile(file, "utf8");
      expect(text, slug).toMatch(/^added: "\d{4}-\d{2}-\d{2}"$/m);
      let dated = slug === undated ? text.replace(/^added: .*\n/m, "") : text.replace(/^added: .*$/m, `added: "${ADDED[slug] ?? FIRST_DAY}"`);
      if (slug === chinchilla) dated = `${dated.replace("---\n", '---\ncommented: "2026-12-04"\n')}${COMMENTARY}`;
      await writeFile(file, dated);
    }
  }, digest);
}, 240_000);

afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

interface Item {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  description: string;
  pubDate: string;
  category?: string | string[];
}

async function feed() {
  const xml = await readFile(join(site.dist, "feed.xml"), "utf8");
  const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
  const channel = parsed.rss.channel;
  return { xml, channel, items: [channel.item].flat() as Item[] };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

describe("/feed.xml", () => {
  it("is RSS 2.0 about the review", async () => {
    const { xml, channel } = await feed();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    // The parser forgives broken XML, so the text is checked too: every `&` starts an entity, every `<` a tag.
    expect(xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)[^\s]{0,12}/gi)).toBeNull();
    expect(xml.match(/<(?![?/!]|[a-z][\w:.-]*[\s/>])[^\s]{0,12}/gi)).toBeNull();
    expect(xml).toMatch(/<\/rss>$/);
    expect(channel.title).toBe(REVIEW_TITLE);
    expect(channel.description).toBe(`A topical review of ${papers.length} papers in 3 topics.`);
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel["atom:link"]["@_href"]).toBe(`${SITE}/feed.xml`);
  });

  it("lists new commentary and new papers, newest first, each once, linked absolutely", async () => {
    const { items } = await feed();
    expect(items.slice(0, 4).map((item) => [item.title, item.link, item.pubDate])).toEqual([
      [`Commentary on ${NORMAL_PAPERS[5]![0]}`, `${SITE}/papers/${chinchilla}/#commentary`, "Fri, 04 Dec 2026 00:00:00 GMT"],
      [`New paper: ${HOSTILE_TITLES[2]}`, `${SITE}/papers/${script}/`, "Thu, 03 Dec 2026 00:00:00 GMT"],
      [`New paper: ${CDATA_TITLE}`, `${SITE}/papers/${cdata}/`, "Wed, 02 Dec 2026 00:00:00 GMT"],
      [`New paper: ${NORMAL_PAPERS[0]![0]}`, `${SITE}/papers/${kan}/`, "Tue, 01 Dec 2026 00:00:00 GMT"],
    ]);
    // Every paper but the undated one, and the one commentary.
    expect(items).toHaveLength(papers.length - 1 + 1);
    expect(items.some((item) => item.link.includes(undated))).toBe(false);
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(items.map((item) => item.guid["#text"])).size).toBe(items.length);
    for (const item of items) expect(item.link).toMatch(new RegExp(`^${SITE}/papers/[a-z0-9-]+/(#commentary)?$`));
  });

  it("links to pages and anchors that exist", async () => {
    const { items } = await feed();
    for (const item of items) {
      const url = new URL(item.link);
      const html = await readFile(join(site.dist, url.pathname, "index.html"), "utf8");
      if (url.hash) expect(elements(parse(html)).some((node) => attr(node, "id") === url.hash.slice(1)), item.link).toBe(true);
    }
  });

  it("describes a commentary by its text, with no markup, and a paper by its contribution", async () => {
    const { items } = await feed();
    // Descriptions are HTML to a feed reader: the plain text arrives with its `<` escaped.
    expect(items[0]!.description).toBe("Compute-optimal training, against KANs and KAN: Kolmogorov-Arnold Networks: read §3 &lt;first&gt;.");
    expect([items[0]!.category].flat()).toContain("Scaling Laws");
    // The model's contribution sentence: a sentence of the abstract.
    expect(items[3]!.description.length).toBeGreaterThan(40);
    expect(NORMAL_PAPERS[0]![1]).toContain(items[3]!.description);
  });

  it("carries hostile titles as text: escaped in the XML, exact once parsed", async () => {
    const { xml, items } = await feed();
    expect(xml).not.toContain("<script");
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("]]>");
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const titles = items.map((item) => item.title);
    for (const title of [...HOSTILE_TITLES.filter((title) => !title.includes("\u200b")), CDATA_TITLE]) {
      expect(titles.some((shown) => shown.endsWith(plainTitle(title.trim()))), title).toBe(true);
    }
  });
});

describe("every page", () => {
  it("links the feed in its head, and offers to follow it", async () => {
    const files = await walk(site.dist);
    expect(files.length).toBeGreaterThan(papers.length);
    for (const file of files) {
      const tree = parse(await readFile(file, "utf8"));
      const head = elements(tree).find((node) => node.tagName === "head")!;
      const alternate = elements(head).filter((node) => node.tagName === "link" && attr(node, "rel") === "alternate");
      expect(alternate.map((node) => [attr(node, "type"), attr(node, "title"), attr(node, "href")]), file).toEqual([["application/rss+xml", REVIEW_TITLE, "/feed.xml"]]);
      const footer = elements(tree).find((node) => node.tagName === "footer");
      expect(footer && elements(footer).some((node) => node.tagName === "a" && attr(node, "href") === "/feed.xml" && textOf(node) === "Follow this review (RSS)"), file).toBe(true);
    }
  });
});

describe("the home page", () => {
  it("shows the latest additions with their days, sums up the first ingest, and links the feed", async () => {
    const tree = parse(await readFile(join(site.dist, "index.html"), "utf8"));
    const section = elements(tree).find((node) => node.tagName === "section" && attr(node, "aria-labelledby") === "latest-heading")!;
    expect(section).toBeDefined();
    const items = elements(section).filter((node) => node.tagName === "li");
    expect(
      items.map((item) => {
        const [link] = elements(item).filter((node) => node.tagName === "a");
        const [time] = elements(item).filter((node) => node.tagName === "time");
        return [attr(link!, "href"), textOf(link!), attr(time!, "datetime"), textOf(time!)];
      }),
    ).toEqual([
      [`/papers/${script}/`, HOSTILE_TITLES[2], "2026-12-03", "3 December 2026"],
      [`/papers/${cdata}/`, CDATA_TITLE, "2026-12-02", "2 December 2026"],
      [`/papers/${kan}/`, NORMAL_PAPERS[0]![0], "2026-12-01", "1 December 2026"],
    ]);
    const text = textOf(section).replace(/\s+/g, " ");
    expect(text).toContain(`Before that, ${papers.length - 4} papers joined on 1 November 2026.`);
    expect(elements(section).some((node) => node.tagName === "a" && attr(node, "href") === "/feed.xml")).toBe(true);
  });
});
