/** Each topic's colour, used on every page that names a topic: maps, chips, cards, lists. */

import type { ReviewPaper } from "../model/review.ts";

/**
 * Tableau's 20 categorical colours, strong ones first: neighbours in reading order differ, and
 * each reads on the light and the dark background.
 */
const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7", "#9c755f", "#bab0ac",
  "#a0cbe8", "#ffbe7d", "#8cd17d", "#d37295", "#b6992d", "#499894", "#d4a6c8", "#86bcb6", "#fabfd2", "#79706e",
];

/**
 * A colour per topic, in review order; past twenty, hues a golden angle apart. Computed once per
 * list of topics (every page of a build passes the review's own list) and shared: do not edit it.
 */
export function topicColours(topics: readonly { id: string }[]): ReadonlyMap<string, string> {
  let colours = computed.get(topics);
  if (!colours) {
    colours = new Map(topics.map((topic, index) => [topic.id, PALETTE[index] ?? `hsl(${Math.round((205 + index * 137.508) % 360)} 55% 55%)`]));
    computed.set(topics, colours);
  }
  return colours;
}

const computed = new WeakMap<readonly { id: string }[], ReadonlyMap<string, string>>();

/** The colour of a paper's primary topic; grey when it has none. */
export function colourOf(paper: ReviewPaper, colours: ReadonlyMap<string, string>): string {
  return colours.get(paper.topics[0] ?? "") ?? "hsl(0 0% 55%)";
}
