/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time per function and per source file,
 * largest first — enough to say where a step spends its time without opening DevTools.
 *
 *   node scripts/bench/profile-summary.ts FILE.cpuprofile [--top 25]
 */

import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  functions: { name: string; where: string; selfMs: number; totalMs: number }[];
  files: { file: string; selfMs: number }[];
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "node_modules/").replace(/^.*?\/(src|scripts)\//, "$1/");

/** Self and total (inclusive) time by function, and self time by file. */
export function summarise(profile: Profile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i] ?? 0) / 1000);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const key = (node: ProfileNode) => `${node.callFrame.functionName || "(anonymous)"}\u0000${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const fnSelf = new Map<string, number>();
  const fnTotal = new Map<string, number>();
  const fileSelf = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    fnSelf.set(key(node), (fnSelf.get(key(node)) ?? 0) + ms);
    const file = shortUrl(node.callFrame.url) || `(${node.callFrame.functionName || "native"})`;
    fileSelf.set(file, (fileSelf.get(file) ?? 0) + ms);
    // Inclusive time: once per distinct function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const k = key(byId.get(current)!);
      if (seen.has(k)) continue;
      seen.add(k);
      fnTotal.set(k, (fnTotal.get(k) ?? 0) + ms);
    }
  }
  const functions = [...fnSelf]
    .map(([k, selfMs]) => {
      const [name, where] = k.split("\u0000") as [string, string];
      return { name, where, selfMs, totalMs: fnTotal.get(k) ?? selfMs };
    })
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
  const files = [...fileSelf].map(([file, selfMs]) => ({ file, selfMs })).sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  return { totalMs: (profile.endTime - profile.startTime) / 1000, functions, files };
}

/** The heaviest functions by inclusive time whose source is ours (src/, scripts/). */
export function ownInclusive(profile: Profile, top = 15): { name: string; where: string; totalMs: number }[] {
  const all = summarise(profile, Number.MAX_SAFE_INTEGER);
  return all.functions
    .filter((fn) => /^(src|scripts)\//.test(fn.where) && !fn.where.startsWith("scripts/bench/"))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top)
    .map(({ name, where, totalMs }) => ({ name, where, totalMs }));
}

export async function readProfile(file: string): Promise<Profile> {
  return JSON.parse(await readFile(file, "utf8")) as Profile;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
  const file = positionals[0];
  if (!file) throw new Error("usage: profile-summary FILE.cpuprofile [--top N]");
  const profile = await readProfile(file);
  const top = Number(values.top);
  const summary = summarise(profile, top);
  console.log(`profile: ${summary.totalMs.toFixed(0)} ms\n\nself time by function:`);
  for (const fn of summary.functions) console.log(`${fn.selfMs.toFixed(0).padStart(8)} ms self ${fn.totalMs.toFixed(0).padStart(8)} ms total  ${fn.name}  ${fn.where}`);
  console.log("\nself time by file:");
  for (const entry of summary.files) console.log(`${entry.selfMs.toFixed(0).padStart(8)} ms  ${entry.file}`);
  console.log("\nour functions by inclusive time:");
  for (const fn of ownInclusive(profile, top)) console.log(`${fn.totalMs.toFixed(0).padStart(8)} ms  ${fn.name}  ${fn.where}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
