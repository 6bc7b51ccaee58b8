/**
 * What the abstract reader (abstract-reader.ts) does at a backslash: escapes, `\(…\)` math,
 * spacing, accents, symbols, styles, `\href` and the colour commands, and the commands whose
 * argument is left out (`\cite{}`, `\ref{}`, `\footnote{}`…). Any other command stays as written.
 */

import type { Out } from "./abstract-output.ts";
import type { Flush, Reader } from "./abstract-reader.ts";
import { COMMAND_NAME, DROPPED, IGNORED, MAX_DEPTH, MAX_SPAN, SPACES, STYLES, SYMBOLS, TEXT_ACCENTS, isLetter } from "./tex.ts";

/** The backslash rules of one reader; every method returns where reading goes on, or -1 to keep the backslash as text. */
export class CommandReader {
  private readonly reader: Reader;
  private readonly raw: string;

  constructor(reader: Reader) {
    this.reader = reader;
    this.raw = reader.raw;
  }

  /** A backslash at `i`. */
  read(i: number, end: number, out: Out, depth: number, flush: Flush): number {
    const raw = this.raw;
    if (this.reader.escaped[i]) return -1;
    const ch = raw[i + 1];
    if (ch === undefined || i + 1 >= end) return -1;
    if (ch === "\\") return -1; // `\\` stays as written: the second backslash is escaped, so it stays too
    if ("%&_#${}*[]".includes(ch)) {
      flush(i);
      out.text(ch);
      return i + 2;
    }
    if (ch === "(") return this.parenMath(i, end, out, flush);
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
    return this.named(i, end, out, depth, flush);
  }

  /** `\(…\)` at `i`: inline math. */
  private parenMath(i: number, end: number, out: Out, flush: Flush): number {
    const raw = this.raw;
    const close = this.reader.nextParenClose[i + 2]!;
    if (close + 1 >= end || close - (i + 2) > MAX_SPAN || raw.slice(i + 2, close).trim() === "") return -1;
    flush(i);
    this.reader.math(raw.slice(i + 2, close), out);
    return close + 2;
  }

  /** `\name` at `i`: a letter accent, a symbol, a command that changes nothing or a space, else one with arguments. */
  private named(i: number, end: number, out: Out, depth: number, flush: Flush): number {
    const raw = this.raw;
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
    return this.withArguments(name, i, after, end, out, depth, flush);
  }

  /** `\name` at `i` whose arguments start at `after`: a style, `\href` or a colour, or a dropped reference. */
  private withArguments(name: string, i: number, after: number, end: number, out: Out, depth: number, flush: Flush): number {
    const style = STYLES[name];
    if (style !== undefined) {
      const close = this.argument(after, end);
      if (close < 0) return -1;
      flush(i);
      return this.reader.styled(style, after + 1, close, out, depth);
    }
    if (name === "href" || name === "textcolor" || name === "colorbox") {
      const first = this.argument(after, end);
      const second = first < 0 ? -1 : this.argument(first + 1, end);
      if (second < 0) return -1;
      flush(i);
      // \href shows a web address (the label is usually "here"), else its label; the colour commands their text.
      if (name === "href" && this.reader.addressAt(after + 1)) this.reader.convert(after + 1, first, out, depth + 1);
      else this.reader.convert(first + 2, second, out, depth + 1);
      return second + 1;
    }
    if (DROPPED.has(name)) return this.dropped(name, i, after, end, out, flush);
    return -1;
  }

  /** `\cite[…]{…}` and the like at `i`: left out, with the spaces before it unless it only sets colour or space. */
  private dropped(name: string, i: number, after: number, end: number, out: Out, flush: Flush): number {
    const raw = this.raw;
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

  /** The `}` closing an argument that opens at `at`, or -1. */
  private argument(at: number, end: number): number {
    if (this.raw[at] !== "{") return -1;
    const close = this.reader.match[at]!;
    return close >= 0 && close < end ? close : -1;
  }

  /** An accent `mark` on the letter (or `{letter}`) at `at`, for the command at `i`. */
  private accent(i: number, at: number, mark: string, end: number, out: Out, flush: Flush): number {
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
