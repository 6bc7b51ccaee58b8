/**
 * A small static server for a built site, with the security headers Netlify would send (read
 * from netlify.toml), so the browser tests and measurements see what a reader's browser sees:
 * a Content-Security-Policy violation shows up as a console error here too.
 *
 *   node scripts/serve-dist.ts [dist] [port]
 */

import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** The headers netlify.toml sets for every page (`for = "/*"`), e.g. the Content-Security-Policy. */
export function siteHeaders(toml: string): Record<string, string> {
  const headers: Record<string, string> = {};
  // Each [[headers]] block: a `for` pattern and its [headers.values]; only "/*" applies everywhere.
  for (const block of toml.split(/^\s*\[\[headers\]\]\s*$/m).slice(1)) {
    if (!/^\s*for\s*=\s*"\/\*"\s*$/m.test(block)) continue;
    for (const [, name, value] of block.matchAll(/^\s*([A-Za-z-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/gm)) {
      if (name !== "for") headers[name!] = value!.replace(/\\"/g, '"');
    }
  }
  return headers;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves `dist` on 127.0.0.1 (a random free port unless one is given), as Netlify would. */
export async function serveDist(dist: string, options: { port?: number; netlifyToml?: string } = {}): Promise<RunningServer> {
  const root = resolve(dist);
  const tomlPath = options.netlifyToml ?? fileURLToPath(new URL("../netlify.toml", import.meta.url));
  const headers = siteHeaders(await readFile(tomlPath, "utf8"));
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error("outside"), { status: 403 });
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith("/")) {
          response.writeHead(301, { Location: `${path}/` }).end();
          return;
        }
        file = join(file, "index.html");
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        const notFound = join(root, "404.html");
        response.writeHead(404, { ...headers, "Content-Type": TYPES[".html"]! });
        createReadStream(notFound).on("error", () => response.end("Not found")).pipe(response);
        return;
      }
      response.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Content-Length": info.size });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead((error as { status?: number }).status ?? 500).end();
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist";
  const running = await serveDist(dist, { port: Number(process.argv[3] ?? 4322) });
  console.log(`serving ${dist} at ${running.url}/ (Ctrl-C stops)`);
}
