/**
 * The benchmark's copies of the project: the snapshot taken when the bench starts, each
 * size's site copied from it into a temp folder (node_modules linked, not copied), and the
 * commands and environment a site is built with.
 */

import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Size } from "./report.ts";

export const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
export const NODE = process.execPath;
export const ASTRO = join(PROJECT, "node_modules", "astro", "bin", "astro.mjs");
/** What `npm run build` runs (without npm's own process): the site, then its search index. */
export const FULL_BUILD = `"${NODE}" "${ASTRO}" build && "${NODE}" scripts/index-search.ts`;
/** Files of the project a site needs: code, config, public/, the CLIs, content/. */
const PROJECT_FILES = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "scripts", "content"];
export const BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: "1", URL: "https://bench.example.org" };

/** One size's run: its temp folder (logs, profiles, the bare baseline) and the site copied into it. */
export interface SiteRun {
  size: Size;
  work: string;
  site: string;
  /** The site's content/papers, where the ingest writes. */
  papersDir: string;
}

/** The environment of a site's builds: Astro's cache in the site's own folder. */
export function siteEnv(site: string): Record<string, string> {
  return { ...BUILD_ENV, TOPICAL_REVIEW_CACHE_DIR: join(site, ".astro-cache") };
}

/**
 * Where sites are copied from: a snapshot of the project taken when the bench starts, so
 * every size measures the same code even while people keep editing the checkout.
 */
export async function snapshotProject(): Promise<string> {
  const snapshotDir = await mkdtemp(join(tmpdir(), "topical-review-bench-source-"));
  for (const entry of PROJECT_FILES) {
    if (existsSync(join(PROJECT, entry))) await cp(join(PROJECT, entry), join(snapshotDir, entry), { recursive: true });
  }
  return snapshotDir;
}

/** The project's code, public/, CLIs and topic taxonomy (the whole content/ for the seed site) in a fresh folder. */
export async function copyProject(source: string, site: string, withContent: boolean): Promise<void> {
  await mkdir(site, { recursive: true });
  for (const entry of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "scripts"]) {
    await cp(join(source, entry), join(site, entry), { recursive: true });
  }
  await linkNodeModules(site);
  if (withContent) {
    await cp(join(source, "content"), join(site, "content"), { recursive: true });
    return;
  }
  // The essays' [[references]] name the seed's papers, which a synthetic digest does not have:
  // they are kept as plain text, so the build renders the same essays without failing on them.
  const unlinked = async (from: string, to: string) => writeFile(to, (await readFile(from, "utf8")).replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_, target: string, text?: string) => text ?? target));
  await mkdir(join(site, "content", "topics"), { recursive: true });
  for (const name of await readdir(join(source, "content", "topics"))) {
    await unlinked(join(source, "content", "topics", name), join(site, "content", "topics", name));
  }
  if (existsSync(join(source, "content", "index.mdx"))) await unlinked(join(source, "content", "index.mdx"), join(site, "content", "index.mdx"));
}

/**
 * node_modules/ as a real folder of links to the project's packages, so the tools' own caches
 * (Vite's node_modules/.vite, Astro's node_modules/.astro) are written in the temp folder and
 * never in the project, where they would race with other builds.
 */
export async function linkNodeModules(root: string): Promise<void> {
  const target = join(root, "node_modules");
  await mkdir(target, { recursive: true });
  for (const name of await readdir(join(PROJECT, "node_modules"))) {
    if (name === ".vite" || name === ".astro" || name === ".cache") continue;
    await symlink(join(PROJECT, "node_modules", name), join(target, name));
  }
}

/** The project's own node_modules/.astro must not change: the bench builds elsewhere. */
export async function projectCacheStamp(): Promise<string> {
  const file = join(PROJECT, "node_modules", ".astro", "data-store.json");
  const info = await stat(file).catch(() => null);
  return info ? `${info.mtimeMs}:${info.size}` : "none";
}
