/** Starts Pagefind's UI on /search/, running the query from ?q= (the header's search box). */

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

export function startSearch(): void {
  const PagefindUI = window.PagefindUI;
  const element = document.querySelector("#search");
  if (!PagefindUI || !element) return;
  const ui = new PagefindUI({ element, showSubResults: true, showImages: false, resetStyles: false, openFilters: ["topic"] });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
}
