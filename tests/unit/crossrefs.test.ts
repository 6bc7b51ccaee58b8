import { compile, createProcessor } from "@mdx-js/mdx";
import type { Link, Root } from "mdast";
import remarkGfm from "remark-gfm";
import type { VFile } from "vfile";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editDistance, findRefs, frontmatterTitle, indexFromFiles, nearestNames, normaliseTitle, ReferenceResolver, type ReferenceIndex } from "../../src/lib/content/crossrefs.ts";
import { checkCommentary } from "../../src/remark/check.ts";
import remarkCrossrefs, { CommentaryError, MDX_COMPONENTS } from "../../src/remark/crossrefs.ts";

const INDEX: ReferenceIndex = {
  papers: [
    { slug: "kan-kolmogorov-arnold-networks", title: "KAN: Kolmogorov-Arnold Networks" },
    { slug: "kolmogorov-arnold-transformers", title: "Kolmogorov-Arnold Transformers" },
    { slug: "scaling-laws-for-neural-language-models", title: "Scaling Laws for Neural Language Models" },
    { slug: "dont-stop-pretraining", title: "Don't Stop Pretraining -- Adapt" },
    { slug: "attention-a", title: "Attention Is All You Need" },
    { slug: "attention-b", title: "attention is all you need" },
    { slug: "script-alert", title: "<script>alert(1)</script> {x}" },
    { slug: "d2gmbc", title: "D$^2$GMBC: Gait Modulation" },
  ],
  topics: [
    { id: "kolmogorov-arnold-networks", title: "Kolmogorov-Arnold Networks" },
    { id: "scaling-laws", title: "Scaling Laws" },
  ],
};
const resolver = new ReferenceResolver(INDEX);

describe("findRefs", () => {
  it("finds [[target]] and [[target|text]], several on a line, never across brackets or lines", () => {
    expect(findRefs("See [[a]] and [[b-c| the text ]]; not [x] or [[d\ne]] or [[]].")).toEqual([
      { index: 4, length: 5, target: "a" },
      { index: 14, length: 18, target: "b-c", label: "the text" },
    ]);
    expect(findRefs("[[[a]]]")).toEqual([{ index: 1, length: 5, target: "a" }]);
  });
});

describe("ReferenceResolver", () => {
  it("resolves slugs, exact titles and titles written loosely", () => {
    expect(resolver.resolve("kan-kolmogorov-arnold-networks")).toMatchObject({ ok: true, ref: { kind: "paper", url: "/papers/kan-kolmogorov-arnold-networks/", title: "KAN: Kolmogorov-Arnold Networks" } });
    expect(resolver.resolve("KAN: Kolmogorov-Arnold Networks")).toMatchObject({ ok: true, ref: { slug: "kan-kolmogorov-arnold-networks" } });
    expect(resolver.resolve("kan:   kolmogorov-arnold NETWORKS")).toMatchObject({ ok: true, ref: { slug: "kan-kolmogorov-arnold-networks" } });
    // MDX's smartypants has turned ' into ’ and -- into – by the time the plugin sees the text.
    expect(resolver.resolve("Don’t Stop Pretraining – Adapt")).toMatchObject({ ok: true, ref: { slug: "dont-stop-pretraining" } });
  });

  it("links a paper under its title as the review shows it, LaTeX as plain Unicode, found by the title as written", () => {
    expect(resolver.resolve("D$^2$GMBC: Gait Modulation")).toMatchObject({ ok: true, ref: { slug: "d2gmbc", title: "D²GMBC: Gait Modulation" } });
    expect(resolver.resolve("script-alert")).toMatchObject({ ok: true, ref: { title: "<script>alert(1)</script> {x}" } });
  });

  it("resolves topics by id or title, with the topic: prefix", () => {
    expect(resolver.resolve("topic:scaling-laws")).toMatchObject({ ok: true, ref: { kind: "topic", url: "/topics/scaling-laws/", title: "Scaling Laws" } });
    expect(resolver.resolve("topic:Scaling laws")).toMatchObject({ ok: true, ref: { id: "scaling-laws" } });
  });

  it("prefers the exact title when two differ only in case, and asks for the slug otherwise", () => {
    expect(resolver.resolve("attention is all you need")).toMatchObject({ ok: true, ref: { slug: "attention-b" } });
    const ambiguous = resolver.resolve("ATTENTION is all you need");
    expect(ambiguous.ok).toBe(false);
    expect(!ambiguous.ok && ambiguous.message).toContain("write the slug instead: [[attention-a]], [[attention-b]]");
  });

  it("suggests the nearest slugs, and the topic: form for a topic id", () => {
    const typo = resolver.resolve("kolmogorov-arnold-transformer");
    expect(!typo.ok && typo.message).toBe('no paper has the slug or title "kolmogorov-arnold-transformer"; did you mean [[kolmogorov-arnold-transformers]]?');
    const topic = resolver.resolve("scaling-laws");
    expect(!topic.ok && topic.message).toContain("a topic has this id: write [[topic:scaling-laws]]");
    const unknownTopic = resolver.resolve("topic:scaling-law");
    expect(!unknownTopic.ok && unknownTopic.message).toBe('no topic has the id "scaling-law"; did you mean [[topic:scaling-laws]]?');
  });
});

