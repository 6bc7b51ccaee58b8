import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeEntities } from "../../scripts/html.ts";
import { baseSlug } from "../../src/lib/content/slug.ts";
import { plainTitle } from "../../src/lib/model/abstract-text.ts";
import { parse } from "parse5";
import { attribute as attr, elements, paperPageProblems, textOf } from "../../scripts/lib/page-check.ts";
import { buildFixtureSite, hostileAbstract, HOSTILE_TITLES, NORMAL_PAPERS, URL_ABSTRACTS, type FixtureSite } from "./fixture-site.ts";

let site: FixtureSite;
let htmlFiles: string[];
const annotated = baseSlug("Kolmogorov-Arnold Transformers");

beforeAll(async () => {
  site = await buildFixtureSite(async (root) => {
    // A reviewer's commentary with GFM, and a pin to another topic.
    const file = join(root, "content", "papers", `${annotated}.mdx`);
    const text = await readFile(file, "utf8");
    await writeFile(
      file,
      `${text.replace("---\n", "---\ntopics: [scaling-laws]\n")}\n| Model | Params |\n| --- | --- |\n| KAT | 22M |\n\nA ~~minor~~ key paper.\n`,
    );
  });
  htmlFiles = (await walk(site.dist)).filter((file) => file.endsWith(".html"));
});

afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

const page = (path: string) => readFile(join(site.dist, path, "index.html"), "utf8");

/** Text of an element, with Astro's escaping undone: what a reader sees. */
function decode(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""));
}

function h1(html: string): string {
  const match = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
  if (!match) throw new Error("no h1");
  return decode(match[1]!);
}

