/**
 * `npm run ingest [-- --add FILE | --digest FILE] [--dry-run] [--check]`
 *
 * Splits the review's sources — content/digest.txt and every file in content/sources/ — into
 * content/papers/<slug>.mdx. `--add FILE` makes FILE a source (copied into content/sources/)
 * and ingests them all; `--digest FILE` ingests FILE alone, in place of the sources. Reads and
 * checks everything first, then writes each changed file atomically; bad input changes nothing.
 */

import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { blankFrontmatter, ContentFileError, decodeContentFile, parseFrontmatter, splitFrontmatter } from "../src/lib/content/content-files.ts";
import { topicSchema } from "../src/lib/content/schemas.ts";
import { indexFromFiles, ReferenceResolver, referencedPapers } from "../src/lib/content/crossrefs.ts";
import { decodeDigest } from "../src/lib/ingest/digest.ts";
import { parseSource } from "../src/lib/ingest/formats/detect.ts";
import { mergeSources, type MergeNote, type NamedSource } from "../src/lib/ingest/merge-sources.ts";
import { FORMAT_NAMES, SourceError, type SourceFormat } from "../src/lib/ingest/source.ts";
import { draftTaxonomy, renderTopicFile, type DraftTopic } from "../src/lib/ingest/draft-topics.ts";
import { planIngest, type ExistingFile, type IngestPlan } from "../src/lib/ingest/ingest-plan.ts";
import { baseSlug, SLUG } from "../src/lib/content/slug.ts";
import { compare } from "../src/lib/model/order.ts";
import { applyChanges, ChangeError, listMdx, mapInBatches, removeLeftovers } from "./fs.ts";

export interface IngestOptions {
  /** Project root: content/ lives here. */
  root: string;
  /** One file to ingest in place of the review's sources; relative paths are taken from `root`. */
  digest?: string;
  /** A file to make a source of the review (copied into content/sources/), then ingest them all. */
  add?: string;
  dryRun?: boolean;
  check?: boolean;
  /** The day recorded on papers that join the review (YYYY-MM-DD); defaults to SOURCE_DATE_EPOCH's day, else today's (UTC). */
  today?: string;
  log?: (line: string) => void;
}

/** Runs the ingest and returns the process exit code. Never throws for bad input. */
export async function runIngest(options: IngestOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const paths = ingestPaths(options.root);
  // A dry run and a check change nothing: they say what the ingest would do.
  const previewing = Boolean(options.dryRun || options.check);

  await clearLeftovers(paths, previewing, log);
  let planned: PlannedIngest;
  try {
    const sources = await readSources(paths, options);
    planned = await planChanges(sources, paths, options.today ?? today());
  } catch (error) {
    return reportInputError(error, log);
  }
  reportPlan(planned, previewing, Boolean(options.dryRun), log);

  const { plan, drafts, copy } = planned;
  const outOfDate = plan.writes.length > 0 || plan.deletes.length > 0 || drafts.length > 0 || copy !== undefined;
  if (options.check) {
    if (outOfDate) log(`content/ is out of date with its sources (${planned.sources.map((source) => source.file).join(", ")}): run npm run ingest`);
    return outOfDate ? 1 : 0;
  }
  if (options.dryRun) return 0;
  return applyPlan(planned, paths, log);
}

/** Where the ingest reads and writes. */
export interface IngestPaths {
  root: string;
  /** The listing most reviews start from. */
  digest: string;
  /** Every other source file. */
  sourcesDir: string;
  papersDir: string;
  topicsDir: string;
}

export function ingestPaths(root: string): IngestPaths {
  return {
    root,
    digest: join(root, "content", "digest.txt"),
    sourcesDir: join(root, "content", "sources"),
    papersDir: join(root, "content", "papers"),
    topicsDir: join(root, "content", "topics"),
  };
}

/** The day as the ingest records it: SOURCE_DATE_EPOCH's (for reproducible runs), else today's, in UTC. */
export function today(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Removes the temporary files an interrupted ingest left (or, previewing, only names them). */
async function clearLeftovers(paths: IngestPaths, previewing: boolean, log: (line: string) => void): Promise<void> {
  const leftovers = await removeLeftovers([paths.papersDir, paths.topicsDir, paths.sourcesDir, join(paths.root, "content")], !previewing);
  if (leftovers.length === 0) return;
  const verb = previewing ? "would remove" : "removed";
  log(`${verb} ${leftovers.length} temporary file${leftovers.length === 1 ? "" : "s"} left by an interrupted ingest: ${leftovers.map((path) => relative(paths.root, path)).join(", ")}`);
}

/** One source file, read and parsed. */
export interface ReadSource extends NamedSource {
  text: string;
  format: SourceFormat;
  warnings: { line: number; message: string }[];
}

/** A source file that cannot be read or parsed: the file (as messages name it) and the line to blame. */
export class SourceFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;
  constructor(file: string, line: number | undefined, reason: string) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = "SourceFileError";
  }
}

/** Reads and parses one source file; `shown` is how messages name it. */
export async function readSource(path: string, shown: string): Promise<ReadSource> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceFileError(shown, undefined, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : String(error));
  }
  try {
    const text = decodeDigest(bytes);
    const parsed = parseSource(text);
    return { file: shown, text, format: parsed.format, entries: parsed.entries, warnings: parsed.warnings };
  } catch (error) {
    if (error instanceof SourceError) throw new SourceFileError(shown, error.line, error.message);
    throw error;
  }
}

