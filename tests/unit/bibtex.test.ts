import { describe, expect, it } from "vitest";
import { baseKey, bibliography, bibtexEntry, citationKeys, escapeBibtex, familyName, type CitationSource } from "../../src/lib/workbench/bibtex.ts";
import { HOSTILE_TITLES } from "../site/fixture-site.ts";

const KAN: CitationSource = {
  slug: "kan-kolmogorov-arnold-networks",
  title: "KAN: Kolmogorov-Arnold Networks",
  authors: ["Ziming Liu", "Yixuan Wang", "Max Tegmark"],
  year: 2024,
  venue: "International Conference on Learning Representations (ICLR)",
  arxiv: "arXiv:2404.19756",
  doi: "https://doi.org/10.48550/arXiv.2404.19756",
  url: "https://openreview.net/forum?id=Ozo7qJ5vZi",
};

/** Braces must balance in every field, or BibTeX misreads the rest of the file. */
function balanced(entry: string): boolean {
  let depth = 0;
  for (const char of entry) {
    depth += char === "{" ? 1 : char === "}" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe("citation keys", () => {
  it("are first author's family name, year and first real title word", () => {
    expect(baseKey(KAN)).toBe("liu2024kan");
    expect(baseKey({ slug: "s", title: "On the Expressivity of γ-Networks", authors: ["Müller, Jürgen"], year: 2021 })).toBe("muller2021expressivity");
    expect(baseKey({ slug: "s", title: "The Title", authors: ["Guido van Rossum Jr."] })).toBe("rossumtitle");
  });

  it("fall back to the slug, which never changes, when the authors are unknown or unspellable", () => {
    expect(baseKey({ slug: "a-paper", title: "A Paper", year: 2020 })).toBe("a-paper");
    expect(baseKey({ slug: "paper-1a2b3c", title: "深度学习", authors: ["张三"] })).toBe("paper-1a2b3c");
  });

  it("are unique, deterministic and independent of the input order", () => {
    const twins: CitationSource[] = [
      { slug: "kan-2", title: "KAN 2.0: Kolmogorov-Arnold Networks Meet Science", authors: ["Ziming Liu"], year: 2024 },
      KAN,
      { slug: "other", title: "Other", authors: ["A. Person"], year: 2023 },
    ];
    const keys = citationKeys(twins);
    expect(new Set(keys.values()).size).toBe(3);
    expect(keys.get("other")).toBe("person2023other");
    // Colliding papers both get a suffix from their own slug; neither keeps the bare key.
    expect(keys.get("kan-2")).toMatch(/^liu2024kan-[0-9a-f]{4}$/);
    expect(keys.get(KAN.slug)).toMatch(/^liu2024kan-[0-9a-f]{4}$/);
    expect(citationKeys([...twins].reverse())).toEqual(keys);
  });

  it("stay the same for a paper when others are added", () => {
    const before = citationKeys([KAN, { slug: "b", title: "B" }]);
    const after = citationKeys([{ slug: "a", title: "A", authors: ["X Y"], year: 1999 }, KAN, { slug: "b", title: "B" }, { slug: "c", title: "C" }]);
    expect(after.get(KAN.slug)).toBe(before.get(KAN.slug));
    expect(after.get("b")).toBe(before.get("b"));
  });

  it("are the reviewer's own when set, and a generated key never takes one", () => {
    const fixed = { slug: "fixed", title: "Fixed", citeKey: "liu2024kan" };
    const keys = citationKeys([KAN, fixed, { slug: "mine", title: "Mine", authors: ["Ann Other"], year: 2020, citeKey: "Other:2020" }]);
    expect(keys.get("fixed")).toBe("liu2024kan");
    expect(keys.get("mine")).toBe("Other:2020");
    expect(keys.get(KAN.slug)).toMatch(/^liu2024kan-[0-9a-f]{4}$/);
  });
});

describe("escaping", () => {
  it("makes every TeX special print as written", () => {
    expect(escapeBibtex("$\\tau^2$ & 45\\% of {x} #1 a_b ~ <c>")).toBe(
      "\\$\\textbackslash{}tau\\textasciicircum{}2\\$ \\& 45\\textbackslash{}\\% of \\textbraceleft{}x\\textbraceright{} \\#1 a\\_b \\textasciitilde{} \\textless{}c\\textgreater{}",
    );
    expect(escapeBibtex("  line\nbreaks\tand   spaces ")).toBe("line breaks and spaces");
    expect(escapeBibtex("Emoji 🚀 CJK 深度学习 γ-MoD")).toBe("Emoji 🚀 CJK 深度学习 γ-MoD");
  });

  it("keeps every hostile title's entry balanced, with no stray specials", () => {
    for (const title of [...HOSTILE_TITLES, "}", "{", "\\", "}{", "@misc{x,"]) {
      const entry = bibtexEntry({ slug: "s", title }, "s");
      expect(balanced(entry), title).toBe(true);
      const value = entry.slice(entry.indexOf("{{") + 2, entry.lastIndexOf("}}"));
      // Outside of escapes, no raw special remains.
      expect(value.replace(/\\(?:text[a-z]+\{\}|[$%&#_])/g, ""), title).not.toMatch(/[\\{}$%&#_~^]/);
    }
  });
});

describe("entries", () => {
  it("write the known fields, normalised, and nothing else", () => {
    expect(bibtexEntry(KAN, "liu2024kan")).toBe(
      [
        "@inproceedings{liu2024kan,",
        "  author        = {Ziming Liu and Yixuan Wang and Max Tegmark},",
        "  title         = {{KAN: Kolmogorov-Arnold Networks}},",
        "  year          = {2024},",
        "  booktitle     = {International Conference on Learning Representations (ICLR)},",
        "  eprint        = {2404.19756},",
        "  archivePrefix = {arXiv},",
        "  doi           = {10.48550/arXiv.2404.19756},",
        "  url           = {https://openreview.net/forum?id=Ozo7qJ5vZi}",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("omit blank fields instead of inventing them", () => {
    expect(bibtexEntry({ slug: "s", title: "Only a Title" }, "s")).toBe("@misc{s,\n  title = {{Only a Title}}\n}\n");
    expect(bibtexEntry({ slug: "s", title: "T", authors: [" ", ""], venue: "  ", arxiv: "not an id", doi: "nope", url: "javascript:alert(1)" }, "s")).toBe(
      "@misc{s,\n  title = {{T}}\n}\n",
    );
    expect(bibtexEntry({ slug: "s", title: "T", venue: "Nature" }, "s")).toMatch(/^@article\{s,[\s\S]*journal = \{Nature\}/);
  });

  it("brace a consortium's name so BibTeX keeps it one author", () => {
    expect(bibtexEntry({ slug: "s", title: "T", authors: ["Research and Development Team", "Doe, Jane"] }, "k")).toContain(
      "author = {{Research and Development Team} and Doe, Jane}",
    );
  });

  it("make a bibliography in slug order", () => {
    const bib = bibliography([{ slug: "b", title: "B" }, KAN, { slug: "a", title: "A" }]);
    expect(bib.map((citation) => citation.slug)).toEqual(["a", "b", KAN.slug]);
    expect(bib[2]!.key).toBe("liu2024kan");
  });
});

describe("familyName", () => {
  it("reads both name orders", () => {
    expect(familyName("Liu, Ziming")).toBe("Liu");
    expect(familyName("Ziming Liu")).toBe("Liu");
    expect(familyName("{OpenAI}")).toBe("OpenAI");
  });
});
