// @ts-check
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import remarkGfm from "remark-gfm";
import { contentCheck } from "./src/integrations/content-check.ts";
import remarkCrossrefs from "./src/remark/crossrefs.ts";

/** Netlify sets URL for production builds; elsewhere the configured default is used. */
const DEFAULT_SITE = "https://topical-review.netlify.app";

export default defineConfig({
  site: process.env.URL || process.env.SITE_URL || DEFAULT_SITE,
  trailingSlash: "always",
  // Lets the build test keep a fixture site's content cache apart from the project's.
  ...(process.env.TOPICAL_REVIEW_CACHE_DIR ? { cacheDir: process.env.TOPICAL_REVIEW_CACHE_DIR } : {}),
  // [[slug]], [[Title]] and [[topic:id]] in commentary become links; a wrong one fails the build.
  // Astro 7's default processor (Sätteri) runs no remark plugins; keep the unified pipeline so they run.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkCrossrefs, { root: fileURLToPath(new URL(".", import.meta.url)) }]],
    }),
  },
  // Astro 7's default ('jsx') drops whitespace between inline elements ("Search papersSearch").
  compressHTML: true,
  // Styles and scripts as files, never inline, so the Content-Security-Policy needs no hashes.
  build: { inlineStylesheets: "never" },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's content modules open with "use astro:head-inject", which the bundler warns it
        // may drop, once per MDX file (withastro/astro#18087; harmless). Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
    // Fixture builds in tests run side by side: each keeps its own dependency cache.
    ...(process.env.TOPICAL_REVIEW_CACHE_DIR ? { cacheDir: `${process.env.TOPICAL_REVIEW_CACHE_DIR}/vite` } : {}),
  },
  integrations: [
    // First, so a mistake in content/ stops the build before anything is compiled or written.
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/(review|404)\/?$/.test(new URL(page).pathname) }),
  ],
});
