import { describe, expect, it } from "vitest";
import { abstractTokens, plainAbstract, plainTitle, texPlain, type InlineToken } from "../../src/lib/model/abstract-text.ts";
import { sanitizeMathml, texToMathml } from "../../src/lib/view/math.ts";

const plainOf = (token: InlineToken) => (token.kind === "math" ? token.plain : token.text);
const special = (raw: string) => abstractTokens(raw).filter((token) => token.kind !== "text");

describe("plainAbstract", () => {
  it.each([
    // from the digest
    ["We propose *Synthesis Step by Step* (**S3**), a framework.", "We propose Synthesis Step by Step (S3), a framework."],
    ["as high as 89.7\\% charge neutrality and 84.8\\% balanced", "as high as 89.7% charge neutrality and 84.8% balanced"],
    ["We introduce $\\textbf{FutureX}$, a benchmark.", "We introduce FutureX, a benchmark."],
    ["a $1.65\\times$ speed-up", "a 1.65× speed-up"],
    ["in $O(n^2)$ time", "in O(n²) time"],
    ["Code: https://github.com/NUS-HPC-AI-Lab/Recurrent-Parameter-Generation{here}.", "Code: https://github.com/NUS-HPC-AI-Lab/Recurrent-Parameter-Generation."],
    ["open-sourced at https://github.com/yfguo91/MPBN{MPBN}.", "open-sourced at https://github.com/yfguo91/MPBN."],
    ["as shown in [25], and by others [3, 7].", "as shown in, and by others."],
    ["prior work [3-5][12] shows", "prior work shows"],
    ["[25] shows it", "shows it"],
    ["Future GPT-{n} models", "Future GPT-n models"],
    // A brace around a bracket is a chemist's enclosing mark, kept.
    ["the synthesis of ({[1-arylpropylidene]amino}oxy)-3-aryl ketones", "the synthesis of ({[1-arylpropylidene]amino}oxy)-3-aryl ketones"],
    ["a residual branch scale of 1/text{depth} in", "a residual branch scale of 1/depth in"],
    ["at the link: blue{https://github.com/RUCAIBox/FMLP-Rec}.", "at the link: https://github.com/RUCAIBox/FMLP-Rec."],
    ["Fr\\'echet distance, [Aky\\\"urek et al., 2023], Gar\\c{c}on", "Fréchet distance, [Akyürek et al., 2023], Garçon"],
    ["RoBERTa\\_Large and MLP_Fusion", "RoBERTa_Large and MLP_Fusion"],
    ["sample of Theta(N^{delta}ln N), W_{ij}", "sample of Theta(N^(delta)ln N), Wᵢⱼ"],
    // LaTeX in text and in math
    ["\\textbf{Bold}, \\textit{it}, \\emph{em}, \\texttt{tt}, \\mathrm{rm}, \\text{t}", "Bold, it, em, tt, rm, t"],
    ["a 2\\times speed-up, \\sim 3, \\approx 4, \\leq 5, \\alpha and \\Omega", "a 2× speed-up, ~ 3, ≈ 4, ≤ 5, α and Ω"],
    ["$\\alpha \\sim 0.5$, $\\beta\\approx 2$, $n \\leq 10$, $\\mathrm{ms}$", "α ~ 0.5, β≈ 2, n ≤ 10, ms"],
    ["$\\frac{a+b}{2}$ $\\sqrt{n}$ $x_{ij}^{2}$ $e^{-x}$ $\\mathbb{R}^d$ $n\\log n$ $90^\\circ$", "(a+b)/2 √n xᵢⱼ² e^(-x) ℝ^d n log n 90°"],
    ["as in~\\cite{smith2020} and Fig.~3.", "as in and Fig. 3."],
    ["\\href{https://x.org/a}{here} and \\url{https://x.org/b}", "https://x.org/a and https://x.org/b"],
    ["\\( x^2 \\) inline", "x² inline"],
    // a lone command may close right before a digit
    ["CSTA shows 29.33$\\pm$19.65 % higher and 3$\\times$2 grids", "CSTA shows 29.33±19.65 % higher and 3×2 grids"],
    // left as written
    ["It costs $5 and $10 per hour.", "It costs $5 and $10 per hour."],
    ["between $5 and $10 while $x$ grows", "between $5 and $10 while x grows"],
    ["values in [0, 1] and [0.5, 2]", "values in [0, 1] and [0.5, 2]"],
    ["a*b*c, 2 * 3, p < 0.05*, (*) and (**)", "a*b*c, 2 * 3, p < 0.05*, (*) and (**)"],
    ["10X~20X faster, ~90x compression", "10X~20X faster, ~90x compression"],
    ["\\unknown{x} and \\\\ and \\\\% stay", "\\unknownx and \\\\ and \\\\% stay"],
    ["plain text with no markup at all.", "plain text with no markup at all."],
  ])("%j → %j", (raw, plain) => {
    expect(plainAbstract(raw)).toBe(plain);
  });

  it("is the tokens' plain text joined, and the same every time", () => {
    const raw = "We propose *S3*: $1.65\\times$ faster, 89.7\\% of $O(n^2)$ [3].";
    expect(abstractTokens(raw).map(plainOf).join("")).toBe(plainAbstract(raw));
    expect(plainAbstract(raw)).toBe(plainAbstract(raw));
    expect(abstractTokens(raw)).toEqual(abstractTokens(raw));
  });

  it("splits addresses written together, so each becomes its own link", () => {
    expect(plainAbstract("Code: https://github.com/a/bhttps://github.com/c/d.")).toBe("Code: https://github.com/a/b https://github.com/c/d.");
    expect(plainAbstract("https://github.com/AngusDujw/Synthesis.https://github.com/AngusDujw/Synthesis")).toBe(
      "https://github.com/AngusDujw/Synthesis. https://github.com/AngusDujw/Synthesis",
    );
    expect(plainAbstract("see https://a.com/x,https://b.com/y;https://c.com/z")).toBe("see https://a.com/x, https://b.com/y; https://c.com/z");
    expect(plainAbstract("available at~https://github.com/M/Strip_MLP{https://github.com/M/Strip\\_MLP.")).toBe(
      "available at https://github.com/M/Strip_MLP https://github.com/M/Strip_MLP.",
    );
    // An address that holds another as its argument is one address.
    expect(plainAbstract("https://web.archive.org/web/2020/https://x.org and https://r.io/?u=https://x.org")).toBe(
      "https://web.archive.org/web/2020/https://x.org and https://r.io/?u=https://x.org",
    );
  });

  it("leaves markup inside an address alone", () => {
    expect(plainAbstract("https://github.com/a_b/c_d_ and https://x.org/*y* and https://x.org/~u/$v$")).toBe(
      "https://github.com/a_b/c_d_ and https://x.org/*y* and https://x.org/~u/$v$",
    );
    expect(special("https://github.com/a_b/c_d_ and https://x.org/*y*")).toEqual([]);
  });
});

