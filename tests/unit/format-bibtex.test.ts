import { describe, expect, it } from "vitest";
import { failure, fixture } from "./source-fixtures.ts";
import { parseBibtex } from "../../src/lib/ingest/formats/bibtex.ts";
import type { SourceEntry } from "../../src/lib/ingest/source.ts";

/** The one entry of a one-entry file. */
function only(text: string): SourceEntry {
  const { entries } = parseBibtex(text);
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

const article = (fields: string) => `@article{key,\n  title = {A Title},\n${fields}\n}\n`;

describe("parseBibtex on a Zotero export", () => {
  const { entries, warnings } = parseBibtex(fixture("zotero.bib"));

  it("reads each entry at the line of its @type{key,", () => {
    expect(entries.map((entry) => [entry.line, entry.title])).toEqual([
      [2, "Long Short-Term Memory"],
      [18, "Attention Is All You Need"],
      [32, "Sanitising <script> in abstracts"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("decodes TeX in abstracts: \\%, \\&, accents, braces", () => {
    expect(entries[0]!.abstract).toBe(
      "Learning to store information over long time intervals by recurrent backpropagation takes a very long time, mostly because the error flowing back is insufficient and decays. We introduce long short-term memory (LSTM), a gradient-based method whose constant error carousels keep the error flow constant while multiplicative gate units learn when to open and close access to it. Compared with RTRL, BPTT, recurrent cascade-correlation, Elman nets & neural sequence chunking, LSTM succeeds in far more runs (100% on several tasks) and learns much faster.",
    );
  });

  it("maps names in Family, Given order, month and year, DOI, URL and journal", () => {
    expect(entries[0]!.meta).toEqual({
      authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"],
      date: "1997-11",
      doi: "10.1162/neco.1997.9.8.1735",
      url: "https://doi.org/10.1162/neco.1997.9.8.1735",
      venue: "Neural Computation",
    });
  });

  it("takes the arXiv id of a preprint from its arXiv DOI, and gives it no venue", () => {
    expect(entries[1]!.meta).toEqual({
      authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Lukasz Kaiser", "Illia Polosukhin"],
      date: "2023-08",
      doi: "10.48550/arXiv.1706.03762",
      url: "http://arxiv.org/abs/1706.03762",
      arxiv: "1706.03762",
    });
  });

  it("keeps <script> as text, backslashes, and drops the markup of \\textit, \\emph and \\textbf", () => {
    expect(entries[2]!.abstract).toBe(
      "Abstracts reach the site as text: <script>alert(1)</script> stays visible, a path such as C:\\papers\\ keeps its backslashes, 45% of Müller's & Ng's examples use emphasis or bold, and a < b holds.",
    );
    expect(entries[2]!.meta).toEqual({
      authors: ["Jane Doe", "Google DeepMind", "Jan van der Berg"],
      date: "2024-03",
      url: "https://example.org/papers/sanitising",
      venue: "Journal of Reproducible Tests",
    });
  });
});

describe("parseBibtex on a Google Scholar export", () => {
  const { entries, warnings } = parseBibtex(fixture("scholar.bib"));

  it("keeps titles' case as Scholar writes it and warns that there are no abstracts", () => {
    expect(entries.map((entry) => [entry.line, entry.title, entry.abstract])).toEqual([
      [1, "Adam: A method for stochastic optimization", ""],
      [8, "Attention is all you need", ""],
      [16, "Kan: Kolmogorov-arnold networks", ""],
      [23, "Denoising diffusion probabilistic models", ""],
    ]);
    expect(warnings).toEqual([
      { line: 1, message: '"Adam: A method for stochastic optimization" has no abstract; kept with an empty one' },
      { line: 8, message: '"Attention is all you need" has no abstract; kept with an empty one' },
      { line: 16, message: '"Kan: Kolmogorov-arnold networks" has no abstract; kept with an empty one' },
      { line: 23, message: '"Denoising diffusion probabilistic models" has no abstract; kept with an empty one' },
    ]);
  });

  it("reads the arXiv id from an 'arXiv preprint' journal, which is no venue", () => {
    expect(entries[0]!.meta).toEqual({ authors: ["Diederik P Kingma", "Jimmy Ba"], date: "2014", arxiv: "1412.6980" });
    expect(entries[2]!.meta).toEqual({
      authors: ["Ziming Liu", "Yixuan Wang", "Sachin Vaidya", "Fabian Ruehle", "James Halverson", "Marin Soljačić", "Thomas Y Hou", "Max Tegmark"],
      date: "2024",
      arxiv: "2404.19756",
    });
  });

  it("decodes {\\L} and takes journal or booktitle as the venue", () => {
    expect(entries[1]!.meta.authors?.[6]).toBe("Łukasz Kaiser");
    expect(entries[1]!.meta.venue).toBe("Advances in neural information processing systems");
    expect(entries[3]!.meta).toEqual({ authors: ["Jonathan Ho", "Ajay Jain", "Pieter Abbeel"], date: "2020", venue: "Advances in Neural Information Processing Systems" });
  });
});

describe("parseBibtex on an arXiv export", () => {
  const { entries } = parseBibtex(fixture("arxiv-export.bib"));

  it("reads eprint with archivePrefix arXiv, names in Given Family order, and the URL", () => {
    expect(entries.map((entry) => entry.line)).toEqual([1, 11, 21, 31]);
    expect(entries[0]).toEqual({
      title: "Denoising Diffusion Probabilistic Models",
      abstract: "",
      line: 1,
      meta: { authors: ["Jonathan Ho", "Ajay Jain", "Pieter Abbeel"], date: "2020", url: "https://arxiv.org/abs/2006.11239", arxiv: "2006.11239" },
    });
    expect(entries[3]!.meta).toEqual({ authors: ["Diederik P. Kingma", "Jimmy Ba"], date: "2017", url: "https://arxiv.org/abs/1412.6980", arxiv: "1412.6980" });
  });
});

describe("parseBibtex errors", () => {
  it("refuses a file with an entry the library cannot read, at that entry's line", () => {
    expect(failure(() => parseBibtex(fixture("malformed.bib")))).toEqual({
      line: 10,
      message: 'cannot read the @misc entry "ho2020denoising": Token mismatch, expected "}", found ""... at line 16, column 1; a brace or quote it opens is probably never closed',
    });
  });

  it("says where a brace-value runs to the end of the file", () => {
    const text = "@misc{a, title = {A}}\n\n@misc{unclosed,\n  title = {Unclosed\n";
    expect(failure(() => parseBibtex(text))).toEqual({
      line: 3,
      message: 'cannot read the @misc entry "unclosed": Unterminated brace-value "Unclosed\\n" at line 5, column 1; a brace or quote it opens is probably never closed',
    });
  });

  it("refuses an entry whose TeX cannot be read, and counts the others", () => {
    const text = "@misc{a, title = {\\newcommand}}\n@misc{b, title = {B}, abstract = {a $b}}\n";
    const { line, message } = failure(() => parseBibtex(text));
    expect(line).toBe(1);
    expect(message).toMatch(/^cannot read the @misc entry "a": missing name for \\newcommand .* \(and 1 more malformed entries\)$/);
  });

  it("refuses a file without entries", () => {
    expect(failure(() => parseBibtex("% nothing here\n@comment{jabref-meta: databaseType:bibtex;}\n")).message).toBe("the file has no BibTeX entries");
    expect(failure(() => parseBibtex("@misc{a, author = {X}}")).message).toBe("no BibTeX entry has a title");
  });
});

describe("parseBibtex markup and escapes", () => {
  it("strips the HTML the library makes of TeX formatting, keeping the text", () => {
    const entry = only(
      article(
        "  abstract = {\\emph{e} \\textit{i} \\textbf{b} \\textsc{Sc} \\texttt{tt} x\\textsuperscript{th} H\\textsubscript{2}O \\url{https://example.org/a_b} \\href{https://example.org}{label} {\\em em} \\enquote{q}},\n  note = {one \\\\ two \\par three}",
      ),
    );
    expect(entry.abstract).toBe("e i b Sc tt xᵗʰ H₂O https://example.org/a_b label em “q”");
    // A title keeps its case and loses its protecting braces.
    expect(only("@article{k, title = {{BERT}: Pre-training of \\textit{Deep} Bidirectional {Transformers}}}").title).toBe(
      "BERT: Pre-training of Deep Bidirectional Transformers",
    );
  });

  it("keeps raw < and > and \\textless, \\textgreater as the characters, not markup", () => {
    const entry = only(
      "@misc{k,\n  title = {<b>Bold</b> claims},\n  abstract = {<script>alert(1)</script> \\textless{}i\\textgreater{} x \\textless y {\\textgreater} z <a href=\"x\">a</a>}\n}",
    );
    expect(entry.title).toBe("<b>Bold</b> claims");
    expect(entry.abstract).toBe('<script>alert(1)</script> <i> x <y > z <a href="x">a</a>');
  });

  it("keeps ¡ and ¿ written as such, and unknown commands as written, with the space after them", () => {
    expect(only(article("  abstract = {¡Hola! ¿Qué? and $\\tau^2$}")).abstract).toBe("¡Hola! ¿Qué? and τ²");
    expect(only(article("  abstract = {\\ours achieves, \\ours, \\ours{} and \\ours\\ldots}")).abstract).toBe("\\ours achieves, \\ours, \\ours and \\ours…");
    // Known commands keep TeX's rule: the space after their name is not text.
    expect(only(article("  abstract = {\\ss x and \\o ne}")).abstract).toBe("ßx and øne");
  });

  it("composes accents, which the library writes as combining marks", () => {
    const entry = only(article("  author = {Schmidhuber, J{\\\"u}rgen and Solja{\\v{c}}i{\\'c}, Marin}"));
    expect(entry.meta.authors).toEqual(["J\u00fcrgen Schmidhuber", "Marin Solja\u010di\u0107"]);
  });

  it("folds line breaks in wrapped titles and abstracts", () => {
    const entry = only("@article{k,\n  title = {A Title Wrapped\n           Over Lines},\n  abstract = {One\n  two.\n\n  Three.}\n}");
    expect([entry.title, entry.abstract]).toEqual(["A Title Wrapped Over Lines", "One two. Three."]);
  });
});

describe("parseBibtex fields", () => {
  it("writes names as Given Family, keeping prefixes, suffixes and organisations, and dropping 'others'", () => {
    const entry = only(article("  author = {van der Berg, Jan and Jan van der Berg and de la Fuente, Jr., Carlos and {Google DeepMind} and M{\\\"u}ller, J{\\\"o}rg and others}"));
    expect(entry.meta.authors).toEqual(["Jan van der Berg", "Jan van der Berg", "Carlos de la Fuente Jr.", "Google DeepMind", "Jörg Müller"]);
  });

  it("takes the date from date, else year with a numeric or named month", () => {
    expect(only(article("  date = {2024-03-05},\n  year = {2023}")).meta.date).toBe("2024-03-05");
    expect(only(article("  date = {2020/2021}")).meta.date).toBe("2020");
    expect(only(article("  year = 2024")).meta.date).toBe("2024");
    expect(only(article("  year = 2024,\n  month = {3}")).meta.date).toBe("2024-03");
    expect(only(article("  year = 2024,\n  month = sep")).meta.date).toBe("2024-09");
    expect(only(article("  year = 2024,\n  month = {March}")).meta.date).toBe("2024-03");
    expect(only(article("  year = 2024,\n  month = {Spring}")).meta.date).toBe("2024");
    expect(only(article("  year = {in press}")).meta.date).toBeUndefined();
  });

  it("strips resolver prefixes from DOIs and refuses what is not a DOI or a web URL", () => {
    expect(only(article("  doi = {https://doi.org/10.1038/s41586-021-03819-2}")).meta.doi).toBe("10.1038/s41586-021-03819-2");
    expect(only(article("  doi = {doi:10.1038/nature14539}")).meta.doi).toBe("10.1038/nature14539");
    const { entries, warnings } = parseBibtex(article("  doi = {n/a},\n  url = {javascript:alert(1)}"));
    expect(entries[0]!.meta).toEqual({});
    expect(warnings).toEqual([
      { line: 1, message: '"A Title" has no abstract; kept with an empty one' },
      { line: 1, message: 'doi "n/a" is not a DOI; left out' },
      { line: 1, message: 'url "javascript:alert(1)" is not an http(s) URL; left out' },
    ]);
  });

  it("finds the arXiv id in eprint (any case, BibLaTeX's eprinttype), arXiv URLs and DOIs, and DBLP's CoRR volume", () => {
    expect(only(article("  eprint = {2404.19756v2},\n  archiveprefix = {ARXIV}")).meta.arxiv).toBe("2404.19756");
    expect(only(article("  eprint = {hep-th/9711200},\n  eprinttype = {arxiv}")).meta.arxiv).toBe("hep-th/9711200");
    expect(only(article("  eprint = {arXiv:1706.03762}")).meta.arxiv).toBe("1706.03762");
    expect(only(article("  eprint = {12345678},\n  eprinttype = {pubmed}")).meta.arxiv).toBeUndefined();
    expect(only(article("  url = {https://arxiv.org/pdf/2006.11239v2.pdf}")).meta.arxiv).toBe("2006.11239");
    expect(only(article("  doi = {10.48550/ARXIV.2001.08361}")).meta.arxiv).toBe("2001.08361");
    expect(only(article("  journal = {CoRR},\n  volume = {abs/1412.6980}")).meta).toEqual({ arxiv: "1412.6980" });
  });

  it("does not take an arXiv preprint for a venue", () => {
    for (const journal of ["arXiv", "ArXiv", "arXiv preprint", "arXiv e-prints", "CoRR", "arXiv preprint arXiv:2001.08361"]) {
      expect(only(article(`  journal = {${journal}}`)).meta.venue).toBeUndefined();
    }
    expect(only(article("  journaltitle = {Corrosion Science}")).meta.venue).toBe("Corrosion Science");
    expect(only("@inproceedings{k, title = {T}, booktitle = {Proceedings of {ICLR} 2015}}").meta.venue).toBe("Proceedings of ICLR 2015");
  });
});

describe("parseBibtex entries", () => {
  it("accepts every entry type and @type( … ), and uses @string but reads no paper from @comment, @string or @preamble", () => {
    const text = [
      "% Encoding: UTF-8",
      '@preamble{"\\newcommand{\\noopsort}[1]{}"}',
      "@string{iclr = {International Conference on Learning Representations}}",
      "@comment{jabref-meta: databaseType:bibtex;}",
      "@book{b, title = {Deep Learning}, year = 2016}",
      "@techreport{t, title = {A Report}, institution = {MIT}}",
      "@phdthesis(p, title = {A Thesis}, school = {ETH})",
      "@inproceedings{i, title = {Adam}, booktitle = iclr}",
      "@online{o, title = {A Web Page}, url = {https://example.org}}",
    ].join("\n");
    const { entries } = parseBibtex(text);
    expect(entries.map((entry) => [entry.line, entry.title])).toEqual([
      [5, "Deep Learning"],
      [6, "A Report"],
      [7, "A Thesis"],
      [8, "Adam"],
      [9, "A Web Page"],
    ]);
    expect(entries[3]!.meta.venue).toBe("International Conference on Learning Representations");
  });

  it("skips an entry without a title, naming its key and line", () => {
    const { entries, warnings } = parseBibtex("@misc{a, title = {A}, abstract = {x}}\n\n@misc{notitle, author = {X Y}}\n");
    expect(entries.map((entry) => entry.title)).toEqual(["A"]);
    expect(warnings).toEqual([{ line: 3, message: "@misc{notitle} has no title; skipped" }]);
  });

  it("skips a second entry with the same title", () => {
    const text = "@misc{a, title = {Same}, abstract = {x}}\n@misc{b, title = {Same}, abstract = {x}}\n@misc{c, title = {Same}, abstract = {y}}";
    const { entries, warnings } = parseBibtex(text);
    expect(entries.map((entry) => entry.line)).toEqual([1]);
    expect(warnings).toEqual([
      { line: 2, message: "duplicate of the paper on line 1; skipped" },
      { line: 3, message: "same title as the paper on line 1 but a different abstract; kept the first" },
    ]);
  });

  it("warns about an undefined @string and a name with too many parts, but keeps the entry", () => {
    const text = "@misc{a,\n  title = {A},\n  abstract = {x},\n  journal = nips,\n  author = {A, B, C, D}\n}";
    const { entries, warnings } = parseBibtex(text);
    expect(entries[0]!.meta).toEqual({ authors: ["C A B"], venue: "nips" });
    expect(warnings).toEqual([
      { line: 1, message: '@a: unexpected 4-part name "A, B, C, D", dropping "D"' },
      { line: 4, message: 'Unresolved @string reference "nips"; its name is kept as the value' },
    ]);
  });

  it("finds lines after a byte-order mark and with CRLF line ends", () => {
    const text = "\uFEFF% Zotero\r\n\r\n@misc{a, title = {A}, abstract = {x}}\r\n@misc{b,\r\n title = {B}, abstract = {y}}\r\n";
    expect(parseBibtex(text).entries.map((entry) => entry.line)).toEqual([3, 4]);
  });
});
