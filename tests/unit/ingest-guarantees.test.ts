/**
 * What the ingest guarantees the reviewer, whatever is in the files: one run is all or
 * nothing, it never rewrites bytes it cannot decode or a file made read-only, it edits any
 * valid YAML in place, it follows a paper through a retitle, it never writes what the build
 * rejects, and every refusal names the file and line.
 */

import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCheckContent } from "../../scripts/check-content.ts";
import { applyChanges, ChangeError } from "../../scripts/fs.ts";
import { runIngest } from "../../scripts/ingest.ts";

const A = "We propose a model of things. It is evaluated on five benchmarks and beats the baselines by a wide margin.";
const B = "We study scaling of other things. We find power laws across six orders of magnitude.";
const C = "A revised abstract: the model is now evaluated on seven benchmarks.";

function digest(...papers: [string, string][]): string {
  return `Get trending papers in your email inbox!\nSubscribe${papers.map(([title, abstract]) => `${title}\n${abstract}`).join("\n")}\n`;
}

let root: string;
let log: string[];
const papers = () => join(root, "content", "papers");
const paper = (slug: string) => join(papers(), `${slug}.mdx`);
const setDigest = (...entries: [string, string][]) => writeFile(join(root, "content", "digest.txt"), digest(...entries));
/** The day the ingest records on papers that join; fixed, so files can be compared whole. */
const TODAY = "2026-01-02";
const ingest = () => runIngest({ root, log: (line) => log.push(line), today: TODAY });
const check = async () => {
  const lines: string[] = [];
  const code = await runCheckContent({ root, log: (line) => lines.push(line) });
  return { code, lines };
};
/** Every file under content/papers, bytes and mode. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(papers())).sort()) {
    const path = join(papers(), name);
    out[name] = `${((await stat(path)).mode & 0o777).toString(8)} ${(await readFile(path)).toString("hex")}`;
  }
  return out;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "ingest-guarantees-"));
  await mkdir(join(root, "content", "topics"), { recursive: true });
  await writeFile(join(root, "content", "topics", "things.mdx"), '---\ntitle: "Things"\ndescription: "Things."\nterms: ["model"]\n---\n');
  log = [];
  await setDigest(["Models of Things", A], ["Scaling Things", B]);
  expect(await ingest()).toBe(0);
  log = [];
});

afterEach(async () => {
  await chmod(paper("models-of-things"), 0o644).catch(() => {});
  await rm(root, { recursive: true, force: true });
});

describe("the ingest", () => {
  it("updates an abstract the reviewer rewrote as a YAML block scalar, keeping the next field apart (1)", async () => {
    await writeFile(paper("models-of-things"), '---\ntitle: "Models of Things"\nabstract: >-\n  We propose a model\n  of things.\ntags: [mine]\n---\n\nMy note.\n');
    await setDigest(["Models of Things", C], ["Scaling Things", B]);
    expect(await ingest()).toBe(0);
    expect(await readFile(paper("models-of-things"), "utf8")).toBe(`---\ntitle: "Models of Things"\nabstract: "${C}"\ntags: [mine]\nadded: "${TODAY}"\ncommented: "${TODAY}"\n---\n\nMy note.\n`);
    log = [];
    expect(await ingest()).toBe(0);
    expect(log.at(-1)).toMatch(/unchanged 2/);
    expect((await check()).code).toBe(0);
  });

  it("refuses to rewrite a file that is not UTF-8, naming its line, and check:content reports it (2)", async () => {
    const latin1 = Buffer.concat([Buffer.from('---\ntitle: "Models of Things"\nabstract: "x"\n---\n\nA note from the '), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(".\n")]);
    await writeFile(paper("models-of-things"), latin1);
    await setDigest(["Models of Things", C], ["Scaling Things", B]);
    const before = await snapshot();
    expect(await ingest()).toBe(2);
    expect(log.at(-1)).toMatch(/^error: content\/papers\/models-of-things\.mdx:6: not UTF-8 text \(byte 0xE9 at column 20\)/);
    expect(await snapshot()).toEqual(before);
    const { code, lines } = await check();
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/papers\/models-of-things\.mdx:6: not UTF-8 text/));
  });

  it("leaves a read-only file as it is, bytes and mode, and says so (3)", async () => {
    await chmod(paper("models-of-things"), 0o444);
    await setDigest(["Models of Things", C], ["Scaling Things", B]);
    const before = await snapshot();
    expect(await ingest()).toBe(2);
    expect(log.at(-1)).toMatch(/^error: content\/papers\/models-of-things\.mdx: is read-only/);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the paper, its slug and commentary when the digest corrects its title's case or punctuation (4)", async () => {
    await writeFile(paper("scaling-things"), `${await readFile(paper("scaling-things"), "utf8")}\nMy note on scaling.\n`);
    await setDigest(["Models of Things", A], ["Scaling things!", B]);
    expect(await ingest()).toBe(0);
    expect((await readdir(papers())).sort()).toEqual(["models-of-things.mdx", "scaling-things.mdx"]);
    const text = await readFile(paper("scaling-things"), "utf8");
    expect(text).toContain('title: "Scaling things!"');
    expect(text).toContain("My note on scaling.");
    expect(text).not.toContain("inDigest");
  });

  it("removes, and reports, what a killed run left behind; check:content reports it first (5)", async () => {
    await writeFile(join(papers(), ".scaling-things.mdx.0badf00d.tmp"), "half a fi");
    expect((await check()).lines).toContainEqual(expect.stringMatching(/^content\/papers\/\.scaling-things\.mdx\.0badf00d\.tmp:1: a temporary file left by an interrupted ingest/));
    expect(await ingest()).toBe(0);
    expect(log[0]).toMatch(/^removed 1 temporary file left by an interrupted ingest: content\/papers\/\.scaling-things\.mdx\.0badf00d\.tmp$/);
    expect(await readdir(papers())).not.toContain(".scaling-things.mdx.0badf00d.tmp");
  });

  it("drafts topics that pass the schema for papers that share no words (6)", async () => {
    await rm(join(root, "content"), { recursive: true });
    await mkdir(join(root, "content"));
    await setDigest(["Zorp Quix", "Blix quor vamp."], ["Glorp Tane", "Frob nix wub."], ["Klee Vorn", "Dax mip sulp."]);
    expect(await ingest()).toBe(0);
    expect(await check()).toEqual({ code: 0, lines: ["checked 4 files: no problems"] });
    await rm(join(root, "content"), { recursive: true });
    await mkdir(join(root, "content"));
    await setDigest(["A Single Paper", A]);
    expect(await ingest()).toBe(0);
    expect((await check()).code).toBe(0);
  });

  it("reports a tab-indented or duplicate-key frontmatter on every run, not only when it must change the file (9)", async () => {
    await writeFile(paper("models-of-things"), `---\ntitle: "Models of Things"\nabstract: "${A}"\ntopics:\n\t- things\n---\n`);
    expect(await ingest()).toBe(2);
    expect(log.at(-1)).toMatch(/^error: content\/papers\/models-of-things\.mdx:\d+: invalid frontmatter/);
    log = [];
    await writeFile(paper("models-of-things"), `---\ntitle: "Models of Things"\nabstract: "${A}"\nstatus: read\nstatus: key\n---\n`);
    expect(await ingest()).toBe(2);
    expect(log.at(-1)).toMatch(/^error: content\/papers\/models-of-things\.mdx:5: invalid frontmatter: Map keys must be unique/);
  });

  it("refuses a paper file whose name is not a slug instead of writing into it (9)", async () => {
    await writeFile(join(papers(), "Bad Name.mdx"), '---\ntitle: "Gone"\nabstract: "x"\n---\n');
    const before = await snapshot();
    expect(await ingest()).toBe(2);
    expect(log.at(-1)).toMatch(/^error: content\/papers\/Bad Name\.mdx:1: "Bad Name" is not a slug .* rename the file, e\.g\. to bad-name\.mdx/);
    expect(await snapshot()).toEqual(before);
  });
});

describe("applyChanges, all or nothing", () => {
  it("changes nothing when the disk fills half-way, and names the file it could not write (5)", async () => {
    const targets = Array.from({ length: 300 }, (_, i) => join(papers(), `new-${i}.mdx`));
    const before = await snapshot();
    let written = 0;
    const failing = async (path: string, text: string) => {
      if (++written > 181) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      await writeFile(path, text);
    };
    const update = { path: paper("scaling-things"), text: "changed" };
    const error = await applyChanges([update, ...targets.map((path) => ({ path, text: "x" }))], [paper("models-of-things")], failing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChangeError);
    expect((error as ChangeError).path).toMatch(/new-\d+\.mdx$/);
    expect((error as ChangeError).message).toBe("could not be written (ENOSPC); nothing was changed");
    expect(await snapshot()).toEqual(before);
  });
});

describe("check:content on a broken file", () => {
  it("reports the broken file once, and links to it from elsewhere are not called broken (8)", async () => {
    await writeFile(paper("models-of-things"), Buffer.concat([Buffer.from('---\ntitle: "Models of Things"\nabstract: "x"\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from("\n")]));
    await writeFile(paper("scaling-things"), `${await readFile(paper("scaling-things"), "utf8")}\nCompare [[models-of-things]] and <PaperCard slug="models-of-things" />.\n`);
    const { code, lines } = await check();
    expect(code).toBe(1);
    expect(lines.filter((line) => line.startsWith("content/"))).toEqual([expect.stringMatching(/^content\/papers\/models-of-things\.mdx:6: not UTF-8 text/)]);
  });
});
