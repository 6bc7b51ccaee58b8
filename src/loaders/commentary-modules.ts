/**
 * The glob loader, except that a paper file gets a render module only when it has a body.
 *
 * Astro bundles every MDX entry as a deferred-render module, yet only papers with the
 * reviewer's commentary are ever rendered: the rest are pure frontmatter. At 10,000 papers
 * those unused modules were about half the build. Everything else — reading, parsing,
 * validating, caching by digest, watching in dev — is the glob loader's own.
 *
 * It decides from the entry's body, so bodies must be kept (the glob default; never pass
 * `retainBody: false`). Astro clears its content cache when content.config.ts changes, not
 * when this file does: after editing it, delete node_modules/.astro (or the cache dir).
 */

import type { Loader, LoaderContext } from "astro/loaders";
import { glob } from "astro/loaders";
import { hasBody } from "../lib/content/mdx-body.ts";

export function commentaryModules(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: "commentary-modules",
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => context.store.set(entry.deferredRender && !hasBody(entry.body) ? { ...entry, deferredRender: false } : entry),
        },
      }),
  };
}
