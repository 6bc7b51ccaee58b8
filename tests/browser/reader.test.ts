/**
 * The reader's site in a real browser (Debian's Chromium through playwright-core): search,
 * navigation, accessibility, small screens, and no console errors under the site's own
 * Content-Security-Policy. One fixture build and one browser for the whole file.
 */

import AxeBuilder from "@axe-core/playwright";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSite } from "../../scripts/index-search.ts";
import { serveDist, type RunningServer } from "../../scripts/serve-dist.ts";
import { baseSlug } from "../../src/lib/content/slug.ts";
import { buildFixtureSite, HOSTILE_TITLES, NORMAL_PAPERS, type FixtureSite } from "../site/fixture-site.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface ReviewJson {
  papers: { slug: string; title: string; topics: string[]; related: string[] }[];
  topics: { id: string; title: string; papers: string[] }[];
}

let site: FixtureSite;
let server: RunningServer;
let browser: Browser;
let review: ReviewJson;

const KAN = baseSlug(NORMAL_PAPERS[0]![0]);
const ANNOTATED = baseSlug(NORMAL_PAPERS[1]![0]);
const HIFI_GAN = baseSlug(NORMAL_PAPERS[3]![0]);
const SCRIPT_TITLE = baseSlug(HOSTILE_TITLES[2]!);

/** One of each kind of page a reader meets. */
const PAGES = {
  home: "/",
  topics: "/topics/",
  topic: "/topics/speech-synthesis/",
  paper: `/papers/${HIFI_GAN}/`,
  annotated: `/papers/${ANNOTATED}/`,
  hostile: `/papers/${SCRIPT_TITLE}/`,
  papers: "/papers/",
  search: "/search/",
  review: "/review/",
  notFound: "/404.html",
};

beforeAll(async () => {
  site = await buildFixtureSite(async (root) => {
    await writeFile(
      join(root, "content", "index.mdx"),
      `---\ntitle: "Fixture Review"\ndescription: "A review built by the browser tests."\n---\n\nAn **introduction** to the fixture review.\n`,
    );
    const file = join(root, "content", "papers", `${ANNOTATED}.mdx`);
    await writeFile(file, `${await readFile(file, "utf8")}\nThe reviewer's note on this paper.\n`);
  });
  review = JSON.parse(await readFile(join(site.dist, "review.json"), "utf8"));
  server = await serveDist(site.dist);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site.root, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed requests, as they happen. */
  errors: string[];
  /** Bytes of JavaScript the page has loaded so far. */
  scriptBytes: () => number;
}

async function open(path: string, options: { width?: number; height?: number; colorScheme?: "light" | "dark" } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1200, height: options.height ?? 900 }, colorScheme: options.colorScheme ?? "light" });
  const page = await context.newPage();
  const errors: string[] = [];
  let scriptBytes = 0;
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  // A request the next navigation cancels (ERR_ABORTED) is not a failure.
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scriptBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(server.url + path, { waitUntil: "load" });
  return { page, context, errors, scriptBytes: () => scriptBytes };
}

async function withPage<T>(path: string, run: (opened: Opened) => Promise<T>, options: Parameters<typeof open>[1] = {}): Promise<T> {
  const opened = await open(path, options);
  try {
    return await run(opened);
  } finally {
    await opened.context.close();
  }
}

/** Visits each path in one tab of one fresh context, with that path's errors. */
async function visitEach(paths: readonly string[], run: (path: string, opened: Opened) => Promise<void>, options: Parameters<typeof open>[1] = {}): Promise<void> {
  const opened = await open(paths[0]!, options);
  try {
    for (const [index, path] of paths.entries()) {
      if (index > 0) {
        opened.errors.length = 0;
        await opened.page.goto(server.url + path, { waitUntil: "load" });
      }
      if (path.startsWith("/search/?q=")) await opened.page.locator(".pagefind-ui__result").first().waitFor({ timeout: 10_000 });
      await run(path, opened);
    }
  } finally {
    await opened.context.close();
  }
}

