/**
 * `npm run ingest [-- --digest FILE] [--dry-run] [--check]`
 *
 * Splits the digest into content/papers/<slug>.mdx. Reads and checks everything first,
 * then writes each changed file atomically; bad input changes nothing.
 */

import { mkdir, readFile, rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { blankFrontmatter, ContentFileError } from "../src/lib/content-files.ts";
import { indexFromFiles, ReferenceResolver, referencedPapers } from "../src/lib/crossrefs.ts";
import { DigestError, decodeDigest, parseDigest } from "../src/lib/digest.ts";
import { draftTaxonomy, renderTopicFile } from "../src/lib/draft-topics.ts";
import { planIngest, type ExistingFile } from "../src/lib/ingest-plan.ts";
import { listMdx, writeFileAtomic } from "./fs.ts";

export interface IngestOptions {
  /** Project root: content/ lives here. */
  root: string;
  /** Digest path; relative paths are taken from `root`. Defaults to content/digest.txt. */
  digest?: string;
  dryRun?: boolean;
  check?: boolean;
  log?: (line: string) => void;
}

/** Runs the ingest and returns the process exit code. Never throws for bad input. */
export async function runIngest(options: IngestOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const digestPath = resolve(options.root, options.digest ?? "content/digest.txt");
  const shownDigest = relative(options.root, digestPath) || digestPath;
  const papersDir = join(options.root, "content", "papers");
  const topicsDir = join(options.root, "content", "topics");

  let bytes: Uint8Array;
  try {
    bytes = await readFile(digestPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    log(`error: ${shownDigest}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : String(error)}`);
    return 2;
  }

  let plan;
  let warnings;
  let drafts: ReturnType<typeof draftTaxonomy> = [];
  try {
    const parsed = parseDigest(decodeDigest(bytes));
    warnings = parsed.warnings;
    // Read in parallel: at thousands of papers, one file at a time is mostly waiting.
    const existing: ExistingFile[] = await Promise.all(
      (await listMdx(papersDir)).map(async (name) => {
        const file = join(papersDir, name);
        return { slug: name.slice(0, -".mdx".length), file: relative(options.root, file), text: await readFile(file, "utf8") };
      }),
    );
    plan = planIngest(parsed.entries, existing, await referencedByReviewer(options.root, existing));
    // No taxonomy yet: propose one. Existing topic files are never touched.
    if ((await listMdx(topicsDir)).length === 0) drafts = draftTaxonomy(parsed.entries);
  } catch (error) {
    if (error instanceof DigestError) {
      log(`error: ${shownDigest}${error.line ? `:${error.line}` : ""}: ${error.message}`);
      return 2;
    }
    if (error instanceof ContentFileError) {
      log(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }

  for (const warning of warnings) log(`warning: ${shownDigest}:${warning.line}: ${warning.message}`);
  const { summary } = plan;
  for (const slug of summary.kept) {
    log(`kept: content/papers/${slug}.mdx left the digest but has your commentary or fields, or your writing links to it; marked inDigest: false`);
  }
  if (drafts.length > 0) {
    const verb = options.dryRun || options.check ? "would draft" : "drafted";
    log(`${verb} ${drafts.length} topic${drafts.length === 1 ? "" : "s"} in content/topics/, as there were none: rewrite them as you see fit`);
  }
  log(
    `${options.dryRun || options.check ? "would be: " : ""}added ${summary.added.length}, updated ${summary.updated.length}, ` +
      `unchanged ${summary.unchanged.length}, removed ${summary.removed.length}, kept ${summary.kept.length}`,
  );

  const outOfDate = plan.writes.length > 0 || plan.deletes.length > 0 || drafts.length > 0;
  if (options.check) {
    if (outOfDate) log(`content/ is out of date with ${shownDigest}: run npm run ingest`);
    return outOfDate ? 1 : 0;
  }
  if (options.dryRun) return 0;

  await mkdir(papersDir, { recursive: true });
  await inBatches(plan.writes, (write) => writeFileAtomic(join(papersDir, `${write.slug}.mdx`), write.text));
  await inBatches(plan.deletes, (slug) => rm(join(papersDir, `${slug}.mdx`)));
  if (drafts.length > 0) await mkdir(topicsDir, { recursive: true });
  for (const draft of drafts) await writeFileAtomic(join(topicsDir, `${draft.id}.mdx`), renderTopicFile(draft));
  return 0;
}

/** Papers linked from any body the reviewer writes: papers', topics' and the home page's. */
async function referencedByReviewer(root: string, papers: readonly ExistingFile[]): Promise<Set<string>> {
  const topicsDir = join(root, "content", "topics");
  const topics = await Promise.all((await listMdx(topicsDir)).map(async (name) => ({ name, text: await readFile(join(topicsDir, name), "utf8") })));
  const home = await readFile(join(root, "content", "index.mdx"), "utf8").catch(() => "");
  const bodies = [...papers.map((paper) => paper.text), ...topics.map((topic) => topic.text), home].map(blankFrontmatter);
  // Most bodies are empty: index the titles only when something links at all.
  if (!bodies.some((body) => body.includes("[[") || body.includes("<PaperCard"))) return new Set();
  const resolver = new ReferenceResolver(indexFromFiles(papers.map((paper) => ({ name: `${paper.slug}.mdx`, text: paper.text })), topics));
  return referencedPapers(bodies, resolver);
}

/**
 * Runs `task` over `items` a batch at a time: the file system works on several files at once
 * (10,000 one after another wait on each other), yet open files stay bounded.
 */
async function inBatches<T>(items: readonly T[], task: (item: T) => Promise<void>, size = 32): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(task));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      digest: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      check: { type: "boolean", default: false },
    },
  });
  process.exitCode = await runIngest({
    root: process.cwd(),
    digest: values.digest,
    dryRun: values["dry-run"],
    check: values.check,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
