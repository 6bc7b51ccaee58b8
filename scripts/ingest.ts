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
import { DigestError, decodeDigest, parseDigest, type DigestWarning } from "../src/lib/ingest/digest.ts";
import { draftTaxonomy, renderTopicFile, type DraftTopic } from "../src/lib/ingest/draft-topics.ts";
import { planIngest, type ExistingFile, type IngestPlan } from "../src/lib/ingest/ingest-plan.ts";
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
  const paths = ingestPaths(options);
  // A dry run and a check change nothing: they say what the ingest would do.
  const previewing = Boolean(options.dryRun || options.check);

  await clearLeftovers(paths, previewing, log);
  const bytes = await readDigest(paths, log);
  if (bytes === undefined) return 2;

  let planned: PlannedIngest;
  try {
    planned = await planChanges(bytes, paths);
  } catch (error) {
    return reportInputError(error, paths.shownDigest, log);
  }
  reportPlan(planned, paths.shownDigest, previewing, log);

  const { plan, drafts } = planned;
  const outOfDate = plan.writes.length > 0 || plan.deletes.length > 0 || drafts.length > 0;
  if (options.check) {
    if (outOfDate) log(`content/ is out of date with ${paths.shownDigest}: run npm run ingest`);
    return outOfDate ? 1 : 0;
  }
  if (options.dryRun) return 0;
  return applyPlan(planned, paths, log);
}

/** Where the ingest reads and writes, resolved once from the options. */
interface IngestPaths {
  root: string;
  digest: string;
  /** The digest as messages name it: relative to the root when it can be. */
  shownDigest: string;
  papersDir: string;
  topicsDir: string;
}

function ingestPaths(options: IngestOptions): IngestPaths {
  const digest = resolve(options.root, options.digest ?? "content/digest.txt");
  return {
    root: options.root,
    digest,
    shownDigest: relative(options.root, digest) || digest,
    papersDir: join(options.root, "content", "papers"),
    topicsDir: join(options.root, "content", "topics"),
  };
}

/** Removes the temporary files an interrupted ingest left (or, previewing, only names them). */
async function clearLeftovers(paths: IngestPaths, previewing: boolean, log: (line: string) => void): Promise<void> {
  const leftovers = await removeLeftovers([paths.papersDir, paths.topicsDir], !previewing);
  if (leftovers.length === 0) return;
  const verb = previewing ? "would remove" : "removed";
  log(`${verb} ${leftovers.length} temporary file${leftovers.length === 1 ? "" : "s"} left by an interrupted ingest: ${leftovers.map((path) => relative(paths.root, path)).join(", ")}`);
}

/** The digest's bytes, or undefined (said in the log) when there is no such file. */
async function readDigest(paths: IngestPaths, log: (line: string) => void): Promise<Uint8Array | undefined> {
  try {
    return await readFile(paths.digest);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    log(`error: ${paths.shownDigest}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : String(error)}`);
    return undefined;
  }
}

interface PlannedIngest {
  plan: IngestPlan;
  warnings: DigestWarning[];
  drafts: DraftTopic[];
}

/** Everything the ingest will do, decided from the digest and the files before anything is written. */
async function planChanges(bytes: Uint8Array, paths: IngestPaths): Promise<PlannedIngest> {
  const parsed = parseDigest(decodeDigest(bytes));
  const existing = await readPaperFiles(paths.root, paths.papersDir);
  const plan = planIngest(parsed.entries, existing, await referencedByReviewer(paths.root, existing));
  // No taxonomy yet: propose one. Existing topic files are never touched.
  let drafts: ReturnType<typeof draftTaxonomy> = [];
  if ((await listMdx(paths.topicsDir)).length === 0) drafts = draftTaxonomy(parsed.entries);
  for (const draft of drafts) checkDraft(draft, relative(paths.root, join(paths.topicsDir, `${draft.id}.mdx`)));
  return { plan, warnings: parsed.warnings, drafts };
}

/** Bad input (the digest, a paper file) is reported and ends the ingest with 2; any other error is thrown on, for main to report. */
function reportInputError(error: unknown, shownDigest: string, log: (line: string) => void): number {
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

/** The digest's warnings, the papers kept, the topics drafted, and the counts of the plan. */
function reportPlan({ plan, warnings, drafts }: PlannedIngest, shownDigest: string, previewing: boolean, log: (line: string) => void): void {
  for (const warning of warnings) log(`warning: ${shownDigest}:${warning.line}: ${warning.message}`);
  const { summary } = plan;
  for (const slug of summary.kept) {
    log(`kept: content/papers/${slug}.mdx left the digest but has your commentary or fields, or your writing links to it; marked inDigest: false`);
  }
  if (drafts.length > 0) {
    const verb = previewing ? "would draft" : "drafted";
    log(`${verb} ${drafts.length} topic${drafts.length === 1 ? "" : "s"} in content/topics/, as there were none: rewrite them as you see fit`);
  }
  log(
    `${previewing ? "would be: " : ""}added ${summary.added.length}, updated ${summary.updated.length}, ` +
      `unchanged ${summary.unchanged.length}, removed ${summary.removed.length}, kept ${summary.kept.length}`,
  );
}

/** Writes and removes the planned files all or nothing; returns the exit code. */
async function applyPlan({ plan, drafts }: PlannedIngest, paths: IngestPaths, log: (line: string) => void): Promise<number> {
  const writes = [
    ...plan.writes.map((write) => ({ path: join(paths.papersDir, `${write.slug}.mdx`), text: write.text })),
    ...drafts.map((draft) => ({ path: join(paths.topicsDir, `${draft.id}.mdx`), text: renderTopicFile(draft) })),
  ];
  try {
    await applyChanges(writes, plan.deletes.map((slug) => join(paths.papersDir, `${slug}.mdx`)));
  } catch (error) {
    if (!(error instanceof ChangeError)) throw error;
    log(`error: ${relative(paths.root, error.path)}: ${error.message}`);
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
