import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readPaperFile, renderPaperFile, splitFrontmatter, updatePaperFile } from "../../src/lib/content/content-files.ts";
import { paperMetadata } from "../../src/lib/content/paper-metadata.ts";
import { paperSchema } from "../../src/lib/content/schemas.ts";
import { draftHome, isDraftedHome, renderHomeFile } from "../../src/lib/ingest/draft-home.ts";
import { planIngest } from "../../src/lib/ingest/ingest-plan.ts";
import { mergeSources } from "../../src/lib/ingest/merge-sources.ts";
import type { SourceEntry } from "../../src/lib/ingest/source.ts";

const entry = (title: string, meta: SourceEntry["meta"] = {}, abstract = "We study things.", line = 1): SourceEntry => ({ title, abstract, line, meta });

describe("several sources, one review", () => {
  it("makes the same paper from two sources one paper: by arXiv id, by DOI, by a title written another way", () => {
    const { entries, merged } = mergeSources([
      { file: "content/digest.txt", entries: [entry("KAN: Kolmogorov-Arnold Networks", {}, "Listing abstract.", 3), entry("Attention Is All You Need", {}, "", 5)] },
      {
        file: "content/sources/zotero.bib",
        entries: [
          entry("KAN: Kolmogorov–Arnold networks", { authors: ["Ziming Liu", "Max Tegmark"], date: "2024-04-30", arxiv: "2404.19756" }, "BibTeX abstract.", 10),
          entry("Attention is all you need", { authors: ["Ashish Vaswani"], doi: "10.5555/3295222.3295349", venue: "NeurIPS" }, "Transformer abstract.", 20),
          entry("Denoising Diffusion Probabilistic Models", { arxiv: "2006.11239v2" }, "DDPM.", 30),
        ],
      },
      { file: "content/sources/daily.json", entries: [entry("Denoising diffusion models (DDPM)", { arxiv: "2006.11239", code: "https://github.com/hojonathanho/diffusion" }, "Other.", 2)] },
    ]);
    expect(entries.map((paper) => paper.title)).toEqual(["KAN: Kolmogorov-Arnold Networks", "Attention Is All You Need", "Denoising Diffusion Probabilistic Models"]);
    // The first source names the paper and keeps its abstract; later ones fill in what it lacked.
    expect(entries[0]).toMatchObject({ abstract: "Listing abstract.", file: "content/digest.txt", meta: { authors: ["Ziming Liu", "Max Tegmark"], arxiv: "2404.19756", date: "2024-04-30" } });
    expect(entries[1]).toMatchObject({ abstract: "Transformer abstract.", meta: { venue: "NeurIPS", doi: "10.5555/3295222.3295349" } });
    expect(entries[2]!.meta).toEqual({ arxiv: "2006.11239v2", code: "https://github.com/hojonathanho/diffusion" });
    expect(merged.map((note) => `${note.file}:${note.line}`)).toEqual(["content/sources/zotero.bib:10", "content/sources/zotero.bib:20", "content/sources/daily.json:2"]);
    expect(merged[0]!.message).toMatch(/same paper as content\/digest\.txt:3/);
  });

  it("keeps two papers of one source whose titles differ only in case apart, as a listing always did", () => {
    const { entries } = mergeSources([{ file: "d.txt", entries: [entry("Kan networks"), entry("KAN Networks")] }]);
    expect(entries).toHaveLength(2);
  });

  it("follows a paper to its new title when a source gives it with the same arXiv id", () => {
    const before = planIngest([entry("Old Title", { arxiv: "2404.19756" })], [], new Set(), "2026-01-01");
    const existing = [{ slug: "old-title", file: "content/papers/old-title.mdx", text: `${before.writes[0]!.text}\nMy note.\n` }];
    const after = planIngest([entry("A Completely New Title", { arxiv: "2404.19756v3" })], existing, new Set(), "2026-02-01");
    expect(after.summary).toMatchObject({ updated: ["old-title"], added: [], removed: [] });
    expect(after.writes[0]!.text).toContain('title: "A Completely New Title"');
    expect(after.writes[0]!.text).toContain('added: "2026-01-01"');
    expect(after.writes[0]!.text.endsWith("\nMy note.\n")).toBe(true);
  });
});

