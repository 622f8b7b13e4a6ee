/** A static web host on a loopback port, as a user's repository would be published: files, and index.html for a folder; no generated listings. */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, Server } from "node:http";
import * as path from "node:path";
import { freePort } from "./ports";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "text/xml; charset=utf-8",
  ".sha256": "text/plain; charset=utf-8",
  ".zip": "application/zip",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order, with their status. */
  requests: { path: string; status: number; range?: string }[];
  stop(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const port = await freePort();
  const requests: { path: string; status: number; range?: string }[] = [];
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    // A folder is answered with its index.html, as static hosts (GitHub Pages, nginx) do.
    const file = path.join(root, path.normalize(urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath));
    const inside = file.startsWith(path.resolve(root) + path.sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      requests.push({ path: urlPath, status: 404 });
      response.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    const headers = { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache", "Accept-Ranges": "bytes" };
    // Byte ranges, as every static host serves them: Kodi reads a zip's table of contents from its end.
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "");
    if (range !== null && (range[1] !== "" || range[2] !== "")) {
      const start = range[1] === "" ? Math.max(0, size - Number(range[2])) : Number(range[1]);
      const end = range[1] !== "" && range[2] !== "" ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size || start > end) {
        requests.push({ path: urlPath, status: 416 });
        response.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
        return;
      }
      requests.push({ path: urlPath, status: 206, range: request.headers.range });
      response.writeHead(206, { ...headers, "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": end - start + 1 });
      createReadStream(file, { start, end }).pipe(response);
      return;
    }
    requests.push({ path: urlPath, status: 200 });
    response.writeHead(200, { ...headers, "Content-Length": size });
    createReadStream(file).pipe(response);
  });
  // Kodi keeps idle connections for reuse longer than Node's 5 s default; hosts such as nginx keep
  // them 75 s. A connection closed under Kodi makes its next request fail ("failed read").
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
