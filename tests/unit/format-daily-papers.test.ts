import { describe, expect, it } from "vitest";
import { failure, fixture } from "./source-fixtures.ts";
import { parseDailyPapers } from "../../src/lib/ingest/formats/daily-papers.ts";

/** One API item; `paper` fields override the defaults. */
function item(paper: Record<string, unknown>, outer: Record<string, unknown> = {}): Record<string, unknown> {
  return { paper: { id: "2404.19756", title: "A Title", summary: "An abstract.", ...paper }, ...outer };
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

describe("parseDailyPapers on the daily-papers fixture", () => {
  const { entries, warnings } = parseDailyPapers(fixture("daily-papers.json"));

  it("reads every paper, each at the line its object starts, with no warnings", () => {
    expect(entries.map((entry) => [entry.line, entry.title])).toEqual([
      [2, "KAN: Kolmogorov-Arnold Networks"],
      [30, "The Llama 3 Herd of Models"],
      [51, "Stress-Testing Abstract Rendering: $\\tau^2$ Scaling, 45\\% Claims and <script> Tags"],
      [70, "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("maps id, authors, publishedAt and githubRepo, and leaves the page URL to the site", () => {
    expect(entries[0]!.meta).toEqual({
      authors: ["Ziming Liu", "Yixuan Wang", "Sachin Vaidya", "Fabian Ruehle", "James Halverson", "Marin Soljačić", "Thomas Y. Hou", "Max Tegmark"],
      date: "2024-04-30",
      arxiv: "2404.19756",
      code: "https://github.com/KindXiaoming/pykan",
    });
    expect(entries[0]!.abstract).toMatch(/^Inspired by the Kolmogorov-Arnold representation theorem, we propose .* edited by hand\.$/);
    // No githubRepo field, and githubRepo: null: no code link, nothing to warn about.
    expect(entries[1]!.meta).toEqual({
      authors: ["Abhimanyu Dubey", "Abhinav Jauhri", "Abhinav Pandey", "Abhishek Kadian"],
      date: "2024-07-31",
      arxiv: "2407.21783",
    });
    expect(entries[2]!.meta.code).toBeUndefined();
    expect(entries[3]!.meta).toMatchObject({ authors: ["DeepSeek-AI", "Daya Guo", "Dejian Yang"], date: "2025-01-22", code: "https://github.com/deepseek-ai/DeepSeek-R1" });
  });

  it("keeps LaTeX, escaped percent signs and HTML in the summary exactly as written", () => {
    expect(entries[2]!.abstract).toBe(
      "We measure a $\\tau^2$ scaling law with exponent $\\alpha = 0.5$ and report a 45\\% gain over the baseline. Abstracts carry markup such as <script>alert(1)</script> and a & b < c > d, all of which must reach the page as the text written here.",
    );
  });
});

describe("parseDailyPapers errors", () => {
  it("reports a JSON syntax error with its line", () => {
    const { line, message } = failure(() => parseDailyPapers(fixture("malformed-daily-papers.json")));
    expect(line).toBe(12);
    expect(message).toMatch(/^not valid JSON: Expected ',' or ']' after array element in JSON at position \d+ \(line 12 column 3\)$/);
  });

  it("finds the line of an unexpected token, for which V8 quotes the text instead of a position", () => {
    const text = `[\n  {\n    "paper": {\n      "id": "2404.19756",\n      "title": tru\n    }\n  }\n]`;
    const { line, message } = failure(() => parseDailyPapers(text));
    expect(message).toMatch(/^not valid JSON: Unexpected token/);
    expect(line).toBe(5);
    // A short text is quoted whole; the token is then looked up in it.
    expect(failure(() => parseDailyPapers("[1,\n tru]"))).toEqual({ line: 2, message: `not valid JSON: Unexpected token ']', "[1,\\n tru]" is not valid JSON` });
  });

  it("names the entry, its line and the field when an entry has no title", () => {
    const { line, message } = failure(() => parseDailyPapers(fixture("malformed-daily-papers-no-title.json")));
    expect(line).toBe(12);
    expect(message).toBe('entry 2 (line 12): "paper.title" must be a non-empty string');
  });

  it("says what is wrong with the structure, entry by entry", () => {
    const text = pretty([item({}), { title: "No paper" }, item({ id: 2404 }), item({ authors: "Ziming Liu" }), item({ authors: [{ name: "A" }, { name: 7 }] })]);
    const { line, message } = failure(() => parseDailyPapers(text));
    expect(message).toBe(
      'entry 2 (line 9): "paper" must be an object; entry 3 (line 12): "paper.id" must be a non-empty string; entry 4 (line 19): "paper.authors" must be an array (and 1 more entries with problems)',
    );
    expect(line).toBe(9);
    expect(failure(() => parseDailyPapers(pretty([item({ authors: [{ name: "A" }, { name: 7 }] })])))).toEqual({
      line: 2,
      message: 'entry 1 (line 2): "paper.authors[1].name" must be a string',
    });
    expect(failure(() => parseDailyPapers("[\n  3\n]")).message).toBe("entry 1 (line 2): must be an object");
  });

  it("expects the documented array, not an object, and not an empty one", () => {
    expect(failure(() => parseDailyPapers(pretty({ papers: [item({})] })))).toEqual({
      line: 1,
      message: "expected a JSON array of papers (the daily-papers API response), found an object",
    });
    expect(failure(() => parseDailyPapers("[]")).message).toBe("the JSON array is empty: no papers");
    expect(failure(() => parseDailyPapers("")).message).toBe("not valid JSON: Unexpected end of JSON input");
  });
});

describe("parseDailyPapers details", () => {
  it("falls back to the outer title when the paper has none", () => {
    const { entries } = parseDailyPapers(pretty([item({ title: undefined }, { title: "Outer  Title" })]));
    expect(entries[0]!.title).toBe("Outer Title");
  });

  it("keeps a paper without a summary, with an empty abstract and a warning", () => {
    const { entries, warnings } = parseDailyPapers(pretty([item({ summary: undefined })]));
    expect(entries[0]!.abstract).toBe("");
    expect(warnings).toEqual([{ line: 2, message: '"A Title" has no abstract; kept with an empty one' }]);
  });

  it("skips a second paper with the same title, as the listing does", () => {
    const text = pretty([item({}), item({ id: "2001.08361" }), item({ summary: "Another abstract." })]);
    const { entries, warnings } = parseDailyPapers(text);
    expect(entries).toHaveLength(1);
    expect(warnings).toEqual([
      { line: 9, message: "duplicate of the paper on line 2; skipped" },
      { line: 16, message: "same title as the paper on line 2 but a different abstract; kept the first" },
    ]);
  });

  it("accepts only http(s) code links and arXiv ids, without a version", () => {
    const text = pretty([item({ id: "2404.19756v3", githubRepo: "javascript:alert(1)" }), item({ id: "not-an-id", title: "B" })]);
    const { entries, warnings } = parseDailyPapers(text);
    expect(entries.map((entry) => entry.meta)).toEqual([{ arxiv: "2404.19756" }, {}]);
    expect(warnings).toEqual([
      { line: 2, message: '"paper.githubRepo" "javascript:alert(1)" is not an http(s) URL; left out' },
      { line: 10, message: '"paper.id" "not-an-id" is not an arXiv identifier; left out' },
    ]);
  });

  it("finds lines in the API's own one-line output, after a byte-order mark, and past brackets in strings", () => {
    const oneLine = JSON.stringify([item({}), item({ title: "B" })]);
    expect(parseDailyPapers(oneLine).entries.map((entry) => entry.line)).toEqual([1, 1]);
    const tricky = `\uFEFF[\n${JSON.stringify(item({ title: 'Brackets ] [ { and "quotes\\" }' }))},\n\n${JSON.stringify(item({ title: "B" }))}\n]`;
    const { entries } = parseDailyPapers(tricky);
    expect(entries.map((entry) => [entry.line, entry.title])).toEqual([
      [2, 'Brackets ] [ { and "quotes\\" }'],
      [4, "B"],
    ]);
  });
});
