/**
 * Running a step of the benchmark as a child process and measuring it: wall time, the
 * largest single process's peak RSS (GNU time's "Maximum resident set size", when
 * /usr/bin/time exists) and the peak of the whole process tree's summed RSS, sampled from
 * /proc (Astro's node process and Pagefind's native binary run at the same time).
 */

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface Measured {
  /** Wall time of the child, from spawn to exit, in ms. */
  wallMs: number;
  /** GNU time's maximum RSS of the largest process in the tree, in bytes (0 when unavailable). */
  maxRssBytes: number;
  /** Peak of the summed RSS of every process in the tree, sampled every `sampleMs`, in bytes. */
  peakTreeRssBytes: number;
  /** stdout and stderr, interleaved. */
  output: string;
  code: number;
  /** CPU seconds (user + system) of the child and its descendants, from GNU time. */
  cpuSeconds: number;
  /**
   * CPU seconds other processes on the machine used meanwhile (all busy CPU time from
   * /proc/stat minus ours): how contended the machine was. NaN when unknown.
   */
  othersCpuSeconds: number;
}

const TIME = "/usr/bin/time";
const running = new Set<ChildProcess>();

/** Stops the steps still running (on Ctrl-C), each by its own process id. */
export function killChildren(): void {
  for (const child of running) {
    // Each step runs in its own process group: the signal reaches Astro and Pagefind under GNU time.
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  }
}
export const HAVE_GNU_TIME = existsSync(TIME);

/** Runs `command args` in `cwd` with `env` added; rejects with the output when it exits non-zero. */
export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; logFile?: string; sampleMs?: number; allowFailure?: boolean },
): Promise<Measured> {
  const timeFile = join(options.cwd, `.bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, argv] = HAVE_GNU_TIME ? [TIME, ["-v", "-o", timeFile, command, ...args]] : [command, args];
  const busyBefore = await busyCpuSeconds();
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  running.add(child);
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));

  let peakTree = 0;
  let sampling = false;
  const sample = async () => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    try {
      peakTree = Math.max(peakTree, await treeRss(child.pid));
    } finally {
      sampling = false;
    }
  };
  const timer = setInterval(() => void sample(), options.sampleMs ?? 250);
  const code: number = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (exit) => resolve(exit ?? 1));
  });
  clearInterval(timer);
  running.delete(child);
  const wallMs = performance.now() - started;
  const busyAfter = await busyCpuSeconds();

  let maxRssBytes = 0;
  let cpuSeconds = NaN;
  if (HAVE_GNU_TIME) {
    const report = await readFile(timeFile, "utf8").catch(() => "");
    await rm(timeFile, { force: true });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    if (kb) maxRssBytes = Number(kb) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    if (user && system) cpuSeconds = Number(user) + Number(system);
    // GNU time prefixes "Command exited with non-zero status" to its report; the output is ours.
  }
  if (options.logFile) await writeFile(options.logFile, output);
  if (code !== 0 && !options.allowFailure) {
    throw new Error(`${command} ${args.join(" ")} (in ${options.cwd}) exited ${code}:\n${output.slice(-4000)}`);
  }
  const othersCpuSeconds = Math.max(0, busyAfter - busyBefore - cpuSeconds);
  return { wallMs, maxRssBytes, peakTreeRssBytes: Math.max(peakTree, maxRssBytes), output, code, cpuSeconds, othersCpuSeconds };
}

/** Busy CPU seconds of the whole machine since boot (all cores; idle and iowait excluded). */
async function busyCpuSeconds(): Promise<number> {
  try {
    const line = (await readFile("/proc/stat", "utf8")).split("\n")[0]!;
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return (total - idle) / 100;
  } catch {
    return NaN;
  }
}

/** Summed VmRSS of `root` and all its descendants, from /proc (0 where /proc is missing). */
async function treeRss(root: number): Promise<number> {
  let names: string[];
  try {
    names = await readdir("/proc");
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  await Promise.all(
    names
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        try {
          const text = await readFile(`/proc/${name}/stat`, "utf8");
          // pid (comm) state ppid …; comm may hold spaces and parentheses.
          const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
          parent.set(Number(name), Number(fields[1]));
        } catch {
          // The process ended between readdir and read.
        }
      }),
  );
  const inTree = (pid: number): boolean => {
    for (let current = pid, steps = 0; current > 1 && steps < 64; steps++) {
      if (current === root) return true;
      current = parent.get(current) ?? 0;
    }
    return false;
  };
  let total = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = await readFile(`/proc/${pid}/status`, "utf8");
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      if (kb) total += Number(kb) * 1024;
    } catch {
      // Gone already.
    }
  }
  return total;
}

/** Total size in bytes of the files under `dir` (0 when it does not exist). */
export async function dirSize(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await dirSize(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}

/** Every file under `dir`, as paths relative to it. */
export async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** mtime and inode of every file in a folder: an atomic rename changes the inode even within one mtime tick. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(dir)) {
    const info = await stat(join(dir, name), { bigint: true });
    out.set(name, `${info.mtimeNs}:${info.ino}:${info.size}`);
  }
  return out;
}

/** Files added, changed (rewritten) and removed between two snapshots. */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): { added: string[]; changed: string[]; removed: string[] } {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [name, key] of after) {
    const old = before.get(name);
    if (old === undefined) added.push(name);
    else if (old !== key) changed.push(name);
  }
  for (const name of before.keys()) if (!after.has(name)) removed.push(name);
  return { added, changed, removed };
}