describe("a source's metadata in a paper file", () => {
  const hostile = { authors: ['Ann "Quote" O\'Neil', "{B} <script>", "Ç: #x ---"], date: "2024-04-30", arxiv: "2404.19756", doi: "10.1/x", url: "https://example.org/?a=1&b=2", code: "https://github.com/a/b", venue: "NeurIPS: [main]" };

  it("is one line of YAML that reads back exactly, passes the schema, and is the ingest's, not the reviewer's", () => {
    const text = renderPaperFile({ title: "T", abstract: "A", meta: hostile }, "2026-11-30");
    const data = parse(splitFrontmatter(text, "p.mdx").frontmatter);
    expect(data.source).toEqual(hostile);
    expect(data.added).toBe("2026-11-30");
    expect(paperSchema.safeParse(data).success).toBe(true);
    expect(readPaperFile(text, "p.mdx").hasReviewerContent).toBe(false);
  });

  it("is updated when the source changes it, and removed when the source no longer gives any, the reviewer's fields untouched", () => {
    const text = `${renderPaperFile({ title: "T", abstract: "A", meta: hostile }, "2026-11-30").replace("---\n", "---\nauthors: [Mine Own]\n")}\nNote.\n`;
    const changed = updatePaperFile(text, "p.mdx", { source: { title: "T", abstract: "A", meta: { ...hostile, venue: "ICML" } }, inDigest: true, added: "2027-01-01" });
    expect(parse(splitFrontmatter(changed, "p.mdx").frontmatter)).toMatchObject({ authors: ["Mine Own"], source: { venue: "ICML" }, added: "2026-11-30" });
    const gone = updatePaperFile(changed, "p.mdx", { source: { title: "T", abstract: "A" }, inDigest: true });
    expect(gone).not.toContain("source:");
    expect(gone).toContain("authors: [Mine Own]");
    expect(gone.endsWith("\nNote.\n")).toBe(true);
  });

  it("gives way to the reviewer's own value for every field", () => {
    const source = { authors: ["Ziming Liu"], date: "2024-04-30", arxiv: "2404.19756", venue: "arXiv", code: "https://github.com/KindXiaoming/pykan" };
    expect(paperMetadata({ source })).toEqual({ authors: ["Ziming Liu"], year: 2024, date: "2024-04-30", arxiv: "2404.19756", venue: "arXiv", code: "https://github.com/KindXiaoming/pykan" });
    expect(paperMetadata({ source, authors: ["Liu, Ziming", " "], year: 2025, venue: "ICLR", arxiv: "2404.19756v2" })).toEqual({
      authors: ["Liu, Ziming"],
      year: 2025,
      arxiv: "2404.19756v2",
      venue: "ICLR",
      code: "https://github.com/KindXiaoming/pykan",
    });
    expect(paperMetadata({})).toEqual({ authors: [] });
  });
});

describe("the drafted home page", () => {
  const topics = [
    { id: "protein-design", title: "Protein Design", description: "", terms: [], order: 1, members: [0, 1, 2] },
    { id: "legged-robots", title: "Legged Robots", description: "", terms: [], order: 2, members: [3, 4, 5, 6] },
    { id: "navigation", title: "Navigation {x}", description: "", terms: [], order: 3, members: [7] },
  ];

  it("takes its title from the largest topics and names every topic by reference, never by source text, with no count to go stale", () => {
    const home = draftHome(topics);
    expect(home.title).toBe("Legged Robots, Protein Design and More: A Topical Review");
    expect(home.description).toBe("A topical review of research papers on Protein Design, Legged Robots and Navigation {x}.");
    expect(home.body).toContain("[[topic:protein-design]], [[topic:legged-robots]] and [[topic:navigation]]");
    expect(home.body).not.toMatch(/\{x\}|\d/);
    const joined = draftHome([...topics, { id: "genes", title: "Foundation Models and Gene Expression", description: "", terms: [], order: 4, members: [] }]);
    expect(joined.description).toBe("A topical review of research papers on Protein Design; Legged Robots; Navigation {x}; and Foundation Models and Gene Expression.");
  });

  it("never puts the catch-all topic in the title", () => {
    expect(draftHome([{ ...topics[0]!, title: "Other Papers", members: [0, 1, 2, 3, 4, 5, 6, 7, 8] }, topics[2]!]).title).toBe("Navigation {x}: A Topical Review");
    expect(draftHome([{ ...topics[0]!, title: "Other Papers" }]).title).toBe("A Topical Review");
  });

  it("is known as a draft while untouched, and as the reviewer's once edited", () => {
    const text = renderHomeFile(draftHome(topics));
    expect(isDraftedHome(text)).toBe(true);
    expect(isDraftedHome(text.replace("This review gathers", "I gathered"))).toBe(false);
    expect(isDraftedHome(text.replace(/title: "[^"]*"/, 'title: "My Review"'))).toBe(false);
    expect(isDraftedHome('---\ntitle: "MLPs"\n---\n\nMine.\n')).toBe(false);
  });
});
