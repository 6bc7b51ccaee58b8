import { describe, expect, it } from "vitest";
import { texToMathml } from "../../src/lib/view/math.ts";
import { hostilePapers } from "../../scripts/lib/hostile-digest.ts";
import { plainAbstract } from "../../src/lib/model/abstract-text.ts";
import { abstractView, claimId, namePieces } from "../../src/lib/view/abstract-view.ts";
import { linkify } from "../../src/lib/view/linkify.ts";

describe("namePieces", () => {
  it("marks words with two or more capitals as names", () => {
    const names = namePieces("We propose KANs, unlike MLP-Mixer and HiFi-GAN; Transformers are not. NeRF is.")
      .filter((piece) => piece.kind === "name")
      .map((piece) => piece.text);
    expect(names).toEqual(["KANs", "MLP-Mixer", "HiFi-GAN", "NeRF"]);
  });

  it("joins back into the text", () => {
    const text = "γ-MoD and μ-Transfer, TTS (text-to-speech) 深度学习.";
    expect(namePieces(text).map((piece) => piece.text).join("")).toBe(text);
  });
});

describe("abstractView", () => {
  it("links web URLs, keeps everything else as text, and numbers the claims", () => {
    const text = "We propose KANs. Code: https://github.com/KindXiaoming/pykan. It is 2x faster. javascript:alert(1)";
    const parts = abstractView(text);
    const joined = parts.flatMap((part) => part.pieces.map((piece) => piece.text)).join("");
    expect(joined).toBe(text);
    const links = parts.flatMap((part) => part.pieces.filter((piece) => piece.kind === "link"));
    expect(links).toEqual([{ kind: "link", text: "https://github.com/KindXiaoming/pykan", href: "https://github.com/KindXiaoming/pykan" }]);
    expect(parts.filter((part) => part.claim).map((part) => claimId(part.sentence!))).toEqual(["claim-1", "claim-3"]);
  });
});

describe("abstractView of LaTeX and Markdown", () => {
  const joined = (parts: ReturnType<typeof abstractView>) => parts.flatMap((part) => part.pieces.map((piece) => piece.text)).join("");
  const pieces = (parts: ReturnType<typeof abstractView>) => parts.flatMap((part) => part.pieces);

  it("cuts the plain text into sentences and keeps math whole, with its MathML", () => {
    const text = "We propose FutureX. It is $1.65\\times$ faster at 89.7\\% accuracy in $O(n^2)$ time.";
    const parts = abstractView(text);
    expect(joined(parts)).toBe(plainAbstract(text));
    expect(joined(parts)).toBe("We propose FutureX. It is 1.65× faster at 89.7% accuracy in O(n²) time.");
    const math = pieces(parts).filter((piece) => piece.kind === "math");
    expect(math.map((piece) => [piece.tex, piece.plain])).toEqual([
      ["1.65\\times", "1.65×"],
      ["O(n^2)", "O(n²)"],
    ]);
    expect(texToMathml(math[0]!.tex)).toBe("<math><mrow><mn>1.65</mn><mo>×</mo></mrow></math>");
    expect(parts.filter((part) => part.claim).map((part) => [part.sentence, part.claim])).toEqual([
      [1, "contribution"],
      [2, "result"],
    ]);
  });

  it("renders emphasis, with the names and links inside it", () => {
    const parts = abstractView("We propose *Synthesis Step by Step* (**S3**) with **HiFi-GAN at https://x.org/a**.");
    const emphasis = pieces(parts).filter((piece) => piece.kind === "emphasis");
    expect(emphasis.map((piece) => [piece.strong, piece.text])).toEqual([
      [false, "Synthesis Step by Step"],
      [true, "S3"],
      [true, "HiFi-GAN at https://x.org/a"],
    ]);
    expect(emphasis[2]!.pieces).toEqual([
      { kind: "name", text: "HiFi-GAN" },
      { kind: "text", text: " at " },
      { kind: "link", text: "https://x.org/a", href: "https://x.org/a" },
    ]);
  });

  it("links two addresses written as one as two", () => {
    const links = pieces(abstractView("Code: https://github.com/a/bhttps://github.com/c/d and https://x.org/1,https://x.org/2.")).filter((piece) => piece.kind === "link");
    expect(links.map((link) => link.text)).toEqual(["https://github.com/a/b", "https://github.com/c/d", "https://x.org/1", "https://x.org/2"]);
  });

  it("shows math that does not render as its plain text, and math cut by a sentence end once", () => {
    const parts = abstractView("We use $\\href{javascript:alert(1)}{x}$ and $\\htmlClass{a}{b}$. We show $a. B$ here. Next one.");
    const math = pieces(parts).filter((piece) => piece.kind === "math");
    expect(math.map((piece) => [piece.plain, texToMathml(piece.tex)])).toEqual([
      ["x", undefined],
      ["\\htmlClass{a}{b}", undefined],
      ["a. B", expect.stringMatching(/^<math>/)],
    ]);
    expect(joined(parts)).toBe(plainAbstract("We use $\\href{javascript:alert(1)}{x}$ and $\\htmlClass{a}{b}$. We show $a. B$ here. Next one."));
  });

  it("shows exactly the plain text of any abstract, math in MathML from the allow-list only", () => {
    for (const { abstract } of hostilePapers(12, 150)) {
      const parts = abstractView(abstract);
      expect(joined(parts)).toBe(plainAbstract(abstract));
      for (const piece of pieces(parts)) {
        if (piece.kind === "math" && texToMathml(piece.tex) !== undefined) expect(texToMathml(piece.tex)).not.toMatch(/<(?!\/?(?:math|m[a-z]+|none)[ >])|\b(?:on[a-z]+|href|style|class|src)=/);
        if (piece.kind === "link") expect(piece.href).toMatch(/^https?:\/\//);
      }
    }
  });

  it("keeps a dollar amount, unbalanced markup and HTML as text", () => {
    const text = "It costs $5 and $10, *not* $x and <script>alert(1)</script> {here}.";
    const parts = abstractView(text);
    expect(pieces(parts).filter((piece) => piece.kind === "math")).toEqual([]);
    expect(joined(parts)).toBe("It costs $5 and $10, not $x and <script>alert(1)</script> here.");
  });
});

describe("linkify", () => {
  const links = (text: string) => linkify(text).filter((segment) => segment.kind === "link").map((segment) => segment.text);

  it("splits addresses glued together or separated by a bare comma or semicolon", () => {
    expect(links("https://github.com/a/bhttps://github.com/c/d")).toEqual(["https://github.com/a/b", "https://github.com/c/d"]);
    expect(links("https://github.com/A/Synthesis.https://github.com/A/Synthesis.")).toEqual(["https://github.com/A/Synthesis", "https://github.com/A/Synthesis"]);
    expect(links("see https://a.org/x,https://b.org/y;https://c.org/z.")).toEqual(["https://a.org/x", "https://b.org/y", "https://c.org/z"]);
    const text = "see https://a.org/x,https://b.org/y.";
    expect(linkify(text).map((segment) => segment.text).join("")).toBe(text);
  });

  it("keeps an address that holds another as one", () => {
    expect(links("https://web.archive.org/web/2020/https://x.org and https://r.io/?u=https://x.org")).toEqual([
      "https://web.archive.org/web/2020/https://x.org",
      "https://r.io/?u=https://x.org",
    ]);
  });
});