describe("plainTitle", () => {
  it("shows a title's inline math as Unicode and leaves everything else as written", () => {
    expect(plainTitle("D$^2$GMBC: Bezier Gait Modulation")).toBe("D²GMBC: Bezier Gait Modulation");
    expect(plainTitle("MG$^2$N$^2$ and PixArt-$\\alpha$")).toBe("MG²N² and PixArt-α");
    expect(plainTitle("Spend $5 and $10: {braces} *stars* \\% <b>")).toBe("Spend $5 and $10: {braces} *stars* \\% <b>");
    expect(plainTitle("A \\$ sign and $x$")).toBe("A \\$ sign and x");
    // Money written either way, and prose between two dollars, stay as written; a title read once reads the same again.
    expect(plainTitle("Earn 5$/day and 10$/week")).toBe("Earn 5$/day and 10$/week");
    expect(plainTitle("Pay $5 or more in C$ markets")).toBe("Pay $5 or more in C$ markets");
    expect(plainTitle("$O(n \\log n)$ sorting")).toBe("O(n log n) sorting");
    for (const title of ["D$^2$GMBC", "Spend $5 and $10", "PixArt-$\\alpha$"]) expect(plainTitle(plainTitle(title))).toBe(plainTitle(title));
  });
});

describe("abstractTokens", () => {
  it("reads Markdown and LaTeX emphasis alike", () => {
    expect(special("We propose *Synthesis Step by Step* (**S3**) and _this_ and __that__, \\textbf{B} and \\emph{E}.")).toEqual([
      { kind: "emphasis", strong: false, text: "Synthesis Step by Step" },
      { kind: "emphasis", strong: true, text: "S3" },
      { kind: "emphasis", strong: false, text: "this" },
      { kind: "emphasis", strong: true, text: "that" },
      { kind: "emphasis", strong: true, text: "B" },
      { kind: "emphasis", strong: false, text: "E" },
    ]);
  });

  it("reads inline math, keeping its TeX, and styled words in math as emphasis", () => {
    expect(special("a $1.65\\times$ speed-up in $O(n^2)$, $$x^2$$ and $\\textbf{FutureX}$")).toEqual([
      { kind: "math", tex: "1.65\\times", plain: "1.65×" },
      { kind: "math", tex: "O(n^2)", plain: "O(n²)" },
      { kind: "math", tex: "x^2", plain: "x²" },
      { kind: "emphasis", strong: true, text: "FutureX" },
    ]);
  });

  it("flattens what is inside emphasis to text", () => {
    expect(special("**$O(n^2)$ time with \\textit{x}**")).toEqual([{ kind: "emphasis", strong: true, text: "O(n²) time with x" }]);
  });

  it("keeps adjacent text in one token and makes no empty token", () => {
    const tokens = abstractTokens("a \\% b {c} at~e [1] f");
    expect(tokens).toEqual([{ kind: "text", text: "a % b c at e f" }]);
    expect(abstractTokens("")).toEqual([]);
    for (const raw of ["$x$", "*a*", "{}", "[1]", "$x$$y$"]) {
      for (const token of abstractTokens(raw)) expect(plainOf(token)).not.toBe("");
    }
  });
});

