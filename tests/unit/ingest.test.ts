import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readPaperFile, renderPaperFile, splitFrontmatter, updatePaperFile } from "../../src/lib/content/content-files.ts";
import { runIngest } from "../../scripts/ingest.ts";

const ABSTRACT_A = "We propose a model of things. It is evaluated on five benchmarks and beats the baselines by a wide margin in most of them.";
const ABSTRACT_B = "We study scaling of other things. We find power laws across six orders of magnitude, and we explain them with a toy model.";
const HOSTILE = [
  "{process.exit(1)}",
  "<script>alert(1)</script>",
  "---",
  "# Heading",
  "key: value # & * ! | > ' \" %",
  "Zero\u200bwidth and \u2028 separator, emoji 🚀, 深度学习, עברית",
  "$\\tau^2$ and 45\\% with \\n escapes",
];

function digest(...papers: [string, string][]): string {
  return `Get trending papers in your email inbox!\nSubscribe${papers.map(([title, abstract]) => `${title}\n${abstract}`).join("\n")}\n`;
}

describe("paper files", () => {
  it("round-trips hostile text through YAML frontmatter exactly", () => {
    for (const title of HOSTILE) {
      const text = renderPaperFile({ title, abstract: `${title} ${ABSTRACT_A}` });
      const { frontmatter, body } = splitFrontmatter(text, "x.mdx");
      expect(parse(frontmatter)).toEqual({ title, abstract: `${title} ${ABSTRACT_A}` });
      expect(body).toBe("");
    }
  });

  it("updates the digest's fields and keeps the reviewer's fields, comments and body byte for byte", () => {
    const original = [
      "---",
      'title: "Old"',
      "# the reviewer's own comment",
      "topics: [kolmogorov-arnold-networks]",
      'abstract: "old abstract"',
      "status: key",
      "---",
      "",
      "My commentary with {braces} and <b>html</b>.",
      "",
    ].join("\n");
    const updated = updatePaperFile(original, "p.mdx", { source: { title: "Old", abstract: "new: abstract" }, inDigest: true });
    expect(updated).toContain("# the reviewer's own comment\ntopics: [kolmogorov-arnold-networks]");
    expect(updated).toContain('abstract: "new: abstract"');
    expect(updated).toContain("status: key");
    expect(updated.endsWith("---\n\nMy commentary with {braces} and <b>html</b>.\n")).toBe(true);
    expect(readPaperFile(updated, "p.mdx").hasReviewerContent).toBe(true);
  });

  it("returns the very same text when nothing changed", () => {
    const text = renderPaperFile({ title: "T", abstract: ABSTRACT_A });
    expect(updatePaperFile(text, "p.mdx", { source: { title: "T", abstract: ABSTRACT_A }, inDigest: true })).toBe(text);
  });

  it("names the file and line of broken frontmatter", () => {
    expect(() => readPaperFile("---\ntitle: \"ok\"\nbad: [unclosed\n---\n", "content/papers/x.mdx")).toThrow(/^content\/papers\/x\.mdx:\d+: invalid frontmatter/);
    expect(() => readPaperFile("no fence", "content/papers/y.mdx")).toThrow(/^content\/papers\/y\.mdx:1:/);
  });
});

/** The day the ingest records on papers that join; fixed, so files can be compared whole. */
const TODAY = "2026-01-02";

