import type { APIRoute } from "astro";
import { paperEntry, review } from "../data/review.ts";
import { metadata } from "../data/workbench.ts";
import { reviewJsonPieces } from "../lib/model/review.ts";

// Streamed a paper at a time: the whole text at once was the peak of a 50,000-paper build.
export const GET: APIRoute = ({ site }) => {
  const encoder = new TextEncoder();
  // Each paper's authors, year, ids and links (the reviewer's, else its sources'), and the day it joined.
  const pieces = reviewJsonPieces(review, site, (slug) => ({ ...metadata(slug), added: paperEntry.get(slug)?.data.added }));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) {
        controller.enqueue(encoder.encode("\n"));
        controller.close();
      } else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