describe("helpers", () => {
  it("measures edit distance over code points", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("γ-mod", "γ-mod")).toBe(0);
    expect(editDistance("🚀a", "a")).toBe(1);
  });

  it("keeps only plausible suggestions beyond the nearest", () => {
    const candidates = ["alpha", "alpine", "zebra-crossing-lights"].map((name) => ({ name, keys: [name] }));
    expect(nearestNames("alpah", candidates)).toEqual(["alpha", "alpine"]);
    expect(nearestNames("qqqqqqqqqqqqqqqqqqqqq", candidates)).toHaveLength(1);
  });

  it("normalises titles for comparison only", () => {
    expect(normaliseTitle("  “Quoted”  —  Title… ")).toBe('"quoted" --- title...');
  });

  it("reads titles from frontmatter, fast on one line and fully otherwise", () => {
    expect(frontmatterTitle('---\ntitle: "A: b # c"\nabstract: "x"\n---\nbody')).toBe("A: b # c");
    expect(frontmatterTitle("---\r\ntitle: >-\r\n  Folded\r\n  title\r\n---\r\n")).toBe("Folded title");
    expect(frontmatterTitle("no frontmatter")).toBeUndefined();
    expect(indexFromFiles([{ name: "a.mdx", text: "---\ntitle: A\n---\n" }, { name: "b.mdx", text: "---\n: bad\n---\n" }], [])).toEqual({
      papers: [{ slug: "a", title: "A" }, { slug: "b", title: "b" }],
      topics: [],
    });
  });
});

const parser = createProcessor({ format: "mdx", remarkPlugins: [remarkGfm] });

/** Runs the plugin on a body the way the MDX compile does, and returns the tree. */
function transform(markdown: string, path = "/project/content/papers/x.mdx"): Root {
  const tree = parser.parse(markdown) as Root;
  remarkCrossrefs({ index: INDEX, root: "/project" })(tree, { path, value: markdown } as VFile);
  return tree;
}

function links(tree: Root): Link[] {
  const out: Link[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === "link") out.push(node as unknown as Link);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return out;
}

const linkText = (link: Link) => link.children.map((child) => ("value" in child ? child.value : "")).join("");

