/**
 * The sync bench's idle figure: Kodi's CPU while nothing happens, as % of one core, with the add-on
 * switched off and running, alternately `runs` times (the machine is shared, so one pair can be
 * skewed by a neighbour), each over `seconds` with the load average. Per-process CPU (user +
 * system) from /proc/PID/stat; also the CPU of Kodi's Python threads alone (the threads Kodi names
 * "LanguageInvoker": the service's own thread and the threads it starts), which a busy neighbour
 * disturbs less than the process's total.
 */
import { readdirSync, readFileSync } from "node:fs";
import { KodiInstance } from "../test/support/kodi";
import { waitFor } from "../test/support/process";

export interface IdleRun {
  /** % of a core, Kodi's whole process, with the add-on switched off and then running. */
  offPercent: number;
  onPercent: number;
  /** % of a core, Kodi's Python threads only, with the add-on running. */
  pythonThreadsOnPercent: number;
  /** /proc/loadavg's three figures at the end of the run. */
  loadAverage: string;
}

export interface IdleCpu {
  seconds: number;
  runs: IdleRun[];
  /** Medians over the runs. */
  addonOnPercent: number;
  addonOffPercent: number;
  differencePercent: number;
  pythonThreadsOnPercent: number;
}

/** Seconds of CPU (user + system) in one /proc stat line. */
function cpuOf(statLine: string): number {
  const fields = statLine.slice(statLine.lastIndexOf(") ") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function processSeconds(pid: number): number {
  return cpuOf(readFileSync(`/proc/${pid}/stat`, "utf8"));
}

/** CPU seconds of each of Kodi's Python threads, by thread id (a thread gone since is simply missing). */
function pythonThreadSeconds(pid: number): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const thread of readdirSync(`/proc/${pid}/task`)) {
    try {
      const line = readFileSync(`/proc/${pid}/task/${thread}/stat`, "utf8");
      if (line.slice(line.indexOf("(") + 1, line.lastIndexOf(")")) === "LanguageInvoker") {
        seconds.set(thread, cpuOf(line));
      }
    } catch {
      // The thread ended between the listing and the read: it is not counted.
      continue;
    }
  }
  return seconds;
}

function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

async function sleep(milliseconds: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Kodi's CPU over `seconds`: the whole process and its Python threads, % of a core. */
async function measure(kodi: KodiInstance, seconds: number): Promise<{ percent: number; pythonPercent: number }> {
  const threadsBefore = pythonThreadSeconds(kodi.pid);
  const before = processSeconds(kodi.pid);
  const started = Date.now();
  await sleep(seconds * 1000);
  const elapsed = (Date.now() - started) / 1000;
  let python = 0;
  for (const [thread, total] of pythonThreadSeconds(kodi.pid)) {
    python += total - (threadsBefore.get(thread) ?? 0);
  }
  return { percent: round2(((processSeconds(kodi.pid) - before) / elapsed) * 100), pythonPercent: round2((python / elapsed) * 100) };
}

/**
 * `runs` pairs on `kodi`, whose add-on `addonId` is switched off when this starts: off, then on
 * (once its service logged `running` again and its start-up notifications faded), each over
 * `seconds`; between runs it is switched off until its service logged `stopped`. It is left running.
 */
export async function measureIdleCpu(
  kodi: KodiInstance,
  addon: { id: string; running: RegExp; stopped: RegExp },
  seconds: number,
  runs: number,
): Promise<IdleCpu> {
  const addonId = addon.id;
  const results: IdleRun[] = [];
  const count = (pattern: RegExp): number => (kodi.logText().match(new RegExp(pattern.source, "g")) ?? []).length;
  for (let run = 0; run < runs; run++) {
    const off = await measure(kodi, seconds);
    const running = count(addon.running);
    await kodi.enableAddon(addonId);
    await waitFor(`${addonId} to run again`, () => count(addon.running) > running, 60_000, 100);
    // Kodi draws its start-up toasts (5 s) with the software renderer: not idle yet.
    await sleep(8_000);
    const on = await measure(kodi, seconds);
    results.push({ offPercent: off.percent, onPercent: on.percent, pythonThreadsOnPercent: on.pythonPercent, loadAverage: loadAverage() });
    if (run < runs - 1) {
      const stopped = count(addon.stopped);
      await kodi.rpc("Addons.SetAddonEnabled", { addonid: addonId, enabled: false });
      await waitFor(`${addonId} to stop`, () => count(addon.stopped) > stopped, 30_000, 100);
    }
  }
  const addonOnPercent = median(results.map((run) => run.onPercent));
  const addonOffPercent = median(results.map((run) => run.offPercent));
  return {
    seconds,
    runs: results,
    addonOnPercent,
    addonOffPercent,
    differencePercent: round2(median(results.map((run) => run.onPercent - run.offPercent))),
    pythonThreadsOnPercent: median(results.map((run) => run.pythonThreadsOnPercent)),
  };
}
