/**
 * Lighthouse 13 scores for the home page, a topic page, a paper page and a search of the built site,
 * served locally with Netlify's headers. A measurement, not a test: it needs Chromium and
 * Lighthouse 13.5.0, which is not a dependency of the project.
 *
 *   npm run measure:lighthouse [-- dist]
 *   LIGHTHOUSE_BIN=/path/to/node_modules/.bin/lighthouse npm run measure:lighthouse
 *
 * Without LIGHTHOUSE_BIN it runs `npx --yes lighthouse@13.5.0`, which needs the npm registry.
 */

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serveDist } from "./serve-dist.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => done({ code: 1, output: String(error) }));
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

async function firstPage(dist: string, folder: string): Promise<string | undefined> {
  const names = (await readdir(join(dist, folder), { withFileTypes: true }).catch(() => []))
    // Not the numbered pages of a long list (/papers/2/): a page of the kind itself.
    .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return names[0] && `/${folder}/${names[0]}/`;
}

async function main(): Promise<number> {
  const project = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = resolve(process.argv[2] ?? join(project, "dist"));
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`lighthouse: no built site in ${dist} (run npm run build first)`);
    return 2;
  }
  if (!existsSync(CHROME)) {
    console.error(`lighthouse: no Chromium at ${CHROME} (set CHROME_PATH)`);
    return 2;
  }
  const [command, ...prefix] = process.env.LIGHTHOUSE_BIN ? [process.env.LIGHTHOUSE_BIN] : ["npx", "--yes", "lighthouse@13.5.0"];
  const server = await serveDist(dist);
  const out = await mkdtemp(join(tmpdir(), "lighthouse-"));
  const pages = [
    ["home", "/"],
    ["topic", await firstPage(dist, "topics")],
    ["paper", await firstPage(dist, "papers")],
    ["search", "/search/?q=speech"],
  ].filter((page): page is [string, string] => page[1] !== undefined);
  let failed = 0;
  try {
    console.log(`| page | path | ${CATEGORIES.join(" | ")} |\n| --- | --- | ${CATEGORIES.map(() => "---:").join(" | ")} |`);
    for (const [kind, path] of pages) {
      const report = join(out, `${kind}.json`);
      const { code, output } = await run(
        command!,
        [
          ...prefix,
          server.url + path,
          "--output=json",
          `--output-path=${report}`,
          `--only-categories=${CATEGORIES.join(",")}`,
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync",
          "--quiet",
        ],
        { ...process.env, CHROME_PATH: CHROME },
      );
      if (code !== 0 || !existsSync(report)) {
        console.error(`lighthouse failed on ${path}:\n${output.slice(-2000)}`);
        failed++;
        continue;
      }
      const json = JSON.parse(await readFile(report, "utf8")) as { categories: Record<string, { score: number | null }> };
      const scores = CATEGORIES.map((category) => {
        const score = json.categories[category]?.score;
        return score === null || score === undefined ? "–" : String(Math.round(score * 100));
      });
      console.log(`| ${kind} | ${path} | ${scores.join(" | ")} |`);
    }
  } finally {
    await server.close();
    await rm(out, { recursive: true, force: true });
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
