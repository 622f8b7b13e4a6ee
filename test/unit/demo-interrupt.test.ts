/**
 * How `npm run demo` starts the demo decides whether a terminal's Ctrl-C reaches it. tsx's own CLI
 * runs the script in a child Node and relays signals to it: when the child does not answer within
 * 30 ms (and again within 30 ms), tsx kills it with SIGKILL. A demo whose event loop is busy for
 * longer (a loaded CI machine, part-way through starting Kodi) was killed that way, silently, with
 * its Kodis left running. `node --import tsx` runs the demo in the process that gets the signal.
 * This runs the demo script's command line with a stand-in demo that is busy a second at a time
 * (300 ms let the old command pass at times on a loaded machine, where tsx's own timers run late).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAlive, waitFor } from "../support/process";
import { repoPath, repoRoot } from "../support/paths";

jest.setTimeout(60_000);

const BUSY_DEMO = `
process.on("SIGINT", () => {
  console.log("stopping what it started, in order");
  process.exit(0);
});
setInterval(() => {
  // Said as each busy second starts (a pipe's writes are synchronous on Linux), so the signal comes while it is busy.
  console.log("starting Kodi");
  const end = Date.now() + 1000;
  while (Date.now() < end) {
    // busy, as a loaded machine can make any step
  }
}, 10);
`;

test("the demo script's command line delivers Ctrl-C to a demo whose event loop is busy", async () => {
  const scripts = (JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const command = scripts["demo"] ?? "";
  expect(command).toContain("demo/demo.ts");
  const folder = mkdtempSync(join(tmpdir(), "cloudsync-demo-interrupt-"));
  let started: number | undefined;
  try {
    const standIn = join(folder, "busy-demo.ts");
    writeFileSync(standIn, BUSY_DEMO);
    // As npm runs it: sh -c, in a process group of its own like a terminal's foreground job.
    const child = spawn("sh", ["-c", command.replace("demo/demo.ts", standIn)], { cwd: repoRoot, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const group = child.pid;
    if (group === undefined) {
      throw new Error(`could not start ${command}`);
    }
    started = group;
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const closed = new Promise<number | string | null>((resolve) => child.on("close", (code, signal) => resolve(code ?? signal)));
    await waitFor("the stand-in demo to start", () => output.includes("starting Kodi"), 30_000, 20);
    process.kill(-group, "SIGINT");
    const code = await closed;
    expect(output).toContain("stopping what it started, in order");
    // The shell running the command line may end with the terminal's SIGINT too, as npm does.
    expect([0, "SIGINT"]).toContain(code);
  } finally {
    // A stand-in that missed the signal would stay busy for ever.
    if (started !== undefined && isAlive(-started)) {
      process.kill(-started, "SIGKILL");
    }
    rmSync(folder, { recursive: true, force: true });
  }
});
