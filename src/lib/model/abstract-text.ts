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

export type InlineToken =
  | { kind: "text"; text: string }
  | { kind: "math"; tex: string; plain: string }
  | { kind: "emphasis"; strong: boolean; text: string };

/** The longest `$…$` or `*…*` read as math or emphasis; a longer one is not what it seems. */
const MAX_SPAN = 400;
/** Emphasis and command arguments inside each other at most this deep; deeper, markup stays text. */
const MAX_DEPTH = 8;

/** The abstract as text, math and emphasis tokens; adjacent text is one token, none is empty. */
export function abstractTokens(raw: string): InlineToken[] {
  return read(raw).tokens.map((token) => ({ ...token }));
}

/** The abstract as readable Unicode text: the tokens' text joined. */
export function plainAbstract(raw: string): string {
  return read(raw).plain;
}

// ---------------------------------------------------------------------------------------------
// Tables

/** Commands that stand for a character or a word, in text and in math. */
const SYMBOLS: Record<string, string> = {
  // Greek
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ϵ", varepsilon: "ε", zeta: "ζ", eta: "η", theta: "θ", vartheta: "ϑ",
  iota: "ι", kappa: "κ", varkappa: "ϰ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", omicron: "ο", pi: "π", varpi: "ϖ", rho: "ρ", varrho: "ϱ",
  sigma: "σ", varsigma: "ς", tau: "τ", upsilon: "υ", phi: "ϕ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω",
  Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π", Sigma: "Σ", Upsilon: "Υ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
  // relations and operators
  times: "×", cdot: "·", div: "÷", pm: "±", mp: "∓", ast: "∗", star: "⋆", circ: "∘", bullet: "•", sim: "~", approx: "≈", simeq: "≃",
  cong: "≅", equiv: "≡", propto: "∝", leq: "≤", le: "≤", geq: "≥", ge: "≥", leqslant: "⩽", geqslant: "⩾", neq: "≠", ne: "≠", ll: "≪",
  gg: "≫", lesssim: "≲", gtrsim: "≳", in: "∈", notin: "∉", ni: "∋", subset: "⊂", subseteq: "⊆", supset: "⊃", supseteq: "⊇", cup: "∪",
  cap: "∩", setminus: "∖", emptyset: "∅", varnothing: "∅", forall: "∀", exists: "∃", neg: "¬", lnot: "¬", land: "∧", wedge: "∧",
  lor: "∨", vee: "∨", oplus: "⊕", otimes: "⊗", odot: "⊙", to: "→", rightarrow: "→", leftarrow: "←", gets: "←", leftrightarrow: "↔",
  Rightarrow: "⇒", Leftarrow: "⇐", Leftrightarrow: "⇔", implies: "⟹", iff: "⟺", mapsto: "↦", uparrow: "↑", downarrow: "↓",
  longrightarrow: "⟶", infty: "∞", partial: "∂", nabla: "∇", sum: "∑", prod: "∏", int: "∫", oint: "∮", ell: "ℓ", hbar: "ℏ",
  Re: "ℜ", Im: "ℑ", aleph: "ℵ", prime: "′", dagger: "†", ddagger: "‡", top: "⊤", bot: "⊥", perp: "⊥", parallel: "∥", mid: "|",
  vert: "|", Vert: "‖", langle: "⟨", rangle: "⟩", lfloor: "⌊", rfloor: "⌋", lceil: "⌈", rceil: "⌉", lbrace: "{", rbrace: "}",
  ldots: "…", dots: "…", cdots: "⋯", vdots: "⋮", ddots: "⋱", checkmark: "✓", triangle: "△", square: "□", angle: "∠", degree: "°",
  // text symbols
  textasciitilde: "~", textbackslash: "\\", textless: "<", textgreater: ">", textbar: "|", textbullet: "•", textdegree: "°",
  textperthousand: "‰", textmu: "µ", texttimes: "×", textpm: "±", textendash: "–", textemdash: "—", textquoteleft: "‘",
  textquoteright: "’", textquotedblleft: "“", textquotedblright: "”", textregistered: "®", texttrademark: "™", copyright: "©",
  textcopyright: "©", euro: "€", texteuro: "€", pounds: "£", S: "§", P: "¶", dag: "†", ddag: "‡", ss: "ß", ae: "æ", AE: "Æ",
  oe: "œ", OE: "Œ", o: "ø", O: "Ø", aa: "å", AA: "Å", l: "ł", L: "Ł", i: "ı", j: "ȷ", LaTeX: "LaTeX", TeX: "TeX",
  // named functions
  log: "log", ln: "ln", lg: "lg", exp: "exp", sin: "sin", cos: "cos", tan: "tan", sinh: "sinh", cosh: "cosh", tanh: "tanh",
  arcsin: "arcsin", arccos: "arccos", arctan: "arctan", max: "max", min: "min", argmax: "argmax", argmin: "argmin", arg: "arg",
  lim: "lim", sup: "sup", inf: "inf", det: "det", dim: "dim", ker: "ker", Pr: "Pr", gcd: "gcd", deg: "deg", mod: "mod", bmod: "mod",
};
const FUNCTION_NAMES = new Set(["log", "ln", "lg", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "arcsin", "arccos", "arctan", "max", "min", "argmax", "argmin", "arg", "lim", "sup", "inf", "det", "dim", "ker", "Pr", "gcd", "deg", "mod", "bmod"]);

