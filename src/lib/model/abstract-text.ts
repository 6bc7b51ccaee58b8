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
 * - `{` and `}`: dropped (what is left of LaTeX groups: `GPT-{n}`, `{here}`); a command name
 *   that lost its backslash just before a brace (`text{depth}`, `blue{https://…}`) goes too;
 *   `^{…}` and `_{…}` are scripts (`10^{-3}` → `10⁻³`, `N^{delta}` → `N^(delta)`).
 * - `[25]`, `[3, 7]`, `[3-5]`: a numeric citation, removed with the space before it.
 * - `~` between a word and the next (LaTeX's tie, `at~https://…`, `Fig.~3`): a space.
 * `\\`, an escaped `\{`, a lone `$` or `*` and any unknown `\command` stay as written. The plain
 * text is made once from the digest's text: it is not itself digest text (`\{x\}` reads `{x}`,
 * which read again would be `x`), so nothing should read it a second time.
 */

import { BARE_STYLES, BARE_STYLE_AT_END, COMMAND_NAME, DROPPED, IGNORED, MAX_DEPTH, SPACES, STYLED_WORDS, STYLES, SUBSCRIPTS, SUPERSCRIPTS, SYMBOLS, TEXT_ACCENTS, isLetter, isWordChar, script, texPlain } from "./tex.ts";

export { texPlain };

export type InlineToken =
  | { kind: "text"; text: string }
  | { kind: "math"; tex: string; plain: string }
  | { kind: "emphasis"; strong: boolean; text: string };

/** The longest `$…$` or `*…*` read as math or emphasis; a longer one is not what it seems. */
const MAX_SPAN = 400;

/** The abstract as text, math and emphasis tokens; adjacent text is one token, none is empty. */
export function abstractTokens(raw: string): InlineToken[] {
  return read(raw).tokens.map((token) => ({ ...token }));
}

/** The abstract as readable Unicode text: the tokens' text joined. */
export function plainAbstract(raw: string): string {
  return read(raw).plain;
}