describe("the fixture site", () => {
  it("has a page per paper, per topic, and the index pages", async () => {
    const papers = await readdir(join(site.dist, "papers"));
    expect(papers.filter((name) => name !== "index.html")).toHaveLength(NORMAL_PAPERS.length + URL_ABSTRACTS.length + HOSTILE_TITLES.length);
    for (const path of ["", "papers", "topics", "search", "topics/speech-synthesis", "topics/scaling-laws"]) {
      expect(existsSync(join(site.dist, path, "index.html")), path).toBe(true);
    }
    expect(existsSync(join(site.dist, "404.html"))).toBe(true);
  });

  it("shows every hostile title as written (its inline math read as Unicode), and runs none of it", async () => {
    // Written out, so that a character plainTitle lost would show: the math read, everything else as written.
    const mathTitle = HOSTILE_TITLES.find((title) => title.startsWith("$\\tau^2$"))!;
    expect(h1(await page(`papers/${baseSlug(mathTitle)}`))).toBe("τ² scaling and 45\\% of {x}");
    for (const title of HOSTILE_TITLES) {
      const html = await page(`papers/${baseSlug(title)}`);
      expect(h1(html)).toBe(plainTitle(title));
      // As text, exactly: the abstract reads as its plain text (LaTeX and Markdown read, braces dropped), nothing became markup.
      expect(paperPageProblems(html, { title, abstract: hostileAbstract(title) })).toEqual([]);
    }
    expect(existsSync(join(site.root, "PWNED"))).toBe(false);
    for (const file of htmlFiles) {
      // Inside a quoted attribute value `<` is inert text; only markup outside values could run.
      const markup = (await readFile(file, "utf8")).replace(/="[^"]*"/g, '=""');
      expect(markup, relative(site.dist, file)).not.toContain("<script>alert(1)</script>");
      expect(markup, relative(site.dist, file)).not.toMatch(/<img[^>]*onerror/);
      expect(await readFile(file, "utf8"), relative(site.dist, file)).not.toMatch(/href="javascript:/i);
    }
  });

  it("links URLs in abstracts safely", async () => {
    const html = await page(`papers/${baseSlug(NORMAL_PAPERS[0]![0])}`);
    expect(html).toContain('<a href="https://github.com/KindXiaoming/pykan" rel="nofollow noopener">https://github.com/KindXiaoming/pykan</a>.');
  });

  it("keeps an abstract that opens with a URL holding & and \" as text in every attribute", async () => {
    const [title, abstract] = URL_ABSTRACTS[0]!;
    const html = await page(`papers/${baseSlug(title)}`);
    const tree = parse(html);
    // The payload's <i> and <script> must not become elements anywhere on the page.
    expect(elements(tree).filter((node) => node.tagName === "i")).toEqual([]);
    expect(elements(tree).some((node) => node.tagName === "script" && node.childNodes.some((child) => "value" in child && String(child.value).includes("PWNED")))).toBe(false);
    const description = elements(tree).find((node) => node.tagName === "meta" && attr(node, "name") === "description");
    // The address stays a link in the abstract; the contribution a list and the description show drops it.
    expect(attr(description!, "content")).toBe(abstract.replace("https://a.b/& ", ""));
  });

  it("links a URL written with &amp; or & to exactly the address it shows", async () => {
    const html = await page(`papers/${baseSlug(URL_ABSTRACTS[1]![0])}`);
    const links = elements(parse(html)).filter((node) => node.tagName === "a" && attr(node, "href")?.startsWith("https://a.example/"));
    expect(links.map((link) => attr(link, "href"))).toEqual(["https://a.example/x&amp;y", "https://a.example/p?q=1&r=2"]);
    for (const link of links) expect(attr(link, "href")).toBe(textOf(link));
  });

  it("renders the reviewer's commentary with GFM and honours the pin", async () => {
    const html = await page(`papers/${annotated}`);
    expect(html).toMatch(/<table>[\s\S]*<td>KAT<\/td>/);
    expect(html).toContain("<del>minor</del>");
    expect(html).toMatch(/<a class="chip" href="\/topics\/scaling-laws\/" data-primary/);
  });

  it("links every paper page to its topics and related papers, and every topic page to its papers", async () => {
    const json = JSON.parse(await readFile(join(site.dist, "review.json"), "utf8"));
    for (const paper of json.papers) {
      const html = await page(`papers/${paper.slug}`);
      expect(paper.topics.length).toBeGreaterThan(0);
      for (const id of paper.topics) expect(html).toContain(`href="/topics/${id}/"`);
      for (const slug of paper.related) expect(html).toContain(`href="/papers/${slug}/"`);
    }
    for (const topic of json.topics) {
      const html = await page(`topics/${topic.id}`);
      for (const slug of topic.papers) expect(html).toContain(`href="/papers/${slug}/"`);
    }
  });

  it("resolves every internal link", async () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      const html = await readFile(file, "utf8");
      for (const [, href] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const target = join(site.dist, decodeURIComponent(href!));
        const exists = href!.endsWith("/") ? existsSync(join(target, "index.html")) : existsSync(target);
        if (!exists) broken.push(`${relative(site.dist, file)} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("writes the Pagefind index with topic filters", async () => {
    expect(existsSync(join(site.dist, "pagefind", "pagefind.js"))).toBe(true);
    const entry = JSON.parse(await readFile(join(site.dist, "pagefind", "pagefind-entry.json"), "utf8"));
    expect(Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count).toBe(
      NORMAL_PAPERS.length + URL_ABSTRACTS.length + HOSTILE_TITLES.length + 3 + 3,
    );
    expect(site.output).toMatch(/indexed \d+ pages/);
    const paper = await page(`papers/${baseSlug(NORMAL_PAPERS[2]![0])}`);
    expect(paper).toContain('data-pagefind-filter="topic:Speech Synthesis"');
    expect(paper).toContain("data-pagefind-body");
  });

  it("lists the pages in the sitemap under the site's URL, and robots.txt points at it", async () => {
    const sitemap = await readFile(join(site.dist, "sitemap-0.xml"), "utf8");
    const json = JSON.parse(await readFile(join(site.dist, "review.json"), "utf8"));
    for (const paper of json.papers) expect(sitemap).toContain(`<loc>https://review.example.org/papers/${paper.slug}/</loc>`);
    for (const topic of json.topics) expect(sitemap).toContain(`<loc>https://review.example.org/topics/${topic.id}/</loc>`);
    expect(sitemap).not.toContain("/404");
    expect(await readFile(join(site.dist, "robots.txt"), "utf8")).toContain("Sitemap: https://review.example.org/sitemap-index.xml");
  });

  it("writes review.json to the contract", async () => {
    const json = JSON.parse(await readFile(join(site.dist, "review.json"), "utf8"));
    expect(typeof json.title).toBe("string");
    const slugs = new Set(json.papers.map((paper: { slug: string }) => paper.slug));
    const ids = new Set(json.topics.map((topic: { id: string }) => topic.id));
    expect(slugs.size).toBe(NORMAL_PAPERS.length + URL_ABSTRACTS.length + HOSTILE_TITLES.length);
    expect([...ids].sort()).toEqual(["kolmogorov-arnold-networks", "scaling-laws", "speech-synthesis"]);
    for (const paper of json.papers) {
      expect(paper.url).toBe(`https://review.example.org/papers/${paper.slug}/`);
      expect(paper.topics.every((id: string) => ids.has(id))).toBe(true);
      expect(paper.related.every((slug: string) => slugs.has(slug) && slug !== paper.slug)).toBe(true);
    }
    for (const topic of json.topics) {
      expect(topic.url).toBe(`https://review.example.org/topics/${topic.id}/`);
      expect(topic.papers.every((slug: string) => slugs.has(slug))).toBe(true);
      expect(topic.related.every((id: string) => ids.has(id) && id !== topic.id)).toBe(true);
    }
    const kan = json.papers.find((paper: { title: string }) => paper.title === NORMAL_PAPERS[0]![0]);
    expect(kan.topics[0]).toBe("kolmogorov-arnold-networks");
    const tts = json.papers.find((paper: { title: string }) => paper.title === NORMAL_PAPERS[3]![0]);
    expect(tts.topics[0]).toBe("speech-synthesis");
  });

  it("says in review.json what each paper does and what it reports, as the pages show it", async () => {
    const json = JSON.parse(await readFile(join(site.dist, "review.json"), "utf8"));
    const fastSpeech = json.papers.find((paper: { title: string }) => paper.title === NORMAL_PAPERS[2]![0]);
    expect(fastSpeech.contribution).toMatch(/^We propose FastSpeech, a feed-forward network/);
    expect(fastSpeech.results).toEqual([{ value: "270x", metric: "speed", on: "", sentence: expect.stringContaining("speeding up synthesis by 270x") }]);
    const kan = json.papers.find((paper: { title: string }) => paper.title === NORMAL_PAPERS[0]![0]);
    // "Inspired by the … theorem, we propose KANs": the opener is kept (it points at nothing earlier).
    expect(kan.contribution).toMatch(/we propose Kolmogorov-Arnold Networks/);
    expect(kan.results).toEqual([]);
    for (const paper of json.papers) {
      expect(typeof paper.contribution).toBe("string");
      for (const result of paper.results) expect(Object.keys(result).sort()).toEqual(["metric", "on", "sentence", "value"]);
    }
    // The list on the topic page shows the same sentence.
    const topicPage = await readFile(join(site.dist, "topics", "speech-synthesis", "index.html"), "utf8");
    expect(topicPage).toContain("We propose FastSpeech, a feed-forward network");
  });

  it("builds the same bytes twice", async () => {
    // review.json carries every computed fact; it must not depend on run order or time.
    const first = await readFile(join(site.dist, "review.json"), "utf8");
    const paper = await page(`papers/${annotated}`);
    expect(first).toContain(annotated);
    expect(paper).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });
});
