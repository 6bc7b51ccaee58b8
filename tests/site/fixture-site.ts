/**
 * Builds a small review site from a fixture digest in a temporary copy of the project, the
 * way a maintainer would: ingest, then `astro build`. Shared by the build and browser tests.
 */

import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { indexSite } from "../../scripts/index-search.ts";
import { runIngest } from "../../scripts/ingest.ts";

export const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

const LONG = "We propose a method and study it carefully. It is evaluated on five benchmarks, where it improves accuracy by 4.2% over strong baselines.";

/** Titles that mean something to MDX, YAML, HTML or JavaScript; each must reach the page as written. */
export const HOSTILE_TITLES = [
  "{process.exit(1)}",
  "{(await import('node:fs')).writeFileSync('PWNED', '')}",
  "<script>alert(1)</script> Attention Is Not All You Need",
  "<img src=x onerror=alert(1)> Image Models",
  "import fs from 'node:fs'",
  "export const x = 1",
  "---",
  "# Heading",
  "???",
  "key: value # & * ! | > ' \" % @ `",
  "&lt;b&gt;Entities&lt;/b&gt; written out",
  "$\\tau^2$ scaling and 45\\% of $\\{x\\}$",
  "[click](javascript:alert(1)) links",
  "Emoji 🚀 CJK 深度学习 RTL עברית zero\u200bwidth",
];

export const NORMAL_PAPERS: [string, string][] = [
  ["KAN: Kolmogorov-Arnold Networks", "Inspired by the Kolmogorov-Arnold representation theorem, we propose Kolmogorov-Arnold Networks (KANs) as alternatives to MLPs. KANs have learnable activation functions on edges, parametrized as splines. Code: https://github.com/KindXiaoming/pykan."],
  ["Kolmogorov-Arnold Transformers", "We replace the MLP layers of transformers with Kolmogorov-Arnold Networks. The KAN layers use rational spline bases and match the accuracy of MLP layers with fewer parameters on ImageNet."],
  ["FastSpeech: Fast, Robust and Controllable Text to Speech", "Neural text-to-speech (TTS) models generate mel-spectrograms autoregressively. We propose FastSpeech, a feed-forward network that generates mel-spectrograms in parallel for speech synthesis, speeding up synthesis by 270x."],
  ["HiFi-GAN: Generative Adversarial Networks for Efficient Speech Synthesis", "We propose HiFi-GAN, a vocoder for speech synthesis that generates raw waveforms from mel-spectrograms. The text-to-speech quality approaches human speech while synthesis is 167.9 times faster than real time."],
  ["Scaling Laws for Neural Language Models", "We study empirical scaling laws for language model performance on the cross-entropy loss. The loss scales as a power law with model size, dataset size, and the amount of compute used for training."],
  ["Chinchilla: Training Compute-Optimal Language Models", "We investigate the optimal model size and number of tokens for training a transformer language model under a given compute budget, and find scaling laws where model size and tokens should be scaled equally."],
];

/**
 * Abstracts that open with a URL holding `&` and `"`: Astro 5 wrote such attribute values
 * unescaped (withastro/astro#15740), so this text broke out of `<meta name="description">`.
 */
export const URL_ABSTRACTS: [string, string][] = [
  ["Attribute Breakout Study", 'https://a.b/& "><i>x</i><script>globalThis.PWNED=1</script> We propose a study of attributes.'],
  ["Escaped Ampersand Links", "We propose links; see https://a.example/x&amp;y and https://a.example/p?q=1&r=2 for the code."],
];

export const TOPICS: Record<string, string> = {
  "kolmogorov-arnold-networks": `---\ntitle: "Kolmogorov-Arnold Networks"\ndescription: "Networks with learnable activations on edges."\nterms: ["Kolmogorov-Arnold", "KAN", "spline"]\norder: 1\n---\n\nKANs put **learnable functions** on edges.\n`,
  "speech-synthesis": `---\ntitle: "Speech Synthesis"\ndescription: "Text-to-speech and vocoders."\nterms: ["text-to-speech", "TTS", "vocoder", "mel-spectrogram", "speech synthesis"]\norder: 2\n---\n\nFrom text to waveforms.\n`,
  "scaling-laws": `---\ntitle: "Scaling Laws"\ndescription: "How loss falls with compute, data and parameters."\nterms: ["scaling law", "compute-optimal", "power law"]\norder: 3\n---\n\nPower laws everywhere.\n`,
};

export function fixtureDigest(): string {
  const papers: [string, string][] = [...NORMAL_PAPERS, ...URL_ABSTRACTS, ...HOSTILE_TITLES.map((title): [string, string] => [title, hostileAbstract(title)])];
  return `Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe${papers.map(([t, a]) => `${t}\n${a}`).join("\n")}\n`;
}

/** The abstract the fixture digest gives a hostile title: the title again, then markup-like text. */
export function hostileAbstract(title: string): string {
  return `${title} — ${LONG} <b>bold</b> {curly} \`code\``;
}

export interface FixtureSite {
  root: string;
  dist: string;
  output: string;
}

/** Copies the project's code into a temp folder, ingests the fixture digest and builds it. */
export async function buildFixtureSite(prepare?: (root: string) => Promise<void>, digest = fixtureDigest(), options: { topics?: boolean } = {}): Promise<FixtureSite> {
  const root = await mkdtemp(join(tmpdir(), "topical-review-site-"));
  for (const entry of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public"]) {
    await cp(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  await symlink(join(PROJECT, "node_modules"), join(root, "node_modules"), "dir");
  await mkdir(join(root, "content", "topics"), { recursive: true });
  await writeFile(join(root, "content", "digest.txt"), digest);
  // Without the fixture's topics the ingest drafts its own, as for a new user's first digest.
  if (options.topics !== false) for (const [id, text] of Object.entries(TOPICS)) await writeFile(join(root, "content", "topics", `${id}.mdx`), text);
  const log: string[] = [];
  const code = await runIngest({ root, log: (line) => log.push(line) });
  if (code !== 0) throw new Error(`ingest failed: ${log.join("\n")}`);
  await prepare?.(root);
  const output = await run(process.execPath, [join(PROJECT, "node_modules", "astro", "bin", "astro.mjs"), "build"], root, {
    TOPICAL_REVIEW_CACHE_DIR: join(root, ".cache"),
  });
  const indexed = await indexSite(join(root, "dist"));
  return { root, dist: join(root, "dist"), output: `${output}\n[search] indexed ${indexed.pages} pages\n` };
}

/** A command in `cwd`, its output on success; a failure names the command and shows its output. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, URL: "https://review.example.org" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`))));
  });
}

export async function readText(path: string): Promise<string> {
  return readFile(path, "utf8");
}
