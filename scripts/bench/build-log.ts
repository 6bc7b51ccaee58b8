/**
 * Reading what the benchmark's child processes printed: the JSON line of a step helper, why a
 * step failed, the phase timings Astro and Pagefind log, and whether a rebuild reused Astro's
 * content cache.
 */

import type { Measured } from "./measure.ts";
import type { Phases } from "./report.ts";

/** The last JSON line of a step helper's output (scripts/bench/ingest-step.ts, review-step.ts). */
export function lastJson(output: string): Record<string, number> {
  const line = output.trim().split("\n").reverse().find((candidate) => candidate.startsWith("{"));
  if (!line) throw new Error(`no JSON result in:\n${output.slice(-2000)}`);
  return JSON.parse(line) as Record<string, number>;
}

/** The last lines of a failed step's output that say why (a crash's message, not its stack). */
export function failure(run: Measured): string {
  const clean = run.output.replace(/\x1b\[[0-9;]*m/g, "");
  const lines = clean.split("\n").map((line) => line.trim()).filter(Boolean);
  const reason = lines.filter((line) => /error|heap|memory|killed|fatal/i.test(line) && !/^at /.test(line)).slice(-3);
  return `exit ${run.code}: ${(reason.length > 0 ? reason : lines.slice(-3)).join(" / ").slice(0, 400)}`;
}

/** The phase timings Astro prints (pages generated, total), and Pagefind's page count. */
export function phases(output: string): Phases {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  const notes = clean
    .split("\n")
    .filter((line) => /(Completed in|built in|Synced content|data store|content config|indexed \d+ pages|Loaded|Cache|cache)/i.test(line))
    .map((line) => line.trim());
  const pages = /\[build\] (\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(clean);
  const indexed = /indexed (\d+) pages/.exec(clean);
  return {
    notes,
    pagesMs: pages ? Number(pages[2]) * (pages[3] === "s" ? 1000 : 1) : undefined,
    pagefindPages: indexed ? Number(indexed[1]) : undefined,
  };
}

/**
 * What the rebuild's log says about Astro's content layer data store. Astro logs "Astro config
 * changed", "Content config changed" or "Clearing content store" when it throws the store
 * away; otherwise it reuses it silently, re-parsing only entries whose digest changed. The
 * time between "Syncing content" and "Synced content" (second resolution) shows it too.
 */
export function cacheNote(first: string, second: string): string {
  const clean = second.replace(/\x1b\[[0-9;]*m/g, "");
  const cleared = clean.split("\n").filter((line) => /config changed|version changed|Clearing content store/i.test(line));
  const before = syncSeconds(first);
  const after = syncSeconds(second);
  const timing = before !== undefined && after !== undefined ? `content sync ${after} s (first build: ${before} s)` : "content sync time not logged";
  if (cleared.length > 0) return `content cache NOT reused (${cleared.map((line) => line.replace(/^\S+\s+/, "").trim()).join("; ")}); ${timing}`;
  return `content cache reused (no store clearing logged; unchanged entries skipped by digest); ${timing}`;
}

/** Seconds from Astro's "Syncing content" to "Synced content" log lines (timestamps are whole seconds). */
function syncSeconds(output: string): number | undefined {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  const at = (pattern: RegExp) => {
    const match = new RegExp(`(\\d\\d):(\\d\\d):(\\d\\d) \\[content\\] ${pattern.source}`).exec(clean);
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
  };
  const start = at(/Syncing content/);
  const end = at(/Synced content/);
  return start !== undefined && end !== undefined ? (end - start + 86400) % 86400 : undefined;
}
