/**
 * The bare Astro baseline: the same papers as plain MDX pages — one file per paper in
 * src/pages/papers/<slug>.mdx, the title in frontmatter, the abstract as the MDX body
 * (escaped so it renders as written), one trivial layout, no review logic, no content
 * collections — with the same Astro, @astrojs/mdx and Pagefind (Node API in
 * astro:build:done, the usual way) through links to the project's node_modules
 * (the caller adds them).
 *
 * This is how a newcomer would put papers on an Astro site, and the kind of site behind the
 * issue's reference figures (≈9.5 s for 216 pages, 37 s for 2,000).
 */

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assignSlugs } from "../../src/lib/content/slug.ts";

const CONFIG = `// Bare baseline for npm run bench: MDX pages and Pagefind, nothing else.
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

const pagefindIndex = {
  name: "bare:pagefind",
  hooks: {
    "astro:build:done": async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const { errors, index } = await pagefind.createIndex({});
      if (!index) throw new Error("pagefind: " + errors.join("; "));
      try {
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error("pagefind: " + added.errors.join("; "));
        const written = await index.writeFiles({ outputPath: site + "/pagefind" });
        if (written.errors.length > 0) throw new Error("pagefind: " + written.errors.join("; "));
        logger.info("indexed " + added.page_count + " pages");
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({
  site: "https://bare.example.org",
  trailingSlash: "always",
  cacheDir: "./.cache",
  integrations: [mdx(), pagefindIndex],
});
`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{frontmatter.title}</h1>
      <slot />
    </main>
  </body>
</html>
`;

/**
 * Markdown/MDX-significant characters backslash-escaped (CommonMark allows a backslash before
 * any ASCII punctuation; MDX treats \\{ and \\< as text), so the body renders as the text.
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~&$^!]/g, "\\$&")
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Writes the baseline project for these papers into `root`. Returns the slugs, in order. */
export async function writeBareSite(root: string, papers: readonly { title: string; abstract: string }[]): Promise<string[]> {
  await mkdir(join(root, "src", "layouts"), { recursive: true });
  await mkdir(join(root, "src", "pages", "papers"), { recursive: true });
  await writeFile(join(root, "package.json"), `${JSON.stringify({ name: "bare-baseline", private: true, type: "module" }, null, 2)}\n`);
  await writeFile(join(root, "astro.config.mjs"), CONFIG);
  await writeFile(join(root, "src", "layouts", "Paper.astro"), LAYOUT);
  const slugs = assignSlugs(
    papers.map((paper) => paper.title),
    new Set(),
  );
  const ordered: string[] = [];
  for (const paper of papers) {
    const slug = slugs.get(paper.title)!;
    ordered.push(slug);
    const page = `---\nlayout: ../../layouts/Paper.astro\ntitle: ${JSON.stringify(paper.title)}\n---\n\n${escapeMdxText(paper.abstract)}\n`;
    await writeFile(join(root, "src", "pages", "papers", `${slug}.mdx`), page);
  }
  return ordered;
}
