/**
 * Splits digest text into plain text and web links, so a page can render links found in
 * an abstract (a code repository, say) without ever treating the text as markup. Only
 * http(s) URLs become links; anything else, `javascript:` included, stays text. Two addresses
 * written with nothing between them (`https://github.com/a/bhttps://github.com/c/d`,
 * `….https://…`) or only a comma or semicolon are two links, not one.
 */

export type Segment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/giu;
/** Punctuation that ends a sentence, not a URL. */
const TRAILING = /[.,;:!?)\]]+$/u;
/**
 * Where a second address starts inside a match: right after a letter, digit or punctuation
 * that cannot end a path leading into it. Not after `/`, `=` or `?`, where an address holds
 * another as its argument (`https://web.archive.org/web/2020/https://…`, `?url=https://…`).
 */
const NEXT_URL = /(?<=[\p{L}\p{N}.,;!)\]])https?:\/\//giu;

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const starts = [0, ...[...match[0].matchAll(NEXT_URL)].map((next) => next.index)];
    for (const [k, from] of starts.entries()) {
      let url = match[0].slice(from, starts[k + 1]);
      const trailing = url.match(TRAILING)?.[0] ?? "";
      // Keep a closing parenthesis that belongs to the URL, e.g. wiki links with "(…)".
      if (trailing && !(trailing.startsWith(")") && url.includes("("))) url = url.slice(0, -trailing.length);
      if (!isHttpUrl(url)) continue;
      const start = match.index + from;
      if (start > last) segments.push({ kind: "text", text: text.slice(last, start) });
      segments.push({ kind: "link", text: url, href: url });
      last = start + url.length;
    }
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

function isHttpUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
