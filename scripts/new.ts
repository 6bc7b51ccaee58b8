/**
 * `npm run new -- FILE [--force]`
 *
 * Starts a review of FILE in place of the current one: the papers, topics, home page, sources
 * and figures in content/ and public/figures/ are replaced by FILE's papers, drafted topics and
 * a drafted home page. When the current content holds the reviewer's writing — commentary, their
 * own fields, topic essays, a home page of their own, figures — it lists what would be lost and
 * changes nothing, unless --force (git history is the undo). All or nothing, like the ingest.
 */

import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { INGEST_FIELDS, parseFrontmatter, splitFrontmatter } from "../src/lib/content/content-files.ts";
import { hasBody, isDraftNote } from "../src/lib/content/mdx-body.ts";
import { draftHome, isDraftedHome, renderHomeFile } from "../src/lib/ingest/draft-home.ts";
import { draftTaxonomy, renderTopicFile } from "../src/lib/ingest/draft-topics.ts";
import { planIngest } from "../src/lib/ingest/ingest-plan.ts";
import { mergeSources } from "../src/lib/ingest/merge-sources.ts";
import { FORMAT_NAMES } from "../src/lib/ingest/source.ts";
import { applyChanges, ChangeError, listMdx } from "./fs.ts";
import { checkDraft, ingestPaths, readSource, SourceFileError, sourceFiles, today, type IngestPaths } from "./ingest.ts";

export interface NewOptions {
  root: string;
  /** The source to start from; relative paths are taken from `root`. */
  file: string;
  force?: boolean;
  today?: string;
  log?: (line: string) => void;
}

/** Runs `new` and returns the exit code: 0 done, 1 refused (reviewer writing), 2 bad input. */
export async function runNew(options: NewOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const paths = ingestPaths(options.root);
  const from = resolve(options.root, options.file);
  const shown = (path: string) => relative(options.root, path) || path;

  let source;
  try {
    source = await readSource(from, shown(from));
  } catch (error) {
    if (!(error instanceof SourceFileError)) throw error;
    log(`error: ${error.message} — nothing was changed`);
    return 2;
  }
  if (source.entries.length === 0) {
    log(`error: ${source.file}: no papers in it — nothing was changed`);
    return 2;
  }

  const writing = await reviewerWriting(paths);
  if (writing.length > 0 && !options.force) {
    log(`refused: the current review holds your writing, which starting a new review would delete:`);
    for (const item of writing) log(`  ${item}`);
    log("nothing was changed; commit it (git history is the undo) and run again with --force");
    return 1;
  }

  // A text listing becomes content/digest.txt, as in every review; other formats go in content/sources/.
  const target = source.format === "listing" ? paths.digest : join(paths.sourcesDir, basename(from));
  const day = options.today ?? today();
  const { entries } = mergeSources([{ file: shown(target), entries: source.entries }]);
  const plan = planIngest(entries, [], new Set(), day);
  const topics = draftTaxonomy(entries);
  for (const topic of topics) checkDraft(topic, shown(join(paths.topicsDir, `${topic.id}.mdx`)));
  const home = draftHome(topics);

  const writes = [
    { path: target, text: source.text },
    ...plan.writes.map((write) => ({ path: join(paths.papersDir, `${write.slug}.mdx`), text: write.text })),
    ...topics.map((topic) => ({ path: join(paths.topicsDir, `${topic.id}.mdx`), text: renderTopicFile(topic) })),
    { path: join(paths.root, "content", "index.mdx"), text: renderHomeFile(home) },
  ];
  const written = new Set(writes.map((write) => write.path));
  const deletes = (await currentFiles(paths)).filter((path) => !written.has(path));
  try {
    await applyChanges(writes, deletes);
  } catch (error) {
    if (!(error instanceof ChangeError)) throw error;
    log(`error: ${shown(error.path)}: ${error.message}`);
    return 2;
  }

  for (const warning of source.warnings) log(`warning: ${source.file}:${warning.line}: ${warning.message}`);
  if (writing.length > 0) log(`deleted your writing in ${writing.length} place${writing.length === 1 ? "" : "s"} (--force); git history has it`);
  log(`started a review of ${source.file} (${FORMAT_NAMES[source.format]}), kept as ${shown(target)}`);
  log(`wrote ${plan.writes.length} paper${plan.writes.length === 1 ? "" : "s"} in content/papers/, ${topics.length} drafted topic${topics.length === 1 ? "" : "s"} in content/topics/ and a drafted home page, content/index.mdx ("${home.title}")`);
  log(`removed ${deletes.length} file${deletes.length === 1 ? "" : "s"} of the previous review`);
  log("next: rewrite the drafted home page and topics in your words, then npm run build");
  return 0;
}

/**
 * What of the current content is the reviewer's writing, one line per file: commentary and
 * their own fields in papers, essays in topics, a home page that is not an untouched draft,
 * figures.
 */
export async function reviewerWriting(paths: IngestPaths): Promise<string[]> {
  const found: string[] = [];
  for (const name of await listMdx(paths.papersDir)) {
    const file = join(paths.papersDir, name);
    const shown = relative(paths.root, file);
    const { body, fields } = await readMdx(file, shown);
    const own = fields.filter((field) => !(INGEST_FIELDS as readonly string[]).includes(field));
    const what = [hasBody(body) ? "commentary" : "", own.length > 0 ? `your fields (${own.join(", ")})` : ""].filter(Boolean);
    if (what.length > 0) found.push(`${shown}: ${what.join(" and ")}`);
  }
  for (const name of await listMdx(paths.topicsDir)) {
    const file = join(paths.topicsDir, name);
    const { body } = await readMdx(file, relative(paths.root, file));
    if (hasBody(body) && !isDraftNote(body)) found.push(`${relative(paths.root, file)}: an essay`);
  }
  const home = join(paths.root, "content", "index.mdx");
  const homeText = await readFile(home, "utf8").catch(() => undefined);
  if (homeText !== undefined && !isDraftedHome(homeText)) found.push("content/index.mdx: your home page (title and introduction)");
  for (const figure of await listFiles(join(paths.root, "public", "figures"))) found.push(`${relative(paths.root, figure)}: a figure`);
  return found;
}

/** A file's body and field names; a file that does not parse counts as the reviewer's, whole. */
async function readMdx(file: string, shown: string): Promise<{ body: string; fields: string[] }> {
  const text = await readFile(file, "utf8");
  try {
    const split = splitFrontmatter(text, shown);
    const data = (parseFrontmatter(split, shown).toJS() ?? {}) as Record<string, unknown>;
    return { body: split.body, fields: Object.keys(data) };
  } catch {
    return { body: text, fields: [] };
  }
}

/** Every file the previous review consists of: papers, topics, sources, the digest, figures. */
async function currentFiles(paths: IngestPaths): Promise<string[]> {
  const files = [
    ...(await listMdx(paths.papersDir)).map((name) => join(paths.papersDir, name)),
    ...(await listMdx(paths.topicsDir)).map((name) => join(paths.topicsDir, name)),
    ...(await sourceFiles(paths)),
    ...(await listFiles(join(paths.root, "public", "figures"))),
  ];
  return files;
}

/** Files under a folder, recursively, sorted; none when it does not exist. */
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  if (positionals.length !== 1) {
    console.error("usage: npm run new -- FILE [--force]   (FILE: a Hugging Face Papers listing, daily-papers JSON, arXiv Atom feed or BibTeX)");
    process.exitCode = 2;
    return;
  }
  process.exitCode = await runNew({ root: process.cwd(), file: positionals[0]!, force: values.force });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
