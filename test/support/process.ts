import { ChildProcess, spawn, SpawnOptions } from "node:child_process";
import { createWriteStream, WriteStream } from "node:fs";

/** A process a test started: stopped by its own PID only, never by name. */
export interface StartedProcess {
  readonly name: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or null when killed by a signal) once the process has ended. */
  readonly exited: Promise<number | null>;
  hasExited(): boolean;
  /** Everything it printed so far (stdout and stderr), for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions extends SpawnOptions {
  /** Also append the process's output to this file. */
  logFile?: string;
}

let ownProcessGroups = false;

/**
 * From now on, start each process in a process group of its own: a terminal's Ctrl-C (SIGINT to
 * the foreground group) then reaches only the program that started them, which stops them in
 * order by PID. For `npm run demo`; tests keep the default (one group).
 */
export function startProcessesInOwnGroups(): void {
  ownProcessGroups = true;
}

export function startProcess(name: string, command: string, args: string[], options: StartOptions = {}): StartedProcess {
  const { logFile, ...spawnOptions } = options;
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: ownProcessGroups, ...spawnOptions });
  if (child.pid === undefined) {
    throw new Error(`could not start ${name} (${command})`);
  }
  const pid = child.pid;
  let printed = "";
  let log: WriteStream | undefined;
  if (logFile !== undefined) {
    log = createWriteStream(logFile, { flags: "a" });
  }
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString("utf8");
    // Keep the tail only: a chatty process must not grow the test's memory without bound.
    printed = (printed + text).slice(-200_000);
    log?.write(text);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let ended = false;
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => {
      ended = true;
      log?.end();
      resolve(code);
    });
    child.on("error", (error) => {
      printed += `\n[${name}] ${error.message}`;
    });
  });
  return {
    name,
    pid,
    child,
    exited,
    hasExited: () => ended,
    output: () => printed,
    stop: async (graceMs = 5000) => {
      if (ended) {
        return;
      }
      child.kill("SIGTERM");
      const timer = setTimeout(() => {
        if (!ended) {
          child.kill("SIGKILL");
        }
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Polls `probe` until it returns something other than undefined/false, or fails after
 * `timeoutMs` with `what` and the last error the probe threw. Never a fixed sleep.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = undefined;
  for (;;) {
    try {
      const result = await probe();
      if (result !== undefined && result !== false) {
        return result;
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : "";
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** True while a process with this PID exists (signal 0 checks without touching it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
