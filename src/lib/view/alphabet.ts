/** Groups items A to Z by the first letter or digit of their title, for an index page. */

import { transliterate } from "../content/slug.ts";

export interface LetterGroup<T> {
  /** Safe in an id: a-z, 0-9 or "other". */
  key: string;
  label: string;
  papers: T[];
}

export function alphabetical<T extends { title: string }>(items: readonly T[]): LetterGroup<T>[] {
  // Each title's key once, not in every comparison: transliteration is the costly part.
  const keyed = items.map((item) => ({ item, key: sortKey(item.title) }));
  const collator = new Intl.Collator("en");
  keyed.sort((a, b) => collator.compare(a.key, b.key) || (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0));
  const groups = new Map<string, LetterGroup<T>>();
  for (const { item, key: sorted } of keyed) {
    const first = sorted[0] ?? "";
    const key = /[a-z]/.test(first) ? first : /[0-9]/.test(first) ? "0-9" : "other";
    const label = key === "other" ? "Other" : key.toUpperCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, papers: [] }));
    group.papers.push(item);
  }
  const rank = (key: string) => (key === "0-9" ? 0 : key === "other" ? 2 : 1);
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

function sortKey(title: string): string {
  return transliterate(title).replace(/^[^a-z0-9]+/, "");
}

/** Where each letter starts when the A–Z list is cut into pages of `size`: for the letter links. */
export function letterPages<T extends { title: string }>(items: readonly T[], size: number): { key: string; label: string; page: number }[] {
  let index = 0;
  return alphabetical(items).map((group) => {
    const page = Math.floor(index / size) + 1;
    index += group.papers.length;
    return { key: group.key, label: group.label, page };
  });
}
