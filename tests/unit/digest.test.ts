import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DigestError, decodeDigest, parseDigest } from "../../src/lib/ingest/digest.ts";

const SEED = readFileSync(new URL("../../content/digest.txt", import.meta.url), "utf8");
const HEADER = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n";
const ABSTRACT = "We study a thing in depth. It works well on three benchmarks, and we release the code for others to use as they wish, under an open licence.";

describe("parseDigest on the seed digest", () => {
  const { entries, warnings } = parseDigest(SEED);

  it("finds all 216 papers with no warnings", () => {
    expect(entries).toHaveLength(216);
    expect(warnings).toEqual([]);
  });

  it("unglues Subscribe from the first title and skips the boilerplate", () => {
    expect(entries[0]!.title).toBe("RaftMLP: How Much Can Be Done Without Attention and with Less Spatial Locality?");
    expect(entries[0]!.line).toBe(3);
    expect(entries[0]!.abstract).toMatch(/^For the past ten years, CNN has reigned supreme/);
  });

  it("pairs the last title with the last abstract", () => {
    const last = entries.at(-1)!;
    expect(last.title).toBe("Inorganic Materials Synthesis Planning with Literature-Trained Neural Networks");
    expect(last.abstract).toMatch(/synthesizability screening for proposed novel perovskite compounds\.$/);
  });

  it("gives every paper a non-empty abstract", () => {
    expect(entries.filter((entry) => entry.abstract.length < 100)).toEqual([]);
  });
});

describe("parseDigest on messy input", () => {
  it("handles a BOM, CRLF, blank lines and runs of white space", () => {
    const text = `\uFEFF${HEADER}Subscribe  First   Paper\r\n\r\n${ABSTRACT}\r\n\tSecond\u00a0Paper \r\n${ABSTRACT}\r\n`;
    const { entries } = parseDigest(text);
    expect(entries.map((entry) => entry.title)).toEqual(["First Paper", "Second Paper"]);
    expect(entries[1]!.line).toBe(6);
  });

  it("keeps a final title that has no abstract, with a warning naming its line", () => {
    const { entries, warnings } = parseDigest(`SubscribeOne\n${ABSTRACT}\nDangling Title\n`);
    expect(entries.map((entry) => [entry.title, entry.abstract])).toEqual([
      ["One", ABSTRACT],
      ["Dangling Title", ""],
    ]);
    expect(warnings).toEqual([{ line: 3, message: expect.stringContaining("no abstract") }]);
  });

  it("notices a title in the middle that lost its abstract", () => {
    const { entries, warnings } = parseDigest(`SubscribeOne\nTwo\n${ABSTRACT}\nThree\n${ABSTRACT}\n`);
    expect(entries.map((entry) => entry.title)).toEqual(["One", "Two", "Three"]);
    expect(entries[0]!.abstract).toBe("");
    expect(warnings[0]!.line).toBe(1);
  });

  it("reads a short abstract of two sentences as an abstract, even before a very long title", () => {
    const long = `A Title ${"very ".repeat(80)}long`;
    const { entries, warnings } = parseDigest(`SubscribeShort Abstract Paper\nWe propose X. It works.\n${long}\n${ABSTRACT}\n`);
    expect(entries.map((entry) => [entry.title, entry.abstract])).toEqual([["Short Abstract Paper", "We propose X. It works."], [long, ABSTRACT]]);
    expect(warnings).toEqual([]);
  });

  it("keeps one entry for an exact duplicate and two for titles that differ in case or punctuation", () => {
    const text = `SubscribeKAN Networks\n${ABSTRACT}\nKAN Networks\n${ABSTRACT}\nKan networks\n${ABSTRACT}\nKAN Networks!\n${ABSTRACT}\n`;
    const { entries, warnings } = parseDigest(text);
    expect(entries.map((entry) => entry.title)).toEqual(["KAN Networks", "Kan networks", "KAN Networks!"]);
    expect(warnings).toEqual([{ line: 3, message: "duplicate of the paper on line 1; skipped" }]);
  });

  it("works without the boilerplate header", () => {
    const { entries } = parseDigest(`A Title\n${ABSTRACT}\n`);
    expect(entries).toEqual([{ title: "A Title", abstract: ABSTRACT, line: 1 }]);
  });

  it("keeps hostile text exactly as written", () => {
    const titles = ["{process.exit(1)}", "<script>alert(1)</script>", "---", "# Heading", "???", "import x from 'y'", "key: value # & * ! | > ' \""];
    const text = titles.map((title) => `${title}\n${ABSTRACT} {x} <b>`).join("\n");
    expect(parseDigest(text).entries.map((entry) => entry.title)).toEqual(titles);
  });

  it("refuses an empty digest and one with no papers", () => {
    expect(() => parseDigest("\uFEFF \r\n\n")).toThrow(DigestError);
    expect(() => parseDigest(HEADER)).toThrow(/no papers/);
  });
});

describe("decodeDigest", () => {
  it("refuses binary and non-UTF-8 files", () => {
    expect(() => decodeDigest(new Uint8Array([0x50, 0x00, 0x51]))).toThrow(/NUL/);
    expect(() => decodeDigest(new Uint8Array([0x41, 0xff, 0xfe, 0x42]))).toThrow(/UTF-8/);
  });

  it("decodes UTF-8 text", () => {
    expect(decodeDigest(new TextEncoder().encode("γ-MoD"))).toBe("γ-MoD");
  });
});
