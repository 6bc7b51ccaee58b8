import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheckContent } from "../../scripts/check-content.ts";
import { PROJECT } from "../site/fixture-site.ts";

async function check(root: string): Promise<{ code: number; log: string[] }> {
  const log: string[] = [];
  const code = await runCheckContent({ root, log: (line) => log.push(line) });
  return { code, log };
}

describe("npm run check:content", () => {
  it("passes on the committed content", async () => {
    const { code, log } = await check(PROJECT);
    expect(log.join("\n"), "npm run check:content").toMatch(/^checked \d+ files: no problems$/);
    expect(code).toBe(0);
  });
});

describe("npm run check:content on broken content", () => {
  let root: string;
  let log: string[];
  let code: number;

  const paper = (fields: string, body = "") => `---\n${fields}---\n${body}`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "topical-review-check-"));
    const papers = join(root, "content", "papers");
    const topics = join(root, "content", "topics");
    await mkdir(join(papers, "nested"), { recursive: true });
    await mkdir(topics, { recursive: true });
    await mkdir(join(root, "content", "images"), { recursive: true });
    await writeFile(join(root, "content", "digest.txt"), "digest\n");
    await writeFile(join(topics, "scaling-laws.mdx"), paper('title: "Scaling Laws"\nterms: ["scaling law"]\n', "\nSee [[good-paper]].\n"));
    await writeFile(join(topics, "other.mdx"), paper('title: "Scaling Laws"\n'));
    await writeFile(join(papers, "good-paper.mdx"), paper('title: "A Good Paper"\nabstract: "Fine."\nstatus: key\ntopics: [scaling-laws]\n', "\nLinks to [[topic:scaling-laws]] and [[good-paper]].\n"));
    await writeFile(
      join(papers, "typo.mdx"),
      paper(
        'title: "Typos"\nabstract: "x"\nstatus: finished\nrating: 9\nstauts: key\ntopics:\n  - scaling-laws\n  - scaling-law\nurl: "javascript:alert(1)"\n',
        '\nFirst paragraph.\n\nSee [[good-papr]] and [[topic:scaling]].\n\n<PaperCard slug="nope" />\n',
      ),
    );
    await writeFile(join(papers, "same-title.mdx"), paper('title: "A Good Paper"\n'));
    await writeFile(join(papers, "key-one.mdx"), paper('title: "Key One"\nciteKey: "smith2020"\n'));
    await writeFile(join(papers, "key-two.mdx"), paper('title: "Key Two"\nabstract: ""\nciteKey: "smith2020"\n'));
    await writeFile(join(papers, "key-bad.mdx"), paper('title: "Key Bad"\nciteKey: "has space"\n'));
    await writeFile(join(papers, "broken-yaml.mdx"), paper('title: "Unclosed\nabstract: x\n'));
    await writeFile(join(papers, "no-frontmatter.mdx"), "Just text.\n");
    await writeFile(join(papers, "Bad Name.mdx"), paper('title: "Bad"\n'));
    await writeFile(join(papers, "notes.txt"), "stray\n");
    await writeFile(join(papers, "nested", "deep.mdx"), paper('title: "Deep"\n'));
    await writeFile(join(papers, "_draft.mdx"), "not checked: drafts are the reviewer's own\n");
    await writeFile(join(papers, ".swp"), "hidden files are ignored\n");
    await writeFile(join(root, "content", "stray.mdx"), paper('title: "Stray"\n'));
    await writeFile(join(root, "content", "images", "x.png"), "png");
    ({ code, log } = await check(root));
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("exits 1 and counts the problems", () => {
    expect(code).toBe(1);
    expect(log.at(-1)).toMatch(/^checked \d+ files: \d+ problems$/);
  });

  it("points at the line of each reference problem, with suggestions", () => {
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/typo\.mdx:15:5: \[\[good-papr\]\]: no paper has the slug or title "good-papr"; did you mean \[\[good-paper\]\]/));
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/typo\.mdx:15:\d+: \[\[topic:scaling\]\]: no topic has the id "scaling"; did you mean .*\[\[topic:scaling-laws\]\]/));
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/typo\.mdx:17:1: <PaperCard slug="nope">: no paper has the slug or title "nope"/));
  });

  it("points at the line of each frontmatter problem", () => {
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/typo\.mdx:4: status: expected unread, skimmed, read or key, not "finished"$/));
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/typo\.mdx:5: rating: expected a number from 0 to 5, not 9$/));
    expect(log).toContain('content/papers/typo.mdx:6: unknown field "stauts" (did you mean "status"?); the site ignores it');
    expect(log).toContain('content/papers/typo.mdx:9: topics: no topic has the id "scaling-law"; did you mean "scaling-laws"?');
    expect(log).toContain("content/papers/typo.mdx:10: url: must be an http(s) URL");
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/broken-yaml\.mdx:\d+: invalid frontmatter: /));
    expect(log).toContain("content/papers/no-frontmatter.mdx:1: expected the file to start with a '---' frontmatter fence");
  });

  it("reports duplicate titles on both files", () => {
    expect(log).toContain('content/papers/good-paper.mdx:2: another paper has the same title "A Good Paper": content/papers/same-title.mdx');
    expect(log).toContain('content/papers/same-title.mdx:2: another paper has the same title "A Good Paper": content/papers/good-paper.mdx');
    expect(log).toContain('content/topics/other.mdx:2: another topic has the same title "Scaling Laws": content/topics/scaling-laws.mdx');
    expect(log).toContain('content/papers/key-one.mdx:3: another paper has the same citeKey "smith2020": content/papers/key-two.mdx');
    expect(log).toContain('content/papers/key-two.mdx:4: another paper has the same citeKey "smith2020": content/papers/key-one.mdx');
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/key-bad\.mdx:3: citeKey: a BibTeX key/));
  });

  it("reports files in the wrong place and names that are not slugs", () => {
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/Bad Name\.mdx:1: "Bad Name" is not a slug/));
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/notes\.txt:1: not read by anything/));
    expect(log).toContainEqual(expect.stringMatching(/^content\/papers\/nested\/deep\.mdx:1: subfolders are not content/));
    expect(log).toContainEqual(expect.stringMatching(/^content\/stray\.mdx:1: a paper or topic belongs in content\/papers\/ or content\/topics\//));
    expect(log).toContainEqual(expect.stringMatching(/^content\/images\/x\.png:1: not read by anything/));
  });

  it("says nothing about good files, drafts, hidden files or digests", () => {
    const problems = log.slice(0, -1);
    expect(problems.filter((line) => /good-paper\.mdx:(?!2:)|_draft|\.swp|digest\.txt|topics\/scaling-laws\.mdx:(?!2:)/.test(line))).toEqual([]);
  });
});