const resultLinks = (page: Page) => page.locator(".pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

async function search(page: Page, query: string): Promise<string> {
  await page.locator(".pagefind-ui__search-input").fill(query);
  const message = page.locator(".pagefind-ui__message");
  await expect.poll(async () => (await message.textContent()) ?? "", { timeout: 10_000 }).toMatch(new RegExp(`\\d+ results? for ${query}`));
  return (await message.textContent())!;
}

const resultCount = (message: string) => Number(message.match(/^(\d+)/)![1]);

describe("search", () => {
  it("lists a paper for a word from its abstract", async () => {
    await withPage(PAGES.search, async ({ page, errors }) => {
      await search(page, "vocoder");
      expect(await resultLinks(page)).toContain(`/papers/${HIFI_GAN}/`);
      const tags = await page.locator(".pagefind-ui__result-tag").allTextContents();
      expect(tags.join(" ")).toContain("Speech Synthesis");
      expect(errors).toEqual([]);
    });
  });

  it("narrows the results to a topic", async () => {
    await withPage(PAGES.search, async ({ page }) => {
      const all = resultCount(await search(page, "propose"));
      const message = page.locator(".pagefind-ui__message");
      await page.locator('.pagefind-ui__filter-checkbox[value="Speech Synthesis"]').check();
      await expect.poll(async () => resultCount((await message.textContent()) ?? "0 results"), { timeout: 10_000 }).toBeLessThan(all);
      const speech = review.topics.find((topic) => topic.id === "speech-synthesis")!;
      const allowed = new Set([...speech.papers.map((slug) => `/papers/${slug}/`), "/topics/speech-synthesis/"]);
      const shown = await resultLinks(page);
      expect(shown.length).toBeGreaterThan(0);
      for (const path of shown) expect(allowed, path).toContain(path);
    });
  });

  it("runs the header box's query on /search/, and '/' focuses the box", async () => {
    await withPage(PAGES.paper, async ({ page }) => {
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search");
      await page.keyboard.type("spectrograms");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/search\/\?q=spectrograms/);
      await expect.poll(() => resultLinks(page), { timeout: 10_000 }).toContain(`/papers/${HIFI_GAN}/`);
      await page.locator("h1").click();
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.className)).toContain("pagefind-ui__search-input");
    });
  });
});

describe("a search index in shards", () => {
  it("finds across every shard what one index finds", async () => {
    // The fixture site indexed in shards of 5 pages: the search page merges them.
    const sharded = await mkdtemp(join(tmpdir(), "topical-review-shards-"));
    await cp(site.dist, sharded, { recursive: true });
    await rm(join(sharded, "pagefind"), { recursive: true });
    const result = await indexSite(sharded, 5);
    expect(result.shards.length).toBeGreaterThan(3);
    const shardedServer = await serveDist(sharded);
    try {
      const found = async (base: string) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`${base}/search/`, { waitUntil: "load" });
        const message = await search(page, "propose");
        // Ranks differ between one index and shards (each shard weighs its own words): compare every result.
        const more = page.locator(".pagefind-ui__button");
        // "Load more" hides while the next results load: click it until every result is listed.
        await expect
          .poll(
            async () => {
              if (await more.isVisible()) await more.click();
              return (await resultLinks(page)).length;
            },
            { timeout: 15_000 },
          )
          .toBe(resultCount(message));
        const links = (await resultLinks(page)).sort();
        await context.close();
        expect(errors).toEqual([]);
        return { count: resultCount(message), links };
      };
      const [one, merged] = [await found(server.url), await found(shardedServer.url)];
      expect(one.count).toBeGreaterThan(5);
      expect(one.links).toHaveLength(one.count);
      expect(merged).toEqual(one);
    } finally {
      await shardedServer.close();
      await rm(sharded, { recursive: true, force: true });
    }
  });
});

