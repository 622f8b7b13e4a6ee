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
  requests: { path: string; status: number }[];
  stop(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const port = await freePort();
  const requests: { path: string; status: number }[] = [];
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
    requests.push({ path: urlPath, status: 200 });
    const contentType = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": contentType, "Content-Length": statSync(file).size, "Cache-Control": "no-cache" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
