/**
 * Checks an MDX file's body the way the build would, without building: parses it with the same
 * MDX parser and GFM, then runs the cross-reference checks. MDX syntax errors (an unclosed
 * `<Aside>`, a stray `{`) are reported with their line too.
 */

import { createProcessor } from "@mdx-js/mdx";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import { blankFrontmatter } from "../lib/content/content-files.ts";
import type { ReferenceResolver } from "../lib/content/crossrefs.ts";
import { checkTree } from "./crossrefs.ts";

const processor = createProcessor({ format: "mdx", remarkPlugins: [remarkGfm] });

/** `text` is the whole file; the frontmatter is blanked so that lines stay the file's. */
export function checkCommentary(text: string, resolver: ReferenceResolver): { line: number; column?: number; message: string }[] {
  const body = blankFrontmatter(text);
  if (body.trim() === "") return [];
  let tree: Root;
  try {
    tree = processor.parse(body) as Root;
  } catch (error) {
    const { line, column, reason, message } = error as { line?: number; column?: number; reason?: string; message?: string };
    const text = reason ?? message ?? String(error);
    // Some MDX errors carry their place only in the text: "… `<Aside>` (7:1-7:8)".
    const place = text.match(/\((\d+):(\d+)(?:-\d+:\d+)?\)/);
    return [{ line: line ?? Number(place?.[1] ?? 1), column: column ?? (place ? Number(place[2]) : undefined), message: `MDX cannot be parsed: ${text}` }];
  }
  return checkTree(tree, resolver, { rewrite: false }).map((problem) => ({ line: problem.line, column: problem.column, message: problem.message }));
}
