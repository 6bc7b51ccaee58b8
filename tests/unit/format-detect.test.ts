import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture } from "./source-fixtures.ts";
import { detectFormat, parseSource } from "../../src/lib/ingest/formats/detect.ts";
import { SourceError } from "../../src/lib/ingest/source.ts";


const ABSTRACT = "We study a thing in depth. It works well on three benchmarks, and we release the code for others to use as they wish.";
const listing = (...titles: string[]) => `Get trending papers in your email inbox!\nSubscribe${titles.map((title) => `${title}\n${ABSTRACT}`).join("\n")}\n`;

describe("detectFormat", () => {
  it("recognises every fixture, malformed ones included, so their errors come from the right parser", () => {
    const formats = Object.fromEntries(
      [
        "daily-papers.json",
        "malformed-daily-papers.json",
        "malformed-daily-papers-no-title.json",
        "arxiv-feed.atom",
        "malformed-arxiv-feed.atom",
        "zotero.bib",
        "scholar.bib",
        "arxiv-export.bib",
        "malformed.bib",
      ].map((name) => [name, detectFormat(fixture(name))]),
    );
    expect(formats).toEqual({
      "daily-papers.json": "daily-papers-json",
      "malformed-daily-papers.json": "daily-papers-json",
      "malformed-daily-papers-no-title.json": "daily-papers-json",
      "arxiv-feed.atom": "arxiv-atom",
      "malformed-arxiv-feed.atom": "arxiv-atom",
      "zotero.bib": "bibtex",
      "scholar.bib": "bibtex",
      "arxiv-export.bib": "bibtex",
      "malformed.bib": "bibtex",
    });
  });

  it("recognises JSON by an array of objects, an object with a key, or a text that parses", () => {
    expect(detectFormat("\uFEFF  [\n  {")).toBe("daily-papers-json");
    expect(detectFormat("[]")).toBe("daily-papers-json");
    expect(detectFormat('{ "papers": [] }')).toBe("daily-papers-json");
    expect(detectFormat("[1, 2]")).toBe("daily-papers-json");
  });

  it("recognises Atom with or without the XML declaration", () => {
    expect(detectFormat('<?xml version="1.0"?><feed/>')).toBe("arxiv-atom");
    expect(detectFormat('\n<feed xmlns="http://www.w3.org/2005/Atom">\n</feed>')).toBe("arxiv-atom");
    expect(detectFormat("<!-- exported -->\n<feed></feed>")).toBe("arxiv-atom");
    expect(detectFormat('<rss version="2.0"><channel/></rss>')).toBe("arxiv-atom");
  });

  it("recognises BibTeX after % comment lines and blank lines, as JabRef writes it", () => {
    expect(detectFormat("% This file was created with JabRef 5.9.\n% Encoding: UTF-8\n\n@Article{key,\n  title = {T}\n}\n")).toBe("bibtex");
    expect(detectFormat("\uFEFF@comment{x}\n@misc{a, title={T}}")).toBe("bibtex");
    expect(detectFormat("@misc(a, title={T})")).toBe("bibtex");
  });

  it("takes everything else for a listing, whatever its first title starts with", () => {
    expect(detectFormat(readFileSync(new URL("../../content/digest.txt", import.meta.url), "utf8"))).toBe("listing");
    for (const title of [
      "{process.exit(1)}",
      "{CLIP}-Guided Diffusion",
      "[Re] Reproducing a Study",
      "[ICLR 2024] A Title",
      "<2% of the Parameters Suffice",
      "<think> Tokens Considered Harmful",
      "@Home: Robots in Kitchens",
      "% of Tokens That Matter",
      "<script>alert(1)</script>",
    ]) {
      expect([title, detectFormat(`${title}\n${ABSTRACT}\n`)]).toEqual([title, "listing"]);
      expect([title, detectFormat(listing(title))]).toEqual([title, "listing"]);
    }
  });
});

describe("parseSource", () => {
  it("parses each format with its parser and says which it was", () => {
    const json = parseSource(fixture("daily-papers.json"));
    expect([json.format, json.entries.length, json.entries[0]!.meta.arxiv]).toEqual(["daily-papers-json", 4, "2404.19756"]);
    const atom = parseSource(fixture("arxiv-feed.atom"));
    expect([atom.format, atom.entries.length, atom.entries[1]!.meta.arxiv]).toEqual(["arxiv-atom", 3, "hep-th/9711200"]);
    const bib = parseSource(fixture("zotero.bib"));
    expect([bib.format, bib.entries.length, bib.entries[1]!.meta.arxiv]).toEqual(["bibtex", 3, "1706.03762"]);
  });

  it("parses a listing through the digest parser, with no metadata", () => {
    const { format, entries, warnings } = parseSource(listing("{process.exit(1)}", "Second Paper"));
    expect(format).toBe("listing");
    expect(entries).toEqual([
      { title: "{process.exit(1)}", abstract: ABSTRACT, line: 2, meta: {} },
      { title: "Second Paper", abstract: ABSTRACT, line: 4, meta: {} },
    ]);
    expect(warnings).toEqual([]);
  });

  it("lets each parser's SourceError through", () => {
    for (const name of ["malformed-daily-papers.json", "malformed-arxiv-feed.atom", "malformed.bib"]) {
      expect(() => parseSource(fixture(name))).toThrow(SourceError);
    }
    expect(() => parseSource("")).toThrow(SourceError);
  });
});

describe("the fixtures that overlap", () => {
  // Other tests de-duplicate across sources with these: the same arXiv id under differently written titles.
  it("share arXiv ids across files", () => {
    const byId = new Map<string, string[]>();
    for (const name of ["daily-papers.json", "arxiv-feed.atom", "zotero.bib", "scholar.bib", "arxiv-export.bib"]) {
      for (const entry of parseSource(fixture(name)).entries) {
        if (entry.meta.arxiv) byId.set(entry.meta.arxiv, [...(byId.get(entry.meta.arxiv) ?? []), `${name}: ${entry.title}`]);
      }
    }
    expect(byId.get("2404.19756")).toEqual([
      "daily-papers.json: KAN: Kolmogorov-Arnold Networks",
      "arxiv-feed.atom: KAN: Kolmogorov-Arnold Networks",
      "scholar.bib: Kan: Kolmogorov-arnold networks",
    ]);
    expect(byId.get("1412.6980")).toEqual(["scholar.bib: Adam: A method for stochastic optimization", "arxiv-export.bib: Adam: A Method for Stochastic Optimization"]);
    expect(byId.get("1706.03762")).toEqual(["zotero.bib: Attention Is All You Need", "arxiv-export.bib: Attention Is All You Need"]);
    expect(byId.get("2001.08361")).toEqual(["arxiv-feed.atom: Scaling Laws for Neural Language Models", "arxiv-export.bib: Scaling Laws for Neural Language Models"]);
  });
});
