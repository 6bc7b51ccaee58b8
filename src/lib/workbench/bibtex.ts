/**
 * Citations: BibTeX entries for the review's papers and their citation keys. A key depends on
 * the paper's own fields (first author's family name, year, first title word) or, when the
 * authors are unknown, on its slug, which never changes; so the same paper gets the same key in
 * every build, whatever else the collection holds; a reviewer who wants a key that never
 * changes, even when authors are added, sets `citeKey`. Only fields the reviewer (or the
 * digest) gave are written; nothing is guessed.
 */

import { shortHash } from "../content/hash.ts";
import { arxivId, doiName, webUrl } from "../view/paper-links.ts";
import { transliterate } from "../content/slug.ts";
import { compare } from "../model/order.ts";

export interface CitationSource {
  slug: string;
  title: string;
  authors?: readonly string[];
  year?: number;
  venue?: string;
  arxiv?: string;
  doi?: string;
  url?: string;
  /** The reviewer's own key, used as written. */
  citeKey?: string;
}

export interface Citation {
  slug: string;
  key: string;
  /** The whole `@type{key, …}` entry, ending in a newline. */
  bibtex: string;
}

/** Words a key never starts with: "On the …" is keyed by its first real word. */
const STOPWORDS = new Set(
  "a an the on of in for to and or with via by from at as is are be do does can what how why when towards toward".split(" "),
);

/** A family name: "Liu, Ziming" → Liu; "Ziming Liu" → Liu; "Guido van Rossum Jr." → Rossum. */
export function familyName(author: string): string {
  const name = author.replace(/[{}]/g, "").trim();
  if (name.includes(",")) return name.slice(0, name.indexOf(",")).trim();
  const words = name.split(/\s+/).filter((word) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(word));
  return words.at(-1) ?? "";
}

const asciiWord = (text: string) => transliterate(text).replace(/[^a-z0-9]+/g, "");

/** The key a paper would have on its own, before collisions with other papers are considered. */
export function baseKey(paper: CitationSource): string {
  const family = paper.authors?.[0] ? asciiWord(familyName(paper.authors[0])) : "";
  if (!family) return paper.slug;
  const words = transliterate(paper.title).split(/[^a-z0-9]+/).filter(Boolean);
  const word = words.find((candidate) => !STOPWORDS.has(candidate)) ?? words[0] ?? "";
  return `${family}${paper.year ?? ""}${word}`;
}

/**
 * Unique keys for a collection. A reviewer's `citeKey` is used as written. Papers whose base
 * keys collide (with each other or with a reviewer's key) all get a suffix from their own
 * slug's hash (none keeps the bare key), so a key never comes to mean another paper when a
 * paper is added.
 */
export function citationKeys(papers: readonly CitationSource[]): Map<string, string> {
  const sorted = [...papers].sort((a, b) => compare(a.slug, b.slug));
  const keys = new Map<string, string>();
  const chosen = new Set<string>();
  for (const paper of sorted) {
    if (!paper.citeKey) continue;
    keys.set(paper.slug, paper.citeKey);
    chosen.add(paper.citeKey);
  }
  const byBase = new Map<string, CitationSource[]>();
  for (const paper of sorted) {
    if (paper.citeKey) continue;
    const key = baseKey(paper);
    byBase.set(key, [...(byBase.get(key) ?? []), paper]);
  }
  const used = new Set<string>([...byBase.keys(), ...chosen]);
  for (const [base, group] of byBase) {
    if (group.length === 1 && !chosen.has(base)) {
      keys.set(group[0]!.slug, base);
      continue;
    }
    for (const paper of group) {
      const hash = shortHash(paper.slug);
      let key = `${base}-${hash.slice(0, 4)}`;
      if (used.has(key)) key = `${base}-${hash}`;
      for (let n = 2; used.has(key); n++) key = `${base}-${hash}-${n}`;
      used.add(key);
      keys.set(paper.slug, key);
    }
  }
  return keys;
}

const SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  // BibTeX counts braces even when escaped, so `\{` would unbalance the entry.
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  $: "\\$",
  "%": "\\%",
  "&": "\\&",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};

/** Text that LaTeX prints exactly as written (digest titles carry raw `$`, `\`, `{`, `%`). */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\{}$%&#_~^<>]/g, (char) => SPECIALS[char]!);
}

/** Verbatim fields (doi, url) keep their characters, but never a brace, backslash or space. */
function verbatim(text: string): string {
  return text.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** Conference-like venues are `@inproceedings` (booktitle), others `@article` (journal). */
const CONFERENCE = /\b(?:proceedings|proc\.|conference|workshop|symposium|neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|coling|aaai|ijcai|interspeech|icassp|kdd|colt|aistats|uai|corl|siggraph|www)\b/i;

export function bibtexEntry(paper: CitationSource, key: string): string {
  const fields: [string, string][] = [];
  const authors = (paper.authors ?? []).map((author) => author.trim()).filter(Boolean);
  if (authors.length > 0) {
    // A name with " and " inside (a consortium) is braced so BibTeX keeps it one name.
    fields.push(["author", authors.map((author) => (/\sand\s/i.test(author) ? `{${escapeBibtex(author)}}` : escapeBibtex(author))).join(" and ")]);
  }
  // Double braces: the title keeps its capitals (KAN, MLP) whatever the bibliography style.
  fields.push(["title", `{${escapeBibtex(paper.title)}}`]);
  if (paper.year !== undefined) fields.push(["year", String(paper.year)]);
  const venue = paper.venue?.trim();
  let type = "misc";
  if (venue) {
    type = CONFERENCE.test(venue) ? "inproceedings" : "article";
    fields.push([type === "inproceedings" ? "booktitle" : "journal", escapeBibtex(venue)]);
  }
  const arxiv = arxivId(paper.arxiv);
  if (arxiv) fields.push(["eprint", escapeBibtex(arxiv)], ["archivePrefix", "arXiv"]);
  const doi = doiName(paper.doi);
  if (doi) fields.push(["doi", verbatim(doi)]);
  const url = webUrl(paper.url);
  if (url) fields.push(["url", verbatim(url)]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(",\n");
  return `@${type}{${key},\n${body}\n}\n`;
}

/** Every paper's citation, in slug order. */
export function bibliography(papers: readonly CitationSource[]): Citation[] {
  const keys = citationKeys(papers);
  return [...papers]
    .sort((a, b) => compare(a.slug, b.slug))
    .map((paper) => ({ slug: paper.slug, key: keys.get(paper.slug)!, bibtex: bibtexEntry(paper, keys.get(paper.slug)!) }));
}

