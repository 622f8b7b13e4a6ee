import { createServer } from "node:net";

/**
 * Every port handed out by this process. The OS picks a port for `listen(0)` at random in its
 * ephemeral range and knows nothing of ports handed out and not yet bound, so two calls in a row
 * can get the same one (measured here: once in 5,000 pairs of calls; 68 repeats among 1,000
 * calls). A Kodi given one port for its web server and the same for its JSON-RPC TCP server (its
 * start takes three) cannot start the web server, which is how a Kodi 21 start in CI waited out
 * its two minutes. Each port is handed out once per process.
 */
const handedOut = new Set<number>();

/** How many times the OS may repeat a port already handed out before we give up (it never should). */
const ATTEMPTS = 100;

/** A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it), never one handed out before. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = await portTheSystemPicks();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`the OS picked only ports already handed out, ${ATTEMPTS} times (${handedOut.size} handed out)`);
}

function portTheSystemPicks(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("could not read the port the OS picked"));
        return;
      }
      const port = address.port;
      server.close(() => resolve(port));
    });
  });
}
