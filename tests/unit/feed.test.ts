import { getRssString } from "@astrojs/rss";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ReferenceResolver } from "../../src/lib/content/crossrefs.ts";
import { commentaryExcerpt, commentaryText } from "../../src/lib/view/commentary-text.ts";
import { clipAtWord } from "../../src/lib/view/titles.ts";
import { dayDate, FEED_XMLNS, feedChannelData, feedItems, formatDay, latestAdditions, type FeedPaper } from "../../src/lib/view/feed.ts";

const SITE = "https://review.example.org";

function paper(slug: string, fields: Partial<FeedPaper> = {}): FeedPaper {
  return { slug, title: `Title of ${slug}`, summary: `What ${slug} does.`, topics: ["Scaling Laws"], ...fields };
}

describe("feedItems", () => {
  it("has an item per paper that joined and per commentary, newest first, then commentary, then slug", () => {
    const items = feedItems(
      [
        paper("b", { added: "2026-11-30", commented: "2026-12-02", commentary: () => "Read it." }),
        paper("a", { added: "2026-11-30" }),
        paper("c", { added: "2026-12-02" }),
        paper("d", { added: "2026-12-01", commented: "2026-12-01", commentary: () => "Also." }),
      ],
      SITE,
    );
    expect(items.map((item) => [item.title, item.pubDate.toISOString().slice(0, 10)])).toEqual([
      ["Commentary on Title of b", "2026-12-02"],
      ["New paper: Title of c", "2026-12-02"],
      ["Commentary on Title of d", "2026-12-01"],
      ["New paper: Title of d", "2026-12-01"],
      ["New paper: Title of a", "2026-11-30"],
      ["New paper: Title of b", "2026-11-30"],
    ]);
  });

  it("links each item absolutely: the paper's page, or its commentary", () => {
    const [commentary, joined] = feedItems([paper("kan", { added: "2026-11-30", commented: "2026-12-01", commentary: () => "" })], SITE);
    expect(joined!.link).toBe("https://review.example.org/papers/kan/");
    expect(commentary!.link).toBe("https://review.example.org/papers/kan/#commentary");
  });

  it("describes a paper by its contribution and a commentary by its excerpt, else by a sentence", () => {
    const [commentary, joined] = feedItems([paper("kan", { added: "2026-11-30", commented: "2026-12-01", commentary: () => "KANs are splines." })], SITE);
    expect(joined!.description).toBe("What kan does.");
    expect(joined!.categories).toEqual(["Scaling Laws"]);
    expect(commentary!.description).toBe("KANs are splines.");
    const [silent, bare] = feedItems([paper("x", { summary: "", added: "2026-11-30", commented: "2026-12-01", commentary: () => "" })], SITE);
    expect(silent!.description).toBe("The reviewer has written commentary on Title of x.");
    expect(bare!.description).toBe("Title of x joined the review.");
  });

  it("leaves out papers with no day, bad days, and commentary dates on papers with no commentary", () => {
    const items = feedItems(
      [paper("undated"), paper("bad", { added: "30/11/2026" }), paper("gone", { added: "2026-11-30", commented: "2026-12-01" })],
      SITE,
    );
    expect(items.map((item) => item.title)).toEqual(["New paper: Title of gone"]);
  });

  it("keeps the newest 50", () => {
    const papers = Array.from({ length: 60 }, (_, index) => paper(`p${String(index).padStart(2, "0")}`, { added: `2026-01-${String((index % 28) + 1).padStart(2, "0")}` }));
    const items = feedItems(papers, SITE);
    expect(items).toHaveLength(50);
    const days = items.map((item) => item.pubDate.getTime());
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(items[0]!.pubDate.toISOString()).toBe("2026-01-28T00:00:00.000Z");
  });

  it("is the same whatever order the papers come in", () => {
    const papers = [paper("a", { added: "2026-11-30" }), paper("b", { added: "2026-11-30" }), paper("c", { added: "2026-11-29", commented: "2026-11-30", commentary: () => "x" })];
    expect(feedItems([...papers].reverse(), SITE)).toEqual(feedItems(papers, SITE));
  });

  it("gives a re-dated commentary a new guid, so readers show it again", () => {
    const guid = (day: string) => feedItems([paper("kan", { commented: day, commentary: () => "x" })], SITE)[0]!.customData;
    expect(guid("2026-12-01")).toBe('<guid isPermaLink="false">https://review.example.org/papers/kan/#commentary-2026-12-01</guid>');
    expect(guid("2027-01-05")).not.toBe(guid("2026-12-01"));
  });

  it("asks for a commentary's text only when it makes the feed", () => {
    let asked = 0;
    const papers = Array.from({ length: 60 }, (_, index) => paper(`p${index}`, { commented: `2026-01-${String((index % 28) + 1).padStart(2, "0")}`, commentary: () => `${++asked}` }));
    feedItems(papers, SITE);
    expect(asked).toBe(50);
  });

  it("escapes what the digest wrote: plain-text titles, HTML-escaped descriptions, no characters XML cannot hold", async () => {
    const hostile = "<script>alert(1)</script> ]]> & \"Q\" 'A' \u0001\u0007 zero\u200bwidth";
    const items = feedItems([paper("h", { title: hostile, summary: "We <b>propose</b> x & y ]]>", topics: ["A & <B>"], added: "2026-11-30" })], SITE);
    expect(items[0]!.title).toBe("New paper: <script>alert(1)</script> ]]> & \"Q\" 'A'  zero\u200bwidth");
    expect(items[0]!.description).toBe("We &lt;b&gt;propose&lt;/b&gt; x &amp; y ]]&gt;");

    const xml = await getRssString({ title: "T", description: "D", site: SITE, items, xmlns: FEED_XMLNS, customData: feedChannelData(SITE) });
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("]]>");
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const item = parsed.rss.channel.item;
    expect(item.title).toBe(items[0]!.title);
    expect(item.description).toBe(items[0]!.description);
    expect(item.category).toBe("A & <B>");
    expect(parsed.rss.channel["atom:link"]["@_href"]).toBe("https://review.example.org/feed.xml");
  });
});

