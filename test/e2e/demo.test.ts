/**
 * `npm run demo`, run as a newcomer runs it, as a child process: two real Kodi devices and a
 * Mosquitto. The self-test passes and prints its latencies; the instructions it prints work; a
 * terminal's Ctrl-C stops every process it printed and removes its temporary folder.
 */
import { ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAlive, waitFor } from "../support/process";
import { repoRoot } from "../support/paths";

jest.setTimeout(420_000);

/** From `npm run demo` to "ready" on a busy 2-core machine (it takes 20–40 s alone). */
const READY_DEADLINE_MS = 180_000;
/** The whole self-test run: ready, four syncs, screenshots, stopping. */
const SELF_TEST_DEADLINE_MS = 300_000;
/** From Ctrl-C to every process gone: each Kodi gets Application.Quit, then its PID is stopped. */
const STOP_DEADLINE_MS = 60_000;

interface RunningDemo {
  child: ChildProcess;
  output(): string;
  /** The exit code, or the signal npm ended itself with, once the output is whole. */
  exited: Promise<number | string | null>;
}

const running: RunningDemo[] = [];

/** `npm run demo -- <args>` in a process group of its own, as a terminal's foreground job. */
function startDemo(args: string[]): RunningDemo {
  const child = spawn("npm", ["run", "demo", "--", ...args], {
    cwd: repoRoot,
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, DISPLAY: "" },
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  // Ended when its output is whole: "close" comes once every process writing to the pipes has closed
  // them. "exit" is npm's own end, which can come first: a terminal's Ctrl-C reaches npm too, which may
  // end at once while the demo itself is still printing how it stops (a full run here once read the
  // output then, before "Stopping once the current step ends" was printed).
  const exited = new Promise<number | string | null>((resolve) => child.on("close", (code, signal) => resolve(code ?? signal)));
  const demo = { child, output: () => text, exited };
  running.push(demo);
  return demo;
}

/** Resolves with the exit code, or fails with the output when the demo takes longer than `timeoutMs`. */
async function exitOf(demo: RunningDemo, timeoutMs: number): Promise<number | string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the demo did not exit within ${timeoutMs} ms; its output:\n${demo.output()}`)), timeoutMs);
  });
  try {
    return await Promise.race([demo.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function printedPids(output: string): number[] {
  const line = /^pids: ([\d ]+)$/m.exec(output);
  if (line === null) {
    throw new Error(`the demo printed no "pids:" line:\n${output}`);
  }
  return (line[1] ?? "").trim().split(/\s+/).map(Number);
}

function printedTempFolder(output: string): string {
  const line = /^temporary folder: (\S+)$/m.exec(output);
  if (line === null) {
    throw new Error(`the demo printed no "temporary folder:" line:\n${output}`);
  }
  return line[1] ?? "";
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

afterAll(async () => {
  // A failed test may leave a demo running: Ctrl-C it, as its user would.
  for (const demo of running) {
    if (demo.child.exitCode === null && demo.child.signalCode === null && demo.child.pid !== undefined) {
      process.kill(-demo.child.pid, "SIGINT");
      await exitOf(demo, STOP_DEADLINE_MS).catch(() => undefined);
    }
  }
}, STOP_DEADLINE_MS * 2);

describe("npm run demo", () => {
  test("--self-test: a film marked watched, a resume point, a favourite and an episode each reach the other device; it prints the latencies and exits 0", async () => {
    const demo = startDemo(["--self-test", "--headless"]);
    const code = await exitOf(demo, SELF_TEST_DEADLINE_MS);
    const output = demo.output();
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining("Self-test passed") });

    expect(output).toMatch(/CloudSync demo ready in \d+\.\d s/);
    expect(output).toMatch(/set-up page +http:\/\/127\.0\.0\.1:\d+\/ +PIN \d+/);
    for (const latency of [
      /^ +\d+ ms {2}'Big Buck Bunny' marked watched in Living room → watched in Bedroom$/m,
      /^ +\d+ ms {2}'Sintel' played in Bedroom, stopped at \d+:\d\d → resumes there in Living room \(from stop\)$/m,
      /^ +\d+ ms {2}favourite 'Tears of Steel' added in Living room → in Bedroom's favourites$/m,
      /^ +\d+ ms {2}episode 'Llama Drama' marked watched in Bedroom → watched in Living room$/m,
    ]) {
      expect(output).toMatch(latency);
    }
    // The live log, with the latency between the two devices' own log lines.
    expect(output).toMatch(/Living room: 'Big Buck Bunny' watched → Bedroom in \d+ ms/);
    expect(output).toMatch(/Bedroom: 'Sintel' resuming at \d+:\d\d → Living room in \d+ ms/);

    // Both screens, and the two side by side under their names.
    const files = /screenshots: (\S+), (\S+), (\S+)$/m.exec(output);
    expect(files).not.toBeNull();
    const [livingRoom, bedroom, sideBySide] = [files?.[1] ?? "", files?.[2] ?? "", files?.[3] ?? ""];
    expect(pngSize(livingRoom)).toEqual({ width: 1280, height: 720 });
    expect(pngSize(bedroom)).toEqual({ width: 1280, height: 720 });
    expect(pngSize(sideBySide).width).toBe(2 * (1280 + 8));

    // Done: nothing it started is left, nor its temporary files.
    expect(printedPids(output).filter(isAlive)).toEqual([]);
    expect(existsSync(printedTempFolder(output))).toBe(false);
  });

  test("--self-test fails with the reason, and still stops everything, when the broker goes away", async () => {
    const demo = startDemo(["--self-test", "--headless"]);
    const broker = await waitFor(
      "the demo to print its broker",
      () => {
        if (demo.child.exitCode !== null) {
          throw new Error(`the demo exited (${demo.child.exitCode}):\n${demo.output()}`);
        }
        return /Mosquitto on 127\.0\.0\.1:\d+ \(PID (\d+)\)/.exec(demo.output())?.[1];
      },
      READY_DEADLINE_MS,
      50,
    );
    process.kill(Number(broker), "SIGKILL");
    const code = await exitOf(demo, SELF_TEST_DEADLINE_MS);
    const output = demo.output();
    expect(code).toBe(1);
    expect(output).toMatch(/^Self-test failed: timed out after \d+ ms waiting for .*(online|Bedroom)/m);
    expect(output).not.toContain("Self-test passed");
    expect(printedPids(output).filter(isAlive)).toEqual([]);
    expect(existsSync(printedTempFolder(output))).toBe(false);
  });

  test("Ctrl-C while it is still starting stops what it started so far, once the current step ends, and removes its temporary folder", async () => {
    const demo = startDemo(["--headless"]);
    await waitFor(
      "the second Kodi to be starting",
      () => {
        if (demo.child.exitCode !== null) {
          throw new Error(`the demo exited (${demo.child.exitCode}):\n${demo.output()}`);
        }
        return demo.output().includes("Bedroom: starting Kodi with CloudSync");
      },
      READY_DEADLINE_MS,
      50,
    );
    const pid = demo.child.pid ?? 0;
    process.kill(-pid, "SIGINT");
    const code = await exitOf(demo, READY_DEADLINE_MS);
    const output = demo.output();
    const tempFolder = /temporary folder: (\S+)$/m.exec(output)?.[1] ?? "";
    expect(output).toContain("Stopping once the current step ends (Bedroom: starting Kodi with CloudSync)");
    expect(output).toContain(`Stopped; removed ${tempFolder}.`);
    expect(output).not.toContain("Sync events, live:");
    // Every PID it mentioned (as it started them, and when stopping, the bedroom's Kodi included) is gone.
    const pids = [...output.matchAll(/PIDs? ([\d ]+)/g)].flatMap((match) => (match[1] ?? "").trim().split(/\s+/).map(Number));
    expect(pids.length).toBeGreaterThanOrEqual(5);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(existsSync(tempFolder)).toBe(false);
    expect([0, "SIGINT"]).toContain(code);
  });

  test("the printed instructions work (curl marks a film watched and the live log shows it reach the bedroom; s + Enter saves screenshots), and Ctrl-C stops every process it printed and removes its temporary folder", async () => {
    const demo = startDemo(["--headless"]);
    await waitFor(
      "the demo to be ready",
      () => {
        if (demo.child.exitCode !== null) {
          throw new Error(`the demo exited (${demo.child.exitCode}):\n${demo.output()}`);
        }
        return demo.output().includes("Sync events, live:");
      },
      READY_DEADLINE_MS,
      250,
    );
    const output = demo.output();
    const pids = printedPids(output);
    const tempFolder = printedTempFolder(output);
    // Two Kodis, the broker, two Xvfb screens; all running, their files in the temporary folder.
    expect(pids).toHaveLength(5);
    expect(pids.filter(isAlive)).toEqual(pids);
    expect(existsSync(tempFolder)).toBe(true);

    const curl = /^ +(curl -s .*\/jsonrpc)$/m.exec(output)?.[1];
    expect(curl).toBeDefined();
    expect(execFileSync("sh", ["-c", curl ?? ""], { encoding: "utf8" })).toContain('"result":"OK"');
    await waitFor(
      "the live log to show the film reach the bedroom",
      () => /Living room: 'Big Buck Bunny' watched → Bedroom in \d+ ms/.test(demo.output()),
      30_000,
      100,
    );

    demo.child.stdin?.write("s\n");
    const shot = await waitFor("screenshots", () => /screenshots: .*, (\S+side-by-side\.png)$/m.exec(demo.output())?.[1], 30_000, 100);
    expect(existsSync(shot)).toBe(true);

    // A terminal's Ctrl-C: SIGINT to the whole foreground process group.
    const pid = demo.child.pid ?? 0;
    process.kill(-pid, "SIGINT");
    const code = await exitOf(demo, STOP_DEADLINE_MS);
    expect(demo.output()).toContain(`Stopped; removed ${tempFolder}.`);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(existsSync(tempFolder)).toBe(false);
    // The demo exits 0 once it has stopped everything; npm, which got the Ctrl-C too, then ends
    // itself with SIGINT, as a shell expects of a program stopped by Ctrl-C.
    expect([0, "SIGINT"]).toContain(code);
  });
});