describe("hostile abstracts", () => {
  const HOSTILE = [
    "$\\href{javascript:alert(1)}{x}$",
    "$\\htmlClass{x}{y}$",
    "$\\htmlStyle{color:red}{x}$ $\\htmlId{a}{b}$ $\\htmlData{onclick=alert(1)}{x}$",
    "$<script>alert(1)</script>$",
    "$<img src=x onerror=alert(1)>$",
    "$\\text{<script>alert(1)</script>}$",
    "$\\url{javascript:alert(1)}$ $\\includegraphics{x.png}$ $\\style{color:red}{x}$",
    "$\\color{red}{x}$ $\\colorbox{red}{x}$ $\\rule{100000em}{100000em}$",
    "$\\def\\a{\\a\\a}\\a$ $\\gdef\\b{x}$ $\\b$",
    "unbalanced $x and a lone $",
    "$$ block $$ and $$\\frac{1}{2}$$ and $$$ and $$$$",
    "a lone $5 and $10 price pair",
    "\\\\ \\\\\\\\ $\\\\$ $a \\\\ b$ \\\\%",
    "{{{{{{{{{{ }}}}} } ] [ [[25]] \\{ \\}",
    "\\textbf{unclosed and \\emph{ and \\cite{",
    "**bold *mixed** em* _a*b_c*",
    `$${"x".repeat(10_000)}$`,
    `$${"{".repeat(3000)}x${"}".repeat(3000)}$`,
  ];

  it.each(HOSTILE.map((raw) => [raw.length > 80 ? `${raw.slice(0, 40)}… (${raw.length} characters)` : raw, raw]))("%j reads without throwing; its math renders to safe MathML or not at all", (_, raw) => {
    const tokens = abstractTokens(raw);
    expect(tokens.map(plainOf).join("")).toBe(plainAbstract(raw));
    for (const token of tokens) {
      if (token.kind !== "math") continue;
      const mathml = texToMathml(token.tex);
      if (mathml === undefined) continue;
      expect(mathml).toMatch(/^<math>[\s\S]*<\/math>$/);
      expect(mathml).not.toMatch(/<(?:script|a|img|style|span|svg|foreignObject)\b|\bon[a-z]+=|\bhref=|\bstyle=|\bclass=|\bid=|\bsrc=|javascript:/i);
    }
  });

  it("gives no MathML for what the renderer will not trust", () => {
    expect(texToMathml("\\href{javascript:alert(1)}{x}")).toBeUndefined();
    expect(texToMathml("\\htmlClass{x}{y}")).toBeUndefined();
    expect(texToMathml("\\includegraphics{x.png}")).toBeUndefined();
    expect(texToMathml("\\def\\a{\\a\\a}\\a")).toBeUndefined();
    expect(texToMathml("\\frac{1}{")).toBeUndefined();
    expect(texToMathml("\\unknowncommand")).toBeUndefined();
  });

  it("renders what it can, without colours or styles from the input", () => {
    expect(texToMathml("1.65\\times")).toBe("<math><mrow><mn>1.65</mn><mo>×</mo></mrow></math>");
    expect(texToMathml("<script>")).toBe("<math><mrow><mo>&lt;</mo><mi>s</mi><mi>c</mi><mi>r</mi><mi>i</mi><mi>p</mi><mi>t</mi><mo>&gt;</mo></mrow></math>");
    expect(texToMathml("\\color{red}{x}")).toBe("<math><mrow><mi>x</mi></mrow></math>");
    expect(texToMathml("O(n^2)")).toContain("<msup><mi>n</mi><mn>2</mn></msup>");
  });

  it("renders a bare % in math as a percent sign, not a TeX comment", () => {
    expect(texToMathml("89.7%")).toBe("<math><mrow><mn>89.7</mn><mi>%</mi></mrow></math>");
  });

  it("keeps a dollar amount as text", () => {
    expect(abstractTokens("a lone $5 and $10 price pair")).toEqual([{ kind: "text", text: "a lone $5 and $10 price pair" }]);
    expect(abstractTokens("US$5 and US$10, $5-$10, $5/$10")).toEqual([{ kind: "text", text: "US$5 and US$10, $5-$10, $5/$10" }]);
  });

  it("reads a 10,000-character $…$ as text, not math", () => {
    const raw = `a $${"x".repeat(10_000)}$ b`;
    expect(abstractTokens(raw)).toEqual([{ kind: "text", text: raw }]);
  });

  it("takes linear time on long hostile input", () => {
    const unit = "$a *b _c {d [1 ~e \\f{ https://x.org/$*_ $$ ** __ \\textbf{ \\( ";
    const time = (repeats: number) => {
      const raw = unit.repeat(repeats);
      const start = performance.now();
      plainAbstract(`${raw}!`);
      return performance.now() - start;
    };
    time(200); // warm up
    expect(time(4000)).toBeLessThan(1500); // 250,000 characters
  });

  it("reads random mixtures of markup without throwing", () => {
    const pieces = ["$", "$$", "*", "**", "_", "__", "{", "}", "[", "]", "[1]", "\\", "\\\\", "~", "^", "\\textbf{", "\\emph", "\\(", "\\)", "https://a.b/", "http://", "x", " ", "5", ".", "\\%", "\\'", "\\cite{", "<", ">", "&", "\"", "é", "😀"];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let run = 0; run < 300; run++) {
      const raw = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      const tokens = abstractTokens(raw);
      expect(tokens.map(plainOf).join("")).toBe(plainAbstract(raw));
      for (const token of tokens) {
        if (token.kind !== "math") continue;
        const mathml = texToMathml(token.tex);
        if (mathml !== undefined) expect(mathml).not.toMatch(/<(?!\/?(?:math|m[a-z]+|none)[ >])|\b(?:on[a-z]+|href|style|class|src)=/);
      }
    }
  });
});

