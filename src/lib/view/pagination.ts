/**
 * Splitting long lists into pages, so a topic with thousands of papers stays a light page.
 * The first page keeps the plain URL; later ones are `<base>2/`, `<base>3/`, ….
 */

/** Papers listed per topic page: a large topic's page stays well under 150 KB of HTML. */
export const TOPIC_PAGE_SIZE = 100;
/** Papers per page of the A–Z index. */
export const INDEX_PAGE_SIZE = 200;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Index of the first item in the whole list. */
  start: number;
  total: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (size < 1) throw new Error(`page size must be at least 1, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    start: index * size,
    total: items.length,
  }));
}

/** `base` ends with a slash: `/topics/kan/` → `/topics/kan/2/`. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}${number}/`;
}
