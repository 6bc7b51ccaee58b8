/** A paper's place in its primary topic's reading order, for previous/next links. */

interface PaperLike {
  slug: string;
  topics: readonly string[];
}

interface TopicLike {
  id: string;
  /** Primary papers first, in reading order. */
  papers: readonly string[];
  primaryCount: number;
}

export interface ReadingPlace {
  topic: string;
  /** 1-based position among the topic's primary papers. */
  position: number;
  total: number;
  previous?: string;
  next?: string;
}

/** Each topic's primary papers and their positions, built once per topic: a build asks for every paper. */
const positions = new WeakMap<TopicLike, { primary: readonly string[]; index: Map<string, number> }>();

function primaryOrder(topic: TopicLike) {
  let order = positions.get(topic);
  if (!order) {
    const primary = topic.papers.slice(0, topic.primaryCount);
    order = { primary, index: new Map(primary.map((slug, i) => [slug, i])) };
    positions.set(topic, order);
  }
  return order;
}

export function readingPlace(paper: PaperLike, topicOf: (id: string) => TopicLike): ReadingPlace | undefined {
  const id = paper.topics[0];
  if (id === undefined) return undefined;
  const { primary, index: position } = primaryOrder(topicOf(id));
  const index = position.get(paper.slug) ?? -1;
  if (index < 0) return undefined;
  return {
    topic: id,
    position: index + 1,
    total: primary.length,
    ...(index > 0 ? { previous: primary[index - 1]! } : {}),
    ...(index < primary.length - 1 ? { next: primary[index + 1]! } : {}),
  };
}
