/**
 * The Hugging Face daily-papers API JSON (`https://huggingface.co/api/daily_papers`): a
 * top-level array of `{ paper: { id, title, summary, authors, publishedAt, githubRepo? }, … }`.
 * JSON.parse does the parsing; zod checks the shape; a small scan of the text finds the line
 * each array element starts on, so every message can point into the file.
 */

import { z } from "astro/zod";
import { normalizeLine } from "../digest.ts";
import { clip, dropDuplicates, lineFinder } from "./source-parsing.ts";
import { SourceError, type ParsedSource, type SourceEntry, type SourceMeta, type SourceWarning } from "../source.ts";

const NON_EMPTY = "must be a non-empty string";
const nonEmpty = z.string({ error: NON_EMPTY }).trim().min(1, { error: NON_EMPTY });
const text = z.string({ error: "must be a string" });

// Only the fields the ingest reads; the API sends many more (upvotes, thumbnails, …), which zod drops.
const itemSchema = z
  .object(
    {
      paper: z.object(
        {
          id: nonEmpty,
          title: text.optional(),
          summary: text.optional(),
          authors: z.array(z.object({ name: text }, { error: "must be an object" }), { error: "must be an array" }).optional(),
          publishedAt: text.optional(),
          githubRepo: text.nullish(),
        },
        { error: "must be an object" },
      ),
      title: text.optional(),
    },
    { error: "must be an object" },
  )
  // The API repeats the title outside `paper`; either will do.
  .refine((item) => Boolean(item.paper.title?.trim() || item.title?.trim()), { path: ["paper", "title"], error: NON_EMPTY });

type Item = z.infer<typeof itemSchema>;

/** Problems listed in one error message; the rest are counted. */
const MAX_PROBLEMS = 3;

export function parseDailyPapers(source: string): ParsedSource {
  const json = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 quotes the text around some errors, line breaks included; keep the message on one line.
    throw new SourceError(`not valid JSON: ${message.replace(/\r?\n/g, "\\n")}`, jsonErrorLine(message, json));
  }
  if (!Array.isArray(data)) {
    const found = data === null ? "null" : typeof data === "object" ? "an object" : `a ${typeof data}`;
    throw new SourceError(`expected a JSON array of papers (the daily-papers API response), found ${found}`, 1);
  }
  if (data.length === 0) throw new SourceError("the JSON array is empty: no papers", 1);

  const starts = elementStarts(json);
  const lineAt = lineFinder(json);
  const lineOf = (index: number) => lineAt(starts[index] ?? 0);
  const items: { item: Item; line: number }[] = [];
  const problems: { line: number; message: string }[] = [];
  data.forEach((value, index) => {
    const line = lineOf(index);
    const result = itemSchema.safeParse(value);
    if (result.success) items.push({ item: result.data, line });
    else {
      // One problem per entry is enough to find it; the first is usually the cause of the others.
      const issue = result.error.issues[0]!;
      const path = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("").slice(1);
      problems.push({ line, message: `entry ${index + 1} (line ${line}): ${path ? `"${path}" ` : ""}${issue.message}` });
    }
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS).map((problem) => problem.message).join("; ");
    const more = problems.length > MAX_PROBLEMS ? ` (and ${problems.length - MAX_PROBLEMS} more entries with problems)` : "";
    throw new SourceError(shown + more, problems[0]!.line);
  }

  const warnings: SourceWarning[] = [];
  const entries = items.map(({ item, line }) => toEntry(item, line, warnings));
  return { entries: dropDuplicates(entries, warnings), warnings: warnings.sort((a, b) => a.line - b.line) };
}

function toEntry(item: Item, line: number, warnings: SourceWarning[]): SourceEntry {
  const { paper } = item;
  const title = normalizeLine(paper.title?.trim() ? paper.title : (item.title ?? ""));
  const abstract = normalizeLine(paper.summary ?? "");
  if (!abstract) warnings.push({ line, message: `"${clip(title)}" has no abstract; kept with an empty one` });

  const meta: SourceMeta = {};
  const authors = (paper.authors ?? []).map((author) => normalizeLine(author.name)).filter(Boolean);
  if (authors.length > 0) meta.authors = authors;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(paper.publishedAt ?? "")?.[0];
  if (date) meta.date = date;
  const arxiv = /^(\d{4}\.\d{4,5})(v\d+)?$/.exec(paper.id.trim())?.[1];
  if (arxiv) meta.arxiv = arxiv;
  else warnings.push({ line, message: `"paper.id" ${JSON.stringify(paper.id)} is not an arXiv identifier; left out` });
  const repo = paper.githubRepo?.trim();
  if (repo && /^https?:\/\/\S+$/i.test(repo)) meta.code = repo;
  else if (repo) warnings.push({ line, message: `"paper.githubRepo" ${JSON.stringify(repo)} is not an http(s) URL; left out` });
  return { title, abstract, line, meta };
}

/**
 * Where each element of the top-level array starts. Only called on text JSON.parse accepted
 * and whose value is an array, so it need only track strings (with escapes) and nesting.
 */
function elementStarts(json: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectValue = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === "\\") escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(char) && char !== "]") {
      starts.push(i);
      expectValue = false;
    }
    if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (char === "]" || char === "}") depth--;
    else if (char === "," && depth === 1) expectValue = true;
  }
  return starts;
}

/**
 * The line of a JSON.parse error. V8 says "(line L column C)" or "at position P" for most
 * errors, but for an unexpected token it quotes the text around it instead: find that quote.
 */
function jsonErrorLine(message: string, json: string): number {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  const lineAt = lineFinder(json);
  if (position) return lineAt(Number(position));
  if (/end of JSON input/i.test(message)) return lineAt(json.trimEnd().length);
  const quoted = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (quoted) {
    const [, token, clipped, context] = quoted as unknown as [string, string, string | undefined, string];
    const at = json.indexOf(context);
    // A clipped quote starts 10 characters before the token (V8's context width).
    if (at >= 0) return lineAt(at + (clipped ? 10 : Math.max(0, context.indexOf(token))));
  }
  return 1;
}
