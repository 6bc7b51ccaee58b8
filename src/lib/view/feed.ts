/**
 * What is new in the review, for readers who come back: the RSS feed's items (papers that
 * joined, commentary the reviewer wrote, by the days the ingest records in `added` and
 * `commented`) and the home page's latest additions. Pure: plain inputs in, plain items out;
 * src/pages/feed.xml.ts hands the items to @astrojs/rss, which writes (and escapes) the XML.
 */

import { DAY } from "../content/content-files.ts";
import { compare } from "../model/order.ts";
import { paperUrl } from "../model/review.ts";

/** A feed shows what is new, never the whole review. */
export const FEED_LIMIT = 50;

/** What the feed needs of a paper. */
export interface FeedPaper {
  slug: string;
  title: string;
  /** The sentence that says what the paper does, plain text. */
  summary: string;
  /** Its topics' titles, primary first. */
  topics: readonly string[];
  /** The day it joined the review, YYYY-MM-DD; a paper without one joins no feed item. */
  added?: string;
  /** The day its commentary was first seen (or re-dated by the reviewer), YYYY-MM-DD. */
  commented?: string;
  /**
   * Its commentary as plain text, when the paper page shows some (`#commentary`); undefined
   * when it has none. Called only for the papers that make the feed: reading MDX costs.
   */
  commentary?: () => string;
}

/** An RSS item in the shape `rss()` of @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  /** HTML, as RSS readers take it: the plain text with its `&`, `<` and `>` escaped. */
  description: string;
  categories: string[];
  /** A `<guid>` that replaces the link as the item's identity (a re-dated commentary is a new item). */
  customData?: string;
}

type Kind = "commentary" | "paper";

const isDay = (value: string | undefined): value is string => value !== undefined && DAY.test(value);

/**
 * The feed: an item per paper that joined (dated by `added`) and per paper whose commentary
 * appeared (dated by `commented`), newest first, at most `limit`. Ties go commentary first (a
 * day's commentary is not crowded out by a large ingest of the same day), then by slug.
 */
export function feedItems(papers: readonly FeedPaper[], site: URL | string, limit = FEED_LIMIT): FeedItem[] {
  const news: { kind: Kind; day: string; paper: FeedPaper }[] = [];
  for (const paper of papers) {
    if (isDay(paper.added)) news.push({ kind: "paper", day: paper.added, paper });
    if (isDay(paper.commented) && paper.commentary) news.push({ kind: "commentary", day: paper.commented, paper });
  }
  news.sort((a, b) => compare(b.day, a.day) || compare(a.kind, b.kind) || compare(a.paper.slug, b.paper.slug));
  return news.slice(0, limit).map(({ kind, day, paper }) => (kind === "paper" ? paperItem(paper, day, site) : commentaryItem(paper, day, site)));
}

function paperItem(paper: FeedPaper, day: string, site: URL | string): FeedItem {
  const title = xmlText(paper.title);
  return {
    title: `New paper: ${title}`,
    link: new URL(paperUrl(paper.slug), site).href,
    pubDate: dayDate(day),
    description: escapeHtml(xmlText(paper.summary) || `${title} joined the review.`),
    categories: paper.topics.map(xmlText),
  };
}

function commentaryItem(paper: FeedPaper, day: string, site: URL | string): FeedItem {
  const title = xmlText(paper.title);
  const link = new URL(`${paperUrl(paper.slug)}#commentary`, site).href;
  const excerpt = xmlText(paper.commentary?.() ?? "");
  return {
    title: `Commentary on ${title}`,
    link,
    pubDate: dayDate(day),
    description: escapeHtml(excerpt || `The reviewer has written commentary on ${title}.`),
    categories: paper.topics.map(xmlText),
    // The link stays the same when the reviewer re-dates `commented`; the guid does not, so readers show it again.
    customData: `<guid isPermaLink="false">${escapeHtml(`${link}-${day}`)}</guid>`,
  };
}

/** The feed's own `<channel>` lines beyond title, description and link: its language and its address. */
export function feedChannelData(site: URL | string): string {
  return `<language>en</language><atom:link href="${escapeHtml(new URL("/feed.xml", site).href)}" rel="self" type="application/rss+xml"/>`;
}

/** The namespace `feedChannelData`'s `atom:link` needs on `<rss>`. */
export const FEED_XMLNS = { atom: "http://www.w3.org/2005/Atom" };

/** How the home page describes the review, and so the feed: the introduction's description, else the counts. */
export function reviewDescription(introDescription: string | undefined, papers: number, topics: number): string {
  return introDescription ?? `A topical review of ${papers} papers in ${topics} topics.`;
}

/** What the home page says about the latest additions. */
export type LatestAdditions<T> =
  /** Every dated paper joined on one day (a new review): a sentence, not eight arbitrary titles. */
  | { kind: "one-day"; day: string; count: number; all: boolean }
  | {
      kind: "list";
      /** Newest first, then by slug. */
      papers: (T & { added: string })[];
      /** Papers of the newest day beyond the limit, when that day alone fills it. */
      moreThatDay: number;
      /** The dated papers not listed, and the days they joined between. */
      earlier?: { count: number; first: string; last: string };
    };

/**
 * The most recently added papers, up to `limit`, for the home page; undefined when no paper has
 * an `added` day. Days are listed whole, so a large first ingest is summed up ("the other 216
 * joined on …") instead of showing a few of its papers picked by slug; only the newest day is
 * cut, and says how many more joined with it.
 */
export function latestAdditions<T extends { slug: string; added?: string }>(papers: readonly T[], limit = 8): LatestAdditions<T> | undefined {
  const dated = papers
    .filter((paper): paper is T & { added: string } => isDay(paper.added))
    .sort((a, b) => compare(b.added, a.added) || compare(a.slug, b.slug));
  if (dated.length === 0) return undefined;
  const newest = dated[0]!.added;
  if (dated.every((paper) => paper.added === newest)) return { kind: "one-day", day: newest, count: dated.length, all: dated.length === papers.length };

  const sameDay = (day: string) => dated.filter((paper) => paper.added === day).length;
  let listed = 0;
  let moreThatDay = 0;
  while (listed < dated.length) {
    const size = sameDay(dated[listed]!.added);
    if (listed + size <= limit) listed += size;
    else {
      if (listed === 0) [listed, moreThatDay] = [limit, size - limit];
      break;
    }
  }
  const rest = dated.slice(listed + moreThatDay);
  return {
    kind: "list",
    papers: dated.slice(0, listed),
    moreThatDay,
    ...(rest.length > 0 ? { earlier: { count: rest.length, first: rest.at(-1)!.added, last: rest[0]!.added } } : {}),
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-11-30" → "30 November 2026", from the string alone: no locale, no time zone. */
export function formatDay(day: string): string {
  if (!DAY.test(day)) return day;
  const [year, month, date] = day.split("-");
  const name = MONTHS[Number(month) - 1];
  return name ? `${Number(date)} ${name} ${year}` : day;
}

/** Midnight UTC of a YYYY-MM-DD day: the same instant on every machine. */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Characters XML 1.0 cannot carry at all (escaped or not): controls, unpaired surrogates, U+FFFE/F. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text from the digest or the reviewer, made fit for an XML document (the library escapes the rest). */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}

/** RSS readers read a description as HTML: plain text reaches them as text only with its markup characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
