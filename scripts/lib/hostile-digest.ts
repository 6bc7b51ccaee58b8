/**
 * Seeded random digests of hostile papers, for the property test (tests/site/property.test.ts)
 * and its longer run (`npm run fuzz:site`): titles and abstracts built from text that means
 * something to MDX, JSX, Markdown, YAML, HTML entities, LaTeX and URLs, with control, bidi,
 * zero-width and astral characters, very long words and near-duplicate titles. Same seed,
 * same digest.
 */

import { prng, renderDigest } from "./synthetic-digest.ts";

/** Pieces that each break some layer if it ever treats digest text as code. */
const FRAGMENTS = [
  "{process.exit(1)}", "{a, b}", "{/* c */}", "<Aside>", "</div>", "<script>globalThis.PWNED=1</script>", "<img src=x onerror=alert(1)>",
  "import x from 'y'", "export const z = 1", "<PaperCard slug=\"x\" />", "<>", "{`t`}",
  "# Heading", "*em*", "**strong**", "_u_", "[link](javascript:alert(1))", "![img](x.png)", "> quote", "- item", "1. one", "| a | b |", "---", "***", "`code`", "~~s~~", "[^1]", "\\*",
  "key: value", "&anchor", "*alias", "!tag", "? q", "'single'", "\"double\"", "%YAML", "@at", "`back`", "#comment",
  "&amp;", "&lt;b&gt;", "&#x27;", "&#60;script&#62;", "&nbsp;", "&", "<", ">",
  "$\\alpha^2$", "45\\%", "\\textbf{x}", "$1.65\\times$", "\\{here\\}", "[25]",
  "https://a.b/& \"><i>x</i>", "https://a.example/x&amp;y", "https://a.example/p?q=1&r=\"2\"", "http://x.y/(z)", "www.example.com",
  "\u0001", "\u007f", "\u202eRTL override\u202c", "\u200bzero\u200bwidth", "\u2066isolate\u2069", "𝒳𝒴", "🚀", "深度学习", "עברית", "e\u0301",
  "[[kan-kolmogorov-arnold-networks]]", "[[topic:x]]",
];

const WORDS = ["model", "learning", "neural", "scaling", "speech", "network", "training", "data", "attention", "kernel", "spline", "vocoder"];

export interface HostilePaper {
  title: string;
  abstract: string;
}

/** `count` papers; titles are distinct, and some differ from another only in case. */
export function hostilePapers(seed: number, count: number): HostilePaper[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const phrase = (pieces: number) =>
    Array.from({ length: pieces }, () => (random() < 0.55 ? pick(FRAGMENTS) : pick(WORDS))).join(random() < 0.8 ? " " : "");
  const papers: HostilePaper[] = [];
  const titles = new Set<string>();
  while (papers.length < count) {
    let title = `${pick(WORDS)} ${phrase(1 + Math.floor(random() * 4))}`.trim();
    // Near-duplicates: another paper's title in other case.
    if (papers.length > 0 && random() < 0.1) title = pick(papers).title.toUpperCase();
    if (random() < 0.05) title = `${title} ${"long".repeat(400)}`;
    if (titles.has(title) || title.trim() === "") continue;
    titles.add(title);
    const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => `We ${pick(WORDS)} ${phrase(2 + Math.floor(random() * 6))}, improving accuracy by ${Math.floor(random() * 90)}%.`);
    papers.push({ title, abstract: sentences.join(" ") });
  }
  return papers;
}

/** The papers as a Hugging Face Papers listing, the digest's format. */
export const renderHostileDigest = renderDigest;