describe("latestAdditions", () => {
  const at = (slug: string, added?: string) => ({ slug, added });

  it("is nothing when no paper has a day", () => {
    expect(latestAdditions([at("a"), at("b")])).toBeUndefined();
  });

  it("says when every paper joined on one day, instead of listing a few", () => {
    expect(latestAdditions([at("a", "2026-11-30"), at("b", "2026-11-30")])).toEqual({ kind: "one-day", day: "2026-11-30", count: 2, all: true });
    expect(latestAdditions([at("a", "2026-11-30"), at("b")])).toEqual({ kind: "one-day", day: "2026-11-30", count: 1, all: false });
  });

  it("lists the newest, then by slug, and sums up a large earlier day rather than picking from it", () => {
    const papers = [...Array.from({ length: 20 }, (_, index) => at(`first-${index}`, "2026-11-30")), at("z", "2026-12-02"), at("y", "2026-12-02"), at("x", "2026-12-01")];
    const result = latestAdditions(papers, 8);
    expect(result).toMatchObject({ kind: "list", moreThatDay: 0, earlier: { count: 20, first: "2026-11-30", last: "2026-11-30" } });
    expect(result?.kind === "list" && result.papers.map((paper) => paper.slug)).toEqual(["y", "z", "x"]);
  });

  it("cuts the newest day when it alone fills the list, and says how many more joined with it", () => {
    const papers = [...Array.from({ length: 12 }, (_, index) => at(`new-${String(index).padStart(2, "0")}`, "2026-12-02")), at("old", "2026-11-01"), at("older", "2026-10-01")];
    const result = latestAdditions(papers, 8);
    expect(result).toMatchObject({ kind: "list", moreThatDay: 4, earlier: { count: 2, first: "2026-10-01", last: "2026-11-01" } });
    expect(result?.kind === "list" && result.papers.map((paper) => paper.slug)).toEqual(["new-00", "new-01", "new-02", "new-03", "new-04", "new-05", "new-06", "new-07"]);
  });

  it("lists every paper when they fit", () => {
    const result = latestAdditions([at("a", "2026-11-30"), at("b", "2026-12-01")]);
    expect(result).toEqual({ kind: "list", papers: [at("b", "2026-12-01"), at("a", "2026-11-30")], moreThatDay: 0 });
  });
});

describe("days", () => {
  it("reads a day as written, whatever the machine's zone or locale", () => {
    expect(formatDay("2026-11-30")).toBe("30 November 2026");
    expect(formatDay("2027-01-05")).toBe("5 January 2027");
    expect(formatDay("2026-13-01")).toBe("2026-13-01");
    expect(dayDate("2026-11-30").toUTCString()).toBe("Mon, 30 Nov 2026 00:00:00 GMT");
  });
});

describe("commentary as plain text", () => {
  const resolver = new ReferenceResolver({
    papers: [{ slug: "kan", title: "KAN: Kolmogorov-Arnold Networks" }],
    topics: [{ id: "scaling-laws", title: "Scaling Laws" }],
  });

  it("keeps the prose and reads references as their titles", () => {
    const body = [
      "{/* a note to myself */}",
      "## Why it matters",
      "",
      "Compare **[[kan]]** with [[kan|KANs]] on [[topic:scaling-laws]], and `code` too.[^1]",
      "",
      "| Model | Params |",
      "| --- | --- |",
      "| KAT | 22M |",
      "",
      "```python",
      "print('no')",
      "```",
      "",
      '<PaperCard slug="kan" />',
      "",
      '<Aside type="tip">Read §3 <b>first</b>.</Aside>',
      "",
      "- [x] read the appendix",
      "",
      "[^1]: A footnote.",
    ].join("\n");
    expect(commentaryText(body, resolver)).toBe(
      "Why it matters Compare KAN: Kolmogorov-Arnold Networks with KANs on Scaling Laws, and code too. KAN: Kolmogorov-Arnold Networks Read §3 first. read the appendix",
    );
  });

  it("never passes markup through, and has no text for a body that does not parse", () => {
    expect(commentaryText("A <img src=\"x\" onerror=\"alert(1)\" /> b &lt;script&gt;", resolver)).toBe("A b <script>");
    expect(commentaryText("<Aside>unclosed", resolver)).toBe("");
    expect(commentaryText("{/* only a comment */}", resolver)).toBe("");
  });

  it("cuts at a word, near 300 characters", () => {
    const long = Array.from({ length: 100 }, (_, index) => `word${index}`).join(" ");
    const excerpt = commentaryExcerpt(long, resolver);
    expect(excerpt.length).toBeLessThanOrEqual(300);
    expect(excerpt.length).toBeGreaterThan(250);
    expect(excerpt).toMatch(/ word\d+…$/);
    expect(clipAtWord("short", 300)).toBe("short");
    expect(clipAtWord("🚀".repeat(10), 5)).toBe("🚀🚀🚀🚀…");
  });
});