describe("npm run ingest", () => {
  let root: string;
  let log: string[];
  const papers = () => join(root, "content", "papers");
  const ingest = (options: { dryRun?: boolean; check?: boolean; digest?: string } = {}) =>
    runIngest({ root, log: (line) => log.push(line), today: TODAY, ...options });
  const files = async () => (await readdir(papers()).catch(() => [])).sort();
  const snapshot = async () => {
    const out: Record<string, string> = {};
    for (const name of await files()) out[name] = await readFile(join(papers(), name), "utf8");
    return out;
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "ingest-"));
    await mkdir(join(root, "content"), { recursive: true });
    log = [];
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("splits a digest into one file per paper and prints a summary", async () => {
    await writeFile(join(root, "content", "digest.txt"), digest(["γ-MoD: Mixture of Depth", ABSTRACT_A], ["Scaling Things", ABSTRACT_B]));
    expect(await ingest()).toBe(0);
    expect(await files()).toEqual(["gamma-mod-mixture-of-depth.mdx", "scaling-things.mdx"]);
    expect(log.at(-1)).toBe("added 2, updated 0, unchanged 0, removed 0, kept 0");
  });

  it("drafts a taxonomy when there is none, and never touches an existing one", async () => {
    await writeFile(join(root, "content", "digest.txt"), digest(["One", ABSTRACT_A], ["Two", ABSTRACT_B]));
    await ingest();
    expect(log.some((line) => /^drafted \d+ topics? in content\/topics\//.test(line))).toBe(true);
    const topics = await readdir(join(root, "content", "topics"));
    expect(topics.length).toBeGreaterThan(0);
    // Described from the papers' contributions, not a template over its phrases.
    expect(await readFile(join(root, "content", "topics", topics[0]!), "utf8")).not.toMatch(/description: "Papers on /);
    await writeFile(join(root, "content", "topics", topics[0]!), "---\ntitle: \"Mine\"\n---\n\nMy essay.\n");
    log = [];
    await ingest();
    expect(log.some((line) => line.includes("draft"))).toBe(false);
    expect(await readFile(join(root, "content", "topics", topics[0]!), "utf8")).toBe("---\ntitle: \"Mine\"\n---\n\nMy essay.\n");
  });

  it("writes nothing when the digest is unchanged", async () => {
    await writeFile(join(root, "content", "digest.txt"), digest(["One", ABSTRACT_A], ["Two", ABSTRACT_B]));
    await ingest();
    const before = await stat(join(papers(), "one.mdx"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await ingest()).toBe(0);
    expect((await stat(join(papers(), "one.mdx"))).mtimeMs).toBe(before.mtimeMs);
    expect(log.at(-1)).toBe("added 0, updated 0, unchanged 2, removed 0, kept 0");
    expect(await ingest({ check: true })).toBe(0);
  });

  it("keeps slugs when papers are added, and keeps commentary through an abstract change", async () => {
    const digestPath = join(root, "content", "digest.txt");
    await writeFile(digestPath, digest(["KAN Networks", ABSTRACT_A]));
    await ingest();
    const file = join(papers(), "kan-networks.mdx");
    await writeFile(file, (await readFile(file, "utf8")).replace("---\n", "---\nstatus: key\n") + "\nMy *commentary*.\n");

    await writeFile(digestPath, digest(["Kan networks", ABSTRACT_B], ["KAN Networks", ABSTRACT_B]));
    expect(await ingest({ check: true })).toBe(1);
    expect(await ingest()).toBe(0);
    const names = await files();
    expect(names).toContain("kan-networks.mdx");
    expect(names.find((name) => name.startsWith("kan-networks-"))).toMatch(/^kan-networks-[0-9a-f]{6}\.mdx$/);
    const text = await readFile(file, "utf8");
    expect(text).toContain(ABSTRACT_B);
    expect(text).toContain("status: key");
    expect(text.endsWith("\nMy *commentary*.\n")).toBe(true);
  });

  it("removes an untouched paper that left the digest and keeps an annotated one", async () => {
    const digestPath = join(root, "content", "digest.txt");
    await writeFile(digestPath, digest(["One", ABSTRACT_A], ["Two", ABSTRACT_B], ["Three", ABSTRACT_A]));
    await ingest();
    await writeFile(join(papers(), "two.mdx"), `${await readFile(join(papers(), "two.mdx"), "utf8")}\nKeep me.\n`);
    await writeFile(digestPath, digest(["One", ABSTRACT_A]));
    expect(await ingest()).toBe(0);
    expect(await files()).toEqual(["one.mdx", "two.mdx"]);
    expect(await readFile(join(papers(), "two.mdx"), "utf8")).toMatch(/inDigest: false[\s\S]*Keep me\.\n$/);
    expect(log.some((line) => line.startsWith("kept: content/papers/two.mdx"))).toBe(true);
    expect(log.at(-1)).toBe("added 0, updated 0, unchanged 1, removed 1, kept 1");
  });

  it("keeps a paper the reviewer's writing links to, though it has no commentary of its own", async () => {
    const digestPath = join(root, "content", "digest.txt");
    await writeFile(digestPath, digest(["One", ABSTRACT_A], ["Two", ABSTRACT_B], ["Three", ABSTRACT_A], ["Four", ABSTRACT_B]));
    await mkdir(join(root, "content", "topics"), { recursive: true });
    await writeFile(join(root, "content", "topics", "mine.mdx"), '---\ntitle: "Mine"\n---\n\nSee [[two|the second]] and [[Three]].\n');
    await writeFile(join(root, "content", "index.mdx"), '---\ntitle: "Review"\n---\n\n<PaperCard slug="four" />\n');
    await ingest();
    await writeFile(digestPath, digest(["One", ABSTRACT_A]));
    expect(await ingest()).toBe(0);
    expect(await files()).toEqual(["four.mdx", "one.mdx", "three.mdx", "two.mdx"]);
    expect(await readFile(join(papers(), "two.mdx"), "utf8")).toContain("inDigest: false");
    expect(log.at(-1)).toBe("added 0, updated 0, unchanged 1, removed 0, kept 3");
    // Once nothing links to it, an untouched paper goes.
    await writeFile(join(root, "content", "topics", "mine.mdx"), '---\ntitle: "Mine"\n---\n\nSee [[Three]].\n');
    await writeFile(join(root, "content", "index.mdx"), '---\ntitle: "Review"\n---\n');
    await ingest();
    expect(await files()).toEqual(["one.mdx", "three.mdx"]);
  });

  it("unmarks a kept paper that comes back to the digest", async () => {
    const digestPath = join(root, "content", "digest.txt");
    await writeFile(digestPath, digest(["One", ABSTRACT_A], ["Two", ABSTRACT_B]));
    await ingest();
    await writeFile(join(papers(), "two.mdx"), `${await readFile(join(papers(), "two.mdx"), "utf8")}\nKeep me.\n`);
    await writeFile(digestPath, digest(["One", ABSTRACT_A]));
    await ingest();
    await writeFile(digestPath, digest(["One", ABSTRACT_A], ["Two", ABSTRACT_B]));
    expect(await ingest()).toBe(0);
    expect(await readFile(join(papers(), "two.mdx"), "utf8")).toBe(`---\ntitle: "Two"\nabstract: "${ABSTRACT_B}"\nadded: "${TODAY}"\ncommented: "${TODAY}"\n---\n\nKeep me.\n`);
    expect(log.at(-1)).toBe("added 0, updated 1, unchanged 1, removed 0, kept 0");
  });

  it("reports without writing on --dry-run", async () => {
    await writeFile(join(root, "content", "digest.txt"), digest(["One", ABSTRACT_A]));
    expect(await ingest({ dryRun: true })).toBe(0);
    expect(await files()).toEqual([]);
    expect(await readdir(join(root, "content")).then((names) => names.includes("topics"))).toBe(false);
    expect(log.at(-1)).toBe("would be: added 1, updated 0, unchanged 0, removed 0, kept 0");
  });

  it("warns with the digest's line number", async () => {
    await writeFile(join(root, "content", "digest.txt"), digest(["One", ABSTRACT_A], ["One", ABSTRACT_A]));
    await ingest();
    expect(log).toContain("warning: content/digest.txt:4: duplicate of the paper on line 2; skipped");
  });

  describe("refuses bad input, touching nothing", () => {
    const cases: [string, Uint8Array | string | null, RegExp][] = [
      ["a missing file", null, /^error: content\/digest\.txt: no such file, and content\/sources\/ holds no source/],
      ["a binary file", new Uint8Array([0x53, 0, 1, 2]), /not a text file/],
      ["a file that is not UTF-8", new Uint8Array([0x54, 0x69, 0xff, 0x0a]), /not UTF-8 text/],
      ["an empty digest", "\uFEFF\r\n  \n", /the digest is empty/],
      ["a digest with no papers", "Get trending papers in your email inbox!\nSubscribe\n", /no papers/],
    ];
    for (const [name, content, message] of cases) {
      it(name, async () => {
        await writeFile(join(root, "content", "digest.txt"), digest(["One", ABSTRACT_A]));
        await ingest();
        const before = await snapshot();
        if (content === null) await rm(join(root, "content", "digest.txt"));
        else await writeFile(join(root, "content", "digest.txt"), content);
        log = [];
        expect(await ingest()).toBe(2);
        expect(log).toHaveLength(1);
        expect(log[0]).toMatch(message);
        expect(await snapshot()).toEqual(before);
      });
    }

    it("a malformed paper file, naming it", async () => {
      await writeFile(join(root, "content", "digest.txt"), digest(["One", ABSTRACT_A], ["Two", ABSTRACT_B]));
      await ingest();
      await writeFile(join(papers(), "two.mdx"), '---\ntitle: "Two"\nstatus: [\n---\n');
      await writeFile(join(root, "content", "digest.txt"), digest(["One", ABSTRACT_B], ["Three", ABSTRACT_A]));
      const before = await snapshot();
      expect(await ingest()).toBe(2);
      expect(log.at(-1)).toMatch(/^error: content\/papers\/two\.mdx:\d+: invalid frontmatter/);
      expect(await snapshot()).toEqual(before);
    });
  });
});
