import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { introEntry, paperEntries, paperEntry, REVIEW_TITLE, review } from "../data/review.ts";
import { ReferenceResolver } from "../lib/content/crossrefs.ts";
import { commentaryExcerpt } from "../lib/view/commentary-text.ts";
import { FEED_XMLNS, feedChannelData, feedItems, reviewDescription, type FeedPaper } from "../lib/view/feed.ts";

/** The review's RSS feed: papers as they join and commentary as it appears, newest first (src/lib/view/feed.ts). */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error("feed.xml needs absolute links: set `site` in astro.config.mjs");
  // Only to read `[[references]]` in commentary excerpts as the titles they link to: titles as the reviewer writes them.
  const resolver = new ReferenceResolver({ papers: paperEntries.map((entry) => ({ slug: entry.id, title: entry.data.title })), topics: review.topics });
  const papers: FeedPaper[] = review.papers.map((paper) => {
    const entry = paperEntry.get(paper.slug)!;
    return {
      slug: paper.slug,
      title: paper.title,
      summary: paper.summary,
      topics: paper.topics.map((id) => review.topic(id).title),
      added: entry.data.added,
      commented: entry.data.commented,
      commentary: paper.hasCommentary ? () => commentaryExcerpt(entry.body ?? "", resolver) : undefined,
    };
  });
  return rss({
    title: REVIEW_TITLE,
    description: reviewDescription(introEntry?.data.description, review.papers.length, review.topics.length),
    site,
    items: feedItems(papers, site),
    xmlns: FEED_XMLNS,
    customData: feedChannelData(site),
  });
};