// ---------------------------------------------------------------------------------------------
// Characters

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const SCHEME = /https?:\/\//iy;
/** Characters of an address (those linkify reads), plus the escapes a LaTeX writer puts in one. */
const URL_CHAR = /[^\s<>"'`{}|\\^]/u;
const URL_ESCAPE = /\\([_%&#~$])/g;
/** A second address inside one starts after these (glued on, or after a bare comma); not after `/`, `=`, `?`. */
const GLUE_BEFORE = /[\p{L}\p{N}.,;!)\]]/u;
const CITATION = /\[[1-9]\d{0,2}(?:\s?(?:[,;]\s?|[-–]\s?)[1-9]\d{0,2})*\]/y;
const NOT_A_CITATION_AFTER = /(?:range|interval|within|between|in the|∈|=)\s*$/i;

function schemeAt(text: string, at: number): boolean {
  SCHEME.lastIndex = at;
  return SCHEME.test(text);
}

// ---------------------------------------------------------------------------------------------
// Output

/** Where text goes: tokens at the top level, or one string inside emphasis and arguments (`flat`). */
class Out {
  readonly tokens: InlineToken[] = [];
  private pieces: string[] = [];
  /** The output ends with an address, with nothing written since (a dropped brace writes nothing). */
  endsWithUrl = false;
  readonly flat: boolean;
  constructor(flat: boolean) {
    this.flat = flat;
  }

  text(text: string): void {
    if (text === "") return;
    this.pieces.push(text);
    this.endsWithUrl = false;
  }

  math(tex: string, plain: string): void {
    if (this.flat || plain.trim() === "") return this.text(plain);
    this.flush();
    this.tokens.push({ kind: "math", tex, plain });
    this.endsWithUrl = false;
  }

  emphasis(strong: boolean, text: string): void {
    if (this.flat || text.trim() === "") return this.text(text);
    this.flush();
    this.tokens.push({ kind: "emphasis", strong, text });
    this.endsWithUrl = false;
  }

  /** The last `count` characters of the text being written (not of earlier tokens). */
  tail(count: number): string {
    let out = "";
    for (let k = this.pieces.length - 1; k >= 0 && out.length < count; k--) out = this.pieces[k]!.slice(-(count - out.length)) + out;
    return out;
  }

  /** Whether anything at all has been written. */
  get empty(): boolean {
    return this.pieces.length === 0 && this.tokens.length === 0;
  }

  /** Takes back the last `count` characters of the text being written. */
  drop(count: number): void {
    while (count > 0 && this.pieces.length > 0) {
      const last = this.pieces.pop()!;
      if (last.length > count) this.pieces.push(last.slice(0, last.length - count));
      count -= last.length;
    }
  }

  /** Takes back the spaces at the end of the text being written. */
  trimEnd(): void {
    while (this.pieces.length > 0) {
      const last = this.pieces.pop()!;
      const trimmed = last.trimEnd();
      if (trimmed !== "") {
        this.pieces.push(trimmed);
        return;
      }
    }
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    const text = this.pieces.join("");
    this.pieces = [];
    const last = this.tokens.at(-1);
    if (last?.kind === "text") last.text += text;
    else this.tokens.push({ kind: "text", text });
  }

  string(): string {
    return this.pieces.join("");
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

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

/**
 * Scans one abstract. Closers are found through tables built once, right to left, so no search
 * runs twice; a table is built the first time it is needed (an abstract with a URL but no `$`
 * never builds the `$` tables).
 */
class Reader {
  /** 1 where the character is escaped by a backslash before it (`\$`, `\{`, the second `\` of `\\`). */
  private readonly escaped: Uint8Array;
  /** For each `{`, the index of its `}`; -1 when unmatched. */
  private readonly match: Int32Array;
  private readonly tables = new Map<string, Int32Array>();

  private readonly raw: string;

  constructor(raw: string) {
    this.raw = raw;
    const n = raw.length;
    const escaped = (this.escaped = new Uint8Array(n + 1));
    for (let i = 0; i < n; i++) if (raw[i] === "\\" && !escaped[i]) escaped[i + 1] = 1;
    this.match = new Int32Array(n).fill(-1);
    const open: number[] = [];
    for (let i = 0; i < n; i++) {
      if (escaped[i]) continue;
      if (raw[i] === "{") open.push(i);
      else if (raw[i] === "}" && open.length > 0) this.match[open.pop()!] = i;
    }
  }

  private table(name: string, test: (j: number) => boolean): Int32Array {
    let table = this.tables.get(name);
    if (!table) this.tables.set(name, (table = nextWhere(this.raw.length, test)));
    return table;
  }

  private at(i: number): string | undefined {
    return this.raw[i];
  }

  private free(i: number, ch: string): boolean {
    return this.raw[i] === ch && !this.escaped[i];
  }

  private closer(ch: string): (j: number) => boolean {
    return (j) => this.free(j, ch) && j > 0 && !isSpace(this.at(j - 1)) && this.at(j - 1) !== ch && this.at(j + 1) !== ch && !isWordChar(this.at(j + 1));
  }

  private doubleCloser(ch: string): (j: number) => boolean {
    return (j) =>
      this.free(j, ch) && this.at(j + 1) === ch && j > 0 && !isSpace(this.at(j - 1)) && this.at(j - 1) !== ch && this.at(j + 2) !== ch && !isWordChar(this.at(j + 2));
  }

  private get nextDollar(): Int32Array {
    return this.table("$", (j) => this.free(j, "$") && j > 0 && !isSpace(this.at(j - 1)) && this.at(j - 1) !== "$" && !isDigit(this.at(j + 1)) && this.at(j + 1) !== "$");
  }

  /** The next `$` at all: math whose text holds a `$` is not math ("$5 and $10 while $x$"). */
  private get nextAnyDollar(): Int32Array {
    return this.table("any $", (j) => this.free(j, "$"));
  }

  private get nextDoubleDollar(): Int32Array {
    return this.table("$$", (j) => this.free(j, "$") && this.at(j + 1) === "$");
  }

  private get nextParenClose(): Int32Array {
    return this.table("\\)", (j) => this.free(j, "\\") && this.at(j + 1) === ")");
  }

  private get nextStar(): Int32Array {
    return this.table("*", this.closer("*"));
  }

  private get nextDoubleStar(): Int32Array {
    return this.table("**", this.doubleCloser("*"));
  }

  private get nextUnderscore(): Int32Array {
    return this.table("_", this.closer("_"));
  }

  private get nextDoubleUnderscore(): Int32Array {
    return this.table("__", this.doubleCloser("_"));
  }

  /** Reads `raw[start, end)` into `out`. */
  convert(start: number, end: number, out: Out, depth: number): void {
    const raw = this.raw;
    let i = start;
    let literal = start;
    /** Where the last address ended in the source, for the `{label}` right after it. */
    let urlEnd = -1;
    /** Writes the text read since the last rule as it is. */
    const flush = (to: number) => {
      if (to > literal) out.text(raw.slice(literal, to));
      literal = Math.max(literal, to);
    };
    while (i < end) {
      const ch = raw[i]!;
      let next = -1;
      switch (ch) {
        case "\\":
          next = this.command(i, end, out, depth, flush);
          break;
        case "$":
          flush(i);
          next = this.dollarMath(i, end, out);
          break;
        case "*":
        case "_":
          flush(i);
          next = this.emphasis(i, end, out, depth);
          break;
        case "{": {
          flush(i);
          const close = this.match[i]!;
          if (close >= 0 && close < end && i === urlEnd && out.endsWithUrl) {
            next = close + 1; // `\href{url}{here}` lost its backslash: the label goes, the address stays
            out.endsWithUrl = true;
            break;
          }
          const mark = raw[i - 1];
          if ((mark === "^" || mark === "_") && !this.escaped[i - 1] && close >= 0 && close < end && depth < MAX_DEPTH && out.tail(1) === mark) {
            // `N^{delta}`, `W_{ij}` outside math: a script, not a word glued on
            const inner = new Out(true);
            this.convert(i + 1, close, inner, depth + 1);
            out.drop(1);
            out.text(script(inner.string(), mark === "^" ? SUPERSCRIPTS : SUBSCRIPTS, mark));
            next = close + 1;
            break;
          }
          const bare = depth >= MAX_DEPTH ? undefined : out.tail(8).match(BARE_STYLE_AT_END)?.[1];
          if (bare && close >= 0 && close < end) {
            out.drop(bare.length);
            next = this.styled(BARE_STYLES[bare]!, i + 1, close, out, depth);
          } else next = i + 1; // a brace is never shown: it only grouped
          break;
        }
        case "}":
          flush(i);
          next = i + 1;
          break;
        case "[":
          next = this.citation(i, end, out, flush);
          break;
        case "~":
          if (i + 1 < end && !isSpace(raw[i + 1]) && raw[i + 1] !== "~" && raw[i - 1] !== "~") {
            flush(i);
            const before = out.tail(2);
            if (/^\p{L}{2}$/u.test(before) || before.endsWith(".")) {
              out.text(" ");
              next = i + 1;
            }
          }
          break;
        case "h":
        case "H":
          if ((i === 0 || !isWordChar(raw[i - 1])) && schemeAt(raw, i)) {
            flush(i);
            next = urlEnd = this.url(i, end, out);
          }
          break;
      }
      if (next < 0) i++;
      else i = literal = next;
    }
    flush(end);
  }

  /** An address and any glued on after it; returns where they end. */
  private url(start: number, end: number, out: Out): number {
    const raw = this.raw;
    if (out.endsWithUrl) out.text(" "); // `…/Strip_MLP{https://…` once the brace is dropped
    let from = start;
    let i = start + (raw[start + 4] === ":" ? 7 : 8);
    while (i < end) {
      const ch = raw[i]!;
      if (ch === "\\" && /[_%&#~$]/.test(raw[i + 1] ?? "") && i + 1 < end) {
        i += 2;
        continue;
      }
      if (!URL_CHAR.test(ch)) break;
      if ((ch === "h" || ch === "H") && GLUE_BEFORE.test(raw[i - 1]!) && schemeAt(raw, i)) {
        out.text(raw.slice(from, i).replace(URL_ESCAPE, "$1"));
        out.text(" ");
        from = i;
        i += raw[i + 4] === ":" ? 7 : 8;
        continue;
      }
      i++;
    }
    out.text(raw.slice(from, i).replace(URL_ESCAPE, "$1"));
    out.endsWithUrl = true;
    return i;
  }

  private dollarMath(i: number, end: number, out: Out): number {
    const raw = this.raw;
    if (this.escaped[i] || raw[i - 1] === "$") return -1;
    if (raw[i + 1] === "$") {
      const close = this.nextDoubleDollar[i + 2]!;
      if (close + 1 < end && close - (i + 2) <= MAX_SPAN && this.nextAnyDollar[i + 2]! === close && raw.slice(i + 2, close).trim() !== "") {
        this.math(raw.slice(i + 2, close), out);
        return close + 2;
      }
      return -1;
    }
    if (i + 1 >= end || isSpace(raw[i + 1])) return -1;
    const close = this.nextDollar[i + 1]!;
    if (close >= end || close - (i + 1) > MAX_SPAN || this.nextAnyDollar[i + 1]! < close) return -1;
    this.math(raw.slice(i + 1, close), out);
    return close + 1;
  }

  private math(tex: string, out: Out): void {
    const styled = tex.match(STYLED_WORDS);
    if (styled) {
      const style = STYLES[styled[1]!];
      if (style === "plain") out.text(styled[2]!);
      else out.emphasis(style === "strong", styled[2]!);
      return;
    }
    out.math(tex, texPlain(tex));
  }

  private emphasis(i: number, end: number, out: Out, depth: number): number {
    const raw = this.raw;
    const ch = raw[i]!;
    if (this.escaped[i] || depth >= MAX_DEPTH) return -1;
    const before = raw[i - 1];
    if (before === ch || isWordChar(before)) return -1;
    const double = raw[i + 1] === ch;
    const size = double ? 2 : 1;
    const first = raw[i + size];
    if (first === undefined || first === ch || isSpace(first) || i + size >= end) return -1;
    const table = ch === "*" ? (double ? this.nextDoubleStar : this.nextStar) : double ? this.nextDoubleUnderscore : this.nextUnderscore;
    const close = table[i + size]!;
    if (close + size > end || close - (i + size) > MAX_SPAN) return -1;
    this.styled(double ? "strong" : "em", i + size, close, out, depth);
    return close + size;
  }

  /** `raw[start, end)` as emphasis (a flat string) or, plainly, read on into `out`; returns `end + 1`. */
  private styled(style: "strong" | "em" | "plain", start: number, end: number, out: Out, depth: number): number {
    if (style === "plain" || out.flat) this.convert(start, end, out, depth + 1);
    else {
      const inner = new Out(true);
      this.convert(start, end, inner, depth + 1);
      out.emphasis(style === "strong", inner.string());
    }
    return end + 1;
  }

  private citation(i: number, end: number, out: Out, flush: (to: number) => void): number {
    const raw = this.raw;
    if (this.escaped[i] || isWordChar(raw[i - 1]) || raw[i - 1] === "^" || raw[i - 1] === "_") return -1;
    CITATION.lastIndex = i;
    const found = CITATION.exec(raw);
    if (!found) return -1;
    const after = i + found[0].length;
    // `[1](…)` is a Markdown link, `[3]x` something else.
    if (after > end || isWordChar(raw[after]) || raw[after] === "(") return -1;
    flush(i);
    if (NOT_A_CITATION_AFTER.test(out.tail(12))) return -1;
    out.trimEnd();
    let next = after;
    if (out.empty) while (next < end && isSpace(raw[next])) next++;
    return next;
  }

  /** A backslash at `i`; returns where reading goes on, or -1 to keep the backslash as text. */
  private command(i: number, end: number, out: Out, depth: number, flush: (to: number) => void): number {
    const raw = this.raw;
    if (this.escaped[i]) return -1;
    const ch = raw[i + 1];
    if (ch === undefined || i + 1 >= end) return -1;
    if (ch === "\\") return -1; // `\\` stays as written: the second backslash is escaped, so it stays too
    if ("%&_#${}*[]".includes(ch)) {
      flush(i);
      out.text(ch);
      return i + 2;
    }
    if (ch === "(") {
      const close = this.nextParenClose[i + 2]!;
      if (close + 1 >= end || close - (i + 2) > MAX_SPAN || raw.slice(i + 2, close).trim() === "") return -1;
      flush(i);
      this.math(raw.slice(i + 2, close), out);
      return close + 2;
    }
    if (ch === " " || ch === "," || ch === ";" || ch === ":") {
      flush(i);
      out.text(" ");
      return i + 2;
    }
    if (ch === "!" || ch === "-" || ch === "/" || ch === "@") {
      flush(i);
      return i + 2;
    }
    if (TEXT_ACCENTS[ch] !== undefined && !isLetter(ch)) return this.accent(i, i + 2, TEXT_ACCENTS[ch]!, end, out, flush);
    COMMAND_NAME.lastIndex = i + 1;
    const name = COMMAND_NAME.exec(raw)?.[0];
    if (!name || i + 1 + name.length > end) return -1;
    const after = i + 1 + name.length;
    if (name.length === 1 && TEXT_ACCENTS[name] !== undefined && raw[after] === "{") return this.accent(i, after, TEXT_ACCENTS[name]!, end, out, flush);
    const symbol = SYMBOLS[name];
    if (symbol !== undefined) {
      flush(i);
      out.text(symbol);
      return after;
    }
    if (IGNORED.has(name)) {
      flush(i);
      return raw[after] === " " && !["left", "right"].includes(name) ? after + 1 : after;
    }
    if (SPACES.has(name)) {
      flush(i);
      out.text(" ");
      return after;
    }
    if (depth >= MAX_DEPTH) return -1;
    const style = STYLES[name];
    if (style !== undefined) {
      const close = this.argument(after, end);
      if (close < 0) return -1;
      flush(i);
      return this.styled(style, after + 1, close, out, depth);
    }
    if (name === "href" || name === "textcolor" || name === "colorbox") {
      const first = this.argument(after, end);
      const second = first < 0 ? -1 : this.argument(first + 1, end);
      if (second < 0) return -1;
      flush(i);
      // \href shows a web address (the label is usually "here"), else its label; the colour commands their text.
      if (name === "href" && schemeAt(raw, after + 1)) this.convert(after + 1, first, out, depth + 1);
      else this.convert(first + 2, second, out, depth + 1);
      return second + 1;
    }
    if (DROPPED.has(name)) {
      let at = after;
      if (raw[at] === "*") at++;
      for (let k = 0; k < 2 && raw[at] === "["; k++) {
        const close = raw.indexOf("]", at);
        if (close < 0 || close - at > 80 || close >= end) return -1;
        at = close + 1;
      }
      const close = this.argument(at, end);
      if (close < 0) return -1;
      flush(i);
      if (name !== "color" && name !== "vspace" && name !== "hspace") out.trimEnd();
      return close + 1;
    }
    return -1;
  }

  /** The `}` closing an argument that opens at `at`, or -1. */
  private argument(at: number, end: number): number {
    if (this.raw[at] !== "{") return -1;
    const close = this.match[at]!;
    return close >= 0 && close < end ? close : -1;
  }

  private accent(i: number, at: number, mark: string, end: number, out: Out, flush: (to: number) => void): number {
    const raw = this.raw;
    let letter: string | undefined;
    let next = at;
    if (raw[at] === "{") {
      const close = this.argument(at, end);
      const inner = close < 0 ? "" : raw.slice(at + 1, close);
      letter = inner === "\\i" ? "ı" : inner === "\\j" ? "ȷ" : inner.length === 1 ? inner : undefined;
      next = close + 1;
    } else if (/\p{L}/u.test(raw[at] ?? "") && at < end) {
      letter = raw[at];
      next = at + 1;
    }
    if (letter === undefined || !/\p{L}/u.test(letter)) return -1;
    flush(i);
    out.text(`${letter}${mark}`.normalize("NFC"));
    return next;
  }
}

/** For each position, the first position at or after it where `test` holds; `n` when there is none. */
function nextWhere(n: number, test: (j: number) => boolean): Int32Array {
  const next = new Int32Array(n + 2).fill(n);
  for (let j = n - 1; j >= 0; j--) next[j] = test(j) ? j : next[j + 1]!;
  return next;
}
