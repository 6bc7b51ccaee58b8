/**
 * How heavy each kind of page is in a built site: its HTML, and the JavaScript and CSS a
 * browser loads for it before the reader touches search (scripts the page names, followed
 * through their static imports). Exits 1 when a paper page breaks its budget
 * (HTML under 40 KB, JavaScript under 20 KB).
 *
 *   npm run measure:pages [-- dist]
 */

import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { mapInBatches } from "./fs.ts";

export const BUDGET = { paperHtml: 40 * 1024, paperJs: 20 * 1024 };

export interface Weight {
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Weight;
  js: Weight;
  css: Weight;
  /** The scripts counted, as site paths. */
  scripts: string[];
}

const weigh = (data: Buffer): Weight => ({ bytes: data.length, gzip: gzipSync(data).length });
const add = (a: Weight, b: Weight): Weight => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip });
const ZERO: Weight = { bytes: 0, gzip: 0 };

/** Site paths of the scripts and stylesheets a page's HTML asks for. */
export function pageAssets(html: string): { scripts: string[]; styles: string[] } {
  const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(tag, "src");
    if (src) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, "rel") ?? "";
    const href = attribute(tag, "href");
    if (!href) continue;
    if (rel === "stylesheet") styles.push(href);
    if (rel === "modulepreload") scripts.push(href);
  }
  return { scripts, styles };
}

/** Relative static imports of an ES module ("./chunk.js"); dynamic import() is not loaded up front. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const [, specifier] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) found.push(specifier!);
  for (const [, specifier] of code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.push(specifier!);
  return found.filter((specifier) => specifier.startsWith(".") || specifier.startsWith("/"));
}

export async function measurePage(dist: string, path: string): Promise<PageWeight> {
  const file = path.endsWith(".html") ? join(dist, path) : join(dist, path, "index.html");
  const html = await readFile(file);
  const { scripts, styles } = pageAssets(html.toString("utf8"));
  const seen = new Set<string>();
  let js = ZERO;
  const queue = scripts.filter((src) => src.startsWith("/") && !src.startsWith("//"));
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const data = await readFile(join(dist, src)).catch(() => undefined);
    if (!data) continue;
    js = add(js, weigh(data));
    for (const specifier of staticImports(data.toString("utf8"))) queue.push(specifier.startsWith("/") ? specifier : posix.join(posix.dirname(src), specifier));
  }
  let css = ZERO;
  for (const href of new Set(styles)) {
    const data = await readFile(join(dist, href)).catch(() => undefined);
    if (data) css = add(css, weigh(data));
  }
  return { path, html: weigh(html), js, css, scripts: [...seen] };
}

/** Every page of one kind, for the largest and the median. */
async function pagesUnder(dist: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(dist, folder), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, folder, entry.name, "index.html")))
    .map((entry) => `/${folder}/${entry.name}/`)
    .sort();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function measureSite(dist: string): Promise<{ rows: { kind: string; weight: PageWeight }[]; papers: PageWeight[] }> {
  const papers = await mapInBatches(await pagesUnder(dist, "papers"), (path) => measurePage(dist, path));
  const topics = await mapInBatches(await pagesUnder(dist, "topics"), (path) => measurePage(dist, path));
  const largest = (pages: PageWeight[]) => [...pages].sort((a, b) => b.html.bytes - a.html.bytes)[0];
  const median = (pages: PageWeight[]) => [...pages].sort((a, b) => a.html.bytes - b.html.bytes)[Math.floor(pages.length / 2)];
  const rows: { kind: string; weight: PageWeight | undefined }[] = [
    { kind: "home", weight: await measurePage(dist, "/") },
    { kind: "topic (median)", weight: median(topics) },
    { kind: "topic (largest)", weight: largest(topics) },
    { kind: "paper (median)", weight: median(papers) },
    { kind: "paper (largest)", weight: largest(papers) },
    { kind: "all papers", weight: existsSync(join(dist, "papers", "index.html")) ? await measurePage(dist, "/papers/") : undefined },
    { kind: "search", weight: existsSync(join(dist, "search", "index.html")) ? await measurePage(dist, "/search/") : undefined },
  ];
  return { rows: rows.filter((row): row is { kind: string; weight: PageWeight } => row.weight !== undefined), papers };
}

async function main(): Promise<number> {
  const project = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(process.argv[2] ?? join(project, "dist"));
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`measure-pages: no built site in ${dist} (run npm run build first)`);
    return 2;
  }
  const { rows, papers } = await measureSite(dist);
  const table = [
    "| page | path | HTML | HTML gzip | JS before search | JS gzip | CSS |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      ({ kind, weight }) =>
        `| ${kind} | ${weight.path} | ${kb(weight.html.bytes)} | ${kb(weight.html.gzip)} | ${kb(weight.js.bytes)} | ${kb(weight.js.gzip)} | ${kb(weight.css.bytes)} |`,
    ),
  ];
  console.log(table.join("\n"));
  const overHtml = papers.filter((page) => page.html.bytes >= BUDGET.paperHtml);
  const overJs = papers.filter((page) => page.js.bytes >= BUDGET.paperJs);
  console.log(`\n${papers.length} paper pages; budget: HTML < ${kb(BUDGET.paperHtml)}, JS < ${kb(BUDGET.paperJs)} before search.`);
  for (const page of overHtml) console.log(`over the HTML budget: ${page.path} ${kb(page.html.bytes)}`);
  for (const page of overJs) console.log(`over the JS budget: ${page.path} ${kb(page.js.bytes)}`);
  const search = rows.find((row) => row.kind === "search");
  if (search) console.log(`search page scripts: ${search.weight.scripts.join(", ")}`);
  return overHtml.length + overJs.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