describe("texPlain", () => {
  it("writes common TeX as Unicode", () => {
    expect(texPlain("O(n^2)")).toBe("O(n²)");
    expect(texPlain("1.65\\times")).toBe("1.65×");
    expect(texPlain("\\textbf{FutureX}")).toBe("FutureX");
    expect(texPlain("2^{10} \\cdot 10^{-3}")).toBe("2¹⁰ · 10⁻³");
    expect(texPlain("\\left( \\frac{1}{2} \\right.")).toBe("( 1/2");
    expect(texPlain("\\hat{y} = \\operatorname{softmax}(x)")).toBe("ŷ = softmax(x)");
  });
});

describe("sanitizeMathml", () => {
  it("keeps MathML elements and layout attributes only", () => {
    expect(sanitizeMathml('<math><mi mathvariant="normal" style="color:red" class="x" onclick="alert(1)" href="javascript:x">x</mi></math>')).toBe(
      '<math><mi mathvariant="normal">x</mi></math>',
    );
    expect(sanitizeMathml('<math><mspace width="1em"/></math>')).toBe('<math><mspace width="1em"></mspace></math>');
  });

  it("refuses anything else", () => {
    for (const html of [
      "<math><script>alert(1)</script></math>",
      "<math><a href=\"https://x.org\">x</a></math>",
      "<span class=\"temml-error\">x</span>",
      "<math><mi>x</mi>",
      "<math><mi>x</mo></math>",
      "<math>&bogus;</math>",
      "<math><mi>a > b</mi></math>",
      "x<math></math>",
      "<math><math></math></math>",
      "<math><mi width=\"expression(alert(1))\">x</mi></math>",
      "<math><svg></svg></math>",
    ]) {
      const clean = sanitizeMathml(html);
      if (clean !== undefined) expect(clean, html).not.toMatch(/script|href|expression|svg|<a\b/);
      else expect(clean).toBeUndefined();
    }
    expect(sanitizeMathml("<math><script>alert(1)</script></math>")).toBeUndefined();
    expect(sanitizeMathml("<span class=\"temml-error\">x</span>")).toBeUndefined();
    expect(sanitizeMathml("<math><mi>x</mi>")).toBeUndefined();
  });
});
