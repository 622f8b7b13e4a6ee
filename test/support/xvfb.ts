/** One headless X display for the Kodi instances of a test run. */
import { existsSync } from "node:fs";
import { startProcess, StartedProcess, waitFor } from "./process";

export interface Xvfb {
  display: string;
  pid: number;
  stop(): Promise<void>;
}

/** A display number nobody uses: no socket and no lock file for it. */
function freeDisplayNumber(): number {
  for (let number = 90 + (process.pid % 200); number < 1000; number++) {
    if (!existsSync(`/tmp/.X11-unix/X${number}`) && !existsSync(`/tmp/.X${number}-lock`)) {
      return number;
    }
  }
  throw new Error("no free X display number");
}

export async function startXvfb(): Promise<Xvfb> {
  const number = freeDisplayNumber();
  const started: StartedProcess = startProcess("Xvfb", "Xvfb", [`:${number}`, "-screen", "0", "1280x720x24", "-nolisten", "tcp"]);
  await waitFor(
    `Xvfb on display :${number}`,
    () => {
      if (started.hasExited()) {
        throw new Error(`Xvfb exited: ${started.output()}`);
      }
      return existsSync(`/tmp/.X11-unix/X${number}`);
    },
    15_000,
  );
  return { display: `:${number}`, pid: started.pid, stop: () => started.stop() };
}
