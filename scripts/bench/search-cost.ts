/**
 * What a reader downloads for one search, measured in a real browser: a static server on
 * dist/, Chromium (via playwright-core) opens /search/?q=<query> with a cold cache, the
 * page's Pagefind Default UI runs the query and shows its first results; every response is
 * recorded. Reported: the bytes under /pagefind/ (pagefind-ui.js/css, pagefind.js, the
 * entry JSON, the WebAssembly, the metadata, filter, index chunks and result fragments it
 * fetched) and the whole visit (plus the search page's own HTML, CSS and JS), both as
 * served by a plain file server and with text assets gzip-compressed as a CDN such as
 * Netlify serves them (Pagefind's own chunks and wasm are already compressed).
 */

import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface SearchCost {
  query: string;
  results: number;
  requests: number;
  pagefindBytes: number;
  pagefindGzipBytes: number;
  totalBytes: number;
  totalGzipBytes: number;
  /** Bytes per kind of Pagefind file, as served. */
  byKind: Record<string, number>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};
const TEXT = /\.(html|js|css|json|svg|xml|txt)$/;

export const CHROMIUM = "/usr/bin/chromium";

function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error("outside");
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-length": body.length });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function kind(path: string): string {
  if (path.includes("/pagefind/fragment/")) return "fragments";
  if (path.includes("/pagefind/index/")) return "index chunks";
  if (path.includes("/pagefind/filter/")) return "filters";
  if (path.endsWith(".pf_meta")) return "metadata";
  if (path.includes("wasm")) return "wasm";
  if (/pagefind-ui\.(js|css)$/.test(path)) return "ui js+css";
  if (path.endsWith("pagefind-worker.js")) return "worker";
  if (path.endsWith("pagefind-entry.json")) return "entry";
  if (path.endsWith("pagefind.js")) return "pagefind.js";
  return path.split("/").pop() ?? path;
}

/** Runs each query in a fresh browser context (cold cache) against the built site in `dist`. */
export async function searchCosts(dist: string, queries: readonly string[]): Promise<SearchCost[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}`);
  const { chromium } = await import("playwright-core");
  const server = await serve(normalize(dist));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const costs: SearchCost[] = [];
  try {
    for (const query of queries) costs.push(await searchCost(browser, base, query));
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return costs;
}

/** One query on the search page served at `base`, in a fresh context: every response recorded, then summed. */
async function searchCost(browser: Browser, base: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen: { path: string; bytes: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    pending.push(
      (async () => {
        const path = new URL(response.url()).pathname;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const gzip = TEXT.test(path) || path.endsWith("/") ? gzipSync(body, { level: 6 }).length : body.length;
        seen.push({ path, bytes: body.length, gzip });
      })(),
    );
  });
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  // The UI says "Searching…" first, then "N results for …" and renders the first results
  // as their fragments arrive: wait for the count, then for the shown results' links.
  await page.waitForFunction(
    () => {
      const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
      if (/no results/i.test(message)) return true;
      if (!/\d+ results? for/i.test(message)) return false;
      return document.querySelectorAll(".pagefind-ui__result-link").length > 0;
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  await page.waitForLoadState("networkidle");
  const results = await page.locator(".pagefind-ui__result").count();
  await Promise.all(pending);
  await context.close();
  const pagefind = seen.filter(({ path }) => path.startsWith("/pagefind/"));
  const byKind: Record<string, number> = {};
  for (const { path, bytes } of pagefind) byKind[kind(path)] = (byKind[kind(path)] ?? 0) + bytes;
  const sum = (items: typeof seen, key: "bytes" | "gzip") => items.reduce((total, item) => total + item[key], 0);
  return {
    query,
    results,
    requests: seen.length,
    pagefindBytes: sum(pagefind, "bytes"),
    pagefindGzipBytes: sum(pagefind, "gzip"),
    totalBytes: sum(seen, "bytes"),
    totalGzipBytes: sum(seen, "gzip"),
    byKind,
  };
}
