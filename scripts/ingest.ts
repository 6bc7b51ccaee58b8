/**
 * `npm run ingest [-- --digest FILE] [--dry-run] [--check]`
 *
 * Splits the digest into content/papers/<slug>.mdx. Reads and checks everything first,
 * then writes each changed file atomically; bad input changes nothing.
 */

import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { blankFrontmatter, ContentFileError, decodeContentFile, parseFrontmatter, splitFrontmatter } from "../src/lib/content/content-files.ts";
import { topicSchema } from "../src/lib/content/schemas.ts";
import { indexFromFiles, ReferenceResolver, referencedPapers } from "../src/lib/content/crossrefs.ts";
import { DigestError, decodeDigest, parseDigest } from "../src/lib/ingest/digest.ts";
import { draftTaxonomy, renderTopicFile, type DraftTopic } from "../src/lib/ingest/draft-topics.ts";
import { planIngest, type ExistingFile } from "../src/lib/ingest/ingest-plan.ts";
import { baseSlug, SLUG } from "../src/lib/content/slug.ts";
import { applyChanges, ChangeError, listMdx, mapInBatches, removeLeftovers } from "./fs.ts";

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

  const leftovers = await removeLeftovers([papersDir, topicsDir], !options.dryRun && !options.check);
  if (leftovers.length > 0) {
    const verb = options.dryRun || options.check ? "would remove" : "removed";
    log(`${verb} ${leftovers.length} temporary file${leftovers.length === 1 ? "" : "s"} left by an interrupted ingest: ${leftovers.map((path) => relative(options.root, path)).join(", ")}`);
  }

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
    const existing = await readPaperFiles(options.root, papersDir);
    plan = planIngest(parsed.entries, existing, await referencedByReviewer(options.root, existing));
    // No taxonomy yet: propose one. Existing topic files are never touched.
    if ((await listMdx(topicsDir)).length === 0) drafts = draftTaxonomy(parsed.entries);
    for (const draft of drafts) checkDraft(draft, relative(options.root, join(topicsDir, `${draft.id}.mdx`)));
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

  const writes = [
    ...plan.writes.map((write) => ({ path: join(papersDir, `${write.slug}.mdx`), text: write.text })),
    ...drafts.map((draft) => ({ path: join(topicsDir, `${draft.id}.mdx`), text: renderTopicFile(draft) })),
  ];
  try {
    await applyChanges(writes, plan.deletes.map((slug) => join(papersDir, `${slug}.mdx`)));
  } catch (error) {
    if (!(error instanceof ChangeError)) throw error;
    log(`error: ${relative(options.root, error.path)}: ${error.message}`);
    return 2;
  }
  return 0;
}

/**
 * Every paper file, decoded strictly (a file that is not UTF-8 stops the ingest). Read in
 * parallel batches: at thousands of papers, one file at a time is mostly waiting.
 */
async function readPaperFiles(root: string, papersDir: string): Promise<ExistingFile[]> {
  const names = await listMdx(papersDir);
  // The ingest would write into it, yet the site serves it under another name: refuse.
  const misnamed = names.find((name) => !SLUG.test(name.slice(0, -".mdx".length)));
  if (misnamed) {
    const stem = misnamed.slice(0, -".mdx".length);
    throw new ContentFileError(relative(root, join(papersDir, misnamed)), 1, `"${stem}" is not a slug (lower-case letters, digits and single hyphens): rename the file, e.g. to ${baseSlug(stem)}.mdx — nothing was changed`);
  }
  return mapInBatches(names, async (name) => {
    const file = join(papersDir, name);
    const shown = relative(root, file);
    return { slug: name.slice(0, -".mdx".length), file: shown, text: decodeContentFile(await readFile(file), shown) };
  });
}

/** The ingest never writes what the build would reject: a drafted topic must pass the schema. */
function checkDraft(draft: DraftTopic, file: string): void {
  const data = parseFrontmatter(splitFrontmatter(renderTopicFile(draft), file), file).toJS();
  const checked = topicSchema.safeParse(data);
  if (!checked.success) throw new Error(`${file}: the drafted topic does not pass the topic schema (${checked.error.issues[0]?.message}); please report this`);
}

/** Papers linked from any body the reviewer writes: papers', topics' and the home page's. */
async function referencedByReviewer(root: string, papers: readonly ExistingFile[]): Promise<Set<string>> {
  const topicsDir = join(root, "content", "topics");
  const topics = await mapInBatches(await listMdx(topicsDir), async (name) => ({ name, text: await readFile(join(topicsDir, name), "utf8") }));
  const home = await readFile(join(root, "content", "index.mdx"), "utf8").catch(() => "");
  const bodies = [...papers.map((paper) => paper.text), ...topics.map((topic) => topic.text), home].map(blankFrontmatter);
  // Most bodies are empty: index the titles only when something links at all.
  if (!bodies.some((body) => body.includes("[[") || body.includes("<PaperCard"))) return new Set();
  const resolver = new ReferenceResolver(indexFromFiles(papers.map((paper) => ({ name: `${paper.slug}.mdx`, text: paper.text })), topics));
  return referencedPapers(bodies, resolver);
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
