/**
 * Long lists in pages (Astro's paginate() cuts them), so a topic with thousands of papers stays
 * a light page. The first page keeps the plain URL; later ones are `<base>2/`, `<base>3/`, ….
 */

/** Papers listed per topic page: a large topic's page stays well under 150 KB of HTML. */
export const TOPIC_PAGE_SIZE = 100;
/** Papers per page of the A–Z index. */
export const INDEX_PAGE_SIZE = 200;

/** `base` ends with a slash: `/topics/kan/` → `/topics/kan/2/`. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}${number}/`;
}