/** The files that feed the review: content/digest.txt, then content/sources/ in name order. */
export async function sourceFiles(paths: IngestPaths): Promise<string[]> {
  const files: string[] = [];
  // Any entry of that name: a folder is then reported as one, not as a missing digest.
  if (await stat(paths.digest).then(() => true, () => false)) files.push(paths.digest);
  const names = await readdir(paths.sourcesDir, { withFileTypes: true }).catch(() => []);
  for (const entry of names.filter((item) => item.isFile() && !item.name.startsWith(".")).sort((a, b) => compare(a.name, b.name))) {
    files.push(join(paths.sourcesDir, entry.name));
  }
  return files;
}

interface ReadSources {
  sources: ReadSource[];
  /** The file `--add` makes a source: where it goes and its text. */
  copy?: { path: string; text: string; shown: string };
  /** The source `--add` named, when it already is one. */
  already?: string;
}

async function readSources(paths: IngestPaths, options: IngestOptions): Promise<ReadSources> {
  const shown = (path: string) => relative(paths.root, path) || path;
  if (options.digest !== undefined) {
    const path = resolve(paths.root, options.digest);
    return { sources: [await readSource(path, shown(path))] };
  }
  const files = await sourceFiles(paths);
  let copy: ReadSources["copy"];
  let added: ReadSource | undefined;
  let already: string | undefined;
  if (options.add !== undefined) {
    const from = resolve(paths.root, options.add);
    const target = join(paths.sourcesDir, basename(from));
    const read = await readSource(from, shown(from));
    const existing = files.includes(target) ? await readFile(target, "utf8") : undefined;
    if (existing !== undefined && existing !== read.text && resolve(from) !== target) {
      throw new SourceFileError(shown(target), undefined, `a different source of this name is already in the review; rename ${shown(from)} or replace ${shown(target)} yourself — nothing was changed`);
    }
    if (existing === undefined) {
      copy = { path: target, text: read.text, shown: shown(target) };
      added = { ...read, file: shown(target) };
    } else already = shown(target);
  }
  const sources = await mapInBatches(files, (path) => readSource(path, shown(path)));
  // In the order the next run will read it, so adding a source and re-reading all agree.
  if (added) sources.splice(sources.filter((source) => source.file === shown(paths.digest) || source.file < added.file).length, 0, added);
  if (sources.length === 0) {
    throw new SourceFileError("content/digest.txt", undefined, "no such file, and content/sources/ holds no source: put a digest there, or add a source with npm run ingest -- --add FILE");
  }
  return { sources, ...(copy ? { copy } : {}), ...(already ? { already } : {}) };
}

interface PlannedIngest {
  plan: IngestPlan;
  sources: ReadSource[];
  merged: MergeNote[];
  drafts: DraftTopic[];
  copy?: { path: string; text: string; shown: string };
  already?: string;
}

/** Everything the ingest will do, decided from the sources and the files before anything is written. */
async function planChanges({ sources, copy, already }: ReadSources, paths: IngestPaths, day: string): Promise<PlannedIngest> {
  const { entries, merged } = mergeSources(sources);
  const existing = await readPaperFiles(paths.root, paths.papersDir);
  const plan = planIngest(entries, existing, await referencedByReviewer(paths.root, existing), day);
  // No taxonomy yet: propose one. Existing topic files are never touched.
  let drafts: ReturnType<typeof draftTaxonomy> = [];
  if ((await listMdx(paths.topicsDir)).length === 0) drafts = draftTaxonomy(entries);
  for (const draft of drafts) checkDraft(draft, relative(paths.root, join(paths.topicsDir, `${draft.id}.mdx`)));
  return { plan, sources, merged, drafts, ...(copy ? { copy } : {}), ...(already ? { already } : {}) };
}

/** Bad input (a source, a paper file) is reported and ends the ingest with 2; any other error is thrown on, for main to report. */
function reportInputError(error: unknown, log: (line: string) => void): number {
  if (error instanceof SourceFileError || error instanceof ContentFileError) {
    log(`error: ${error.message}${error.message.includes("nothing was changed") ? "" : " — nothing was changed"}`);
    return 2;
  }
  throw error;
}

/** The sources read, their warnings, the papers kept, the topics drafted, and the counts of the plan. */
function reportPlan({ plan, sources, merged, drafts, copy, already }: PlannedIngest, previewing: boolean, detailed: boolean, log: (line: string) => void): void {
  for (const source of sources) {
    for (const warning of source.warnings) log(`warning: ${source.file}:${warning.line}: ${warning.message}`);
  }
  if (copy) log(`${previewing ? "would add" : "added"} the source ${copy.shown}`);
  if (already) log(`${already} is already a source of the review, with the same text`);
  if (sources.length > 1 || copy) {
    log(`sources: ${sources.map((source) => `${source.file} (${FORMAT_NAMES[source.format]}, ${source.entries.length} paper${source.entries.length === 1 ? "" : "s"})`).join(", ")}`);
  }
  if (merged.length > 0) {
    if (detailed) for (const note of merged) log(`merged: ${note.file}:${note.line}: ${note.message}`);
    else log(`${merged.length} paper${merged.length === 1 ? " is" : "s are"} in more than one source, each kept once (npm run ingest -- --dry-run lists them)`);
  }
  const { summary } = plan;
  for (const slug of summary.kept) {
    log(`kept: content/papers/${slug}.mdx left every source but has your commentary or fields, or your writing links to it; marked inDigest: false`);
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
async function applyPlan({ plan, drafts, copy }: PlannedIngest, paths: IngestPaths, log: (line: string) => void): Promise<number> {
  const writes = [
    ...(copy ? [{ path: copy.path, text: copy.text }] : []),
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
export function checkDraft(draft: DraftTopic, file: string): void {
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
      add: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      check: { type: "boolean", default: false },
    },
  });
  process.exitCode = await runIngest({
    root: process.cwd(),
    digest: values.digest,
    add: values.add,
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
