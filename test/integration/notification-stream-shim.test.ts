/**
 * cloudsync_host.notifications, the reader of Kodi's JSON-RPC TCP notifications, against a
 * stand-in for Kodi's server on loopback, on Python 3.8 and 3.11 (the real server is in
 * test/e2e/kodi-notification-stream.test.ts): it trusts only a server that answers with this
 * service's token, splits values written back to back or cut anywhere (inside a character too),
 * queues only the methods asked for, wakes the service thread, comes back after Kodi closes the
 * stream, says an outage once, and drops a stream that is not JSON.
 *
 * The shims come from addon-template/ (the source), the compiled package from the build (`npm run build`).
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeFakeKodiModules } from "../support/fake-kodi";
import { repoRoot } from "../support/paths";
import { pythonVersions, runPython } from "../support/python";

const driver = path.join(repoRoot, "test", "integration", "notification-stream-driver.py");
let work: string;
let lib: string;
let fakeKodi: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "cloudsync-notification-stream-"));
  lib = path.join(work, "lib");
  cpSync(path.join(repoRoot, "addon-template", "resources", "lib", "cloudsync_host"), path.join(lib, "cloudsync_host"), { recursive: true });
  cpSync(path.join(repoRoot, "service.cloudsync", "resources", "lib", "cloudsync"), path.join(lib, "cloudsync"), { recursive: true });
  fakeKodi = writeFakeKodiModules(path.join(work, "fake-kodi"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Change {
  connected: boolean;
  reason: string;
  dropped: number;
}

function drive<T>(executable: string, scenario: string): T {
  const output = runPython(executable, [driver, lib, fakeKodi, scenario]);
  return JSON.parse(output.trim().split("\n").pop() ?? "") as T;
}

describe.each(pythonVersions())("Python $label", ({ executable }) => {
  test("the library notifications of this Kodi's server, whole and in order, however the bytes were cut; back after Kodi closes it", () => {
    const result = drive<{
      port: number;
      woken: boolean;
      events: unknown[];
      changes: Change[];
      connected_at_end: boolean;
      connections: number;
      token_set: boolean;
      request: { method: string; params: { labels: string[] } };
      token_cleared: boolean;
    }>(executable, "stream");
    expect(result.port).toBeGreaterThan(0);
    expect(result.woken).toBe(true);
    // Player.OnPlay was not asked for; Python writes non-ASCII as escapes (the service parses the JSON).
    expect(result.events).toEqual([
      { kind: "notification", sender: "xbmc", method: "VideoLibrary.OnUpdate", data: '{"item":{"id":1,"type":"movie"},"playcount":1}' },
      { kind: "notification", sender: "xbmc", method: "VideoLibrary.OnUpdate", data: '{"item":{"id":2,"type":"movie"},"title":"Am\\u00e9lie \\ud83d\\ude00"}' },
      { kind: "notification", sender: "xbmc", method: "AudioLibrary.OnUpdate", data: '{"item":{"id":7,"type":"song"},"playcount":3}' },
      { kind: "notification", sender: "xbmc", method: "VideoLibrary.OnUpdate", data: '{"item":{"id":3,"type":"episode"},"playcount":0}' },
    ]);
    expect(result.changes.map((change) => change.connected)).toEqual([true, false, true]);
    expect(result.changes[0]?.reason).toBe(`listening to Kodi's JSON-RPC notifications on 127.0.0.1:${result.port}`);
    expect(result.changes[1]?.reason).toBe("Kodi closed the connection");
    expect(result.connections).toBe(2);
    expect(result.token_set).toBe(true);
    expect(result.request.method).toBe("XBMC.GetInfoLabels");
    expect(result.request.params.labels).toEqual(["Window(10000).Property(service.cloudsync.notification_stream.token)"]);
    expect(result.token_cleared).toBe(true);
  }, 60_000);

  test("a server that does not answer with this service's token (another Kodi on the port) is not trusted, and said once", () => {
    const result = drive<{ changes: Change[]; events: unknown[]; connected: boolean; more_changes: Change[] }>(executable, "another_kodi");
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.connected).toBe(false);
    expect(result.changes[0]?.reason).toMatch(/^127\.0\.0\.1:\d+ is another Kodi's JSON-RPC server, not this one's$/);
    expect(result.events).toEqual([]);
    expect(result.connected).toBe(false);
    expect(result.more_changes).toEqual([]);
  }, 60_000);

  test("a stream that grows past 1 MB without a whole JSON value is dropped", () => {
    const result = drive<{ changes: Change[] }>(executable, "junk");
    expect(result.changes.map((change) => change.connected)).toEqual([true, false]);
    expect(result.changes[1]?.reason).toMatch(/sent more than 1048576 bytes that are not JSON$/);
  }, 60_000);

  test("nothing on the port: said once, however many attempts follow", () => {
    const result = drive<{ changes: Change[]; more_changes: Change[]; attempts: number }>(executable, "nothing");
    expect(result.attempts).toBeGreaterThanOrEqual(4);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.reason).toMatch(/^nothing answers on 127\.0\.0\.1:\d+ /);
    expect(result.more_changes).toEqual([]);
  }, 60_000);

  test("the port is advancedsettings.xml's <jsonrpc><tcpport>, else Kodi's 9090 (a broken file or value too)", () => {
    expect(drive<{ ports: number[] }>(executable, "default_port").ports).toEqual([9090, 9090, 9090, 9191, 9090]);
  });

  test("JSON nested deeper than Python's decoder goes drops the stream, and the thread comes back", () => {
    const result = drive<{ events: unknown[]; changes: Change[]; connections: number }>(executable, "deep");
    // The token's answer and the deep value may come in one read (then the stream was never trusted) or two.
    const lost = result.changes.filter((change) => !change.connected);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toMatch(/sent what is not Kodi's JSON \(JSON nested too deeply\)$/);
    expect(result.changes[result.changes.length - 1]?.connected).toBe(true);
    expect(result.events).toEqual([
      { kind: "notification", sender: "xbmc", method: "VideoLibrary.OnUpdate", data: '{"item":{"id":9,"type":"movie"},"playcount":1}' },
    ]);
    // Attempts made while the stand-in was busy with the first connection wait in its backlog.
    expect(result.connections).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
