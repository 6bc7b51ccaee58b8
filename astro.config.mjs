// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import remarkGfm from "remark-gfm";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import remarkCrossrefs from "./src/remark/crossrefs.ts";

/** Netlify sets URL for production builds; elsewhere the configured default is used. */
const DEFAULT_SITE = "https://topical-review.netlify.app";

export default defineConfig({
  site: process.env.URL || process.env.SITE_URL || DEFAULT_SITE,
  trailingSlash: "always",
  // Lets the build test keep a fixture site's content cache apart from the project's.
  ...(process.env.TOPICAL_REVIEW_CACHE_DIR ? { cacheDir: process.env.TOPICAL_REVIEW_CACHE_DIR } : {}),
  // [[slug]], [[Title]] and [[topic:id]] in commentary become links; a wrong one fails the build.
  markdown: { remarkPlugins: [remarkGfm, [remarkCrossrefs, { root: fileURLToPath(new URL(".", import.meta.url)) }]] },
  // Styles and scripts as files, never inline, so the Content-Security-Policy needs no hashes.
  build: { inlineStylesheets: "never" },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Fixture builds in tests run side by side: each keeps its own dependency cache.
    ...(process.env.TOPICAL_REVIEW_CACHE_DIR ? { cacheDir: `${process.env.TOPICAL_REVIEW_CACHE_DIR}/vite` } : {}),
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !/\/(review|404)\/?$/.test(new URL(page).pathname) }),
    pagefindIndex(),
  ],
});
