/** Starts Pagefind's UI on /search/, running the query from ?q= (the header's search box). */

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

export async function startSearch(): Promise<void> {
  const PagefindUI = window.PagefindUI;
  const element = document.querySelector("#search");
  if (!PagefindUI || !element) return;
  const mergeIndex = (await shards()).map((bundlePath) => ({ bundlePath }));
  const ui = new PagefindUI({ element, showSubResults: true, showImages: false, resetStyles: false, openFilters: ["topic"], mergeIndex });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
}

/** A large site's index comes in shards (scripts/index-search.ts); the first is /pagefind/ itself. */
async function shards(): Promise<string[]> {
  try {
    const response = await fetch("/pagefind/shards.json");
    const list: unknown = response.ok ? await response.json() : [];
    return Array.isArray(list) ? list.filter((path): path is string => typeof path === "string" && path.startsWith("/pagefind/")) : [];
  } catch {
    return [];
  }
}
