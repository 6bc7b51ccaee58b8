/**
 * Where the abstract reader (abstract-reader.ts) writes: the tokens an abstract is read into and
 * `Out`, which joins adjacent text into one token, writes blank math or emphasis (and any inside a
 * flat string) as text, and lets a rule look back at, or take back, the text it has just written.
 */

export type InlineToken =
  | { kind: "text"; text: string }
  | { kind: "math"; tex: string; plain: string }
  | { kind: "emphasis"; strong: boolean; text: string };

/** Where text goes: tokens at the top level, or one string inside emphasis and arguments (`flat`). */
export class Out {
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
