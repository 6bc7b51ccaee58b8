/**
 * Indexes the built site with Pagefind's Node API as the last step of `astro build`, so
 * one command gives a site with working search. Any indexing error fails the build.
 */

import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

export function pagefindIndex(): AstroIntegration {
  return {
    name: "topical-review:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { errors: createErrors, index } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${createErrors.join("; ")}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
