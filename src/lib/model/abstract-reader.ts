/**
 * The scanner behind abstract-text.ts: `Reader` reads one abstract left to right into an `Out`,
 * trying the rules at each character. Addresses, citations, `*`/`_` emphasis, `$` math, braces,
 * scripts and ties are read here; a backslash goes to `CommandReader` (abstract-commands.ts).
 * Closers are found through tables built once, right to left, so no search runs twice.
 */

import { CommandReader } from "./abstract-commands.ts";
import { Out } from "./abstract-output.ts";
import { BARE_STYLES, BARE_STYLE_AT_END, MAX_DEPTH, MAX_SPAN, STYLED_WORDS, STYLES, SUBSCRIPTS, SUPERSCRIPTS, isWordChar, script, texPlain } from "./tex.ts";

// ---------------------------------------------------------------------------------------------
// Characters

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
/** Math that is one command and nothing else: `$\pm$`, `$\times$`. */
const LONE_COMMAND = /^\\[A-Za-z]+$/;
const SCHEME = /https?:\/\//iy;
/** Characters of an address (those linkify reads), plus the escapes a LaTeX writer puts in one. */
const URL_CHAR = /[^\s<>"'`{}|\\^]/u;
const URL_ESCAPE = /\\([_%&#~$])/g;
/** A second address inside one starts after these (glued on, or after a bare comma); not after `/`, `=`, `?`. */
const GLUE_BEFORE = /[\p{L}\p{N}.,;!)\]]/u;
const CITATION = /\[[1-9]\d{0,2}(?:\s?(?:[,;]\s?|[-–]\s?)[1-9]\d{0,2})*\]/y;
const NOT_A_CITATION_AFTER = /(?:range|interval|within|between|in the|∈|=)\s*$/i;

/** Writes the source read since the last rule, up to `to`, as it is. */
export type Flush = (to: number) => void;

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Scans one abstract. A closer table is built the first time it is needed (an abstract with a
 * URL but no `$` never builds the `$` tables).
 */
export class Reader {
  readonly raw: string;
  /** 1 where the character is escaped by a backslash before it (`\$`, `\{`, the second `\` of `\\`). */
  readonly escaped: Uint8Array;
  /** For each `{`, the index of its `}`; -1 when unmatched. */
  readonly match: Int32Array;
  /** The `}` of each chemist's brace kept (see openBrace). */
  private readonly keptCloses = new Set<number>();
  private readonly tables = new Map<string, Int32Array>();
  private readonly commands: CommandReader;

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
    this.commands = new CommandReader(this);
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

  /** Whether `http://` or `https://` starts at `i`. */
  addressAt(i: number): boolean {
    SCHEME.lastIndex = i;
    return SCHEME.test(this.raw);
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

  get nextParenClose(): Int32Array {
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
    const flush: Flush = (to) => {
      if (to > literal) out.text(raw.slice(literal, to));
      literal = Math.max(literal, to);
    };
    while (i < end) {
      const ch = raw[i]!;
      let next = -1;
      switch (ch) {
        case "\\":
          next = this.commands.read(i, end, out, depth, flush);
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
        case "{":
          flush(i);
          next = this.openBrace(i, end, out, depth, i === urlEnd);
          break;
        case "}":
          flush(i);
          if (this.keptCloses.has(i)) out.text("}");
          next = i + 1;
          break;
        case "[":
          next = this.citation(i, end, out, flush);
          break;
        case "~":
          next = this.tie(i, end, out, flush);
          break;
        case "h":
        case "H":
          if ((i === 0 || !isWordChar(raw[i - 1])) && this.addressAt(i)) {
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

  /** A `{` at `i` (`afterUrl`: right where an address ended); returns where reading goes on. */
  private openBrace(i: number, end: number, out: Out, depth: number, afterUrl: boolean): number {
    const raw = this.raw;
    const close = this.match[i]!;
    if (close >= 0 && close < end && afterUrl && out.endsWithUrl) {
      out.endsWithUrl = true;
      return close + 1; // `\href{url}{here}` lost its backslash: the label goes, the address stays
    }
    const mark = raw[i - 1];
    if ((mark === "^" || mark === "_") && !this.escaped[i - 1] && close >= 0 && close < end && depth < MAX_DEPTH && out.tail(1) === mark) {
      // `N^{delta}`, `W_{ij}` outside math: a script, not a word glued on
      const inner = new Out(true);
      this.convert(i + 1, close, inner, depth + 1);
      out.drop(1);
      out.text(script(inner.string(), mark === "^" ? SUPERSCRIPTS : SUBSCRIPTS, mark));
      return close + 1;
    }
    const bare = depth >= MAX_DEPTH ? undefined : out.tail(8).match(BARE_STYLE_AT_END)?.[1];
    if (bare && close >= 0 && close < end) {
      out.drop(bare.length);
      return this.styled(BARE_STYLES[bare]!, i + 1, close, out, depth);
    }
    // "({[1-arylpropylidene]amino}oxy)": a brace around brackets is a chemist's enclosing mark, not a group.
    if (close >= 0 && (raw[i + 1] === "[" || raw[i + 1] === "(")) {
      this.keptCloses.add(close);
      out.text("{");
    }
    return i + 1; // any other brace is never shown: it only grouped
  }

  /** A `~` at `i`: LaTeX's tie between a word and the next is a space; else -1, the `~` stays. */
  private tie(i: number, end: number, out: Out, flush: Flush): number {
    const raw = this.raw;
    if (i + 1 < end && !isSpace(raw[i + 1]) && raw[i + 1] !== "~" && raw[i - 1] !== "~") {
      flush(i);
      const before = out.tail(2);
      if (/^\p{L}{2}$/u.test(before) || before.endsWith(".")) {
        out.text(" ");
        return i + 1;
      }
    }
    return -1;
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
      if ((ch === "h" || ch === "H") && GLUE_BEFORE.test(raw[i - 1]!) && this.addressAt(i)) {
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
    // "29.33$\pm$19.65": a lone command may close right before a digit; currency ("$5 and $10") never holds one.
    const next = this.nextAnyDollar[i + 1]!;
    const close = next < end && LONE_COMMAND.test(raw.slice(i + 1, next)) ? next : this.nextDollar[i + 1]!;
    if (close >= end || close - (i + 1) > MAX_SPAN || next < close) return -1;
    this.math(raw.slice(i + 1, close), out);
    return close + 1;
  }

  /** Math as a math token, or the styled words it only is (`$\textbf{FutureX}$`). */
  math(tex: string, out: Out): void {
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
  styled(style: "strong" | "em" | "plain", start: number, end: number, out: Out, depth: number): number {
    if (style === "plain" || out.flat) this.convert(start, end, out, depth + 1);
    else {
      const inner = new Out(true);
      this.convert(start, end, inner, depth + 1);
      out.emphasis(style === "strong", inner.string());
    }
    return end + 1;
  }

  private citation(i: number, end: number, out: Out, flush: Flush): number {
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
}

/** For each position, the first position at or after it where `test` holds; `n` when there is none. */
function nextWhere(n: number, test: (j: number) => boolean): Int32Array {
  const next = new Int32Array(n + 2).fill(n);
  for (let j = n - 1; j >= 0; j--) next[j] = test(j) ? j : next[j + 1]!;
  return next;
}
