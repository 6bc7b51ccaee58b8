import { describe, expect, it } from "vitest";
import { failure, fixture } from "./source-fixtures.ts";
import { parseArxivAtom } from "../../src/lib/ingest/formats/arxiv-atom.ts";

/** A feed as the API writes it around the given entries (the entries start on line 3). */
const feed = (...entries: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n${entries.join("\n")}\n</feed>\n`;

const entry = (inner: string) => `  <entry>\n${inner}\n  </entry>`;

describe("parseArxivAtom on the feed fixture", () => {
  const { entries, warnings } = parseArxivAtom(fixture("arxiv-feed.atom"));

  it("reads each entry at the line of its <entry> tag, with wrapped titles folded", () => {
    expect(entries.map((paper) => [paper.line, paper.title])).toEqual([
      [10, "KAN: Kolmogorov-Arnold Networks"],
      [55, "The Large N Limit of Superconformal Field Theories and Supergravity"],
      [79, "Scaling Laws for Neural Language Models"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("maps ids (new and old style, without version), authors, dates, DOIs and journal references", () => {
    expect(entries.map((paper) => paper.meta)).toEqual([
      {
        authors: ["Ziming Liu", "Yixuan Wang", "Sachin Vaidya", "Fabian Ruehle", "James Halverson", "Marin Soljačić", "Thomas Y. Hou", "Max Tegmark"],
        date: "2024-04-30",
        arxiv: "2404.19756",
      },
      { authors: ["Juan M. Maldacena"], date: "1997-11-27", arxiv: "hep-th/9711200", doi: "10.1023/A:1026654312961", venue: "Adv.Theor.Math.Phys.2:231-252,1998" },
      {
        authors: ["Jared Kaplan", "Sam McCandlish", "Tom Henighan", "Tom B. Brown", "Benjamin Chess", "Rewon Child", "Scott Gray", "Alec Radford", "Jeffrey Wu", "Dario Amodei"],
        date: "2020-01-23",
        arxiv: "2001.08361",
      },
    ]);
  });

  it("folds the summary's line breaks and decodes its entities", () => {
    expect(entries[2]!.abstract).toBe(
      "We study empirical scaling laws for language model performance on the cross-entropy loss. The loss scales as a power law with model size, dataset size & the amount of compute used for training, with some trends spanning more than seven orders of magnitude; width and depth matter little while N < 10^9 parameters. Larger models are more sample-efficient, so compute-efficient training stops well before convergence.",
    );
    expect(entries[0]!.abstract).toMatch(/^Inspired by the Kolmogorov-Arnold representation theorem, we propose Kolmogorov-Arnold Networks \(KANs\) as promising alternatives/);
  });
});

describe("parseArxivAtom errors", () => {
  it("reports malformed XML at the validator's line", () => {
    expect(failure(() => parseArxivAtom(fixture("malformed-arxiv-feed.atom")))).toEqual({
      line: 17,
      message: "not well-formed XML: Expected closing tag 'summary' (opened in line 10, col 5) instead of closing tag 'entry'.",
    });
    expect(failure(() => parseArxivAtom("<feed>\n<entry>\n<title>x</titl>\n</entry></feed>")).line).toBe(3);
  });

  it("refuses a feed with no entries, a document that is not a feed, and an empty file", () => {
    expect(failure(() => parseArxivAtom(feed()))).toEqual({ line: undefined, message: "the feed has no entries" });
    expect(failure(() => parseArxivAtom('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'))).toEqual({
      line: 1,
      message: "expected an Atom <feed>, found <rss>",
    });
    expect(failure(() => parseArxivAtom("  \n")).message).toBe("the feed is empty");
  });

  it("passes on the error the arXiv API reports as an entry", () => {
    const text = feed(
      entry(
        "    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.5678x</id>\n    <title>Error</title>\n    <summary>incorrect id format for 1234.5678x</summary>",
      ),
    );
    expect(failure(() => parseArxivAtom(text))).toEqual({ line: 3, message: "the arXiv API answered with an error: incorrect id format for 1234.5678x" });
  });

  it("refuses a feed none of whose entries has a title", () => {
    expect(failure(() => parseArxivAtom(feed(entry("    <id>http://arxiv.org/abs/2404.19756v1</id>")))).message).toBe("no entry in the feed has a title");
  });
});

describe("parseArxivAtom details", () => {
  it("skips an entry without a title and keeps one without a summary, with warnings", () => {
    const text = feed(
      entry("    <id>http://arxiv.org/abs/2404.19756v1</id>\n    <summary>Orphan.</summary>"),
      entry("    <id>http://arxiv.org/abs/2001.08361v1</id>\n    <title>Scaling Laws</title>"),
    );
    const { entries, warnings } = parseArxivAtom(text);
    expect(entries.map((paper) => [paper.line, paper.title, paper.abstract])).toEqual([[7, "Scaling Laws", ""]]);
    expect(warnings).toEqual([
      { line: 3, message: "entry http://arxiv.org/abs/2404.19756v1 has no title; skipped" },
      { line: 7, message: '"Scaling Laws" has no abstract; kept with an empty one' },
    ]);
  });

  it("keeps numeric titles as text and decodes character references and CDATA", () => {
    const text = feed(entry("    <title>2024</title>\n    <summary>&#963; and &#x3C4; &lt;b&gt; <![CDATA[<script> & more]]></summary>"));
    const [paper] = parseArxivAtom(text).entries;
    expect(paper!.title).toBe("2024");
    expect(paper!.abstract).toBe("σ and τ <b> <script> & more");
  });

  it("counts lines past comments and CDATA that mention <entry>, and with CRLF line ends", () => {
    const text = feed("  <!-- <entry> is what the API returns -->", entry("    <title>First</title>\n    <summary><![CDATA[<entry>]]></summary>"), entry("    <title>Second</title>"));
    expect(parseArxivAtom(text).entries.map((paper) => paper.line)).toEqual([4, 8]);
    expect(parseArxivAtom(text.replace(/\n/g, "\r\n")).entries.map((paper) => paper.line)).toEqual([4, 8]);
  });

  it("takes a page other than the abs page as the URL, and a DOI from its link", () => {
    const text = feed(
      entry(
        [
          "    <id>https://arxiv.org/abs/2006.11239v2</id>",
          "    <title>Denoising Diffusion Probabilistic Models</title>",
          '    <link href="https://hojonathanho.github.io/diffusion/" rel="alternate" type="text/html"/>',
          '    <link title="doi" href="https://doi.org/10.5555/3495724.3496298" rel="related"/>',
          '    <link title="pdf" href="https://arxiv.org/pdf/2006.11239v2" rel="related" type="application/pdf"/>',
        ].join("\n"),
      ),
    );
    expect(parseArxivAtom(text).entries[0]!.meta).toEqual({ arxiv: "2006.11239", doi: "10.5555/3495724.3496298", url: "https://hojonathanho.github.io/diffusion/" });
  });

  it("ignores a non-web alternate link", () => {
    const text = feed(entry('    <title>T</title>\n    <link href="javascript:alert(1)" rel="alternate"/>'));
    expect(parseArxivAtom(text).entries[0]!.meta).toEqual({});
  });

  it("reads the arxiv: elements whatever prefix the feed binds", () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:ax="http://arxiv.org/schemas/atom">\n${entry("    <title>T</title>\n    <ax:doi>10.1/x</ax:doi>\n    <ax:journal_ref>Nature 1 (2024)</ax:journal_ref>")}\n</feed>`;
    expect(parseArxivAtom(text).entries[0]!.meta).toEqual({ doi: "10.1/x", venue: "Nature 1 (2024)" });
  });

  it("skips a second entry with the same title", () => {
    const one = entry("    <title>Same</title>\n    <summary>A.</summary>");
    const { entries, warnings } = parseArxivAtom(feed(one, one));
    expect(entries).toHaveLength(1);
    expect(warnings).toEqual([{ line: 7, message: "duplicate of the paper on line 3; skipped" }]);
  });
});
