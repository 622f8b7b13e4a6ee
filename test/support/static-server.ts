/**
 * A static web host on a loopback port, as a user's repository would be published: files, and
 * index.html for a folder; no generated listings. Each request is recorded with the client that
 * made it (a registered process, found by who owns the connection's socket), so a test with two
 * Kodis can tell which one read what.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
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

export interface ServedRequest {
  path: string;
  status: number;
  range?: string;
  /** The registered client (see `addClient`) whose process owns the connection, or "unknown". */
  client: string;
}

export interface StaticServer {
  url: string;
  /** Requests so far, in order, with their status and client. */
  requests: ServedRequest[];
  /** Names the process `pid` (a Kodi): its requests are recorded as made by `name`. */
  addClient(name: string, pid: number): void;
  /** Replaces a file's contents for the requests that follow (a wrong checksum, say); `undefined` serves the file again. */
  override(urlPath: string, contents: string | undefined): void;
  stop(): Promise<void>;
}

/** The inode of the client socket connected from 127.0.0.1:`clientPort` to `serverPort` (from /proc/net/tcp). */
function clientSocketInode(clientPort: number, serverPort: number): string | undefined {
  const hex = (port: number): string => port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) {
      continue;
    }
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hex(clientPort)}`) && fields[2]?.endsWith(`:${hex(serverPort)}`)) {
        return fields[9];
      }
    }
  }
  return undefined;
}

/** Whether process `pid` holds the socket with this inode. */
function ownsSocket(pid: number, inode: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`;
      } catch {
        return false; // closed meanwhile
      }
    });
  } catch {
    return false; // the process is gone
  }
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const port = await freePort();
  const requests: ServedRequest[] = [];
  const clients = new Map<string, number>();
  const overrides = new Map<string, string>();
  const clientOf = (remotePort: number | undefined): string => {
    const inode = remotePort === undefined ? undefined : clientSocketInode(remotePort, port);
    if (inode === undefined) {
      return "unknown";
    }
    for (const [name, pid] of clients) {
      if (ownsSocket(pid, inode)) {
        return name;
      }
    }
    return "unknown";
  };
  const server: Server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const client = clientOf(request.socket.remotePort);
    const overridden = overrides.get(urlPath);
    if (overridden !== undefined) {
      requests.push({ path: urlPath, status: 200, client });
      response
        .writeHead(200, {
          "Content-Type": CONTENT_TYPES[path.extname(urlPath)] ?? "application/octet-stream",
          "Cache-Control": "no-cache",
          "Content-Length": Buffer.byteLength(overridden),
        })
        .end(overridden);
      return;
    }
    // A folder is answered with its index.html, as static hosts (GitHub Pages, nginx) do.
    const file = path.join(root, path.normalize(urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath));
    const inside = file.startsWith(path.resolve(root) + path.sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      requests.push({ path: urlPath, status: 404, client });
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
        requests.push({ path: urlPath, status: 416, client });
        response.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
        return;
      }
      requests.push({ path: urlPath, status: 206, range: request.headers.range, client });
      response.writeHead(206, { ...headers, "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": end - start + 1 });
      createReadStream(file, { start, end }).pipe(response);
      return;
    }
    requests.push({ path: urlPath, status: 200, client });
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
    addClient: (name, pid) => {
      clients.set(name, pid);
    },
    override: (urlPath, contents) => {
      if (contents === undefined) {
        overrides.delete(urlPath);
      } else {
        overrides.set(urlPath, contents);
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