describe("the remark plugin", () => {
  it("turns references into links, with the title as the default text", () => {
    const tree = transform("Compare [[kan-kolmogorov-arnold-networks]] with [[Kolmogorov-Arnold Transformers|KAT]] in [[topic:kolmogorov-arnold-networks]].");
    expect(links(tree).map((link) => [link.url, linkText(link)])).toEqual([
      ["/papers/kan-kolmogorov-arnold-networks/", "KAN: Kolmogorov-Arnold Networks"],
      ["/papers/kolmogorov-arnold-transformers/", "KAT"],
      ["/topics/kolmogorov-arnold-networks/", "Kolmogorov-Arnold Networks"],
    ]);
    expect(links(tree)[0]!.data).toEqual({ hProperties: { className: ["xref", "xref-paper"] } });
  });

  it("works in tables (with \\| as the separator), lists, footnotes and components, not in code or links", () => {
    const tree = transform(
      [
        "| a | b |",
        "| - | - |",
        "| [[scaling-laws-for-neural-language-models\\|Kaplan]] | x |",
        "",
        "- [ ] read [[kan-kolmogorov-arnold-networks]]",
        "",
        "Text.[^1]",
        "",
        "[^1]: See [[topic:scaling-laws]].",
        "",
        '<Aside type="note">Also [[kolmogorov-arnold-transformers]].</Aside>',
        "",
        "`[[not-a-ref]]` and [a [[link]]](https://example.org)",
        "",
        "```",
        "[[also-not]]",
        "```",
      ].join("\n"),
    );
    expect(links(tree).map((link) => linkText(link))).toEqual(["Kaplan", "KAN: Kolmogorov-Arnold Networks", "Scaling Laws", "Kolmogorov-Arnold Transformers", "a [[link]]"]);
  });

  it("keeps hostile titles as text", () => {
    const [link] = links(transform("[[script-alert]]"));
    expect(link!.children).toEqual([{ type: "text", value: "<script>alert(1)</script> {x}" }]);
  });

  it("fails with the file, line, column and nearest names for every unknown reference", () => {
    const body = ["---", "title: x", "---", "", "Fine [[kan-kolmogorov-arnold-networks]].", "", "A typo: [[kolmogorov-arnold-transformer]] and", "  [[topic:scaling-law]]."].join("\n");
    let error: unknown;
    try {
      // Astro blanks the frontmatter, keeping its lines, before MDX sees the body.
      transform(body.replace(/^---\ntitle: x\n---/, "\n\n"));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CommentaryError);
    expect((error as CommentaryError).message).toBe(
      [
        'content/papers/x.mdx:7:9: [[kolmogorov-arnold-transformer]]: no paper has the slug or title "kolmogorov-arnold-transformer"; did you mean [[kolmogorov-arnold-transformers]]?',
        'content/papers/x.mdx:8:1: [[topic:scaling-law]]: no topic has the id "scaling-law"; did you mean [[topic:scaling-laws]]?',
      ].join("\n"),
    );
    expect((error as CommentaryError).line).toBe(7);
    expect((error as CommentaryError).column).toBe(9);
  });

  it("checks the components' props and names", () => {
    expect(() => transform('<PaperCard slug="kan-kolmogorov-arnold-networks" />')).not.toThrow();
    const tree = transform('<PaperCard slug="Kolmogorov-Arnold Transformers" />');
    expect(JSON.stringify(tree)).toContain('"value":"kolmogorov-arnold-transformers"');
    const problems = (markdown: string) => {
      try {
        transform(markdown);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problems('\n<PaperCard slug="kan" />')).toMatch(/^content\/papers\/x\.mdx:2:1: <PaperCard slug="kan">: no paper has the slug or title "kan"; did you mean "kan-kolmogorov-arnold-networks"/);
    expect(problems("<PaperCard />")).toContain('<PaperCard> needs a slug="…" prop');
    expect(problems("<PaperCard slug={x} />")).toContain('slug must be written as a plain string, slug="…"');
    expect(problems('<Aside type="warning">x</Aside>')).toContain('<Aside> type must be one of "note", "tip", "caution"');
    expect(problems("<Papercard />")).toContain("<Papercard> is not a commentary component; did you mean <PaperCard>?");
    expect(problems('import Chart from "./chart.astro";\n\n<Chart />')).toBe("");
    expect(problems("<details><summary>x</summary>y</details>")).toBe("");
  });

  it("fails a real MDX compile with the file and line", async () => {
    const file = { path: "/project/content/topics/t.mdx", value: "One.\n\nTwo [[nope]]." };
    await expect(compile(file, { remarkPlugins: [remarkGfm, [remarkCrossrefs, { index: INDEX, root: "/project" }]] })).rejects.toThrow(
      /^content\/topics\/t\.mdx:3:5: \[\[nope\]\]: no paper has the slug or title "nope"/,
    );
  });

  it("lists the same components as the map the pages pass to MDX", () => {
    const map = readFileSync(new URL("../../src/components/mdx/index.ts", import.meta.url), "utf8").match(/mdxComponents = \{([^}]*)\}/)![1]!;
    expect(map.split(",").map((name) => name.trim()).filter(Boolean).sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
  });
});

describe("checkCommentary (npm run check:content)", () => {
  it("reports problems at the file's own lines, frontmatter included", () => {
    const text = '---\ntitle: "x"\nabstract: "y"\n---\n\nOK [[kan-kolmogorov-arnold-networks]].\n\nBad [[kan]].\n';
    expect(checkCommentary(text, resolver)).toEqual([{ line: 8, column: 5, message: expect.stringContaining('[[kan]]: no paper has the slug or title "kan"') }]);
  });

  it("reports MDX syntax errors with their line", () => {
    const problems = checkCommentary("---\ntitle: x\n---\n\nfine\n\n<Aside>\n\nnever closed\n", resolver);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^MDX cannot be parsed: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(7);
  });
});
