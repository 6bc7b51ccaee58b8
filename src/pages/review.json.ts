import type { APIRoute } from "astro";
import { review } from "../data/review.ts";
import { reviewJson } from "../lib/model/review.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(reviewJson(review, site), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
