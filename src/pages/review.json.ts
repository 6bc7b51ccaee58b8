import type { APIRoute } from "astro";
import { review } from "../data/review.ts";
import { reviewJsonPieces } from "../lib/model/review.ts";

// Streamed a paper at a time: the whole text at once was the peak of a 50,000-paper build.
export const GET: APIRoute = ({ site }) => {
  const encoder = new TextEncoder();
  const pieces = reviewJsonPieces(review, site);
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
