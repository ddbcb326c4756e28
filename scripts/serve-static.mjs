#!/usr/bin/env node
/**
 * A plain static file server, like `python3 -m http.server` but answering an
 * unknown URL with the site's 404.html, as hosts do: no rewrites, no knowledge
 * of Next.js. Used by the browser tests to prove `out/` works on any host, and
 * by `npm run serve` to look at a build.
 * Usage: node scripts/serve-static.mjs [dir] [port] [basePath] (defaults: out, PORT or 3000, BASE_PATH or none)
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { normalizeBasePath } from "../lib/base-path.mjs";
import { isInside } from "../lib/path-inside.mjs";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

function send(res, status, file, method) {
  const body = fs.readFileSync(file);
  res.writeHead(status, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream", "Content-Length": body.length });
  res.end(method === "HEAD" ? undefined : body);
}

/** A server for the files in `root` (and nothing outside it), under `basePath`. */
export function createStaticServer(root, basePath = "") {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    const notFound = () => {
      const page = path.join(root, "404.html");
      if (fs.existsSync(page)) send(res, 404, page, req.method);
      else res.writeHead(404).end("not found");
    };
    if (basePath && !pathname.startsWith(basePath + "/") && pathname !== basePath) return notFound();
    const rel = pathname.slice(basePath.length) || "/";
    const file = path.join(root, rel);
    // A decoded `%2f..%2f` can climb out of the folder: serve nothing outside it.
    if (!isInside(root, file)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!rel.endsWith("/")) {
        res.writeHead(301, { Location: url.pathname + "/" + url.search }).end();
        return;
      }
      const index = path.join(file, "index.html");
      return fs.existsSync(index) ? send(res, 200, index, req.method) : notFound();
    }
    if (fs.existsSync(file)) return send(res, 200, file, req.method);
    notFound();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [dir = "out", port = process.env.PORT || "3000", basePath = normalizeBasePath(process.env.BASE_PATH)] = process.argv.slice(2);
  const root = path.resolve(dir);
  createStaticServer(root, basePath).listen(Number(port), "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${basePath}/`));
}
