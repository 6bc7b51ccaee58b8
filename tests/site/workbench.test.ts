/**
 * The reviewer's workbench, end to end: one build of an annotated fixture (commentary with GFM,
 * cross-references, components, a pin, reviewer fields) checked on the pages, the dashboard and
 * references.bib; a re-ingest that keeps every word; and a build with a typo in a reference
 * that fails naming the file and line.
 */

import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheckContent } from "../../scripts/check-content.ts";
import { runIngest } from "../../scripts/ingest.ts";
import { baseSlug } from "../../src/lib/content/slug.ts";
import { buildFixtureSite, HOSTILE_TITLES, type FixtureSite } from "./fixture-site.ts";

const REPOSITORY = "https://github.com/example/topical-review";
const annotated = baseSlug("Chinchilla: Training Compute-Optimal Language Models");
const scaling = baseSlug("Scaling Laws for Neural Language Models");
const fastspeech = baseSlug("FastSpeech: Fast, Robust and Controllable Text to Speech");
const kan = baseSlug("KAN: Kolmogorov-Arnold Networks");
const hostile = baseSlug(HOSTILE_TITLES[2]!); // "<script>alert(1)</script> Attention Is Not All You Need"
const copy = "chinchilla-copy";

const FIELDS = `status: key
rating: 4
tags: [compute, "scaling laws"]
authors: ["Jordan Hoffmann", "Sebastian Borgeaud"]
year: 2022
venue: "Advances in Neural Information Processing Systems (NeurIPS)"
arxiv: "2203.15556"
doi: "10.48550/arXiv.2203.15556"
code: "https://github.com/example/chinchilla"
topics: [speech-synthesis]
`;

const COMMENTARY = `
Compute-optimal training, compared with [[${scaling}]] and with
[[${fastspeech}|a TTS model]]; see [[topic:scaling-laws]] and [[Scaling Laws for Neural Language Models|the Kaplan paper]].
Also [[${hostile}]].

| Model | Params | Tokens |
| --- | ---: | ---: |
| Chinchilla | 70B | 1.4T |
| Gopher | 280B | 300B |

The result holds ~~everywhere~~ mostly.[^replication]

- [x] read the appendix
- [ ] re-run the fit

<PaperCard slug="${kan}" />

<Aside type="tip">Read it with https://example.org/notes open.</Aside>

<Figure src="/figures/loss.svg" alt="Loss against compute">Loss **falls** with compute.</Figure>

[^replication]: Later replications disagree on the exponent.
`;

let site: FixtureSite;
let before: string;

