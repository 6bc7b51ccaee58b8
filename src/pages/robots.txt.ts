import type { APIRoute } from "astro";

/** Points crawlers at the sitemap of whatever site this build is for (Netlify's URL or the default). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("/sitemap-index.xml", site).href;
  return new Response(`User-agent: *\nAllow: /\nDisallow: /review/\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
