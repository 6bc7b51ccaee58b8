/**
 * TeX as an abstract uses it: the commands that stand for a character, a word or a style, and
 * math read as plain Unicode (`1.65\\times` → `1.65×`, `O(n^2)` → `O(n²)`). The abstract reader
 * (abstract-reader.ts, abstract-commands.ts) uses these tables for text; `texPlain` gives a math
 * token its plain form.
 */

// ---------------------------------------------------------------------------------------------
// Tables

/** Commands that stand for a character or a word, in text and in math. */
export const SYMBOLS: Record<string, string> = {
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
export const STYLES: Record<string, "strong" | "em" | "plain"> = {
  textbf: "strong", mathbf: "strong", boldsymbol: "strong", bm: "strong",
  textit: "em", emph: "em", mathit: "em", textsl: "em",
  text: "plain", textrm: "plain", textnormal: "plain", textup: "plain", textmd: "plain", textsf: "plain", texttt: "plain", textsc: "plain",
  mathrm: "plain", mathsf: "plain", mathtt: "plain", mathnormal: "plain", operatorname: "plain", mbox: "plain", hbox: "plain",
  underline: "plain", uline: "plain", url: "plain", nolinkurl: "plain", mathcal: "plain", mathscr: "plain", mathfrak: "plain",
};
/** The same commands after the digest lost their backslash: `1/text{depth}`, `blue{https://…}`. */
export const BARE_STYLES: Record<string, "strong" | "em" | "plain"> = {
  textbf: "strong", mathbf: "strong", textit: "em", emph: "em", text: "plain", textrm: "plain", texttt: "plain", mathrm: "plain",
  url: "plain", blue: "plain", red: "plain", green: "plain",
};
export const BARE_STYLE_AT_END = /(?:^|[^A-Za-z\\])(textbf|mathbf|textit|emph|textrm|texttt|text|mathrm|url|blue|red|green)$/;
/** Commands whose argument (after an optional `[…]`) is left out: references the page cannot follow. */
export const DROPPED = new Set(["cite", "citep", "citet", "citealp", "citealt", "citeauthor", "citeyear", "nocite", "ref", "eqref", "autoref", "cref", "Cref", "pageref", "label", "footnote", "footnotetext", "vspace", "hspace", "index", "color"]);
/** Commands with no argument that change nothing a reader of plain text sees. */
export const IGNORED = new Set(["left", "right", "bigl", "bigr", "big", "Big", "bigg", "Bigg", "Bigl", "Bigr", "biggl", "biggr", "middle", "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "nonumber", "notag", "bf", "it", "em", "rm", "tt", "sf", "sc", "sl", "normalfont", "bfseries", "itshape", "ttfamily", "small", "footnotesize", "large", "Large", "noindent", "xspace", "centering", "par", "relax"]);
export const SPACES = new Set(["quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "space", "newline", "linebreak"]);
/** Accents written with a symbol (`\'e`, `\"{u}`) and with a letter (`\c{c}`, `\v{s}`), as combining marks. */
export const TEXT_ACCENTS: Record<string, string> = { "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307", u: "\u0306", v: "\u030C", H: "\u030B", c: "\u0327", r: "\u030A", k: "\u0328" };
const MATH_ACCENTS: Record<string, string> = { hat: "\u0302", widehat: "\u0302", bar: "\u0304", overline: "\u0305", tilde: "\u0303", widetilde: "\u0303", vec: "\u20D7", dot: "\u0307", ddot: "\u0308", check: "\u030C", breve: "\u0306", acute: "\u0301", grave: "\u0300", mathring: "\u030A" };
const DOUBLE_STRUCK: Record<string, string> = { R: "ℝ", N: "ℕ", Z: "ℤ", Q: "ℚ", C: "ℂ", P: "ℙ", E: "𝔼", H: "ℍ", "1": "𝟙" };
export const SUPERSCRIPTS: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ" };
export const SUBSCRIPTS: Record<string, string> = {
  "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎",
  a: "ₐ", e: "ₑ", o: "ₒ", x: "ₓ", h: "ₕ", k: "ₖ", l: "ₗ", m: "ₘ", n: "ₙ", p: "ₚ", s: "ₛ", t: "ₜ", i: "ᵢ", j: "ⱼ", r: "ᵣ", u: "ᵤ", v: "ᵥ",
};
/** Math that is only styled words: `$\textbf{FutureX}$` is the word FutureX in bold, not a formula. */
export const STYLED_WORDS = /^\s*\\(textbf|textit|emph|textsl|text|textrm|textnormal|textup|textsf|texttt|textsc|mbox)\s*\{([^{}\\$]*[\p{L}\p{N}][^{}\\$]*)\}\s*$/u;

/** Emphasis and command arguments inside each other at most this deep; deeper, markup stays text. */
export const MAX_DEPTH = 8;
/** The longest `$…$` or `*…*` read as math or emphasis; a longer one is not what it seems. */
export const MAX_SPAN = 400;
/** A command's name, read from where a backslash leaves off. */
export const COMMAND_NAME = /[A-Za-z]+/y;

export const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
export const isLetter = (ch: string | undefined) => ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));

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
export function script(arg: string, table: Record<string, string>, mark: string): string {
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
