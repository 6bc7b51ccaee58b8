/**
 * Starts Pagefind's UI on /search/, running the query from ?q= (the header's search box on
 * every other page sends it there).
 *
 * A paper page indexes its abstract and commentary as text; its title, the name it introduces,
 * the sentence saying what it does, its glossary, tags and authors are metadata (src/pages/papers/[slug].astro,
 * src/components/PaperMeta.astro, src/components/Glossary.astro), which Pagefind searches too and weighs by RANKING, so they
 * rank a paper without being spliced into its excerpt.
 */

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

/**
 * How much a query's words found in each metadata field add to a page's score (Pagefind's
 * `ranking.metaWeights`; a field not named weighs 1). The title and the name a paper introduces
 * say what it is; the sentence that says what it does holds its own names ("This paper describes
 * Tacotron 2"), where other papers' names are mostly baselines. The topic is a filter and a
 * label: every paper of a topic carries its words, so they rank nothing.
 */
export const RANKING = {
  metaWeights: { title: 5, name: 5, summary: 2, tags: 2, glossary: 2, authors: 1, topic: 0 },
} as const;

/** Words of abstract or commentary shown under a result: about two lines beside the filter, four on a phone. */
export const EXCERPT_WORDS = 24;

/** Metadata shown under a result; the other fields are there to be searched. */
const SHOWN_META = new Set(["title", "url", "image", "image_alt", "topic"]);

/** Where the filter can sit beside the results it opens by itself; on a phone it waits behind its summary. */
const ROOM_FOR_FILTERS = "(min-width: 48rem)";

interface ResultData {
  excerpt: string;
  meta: Record<string, string>;
}

/**
 * Pagefind's excerpt with the spaces it sets around an element's words taken out where
 * punctuation closes them: an abstract's names are elements of their own, so "(KANs)." comes
 * back as "( KANs ) .". The excerpt is HTML with <mark>s; only spaces move.
 */
export function tidyExcerpt(html: string): string {
  return html.replace(/([([])\s+/g, "$1").replace(/\s+([)\].,;:!?])/g, "$1");
}

/** What a result shows: a tidy excerpt, and of its metadata only the title and the topic. */
function shown(data: ResultData): ResultData {
  const meta = Object.fromEntries(Object.entries(data.meta).filter(([key]) => SHOWN_META.has(key)));
  return { ...data, excerpt: tidyExcerpt(data.excerpt), meta };
}

export async function startSearch(): Promise<void> {
  // pagefind-ui.js is deferred (it does not hold up the page's first paint) and runs before this module; wait for it if it has not.
  const PagefindUI = window.PagefindUI ?? (await pagefindLoaded());
  const element = document.querySelector("#search");
  if (!PagefindUI || !element) return;
  // Each merged shard is a Pagefind instance of its own, ranked and excerpted the same way.
  const mergeIndex = (await shards()).map((bundlePath) => ({ bundlePath, ranking: ranking(), excerptLength: EXCERPT_WORDS }));
  const ui = new PagefindUI({
    element,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    excerptLength: EXCERPT_WORDS,
    showEmptyFilters: false,
    openFilters: window.matchMedia(ROOM_FOR_FILTERS).matches ? ["topic"] : [],
    ranking: ranking(),
    mergeIndex,
    processResult: shown,
  });
  // The box "/" focuses here (src/scripts/search-shortcut.ts), as the header's does elsewhere.
  element.querySelector(".pagefind-ui__search-input")?.setAttribute("aria-keyshortcuts", "/");
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
}

/** A fresh copy each time: Pagefind's UI takes its options apart. */
function ranking(): { metaWeights: Record<string, number> } {
  return { metaWeights: { ...RANKING.metaWeights } };
}

function pagefindLoaded(): Promise<Window["PagefindUI"]> {
  const script = document.querySelector<HTMLScriptElement>('script[src="/pagefind/pagefind-ui.js"]');
  return new Promise((done) => {
    if (!script) return done(undefined);
    script.addEventListener("load", () => done(window.PagefindUI), { once: true });
    script.addEventListener("error", () => done(undefined), { once: true });
  });
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