/** Commands whose one argument is shown as it is, as emphasis or plainly. */
const STYLES: Record<string, "strong" | "em" | "plain"> = {
  textbf: "strong", mathbf: "strong", boldsymbol: "strong", bm: "strong",
  textit: "em", emph: "em", mathit: "em", textsl: "em",
  text: "plain", textrm: "plain", textnormal: "plain", textup: "plain", textmd: "plain", textsf: "plain", texttt: "plain", textsc: "plain",
  mathrm: "plain", mathsf: "plain", mathtt: "plain", mathnormal: "plain", operatorname: "plain", mbox: "plain", hbox: "plain",
  underline: "plain", uline: "plain", url: "plain", nolinkurl: "plain", mathcal: "plain", mathscr: "plain", mathfrak: "plain",
};
/** The same commands after the digest lost their backslash: `1/text{depth}`, `blue{https://…}`. */
const BARE_STYLES: Record<string, "strong" | "em" | "plain"> = {
  textbf: "strong", mathbf: "strong", textit: "em", emph: "em", text: "plain", textrm: "plain", texttt: "plain", mathrm: "plain",
  url: "plain", blue: "plain", red: "plain", green: "plain",
};
const BARE_STYLE_AT_END = /(?:^|[^A-Za-z\\])(textbf|mathbf|textit|emph|textrm|texttt|text|mathrm|url|blue|red|green)$/;
/** Commands whose argument (after an optional `[…]`) is left out: references the page cannot follow. */
const DROPPED = new Set(["cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "nocite", "ref", "eqref", "autoref", "cref", "Cref", "pageref", "label", "footnote", "footnotetext", "vspace", "hspace", "index", "color"]);
/** Commands with no argument that change nothing a reader of plain text sees. */
const IGNORED = new Set(["left", "right", "bigl", "bigr", "big", "Big", "bigg", "Bigg", "Bigl", "Bigr", "biggl", "biggr", "middle", "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "nonumber", "notag", "bf", "it", "em", "rm", "tt", "sf", "sc", "sl", "normalfont", "bfseries", "itshape", "ttfamily", "small", "footnotesize", "large", "Large", "noindent", "xspace", "centering", "par", "relax"]);
const SPACES = new Set(["quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "space", "newline", "linebreak"]);
/** Accents written with a symbol (`\'e`, `\"{u}`) and with a letter (`\c{c}`, `\v{s}`), as combining marks. */
const TEXT_ACCENTS: Record<string, string> = { "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307", u: "\u0306", v: "\u030C", H: "\u030B", c: "\u0327", r: "\u030A", k: "\u0328" };
const MATH_ACCENTS: Record<string, string> = { hat: "\u0302", widehat: "\u0302", bar: "\u0304", overline: "\u0305", tilde: "\u0303", widetilde: "\u0303", vec: "\u20D7", dot: "\u0307", ddot: "\u0308", check: "\u030C", breve: "\u0306", acute: "\u0301", grave: "\u0300", mathring: "\u030A" };
const DOUBLE_STRUCK: Record<string, string> = { R: "ℝ", N: "ℕ", Z: "ℤ", Q: "ℚ", C: "ℂ", P: "ℙ", E: "𝔼", H: "ℍ", "1": "𝟙" };
const SUPERSCRIPTS: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ" };
const SUBSCRIPTS: Record<string, string> = {
  "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎",
  a: "ₐ", e: "ₑ", o: "ₒ", x: "ₓ", h: "ₕ", k: "ₖ", l: "ₗ", m: "ₘ", n: "ₙ", p: "ₚ", s: "ₛ", t: "ₜ", i: "ᵢ", j: "ⱼ", r: "ᵣ", u: "ᵤ", v: "ᵥ",
};
/** Math that is only styled words: `$\textbf{FutureX}$` is the word FutureX in bold, not a formula. */
const STYLED_WORDS = /^\s*\\(textbf|textit|emph|textsl|text|textrm|textnormal|textup|textsf|texttt|textsc|mbox)\s*\{([^{}\\$]*[\p{L}\p{N}][^{}\\$]*)\}\s*$/u;

// ---------------------------------------------------------------------------------------------
// Characters

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
const SCHEME = /https?:\/\//iy;
/** Characters of an address (those linkify reads), plus the escapes a LaTeX writer puts in one. */
const URL_CHAR = /[^\s<>"'`{}|\\^]/u;
const URL_ESCAPE = /\\([_%&#~$])/g;
/** A second address inside one starts after these (glued on, or after a bare comma); not after `/`, `=`, `?`. */
const GLUE_BEFORE = /[\p{L}\p{N}.,;!)\]]/u;
const CITATION = /\[[1-9]\d{0,2}(?:\s?(?:[,;]\s?|[-–]\s?)[1-9]\d{0,2})*\]/y;
const NOT_A_CITATION_AFTER = /(?:range|interval|within|between|in the|∈|=)\s*$/i;
const COMMAND_NAME = /[A-Za-z]+/y;

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

// ---------------------------------------------------------------------------------------------
// Math as plain text

/** TeX math as readable Unicode: `1.65\times` → `1.65×`, `O(n^2)` → `O(n²)`, `\alpha` → `α`. */
export function texPlain(tex: string): string {
  const match = new Int32Array(tex.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < tex.length; i++) {
    if (tex[i] === "\\") i++;
    else if (tex[i] === "{") open.push(i);
    else if (tex[i] === "}" && open.length > 0) match[open.pop()!] = i;
  }
  return new MathReader(tex, match).plain(0, tex.length, 0).replace(/\s+/g, " ").trim();
}

class MathReader {
  private readonly tex: string;
  private readonly match: Int32Array;
  constructor(tex: string, match: Int32Array) {
    this.tex = tex;
    this.match = match;
  }

  plain(start: number, end: number, depth: number): string {
    const tex = this.tex;
    let out = "";
    let i = start;
    while (i < end) {
      const ch = tex[i]!;
      if (ch === "\\") {
        const [text, next] = this.command(i, end, depth, out);
        out += text;
        i = next;
      } else if (ch === "^" || ch === "_") {
        const [arg, next] = this.argument(i + 1, end, depth);
        out += script(arg, ch === "^" ? SUPERSCRIPTS : SUBSCRIPTS, ch);
        i = next;
      } else if (ch === "{" || ch === "}") i++;
      else if (ch === "~") {
        out += " ";
        i++;
      } else if (ch === "'") {
        out += "′";
        i++;
      } else {
        out += ch;
        i++;
      }
    }
    return out;
  }

  /** One argument at `at` (spaces skipped): a `{group}`, a command or a character, as plain text. */
  private argument(at: number, end: number, depth: number): [string, number] {
    const tex = this.tex;
    while (at < end && tex[at] === " ") at++;
    if (at >= end) return ["", at];
    if (tex[at] === "{") {
      const close = this.match[at]!;
      if (close < 0 || close >= end) return ["", at + 1];
      return [depth >= MAX_DEPTH ? tex.slice(at + 1, close) : this.plain(at + 1, close, depth + 1), close + 1];
    }
    if (tex[at] === "\\") return this.command(at, end, depth, "");
    const codePoint = String.fromCodePoint(tex.codePointAt(at)!);
    return [codePoint, at + codePoint.length];
  }

  private command(i: number, end: number, depth: number, before: string): [string, number] {
    const tex = this.tex;
    const ch = tex[i + 1];
    if (ch === undefined || i + 1 >= end) return ["\\", i + 1];
    if (!isLetter(ch)) {
      if (ch === "," || ch === ";" || ch === ":" || ch === " " || ch === ">" || ch === "\\") return [" ", i + 2];
      if (ch === "!") return ["", i + 2];
      if (ch === "|") return ["‖", i + 2];
      return [ch, i + 2];
    }
    COMMAND_NAME.lastIndex = i + 1;
    const name = COMMAND_NAME.exec(tex)![0];
    let after = Math.min(end, i + 1 + name.length);
    if (FUNCTION_NAMES.has(name)) return [`${isWordChar(before.at(-1)) ? " " : ""}${SYMBOLS[name]} `, after];
    if (SYMBOLS[name] !== undefined) return [SYMBOLS[name]!, after];
    if (IGNORED.has(name)) return ["", tex[after] === "." && (name === "left" || name === "right" || name === "middle") ? after + 1 : after];
    if (SPACES.has(name)) return [" ", after];
    if (depth >= MAX_DEPTH) return [`\\${name}`, after];
    if (STYLES[name] !== undefined) return this.argument(after, end, depth);
    if (name === "mathbb" || name === "mathbbm") {
      const [arg, next] = this.argument(after, end, depth);
      return [DOUBLE_STRUCK[arg] ?? arg, next];
    }
    if (MATH_ACCENTS[name] !== undefined) {
      const [arg, next] = this.argument(after, end, depth);
      return [[...arg].length === 1 ? `${arg}${MATH_ACCENTS[name]}`.normalize("NFC") : arg, next];
    }
    if (name === "frac" || name === "dfrac" || name === "tfrac" || name === "cfrac") {
      const [top, middle] = this.argument(after, end, depth);
      const [bottom, next] = this.argument(middle, end, depth);
      return [`${group(top)}/${group(bottom)}`, next];
    }
    if (name === "sqrt") {
      if (tex[after] === "[") {
        const close = tex.indexOf("]", after);
        if (close > 0 && close < end) after = close + 1;
      }
      const [arg, next] = this.argument(after, end, depth);
      return [`√${group(arg)}`, next];
    }
    if (name === "textcolor" || name === "colorbox" || name === "href") {
      const [, middle] = this.argument(after, end, depth);
      const [second, next] = this.argument(middle, end, depth);
      return [second, next];
    }
    if (DROPPED.has(name)) return ["", this.argument(after, end, depth)[1]];
    // Unknown: as written, with its arguments.
    let next = after;
    while (tex[next] === "{" && this.match[next]! >= 0 && this.match[next]! < end) next = this.match[next]! + 1;
    return [tex.slice(i, next), next];
  }
}

/** A superscript or subscript in Unicode when every character has one, else `^x` / `^(…)`, `_x` / `_(…)`. */
function script(arg: string, table: Record<string, string>, mark: string): string {
  if (arg === "∘" && mark === "^") return "°";
  if (arg === "′" || arg === "′′") return arg;
  const chars = [...arg];
  if (chars.length > 0 && chars.every((char) => table[char] !== undefined)) return chars.map((char) => table[char]).join("");
  return chars.length === 1 ? `${mark}${arg}` : `${mark}(${arg.trim()})`;
}

/** `a` as one operand: parenthesised unless it is a single word or number. */
function group(text: string): string {
  const trimmed = text.trim();
  return /^[\p{L}\p{N}.]*$/u.test(trimmed) || [...trimmed].length === 1 ? trimmed : `(${trimmed})`;
}