describe("navigation", () => {
  it("goes from home to a topic, a paper and a related paper by clicking links", async () => {
    await withPage(PAGES.home, async ({ page, errors }) => {
      await page.locator(".cards a", { hasText: "Speech Synthesis" }).click();
      await page.waitForURL(`**/topics/speech-synthesis/`);
      const hifiGan = review.papers.find((paper) => paper.slug === HIFI_GAN)!;
      await page.locator(".paper-list a.title", { hasText: "HiFi-GAN" }).click();
      await page.waitForURL(`**/papers/${HIFI_GAN}/`);
      expect(await page.locator("h1").textContent()).toBe(hifiGan.title);
      const next = review.papers.find((paper) => paper.slug === hifiGan.related[0])!;
      await page.locator("ol.related a").first().click();
      await page.waitForURL(`**/papers/${next.slug}/`);
      expect(await page.locator("h1").textContent()).toBe(next.title);
      expect(errors).toEqual([]);
    });
  });

  it("links a key result to its highlighted sentence on the paper's page", async () => {
    await withPage(PAGES.topic, async ({ page }) => {
      const link = page.locator(".key-results .figure a").first();
      const href = (await link.getAttribute("href"))!;
      expect(href).toMatch(/^\/papers\/[^/]+\/#claim-\d+$/);
      await link.click();
      await page.waitForURL(`**${href}`);
      const target = await page.evaluate(() => {
        const element = document.querySelector(":target");
        return element && { tag: element.tagName, className: element.className, text: element.textContent };
      });
      expect(target).toMatchObject({ tag: "MARK", className: expect.stringContaining("claim") });
    });
  });

  it("has a target for every #claim link", async () => {
    const broken: string[] = [];
    for (const topic of review.topics) {
      const html = await readFile(join(site.dist, "topics", topic.id, "index.html"), "utf8");
      for (const [, path, id] of html.matchAll(/href="(\/papers\/[^"#]+\/)#(claim-\d+)"/g)) {
        const target = join(site.dist, path!, "index.html");
        if (!existsSync(target) || !(await readFile(target, "utf8")).includes(`id="${id}"`)) broken.push(`${topic.id} → ${path}#${id}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("shows the introduction, the map and the annotated papers on the home page", async () => {
    await withPage(PAGES.home, async ({ page }) => {
      expect(await page.locator("h1").textContent()).toBe("Fixture Review");
      expect(await page.locator(".intro strong").textContent()).toBe("introduction");
      expect(await page.locator(".field-map svg.map-wide a").count()).toBe(review.topics.length);
      expect(await page.locator(`.paper-list a[href="/papers/${ANNOTATED}/"]`).count()).toBe(1);
    });
  });
});

describe("every page type", () => {
  it("loads with no console errors, under the Content-Security-Policy", async () => {
    const found: string[] = [];
    await visitEach([...Object.values(PAGES), "/search/?q=speech"], async (path, { errors }) => {
      found.push(...errors.map((error) => `${path}: ${error}`));
    });
    expect(found).toEqual([]);
  });

  it("has no WCAG 2.1 A/AA violations (axe), in light and dark", async () => {
    const violations: string[] = [];
    // Dark mode changes only colours, so there only colour contrast is audited again.
    const audit = (colorScheme: "light" | "dark") => async (path: string, { page }: Opened) => {
      const axe = new AxeBuilder({ page }).withTags(WCAG);
      const results = await (colorScheme === "dark" ? axe.withRules(["color-contrast"]) : axe).analyze();
      for (const violation of results.violations) {
        violations.push(`${path} (${colorScheme}): ${violation.id} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join("; ")}`);
      }
    };
    await visitEach([PAGES.home, PAGES.topic, PAGES.paper, PAGES.annotated, PAGES.papers, "/search/?q=propose"], audit("light"));
    await visitEach([PAGES.home, PAGES.topic, PAGES.paper, "/search/?q=propose"], audit("dark"), { colorScheme: "dark" });
    expect(violations).toEqual([]);
  });

  it("fits a 360 × 740 phone: nothing wider than the screen, no word broken mid-way", async () => {
    const tooWide: string[] = [];
    const broken: string[] = [];
    const paths = [...Object.values(PAGES), `/papers/${baseSlug(HOSTILE_TITLES[1]!)}/`, "/search/?q=propose"];
    await visitEach(
      paths,
      async (path, { page }) => {
        const { scrollWidth, innerWidth, split } = await page.evaluate(() => {
          // A word of ordinary length drawn on two lines was broken mid-way (a hyphen may end a line; a URL or a hostile run may not fit and is left to wrap).
          const split: string[] = [];
          const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || element.closest("[aria-hidden='true'], .visually-hidden, svg, script, style, pre, code")) continue;
            const text = node.textContent ?? "";
            const linesOf = (start: number, end: number) => {
              const range = document.createRange();
              range.setStart(node!, start);
              range.setEnd(node!, end);
              const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
              return { lines: new Set(rects.map((rect) => Math.round(rect.top))).size };
            };
            for (const match of text.matchAll(/[\p{L}\p{N}]{3,}/gu)) {
              if (linesOf(match.index, match.index + match[0].length).lines < 2) continue;
              // A run of non-spaces wider than its line (a URL, a hostile string) has to wrap somewhere; a word that would fit must not.
              // The run may cross elements (a name inside a hostile string), so it is read from the block's text.
              const block = element.closest("p, li, h1, h2, h3, td, th, dd, dt, figcaption, div") ?? element;
              const blockText = block.textContent ?? "";
              const runs = blockText.match(new RegExp(`\\S*${match[0]}\\S*`, "u")) ?? [match[0]];
              const font = getComputedStyle(element);
              const context = document.createElement("canvas").getContext("2d")!;
              context.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
              if (context.measureText(runs[0]!).width < block.getBoundingClientRect().width) split.push(match[0]);
            }
          }
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, split };
        });
        if (scrollWidth > innerWidth) tooWide.push(`${path}: ${scrollWidth}px`);
        if (split.length > 0) broken.push(`${path}: ${split.slice(0, 5).join(", ")}`);
      },
      { width: 360, height: 740 },
    );
    expect(tooWide).toEqual([]);
    expect(broken).toEqual([]);
  });

  it("keeps a paper page light: no inline scripts, under 20 KB of JavaScript before search", async () => {
    await withPage(PAGES.paper, async ({ page, scriptBytes }) => {
      await page.waitForLoadState("networkidle");
      expect(await page.locator("script:not([src])").count()).toBe(0);
      expect(scriptBytes()).toBeLessThan(20 * 1024);
      expect((await readFile(join(site.dist, "papers", HIFI_GAN, "index.html"))).length).toBeLessThan(40 * 1024);
    });
  });

  it("shows a skip link that takes the keyboard to the content", async () => {
    await withPage(PAGES.topic, async ({ page }) => {
      await page.keyboard.press("Tab");
      const skip = page.locator(".skip-link");
      expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await skip.isVisible()).toBe(true);
      const box = await skip.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      await page.keyboard.press("Enter");
      await page.waitForURL("**#content");
    });
  });
});

// Abstracts as written: the hostile page shows its title and links nothing it should not.
describe("a hostile paper page", () => {
  it("shows the title as text and runs nothing", async () => {
    await withPage(PAGES.hostile, async ({ page, errors }) => {
      expect(await page.locator("h1").textContent()).toBe(HOSTILE_TITLES[2]);
      expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
      expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it("keeps the abstract's code link working", async () => {
    await withPage(`/papers/${KAN}/`, async ({ page }) => {
      expect(await page.locator('.abstract a[href="https://github.com/KindXiaoming/pykan"]').count()).toBe(1);
    });
  });
});
