import type { APIRoute } from "astro";
import { REVIEW_TITLE } from "../data/review.ts";
import { citations } from "../data/workbench.ts";

/** The whole review's bibliography: every paper's entry, in slug order, keys stable across builds. */
export const GET: APIRoute = () => {
  const header = `% ${REVIEW_TITLE}: ${citations.length} references. Keys stay the same from build to build.\n\n`;
  return new Response(header + citations.map((citation) => citation.bibtex).join("\n"), {
    headers: { "Content-Type": "application/x-bibtex; charset=utf-8" },
  });
};
