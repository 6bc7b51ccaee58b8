/**
 * An abstract as its authors meant it. Digest abstracts carry the LaTeX and Markdown they were
 * written in — `89.7\%`, `$1.65\times$`, `$O(n^2)$`, `*Synthesis Step by Step* (**S3**)`,
 * `\textbf{FutureX}`, `{here}` left over from `\href`, citation markers `[25]`, two addresses
 * glued into one. `abstractTokens` reads them into text, inline math and emphasis;
 * `plainAbstract` is the same text as readable Unicode (`89.7%`, `1.65×`, `O(n²)`), the text
 * that sentences, claims, search and review.json use. Offsets into the plain text map to the
 * tokens: the plain text is the tokens' `text` / `plain` / `text` joined.
 *
 * The digest stays data: nothing here produces markup, anything not recognised stays literal
 * text, and a math token is only TeX handed to the page's renderer. Every rule looks a bounded
 * distance around where it stands and each character is read once, so a long or hostile
 * abstract costs linear time.
 *
 * The rules, in the order they are tried at each character:
 * - `\command`: escapes (`\%`, `\&`, `\_`, `\$`, `\{`…) become the character; accents (`\'e`,
 *   `\"{u}`) the accented letter; symbols (`\times`, `\sim`, `\leq`, Greek letters…) the Unicode
 *   symbol; `\textbf{}` / `\textit{}` / `\emph{}` emphasis; `\text{}`, `\texttt{}`, `\mathrm{}`,
 *   `\url{}` their argument; `\href{url}{label}` a web address, else the label; `\cite{}`, `\ref{}`,
 *   `\label{}`, `\footnote{}` nothing; `\(…\)` inline math. Any other command stays as written.
 * - `$…$` (the opening `$` not followed by a space, the closing one not preceded by a space nor
 *   followed by a digit, as in Pandoc, so "$5 and $10" stays text) and `$$…$$`: math, at most
 *   `MAX_SPAN` characters. Math that is only `\textbf{Word}` (or `\text{}`, `\emph{}`…) is that
 *   word, emphasised as written, not a formula.
 * - `http://` / `https://`: an address, read as written (inner `\_` unescaped); a second address
 *   glued to it (`…/bhttps://…`, `….https://…`, `…,https://…`) starts after a space; a `{label}`
 *   right after an address (what `\href{url}{here}` leaves) is dropped.
 * - `*em*`, `**strong**`, `_em_`, `__strong__` (flanking as in CommonMark, `_` never inside a
 *   word, at most `MAX_SPAN` characters): emphasis.
 * - `{` and `}`: dropped (what is left of LaTeX groups: `GPT-{n}`, `{here}`), but for a brace
 *   around a bracket, a chemist's enclosing mark (`({[1-arylpropylidene]amino}oxy)`); a command name
 *   that lost its backslash just before a brace (`text{depth}`, `blue{https://…}`) goes too;
 *   `^{…}` and `_{…}` are scripts (`10^{-3}` → `10⁻³`, `N^{delta}` → `N^(delta)`).
 * - `[25]`, `[3, 7]`, `[3-5]`: a numeric citation, removed with the space before it.
 * - `~` between a word and the next (LaTeX's tie, `at~https://…`, `Fig.~3`): a space.
 * `\\`, an escaped `\{`, a lone `$` or `*` and any unknown `\command` stay as written. The plain
 * text is made once from the digest's text: it is not itself digest text (`\{x\}` reads `{x}`,
 * which read again would be `x`), so nothing should read it a second time.
 *
 * This module is the entry and a cache of the last abstracts read; the reading itself is
 * abstract-reader.ts (the scan, and every rule but the backslash's), abstract-commands.ts (the
 * `\command` rules) and abstract-output.ts (the tokens written); TeX's tables are tex.ts.
 */

import { Out, type InlineToken } from "./abstract-output.ts";
import { Reader } from "./abstract-reader.ts";
import { texPlain } from "./tex.ts";

export type { InlineToken };
export { texPlain };

/** The abstract as text, math and emphasis tokens; adjacent text is one token, none is empty. */
export function abstractTokens(raw: string): InlineToken[] {
  return read(raw).tokens.map((token) => ({ ...token }));
}

/** The abstract as readable Unicode text: the tokens' text joined. */
export function plainAbstract(raw: string): string {
  return read(raw).plain;
}

/**
 * Inline math in TeX's `$…$` (after no space, before no digit: "$5 and $10" is money), and only
 * that: everything else in a title is shown exactly as written.
 */
const TITLE_MATH = /(?<![\\$\d])\$(?!\s)([^$]+?)(?<![\s\\])\$(?!\d)/g;
/** Words of running text: "$5 or more in C$ markets" holds prose between its dollars, not math. */
const PROSE = /(?:^|\s)\p{Ll}{2,}\s+\p{Ll}{2,}(?:\s|$)/u;

/** A title as a reader reads it: its inline math as Unicode (`D$^2$GMBC` → `D²GMBC`), the rest untouched. */
export function plainTitle(title: string): string {
  return title.includes("$") ? title.replace(TITLE_MATH, (span: string, tex: string) => (PROSE.test(tex) && !tex.includes("\\") ? span : texPlain(tex))) : title;
}

// ---------------------------------------------------------------------------------------------
// Reading, once per abstract

interface Read {
  tokens: readonly InlineToken[];
  plain: string;
}

/** The last few abstracts read: a page asks for the same abstract's tokens and plain text more than once. */
const recent = new Map<string, Read>();
const RECENT = 16;

/** Characters (and URLs) the reader acts on; an abstract with none of them is plain text as it stands. */
const MARKUP = /[$\\*_{}[\]~^]|https?:/i;

function read(raw: string): Read {
  // Most abstracts hold no markup at all: no scan, no tables (a 10,000-paper review reads them all).
  if (!MARKUP.test(raw)) return { tokens: raw === "" ? [] : [{ kind: "text", text: raw }], plain: raw };
  const cached = recent.get(raw);
  if (cached) return cached;
  const out = new Out(false);
  new Reader(raw).convert(0, raw.length, out, 0);
  out.flush();
  const tokens = out.tokens;
  const result: Read = { tokens, plain: tokens.map((token) => (token.kind === "math" ? token.plain : token.text)).join("") };
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(raw, result);
  return result;
}
