/**
 * `node scripts/dev-reload.ts [-- --edits N]`
 *
 * Measures the editing loop: copies the project (code and content) to a temporary folder, starts
 * `astro dev` there, opens a paper page, then edits the paper's commentary and polls the page
 * until the edit shows, printing how long each took. The real content/ is never touched.
 */

import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const PROJECT = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({ options: { edits: { type: "string", default: "6" }, port: { type: "string", default: "4398" }, slug: { type: "string", default: "kan-kolmogorov-arnold-networks" } } });
const port = Number(values.port);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const root = await mkdtemp(join(tmpdir(), "topical-review-dev-"));
for (const entry of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "content"]) {
  await cp(join(PROJECT, entry), join(root, entry), { recursive: true });
}
await symlink(join(PROJECT, "node_modules"), join(root, "node_modules"), "dir");
const server = spawn(process.execPath, [join(PROJECT, "node_modules", "astro", "bin", "astro.mjs"), "dev", "--port", String(port)], {
  cwd: root,
  env: { ...process.env, TOPICAL_REVIEW_CACHE_DIR: join(root, ".cache") },
});
let log = "";
server.stdout.on("data", (chunk) => (log += chunk));
server.stderr.on("data", (chunk) => (log += chunk));

const page = `http://localhost:${port}/papers/${values.slug}/`;
const get = async () => {
  try {
    return await (await fetch(page)).text();
  } catch {
    return "";
  }
};

try {
  for (let waited = 0; !/Local\s+http/.test(log.replace(/\x1b\[[0-9;]*m/g, "")); waited += 100) {
    if (waited > 60_000) throw new Error(`astro dev did not start:\n${log}`);
    await sleep(100);
  }
  const file = join(root, "content", "papers", `${values.slug}.mdx`);
  const original = await readFile(file, "utf8");
  let start = performance.now();
  await get();
  console.log(`first load of ${page}: ${Math.round(performance.now() - start)} ms`);

  /** Writes the file and polls the page until `marker` shows; the time from write to page. */
  const measure = async (text: string, marker: string): Promise<number> => {
    start = performance.now();
    await writeFile(file, text);
    while (!(await get()).includes(marker)) {
      if (performance.now() - start > 30_000) throw new Error(`the edit did not show within 30 s:\n${log.slice(-2000)}`);
      await sleep(25);
    }
    return Math.round(performance.now() - start);
  };

  const first = await measure(`${original}\nFirst note, marker-0, on [[topic:kolmogorov-arnold-networks]].\n`, "marker-0");
  console.log(`first commentary on the paper (its body was empty): ${first} ms`);
  const times: number[] = [];
  for (let i = 1; i <= Number(values.edits); i++) {
    await sleep(1000);
    times.push(await measure(`${original}\nFirst note, marker-${i}, on [[topic:kolmogorov-arnold-networks]].\n\n| a | b |\n| - | - |\n| ${i} | x |\n`, `marker-${i}`));
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`edits to existing commentary: ${times.join(", ")} ms (median ${sorted[Math.floor(sorted.length / 2)]} ms)`);
} finally {
  server.kill();
  await sleep(300);
  await rm(root, { recursive: true, force: true });
}