beforeAll(async () => {
  process.env.REPOSITORY_URL = REPOSITORY;
  site = await buildFixtureSite(async (root) => {
    const papers = join(root, "content", "papers");
    const file = join(papers, `${annotated}.mdx`);
    const text = await readFile(file, "utf8");
    await writeFile(file, `${text.replace("---\n", `---\n${FIELDS}`)}${COMMENTARY}`);
    // A near-copy of a paper (title differs in case only), kept after it left the digest.
    await writeFile(join(papers, `${copy}.mdx`), `${text.replace(/^title: .*$/m, 'title: "chinchilla: training compute-optimal language models"').replace("---\n", "---\ninDigest: false\nciteKey: \"Hoffmann:copy\"\n")}\nKept for this note.\n`);
    await mkdir(join(root, "public", "figures"), { recursive: true });
    await writeFile(join(root, "public", "figures", "loss.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const topic = join(root, "content", "topics", "kolmogorov-arnold-networks.mdx");
    await writeFile(topic, `${await readFile(topic, "utf8")}\nThe founding paper is [[KAN: Kolmogorov-Arnold Networks]]; compare [[topic:speech-synthesis]].\n`);
  });
  before = await readFile(join(site.root, "content", "papers", `${annotated}.mdx`), "utf8");
});

afterAll(async () => {
  if (site) await rm(site.root, { recursive: true, force: true });
});

const page = (path: string) => readFile(join(site.dist, path, "index.html"), "utf8");

describe("an annotated paper", () => {
  it("is among the only papers compiled as MDX modules: those with a body", async () => {
    // Astro lists the entries it will bundle for rendering; a paper without commentary is never rendered.
    const modules = await readFile(join(site.root, ".astro", "content-modules.mjs"), "utf8");
    const papers = [...modules.matchAll(/\["content\/papers\/([^"]+)\.mdx"/g)].map((match) => match[1]).sort();
    expect(papers).toEqual([annotated, copy].sort());
  });

  it("renders the commentary's table, footnote, task list and strikethrough", async () => {
    const html = await page(`papers/${annotated}`);
    expect(html).toMatch(/<table>[\s\S]*<td>Chinchilla<\/td>[\s\S]*<td style="text-align:right">1.4T<\/td>/);
    expect(html).toMatch(/<sup><a href="#user-content-fn-replication"[^>]*data-footnote-ref/);
    expect(html).toMatch(/<section[^>]*data-footnotes[\s\S]*Later replications disagree on the exponent/);
    expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" checked disabled[^>]*> read the appendix/);
    expect(html).toContain("<del>everywhere</del>");
    expect(html).toContain('<a href="https://example.org/notes">https://example.org/notes</a>');
  });

  it("links [[references]] to papers and topics, with their titles as default text", async () => {
    const html = await page(`papers/${annotated}`);
    expect(html).toContain(`<a href="/papers/${scaling}/" class="xref xref-paper">Scaling Laws for Neural Language Models</a>`);
    expect(html).toContain(`<a href="/papers/${fastspeech}/" class="xref xref-paper">a TTS model</a>`);
    expect(html).toContain(`<a href="/topics/scaling-laws/" class="xref xref-topic">Scaling Laws</a>`);
    expect(html).toContain(`<a href="/papers/${scaling}/" class="xref xref-paper">the Kaplan paper</a>`);
    // A hostile title as link text is text, never markup.
    expect(html).toContain(`class="xref xref-paper">&lt;script&gt;alert(1)&lt;/script&gt; Attention Is Not All You Need</a>`);
    const essay = await page("topics/kolmogorov-arnold-networks");
    expect(essay).toContain(`<a href="/papers/${kan}/" class="xref xref-paper">KAN: Kolmogorov-Arnold Networks</a>`);
    expect(essay).toContain(`<a href="/topics/speech-synthesis/" class="xref xref-topic">Speech Synthesis</a>`);
  });

  it("renders the components without imports", async () => {
    const html = await page(`papers/${annotated}`);
    expect(html).toMatch(new RegExp(`class="inline-card"[^>]*>[\\s\\S]*?<a class="inline-card-title" href="/papers/${kan}/">KAN: Kolmogorov-Arnold Networks</a>`));
    expect(html).toMatch(/<aside class="callout callout-tip" aria-label="Tip">/);
    expect(html).toMatch(/<figure class="mdx-figure"> <img src="\/figures\/loss.svg" alt="Loss against compute"[^>]*> <figcaption>Loss <strong>falls<\/strong> with compute\.<\/figcaption>/);
    expect(existsSync(join(site.dist, "figures", "loss.svg"))).toBe(true);
  });

  it("shows the reviewer's fields under the title, and honours the pin", async () => {
    const html = await page(`papers/${annotated}`);
    const meta = html.slice(html.indexOf("</h1>"), html.indexOf('class="abstract"'));
    expect(meta).toContain("Jordan Hoffmann, Sebastian Borgeaud");
    expect(meta).toContain("2022");
    expect(meta).toContain("Advances in Neural Information Processing Systems (NeurIPS)");
    expect(meta).toContain('class="status-badge status-key">Key paper<');
    expect(meta).toContain("Rated 4 of 5");
    expect(meta).toContain('href="https://arxiv.org/abs/2203.15556"');
    expect(meta).toContain('href="https://doi.org/10.48550/arXiv.2203.15556"');
    expect(meta).toContain('href="https://github.com/example/chinchilla"');
    expect(meta).toContain(">scaling laws</a>");
    expect(html).toMatch(/<a class="chip" href="\/topics\/speech-synthesis\/" data-primary/);
  });

  it("links every paper to its source: the arXiv abstract, PDF and Hugging Face page when known, else searches by title", async () => {
    const known = await page(`papers/${annotated}`);
    expect(known).toContain('href="https://arxiv.org/pdf/2203.15556"');
    expect(known).toContain('href="https://huggingface.co/papers/2203.15556"');
    expect(known).not.toContain("Find the paper:");
    const unknown = await page(`papers/${baseSlug(HOSTILE_TITLES[0]!)}`);
    const query = encodeURIComponent(HOSTILE_TITLES[0]!).replace(/&/g, "&amp;");
    expect(unknown).toContain("Find the paper:");
    for (const site of ["https://arxiv.org/search/?query=", "https://huggingface.co/papers?q=", "https://www.semanticscholar.org/search?q="]) {
      expect(unknown).toContain(`href="${site}${query}`);
    }
  });

  it("highlights the key paper on its topic page", async () => {
    const html = await page("topics/speech-synthesis");
    expect(html).toMatch(new RegExp(`<li class="paper-card is-key"[^>]*>\\s*<a class="title" href="/papers/${annotated}/">`));
  });

  it("has a cite block and an edit link", async () => {
    const html = await page(`papers/${annotated}`);
    expect(html).toMatch(/<details class="cite"[^>]*>[\s\S]*@inproceedings\{hoffmann2022chinchilla,/);
    expect(html).toContain(`href="${REPOSITORY}/edit/main/content/papers/${annotated}.mdx"`);
    expect(await page("topics/scaling-laws")).toContain(`href="${REPOSITORY}/edit/main/content/topics/scaling-laws.mdx"`);
  });
});

describe("references.bib", () => {
  it("has every paper once, with the known fields only and specials escaped", async () => {
    const bib = await readFile(join(site.dist, "references.bib"), "utf8");
    const json = JSON.parse(await readFile(join(site.dist, "review.json"), "utf8"));
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(json.papers.length);
    const entry = bib.slice(bib.indexOf("@inproceedings{hoffmann2022chinchilla,"));
    expect(entry.slice(0, entry.indexOf("\n}\n"))).toBe(
      [
        "@inproceedings{hoffmann2022chinchilla,",
        "  author        = {Jordan Hoffmann and Sebastian Borgeaud},",
        "  title         = {{Chinchilla: Training Compute-Optimal Language Models}},",
        "  year          = {2022},",
        "  booktitle     = {Advances in Neural Information Processing Systems (NeurIPS)},",
        "  eprint        = {2203.15556},",
        "  archivePrefix = {arXiv},",
        "  doi           = {10.48550/arXiv.2203.15556}",
      ].join("\n"),
    );
    // Unannotated papers: a title and nothing invented.
    expect(bib).toContain(`@misc{${kan},\n  title = {{KAN: Kolmogorov-Arnold Networks}}\n}`);
    // The reviewer's own key, as written.
    expect(bib).toContain("@misc{Hoffmann:copy,\n  title = {{chinchilla: training compute-optimal language models}}");
    expect(bib).toContain("{{\\$\\textbackslash{}tau\\textasciicircum{}2\\$ scaling and 45\\textbackslash{}\\% of");
  });
});

describe("the dashboard", () => {
  it("is linked from the footer, kept out of search and the sitemap", async () => {
    const html = await page("review");
    expect(html).not.toContain("data-pagefind-body");
    expect(await page("")).toContain('href="/review/"');
    expect(await readFile(join(site.dist, "sitemap-0.xml"), "utf8")).not.toContain("/review/");
  });

  it("shows coverage, status, pins, disagreements, duplicates and papers kept after the digest", async () => {
    const html = await page("review");
    const section = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf("<h2", html.indexOf(`id="${id}"`) + 1));
    expect(section("coverage")).toMatch(/Speech Synthesis<\/a><\/td>\s*<td data-label="Essay">yes<\/td>/);
    expect(section("status")).toMatch(new RegExp(`key <span class="muted">\\(1\\)</span>[\\s\\S]*href="/papers/${annotated}/"`));
    expect(section("pinned")).toContain(`href="/papers/${annotated}/"`);
    expect(section("disagreements")).toMatch(new RegExp(`href="/papers/${annotated}/"[\\s\\S]*<td data-label="Pinned to">Speech Synthesis</td><td data-label="Its text points to">Scaling Laws</td>`));
    expect(section("duplicates")).toContain(`href="/papers/${copy}/"`);
    expect(section("duplicates")).toContain(`href="/papers/${annotated}/"`);
    expect(section("left-digest")).toContain(`href="/papers/${copy}/"`);
  });
});

describe("the annotated content", () => {
  it("passes npm run check:content", async () => {
    const log: string[] = [];
    expect(await runCheckContent({ root: site.root, log: (line) => log.push(line) }), log.join("\n")).toBe(0);
  });

  it("survives a re-ingest byte for byte, but for the day its commentary was first seen", async () => {
    expect(await runIngest({ root: site.root, log: () => {}, today: "2026-01-02" })).toBe(0);
    const file = join(site.root, "content", "papers", `${annotated}.mdx`);
    const closing = before.indexOf("\n---\n");
    expect(await readFile(file, "utf8")).toBe(`${before.slice(0, closing)}\ncommented: "2026-01-02"${before.slice(closing)}`);
    expect(await runIngest({ root: site.root, log: () => {}, today: "2026-05-06" })).toBe(0);
    expect(await readFile(file, "utf8")).toBe(`${before.slice(0, closing)}\ncommented: "2026-01-02"${before.slice(closing)}`);
    expect(existsSync(join(site.root, "content", "papers", `${copy}.mdx`))).toBe(true);
  });
});

describe("a typo in a reference", () => {
  it("fails the build, naming the file, the line and the nearest slugs", async () => {
    const typo = baseSlug("Kolmogorov-Arnold Transformers");
    let root = "";
    const failed = buildFixtureSite(async (folder) => {
      root = folder;
      const file = join(root, "content", "papers", `${annotated}.mdx`);
      // The frontmatter ends on line 5 (its last field is the day the paper joined); the typo is on line 9.
      await writeFile(file, `${await readFile(file, "utf8")}\nGood so far.\n\nSee [[${typo.slice(0, -1)}]].\n`);
    });
    const error = await failed.then(
      () => undefined,
      (reason: unknown) => String(reason).replace(/\x1b\[[0-9;]*m/g, ""), // without the terminal's colours
    );
    const distWritten = existsSync(join(root, "dist"));
    await rm(root, { recursive: true, force: true });
    expect(error).toBeDefined();
    expect(distWritten).toBe(false);
    expect(error).toContain(`content/papers/${annotated}.mdx:9:5: [[${typo.slice(0, -1)}]]: no paper has the slug or title`);
    expect(error).toContain(`did you mean [[${typo}]]`);
  });
});

describe("mistakes in content", () => {
  it("stop the build before anything is written, each named as file:line(:column)", async () => {
    let root = "";
    const failed = buildFixtureSite(async (folder) => {
      root = folder;
      const file = join(root, "content", "papers", `${annotated}.mdx`);
      const text = await readFile(file, "utf8");
      // Frontmatter ends on line 6 (with `added`): `rating: 9` is line 2, the braces line 8, the <Aside> line 10.
      await writeFile(file, `${text.replace("---\n", "---\nrating: 9\n")}\nSets {a, b} of papers.\n\n<Aside>\nNever closed.\n`);
    });
    const error = await failed.then(
      () => undefined,
      (reason: unknown) => String(reason).replace(/\x1b\[[0-9;]*m/g, ""),
    );
    const distWritten = existsSync(join(root, "dist"));
    await rm(root, { recursive: true, force: true });
    expect(error).toBeDefined();
    expect(distWritten).toBe(false);
    expect(error).toContain(`content/papers/${annotated}.mdx:2: rating: expected a number from 0 to 5, not 9`);
    expect(error).toMatch(new RegExp(`content/papers/${annotated}\\.mdx:\\d+:\\d+: MDX cannot be parsed: .*Aside`));
    expect(error).not.toMatch(/undefined:undefined|:0:0/);
  });

  it("a brace read as code is named with its line and column, not a stack into dist/chunks", async () => {
    let root = "";
    const failed = buildFixtureSite(async (folder) => {
      root = folder;
      const file = join(root, "content", "papers", `${annotated}.mdx`);
      await writeFile(file, `${await readFile(file, "utf8")}\nSets {a, b} of papers.\n`);
    });
    const error = await failed.then(
      () => undefined,
      (reason: unknown) => String(reason).replace(/\x1b\[[0-9;]*m/g, ""),
    );
    await rm(root, { recursive: true, force: true });
    expect(error).toContain(`content/papers/${annotated}.mdx:7:6: {…} is code in MDX, and "a" is not defined in it`);
    expect(error).not.toContain("is not defined\n    at");
  });
});
