/**
 * The ingest edits a reviewer's frontmatter in place: whatever valid YAML the reviewer saved
 * (block scalars, flow or block lists, comments, CRLF), only the ingest's fields change.
 */

import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hostilePapers } from "../../scripts/lib/hostile-digest.ts";
import { readIngestOnly, renderPaperFile, splitFrontmatter, updatePaperFile } from "../../src/lib/content/content-files.ts";

const NEW = { title: "Kolmogorov-Arnold Networks", abstract: "Revised: the new abstract, with a colon." };

function fields(text: string): Record<string, unknown> {
  return parse(splitFrontmatter(text, "p.mdx").frontmatter);
}

describe("updating the ingest's fields", () => {
  it("replaces a folded block scalar abstract without gluing the next field to it", () => {
    const text = [
      "---",
      'title: "Kolmogorov-Arnold Networks"',
      "abstract: >-",
      "  The reviewer reflowed",
      "  this abstract.",
      "tags: [kan]",
      "---",
      "",
      "Note.",
      "",
    ].join("\n");
    const updated = updatePaperFile(text, "p.mdx", { source: NEW, inDigest: true });
    expect(fields(updated)).toEqual({ ...NEW, tags: ["kan"] });
    expect(updated).toContain(`abstract: "${NEW.abstract}"\ntags: [kan]\n---\n\nNote.\n`);
  });

  it("replaces a literal block scalar followed by a block list and a comment", () => {
    const text = ["---", 'title: "Kolmogorov-Arnold Networks"', "abstract: |", "  line one", "", "  line two", "# my own comment", "topics:", "  - kolmogorov-arnold-networks", "---", ""].join("\n");
    const updated = updatePaperFile(text, "p.mdx", { source: NEW, inDigest: true });
    expect(fields(updated)).toEqual({ ...NEW, topics: ["kolmogorov-arnold-networks"] });
    expect(updated).toContain("# my own comment\ntopics:\n  - kolmogorov-arnold-networks\n---\n");
  });

  it("keeps CRLF line endings, the fences' included, and adds lines with CRLF", () => {
    const text = '---\r\ntitle: "Kolmogorov-Arnold Networks"\r\nabstract: "old"\r\nstatus: key\r\n---\r\n\r\nBody.\r\n';
    const updated = updatePaperFile(text, "p.mdx", { source: NEW, inDigest: true });
    expect(updated).toBe(`---\r\ntitle: "Kolmogorov-Arnold Networks"\r\nabstract: "${NEW.abstract}"\r\nstatus: key\r\n---\r\n\r\nBody.\r\n`);
    const kept = updatePaperFile(updated, "p.mdx", { inDigest: false });
    expect(kept).toBe(`---\r\ntitle: "Kolmogorov-Arnold Networks"\r\nabstract: "${NEW.abstract}"\r\nstatus: key\r\ninDigest: false\r\n---\r\n\r\nBody.\r\n`);
    expect(updatePaperFile(kept, "p.mdx", { inDigest: true })).toBe(updated);
  });

  it("updates a title written in single quotes and a flow mapping elsewhere, nothing else", () => {
    const text = "---\ntitle: 'Old: title'   # a comment after it\nabstract: \"a\"\nextra: {a: 1, b: [2, 3]}\n---\n";
    const updated = updatePaperFile(text, "p.mdx", { source: NEW, inDigest: true });
    expect(updated).toBe(`---\ntitle: "${NEW.title}"   # a comment after it\nabstract: "${NEW.abstract}"\nextra: {a: 1, b: [2, 3]}\n---\n`);
  });
});

describe("reading the ingest's own two lines without a YAML parser", () => {
  it("gives what the YAML parser gives, for hostile text and every escape yamlQuote writes", () => {
    const papers = [...hostilePapers(7, 300), { title: "a\u0000b\u001b\u0007\u2028\ufeff\\\"\t", abstract: "" }];
    for (const paper of papers) {
      const { frontmatter } = splitFrontmatter(renderPaperFile(paper), "p.mdx");
      const fast = readIngestOnly(frontmatter);
      expect(fast).toBeDefined();
      expect(fast).toEqual(parse(frontmatter));
    }
  });

  it("declines anything else, which then takes the full parse", () => {
    for (const frontmatter of ['title: "a"\nabstract: "b"\nstatus: key', "title: 'a'\nabstract: \"b\"", 'abstract: "b"\ntitle: "a"', 'title: "a\\x41"\nabstract: "b"', 'title: "a"\nabstract: "b" # note']) {
      expect(readIngestOnly(frontmatter), frontmatter).toBeUndefined();
    }
  });
});
