/**
 * `npm run demo`: two Kodi devices, "Living room" and "Bedroom", in sync through a local
 * Mosquitto, on this machine, in about a minute. Builds the add-on if needed, starts the broker
 * (a throwaway config on a free loopback port), both Kodis with a small generated library each
 * and the built add-on installed and set up, prints where everything is, then streams the sync
 * events. Ctrl-C stops everything it started, by PID, and removes its temporary folder.
 *
 *   --self-test   also marks a film watched, sets a resume point, adds a favourite and marks an
 *                 episode watched, prints the latencies, and exits (0 when all of it worked)
 *   --headless    no windows even when DISPLAY is set (each Kodi gets an Xvfb screen of its own)
 */
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addonSettingsFile, readAddonSetting } from "../test/support/addon-settings";
import { Household } from "../test/support/household";
import { KodiInstance } from "../test/support/kodi";
import { windowActive, yesNoQuestion } from "../test/support/kodi-dialogs";
import { ADDON_ID, repoPath, writeArtifact } from "../test/support/paths";
import { startProcessesInOwnGroups, waitFor } from "../test/support/process";
import { buildIfNeeded } from "./build-if-needed";
import { DEMO_MOVIES, DEMO_SHOW, makeDemoMedia, mediaFoldersFor, scanDemoMedia } from "./library";
import { describeEvent, LiveLog } from "./live-log";
import { saveScreenshots, Screen } from "./screenshots";
import { DemoDevice, runSelfTest } from "./self-test";

interface Options {
  selfTest: boolean;
  headless: boolean;
}

interface DeviceSpec {
  name: string;
  slug: string;
  deviceId: string;
  style: "living room" | "bedroom";
}

const DEVICES: DeviceSpec[] = [
  { name: "Living room", slug: "living-room", deviceId: "living-room", style: "living room" },
  { name: "Bedroom", slug: "bedroom", deviceId: "bedroom", style: "bedroom" },
];

const SCREENSHOTS_DIR = repoPath("demo-screenshots");
const MOVIES_FOLDER = "videodb://movies/titles/";
const REQUIRED_PROGRAMS: Record<string, string> = { kodi: "kodi", mosquitto: "mosquitto", ffmpeg: "ffmpeg", sqlite3: "sqlite3", unzip: "unzip" };

function parseOptions(args: string[]): Options {
  const known = ["--self-test", "--headless"];
  const unknown = args.filter((arg) => !known.includes(arg));
  if (unknown.length > 0) {
    console.error(`npm run demo: unknown option ${unknown.join(" ")} (known: ${known.join(", ")})`);
    process.exit(2);
  }
  return { selfTest: args.includes("--self-test"), headless: args.includes("--headless") || !process.env.DISPLAY };
}

function onPath(command: string): boolean {
  return ["/usr/bin", "/usr/sbin", "/bin", "/usr/local/bin", ...(process.env.PATH ?? "").split(":")].some(
    (folder) => folder !== "" && existsSync(join(folder, command)),
  );
}

/** Stops with the apt-get command when a program the demo runs is missing. */
function checkPrograms(headless: boolean): void {
  const programs = headless ? { ...REQUIRED_PROGRAMS, xvfb: "Xvfb" } : REQUIRED_PROGRAMS;
  const missing = Object.entries(programs)
    .filter(([, command]) => !onPath(command))
    .map(([pkg]) => pkg);
  if (missing.length > 0) {
    console.error(`The demo runs real programs that are not installed: ${missing.join(", ")}.`);
    console.error(`Install them (Debian 12) with:  sudo apt-get install -y ${missing.join(" ")}`);
    process.exit(2);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function clock(at: number): string {
  return new Date(at).toTimeString().slice(0, 8) + "." + String(at % 1000).padStart(3, "0");
}

class Demo {
  private household: Household | undefined;
  private readonly devices: DemoDevice[] = [];
  private readonly screens: Screen[] = [];
  private liveLog: LiveLog | undefined;
  private readonly printed: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private questionTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;
  private interrupted = false;
  private step = "";
  private started = false;

  constructor(
    private readonly options: Options,
    private readonly tempDir: string,
    private readonly startedAt: number,
  ) {}

  private say(line = ""): void {
    this.printed.push(line);
    console.log(line);
  }

  private checkInterrupted(): void {
    if (this.interrupted) {
      throw new Error("interrupted");
    }
  }

  private begin(step: string): void {
    this.checkInterrupted();
    this.step = step;
    console.log(`  ${step}…`);
  }

  async start(): Promise<void> {
    this.begin("starting Mosquitto" + (this.options.headless ? " and a headless screen for each Kodi" : ` (Kodi windows on display ${process.env.DISPLAY})`));
    this.household = await Household.start("demo", { display: this.options.headless ? undefined : process.env.DISPLAY });
    const household = this.household;
    for (const [index, spec] of DEVICES.entries()) {
      const display = this.options.headless && index > 0 ? (await household.startDisplay()).display : household.display;
      this.screens.push({ slug: spec.slug, label: spec.name, display });
    }
    const screens = household.startedDisplays.map((xvfb) => `Xvfb ${xvfb.display} PID ${xvfb.pid}`);
    console.log(`  started Mosquitto on 127.0.0.1:${household.broker.port} PID ${household.broker.pid}${screens.length > 0 ? `, ${screens.join(", ")}` : ""}`);
    for (const [index, spec] of DEVICES.entries()) {
      const folder = join(household.workDir, spec.slug);
      const media = mediaFoldersFor(folder, spec.style);
      this.begin(
        `${spec.name}: making its library (${DEMO_MOVIES.length} films and ${DEMO_SHOW.episodes.length} episodes) in ${media.movies} and ${media.shows}`,
      );
      await makeDemoMedia(media);
      this.begin(`${spec.name}: starting Kodi with CloudSync`);
      const kodi = await household.startDevice({
        name: spec.name,
        deviceId: spec.deviceId,
        workDir: folder,
        display: this.screens[index]?.display,
        settings: { sync_favorites: "true" },
        guiSettings: this.kodiSettings(),
        beforeEnabling: (started) => scanDemoMedia(started, media),
      });
      console.log(`  ${spec.name}: Kodi PID ${kodi.pid}, CloudSync caught up with the group`);
      this.devices.push(await this.setUpPageOf(spec.name, kodi));
    }
    this.begin("opening Movies on both screens");
    for (const device of this.devices) {
      await this.showMovies(device.kodi);
    }
    this.started = true;
  }

  /**
   * Kodi's own settings for a demo device: windowed on a user's display (two fit side by side),
   * no ".." row in lists, and no event server (both would want its fixed port 9777).
   */
  private kodiSettings(): Record<string, string> {
    const settings: Record<string, string> = { "filelists.showparentdiritems": "false", "services.esenabled": "false" };
    if (!this.options.headless) {
      Object.assign(settings, { "videoscreen.screenmode": "WINDOW", "window.width": "960", "window.height": "540" });
    }
    return settings;
  }

  /** The set-up page's address and the PIN CloudSync made up at its first start, from its settings file. */
  private async setUpPageOf(name: string, kodi: KodiInstance): Promise<DemoDevice> {
    const file = addonSettingsFile(kodi.profile, ADDON_ID);
    const pin = await waitFor(`${name}'s CloudSync to make up its web page PIN`, () => readAddonSetting(file, "web_pin") || undefined, 15_000);
    const port = readAddonSetting(file, "web_config_port");
    const setUpPage = `http://127.0.0.1:${port}/`;
    await waitFor(
      `${name}'s set-up page to answer at ${setUpPage}`,
      async () => (await fetch(setUpPage, { signal: AbortSignal.timeout(5_000) })).status === 401,
      15_000,
      200,
    );
    return { name, kodi, setUpPage, pin };
  }

  /**
   * Kodi 20 asks "Disabled add-ons: Would you like to enable this add-on?" for add-ons it finds
   * in a new profile (Debian's visualisations, for instance), one after another, some seconds
   * after start. The demo answers No, as a user would (CloudSync is enabled already). True when
   * it answered one.
   */
  private async answerStartupQuestion(kodi: KodiInstance): Promise<boolean> {
    const question = await yesNoQuestion(kodi);
    if (question?.heading !== "Disabled add-ons") {
      return false;
    }
    await kodi.rpc("Input.Back");
    return true;
  }

  /** Kodi's Movies list on screen, where a synced film gets its watched tick. */
  async showMovies(kodi: KodiInstance): Promise<void> {
    await waitFor(
      `${kodi.name} to show its Movies list`,
      async () => {
        if (await this.answerStartupQuestion(kodi)) {
          return false;
        }
        const labels = await kodi.rpc<Record<string, string>>("XBMC.GetInfoLabels", { labels: ["Container.FolderPath"] });
        if (labels["Container.FolderPath"] !== MOVIES_FOLDER || (await windowActive(kodi, "yesnodialog"))) {
          await kodi.rpc("GUI.ActivateWindow", { window: "videos", parameters: [MOVIES_FOLDER] });
          return false;
        }
        return true;
      },
      30_000,
      300,
    );
  }

  /** Questions Kodi asks later are answered too, every 2 s, so the screens keep showing the films. */
  private answerLaterQuestions(): void {
    this.questionTimer = setInterval(() => {
      for (const device of this.devices) {
        this.answerStartupQuestion(device.kodi).catch(() => undefined);
      }
    }, 2_000);
  }

  async printInstructions(): Promise<void> {
    const household = this.household;
    if (household === undefined) {
      return;
    }
    const [livingRoom] = this.devices;
    const film = DEMO_MOVIES[0]?.title ?? "";
    const filmId = livingRoom === undefined ? 0 : ((await livingRoom.kodi.getMovies()).find((movie) => movie.title === film)?.movieid ?? 0);
    this.say("");
    this.say(`CloudSync demo ready in ${seconds(Date.now() - this.startedAt)}: two Kodi devices in sync through a local Mosquitto.`);
    this.say("");
    for (const [index, device] of this.devices.entries()) {
      const kodi = device.kodi;
      this.say(`  ${device.name}`);
      this.say(`    Kodi JSON-RPC   http://127.0.0.1:${kodi.port}/jsonrpc`);
      this.say(`    Kodi web        http://127.0.0.1:${kodi.port}/`);
      this.say(`    set-up page     ${device.setUpPage}   PIN ${device.pin}`);
      this.say(
        `    screen          ${this.options.headless ? `headless, display ${this.screens[index]?.display}` : `a window on display ${this.screens[index]?.display}`}`,
      );
      this.say(`    Kodi's PID      ${kodi.pid}, log ${kodi.logPath}`);
    }
    this.say(`  Broker            Mosquitto on 127.0.0.1:${household.broker.port} (PID ${household.broker.pid}), sync group "${household.group}"`);
    this.say("");
    this.say("Try it:");
    this.say(`  - open a Kodi web address above (Kodi's own web interface), pick a film and mark it watched;`);
    this.say(`    the other device's Movies list ticks it within a second.`);
    if (livingRoom !== undefined) {
      this.say(`  - or from a shell: mark '${film}' watched in the ${livingRoom.name.toLowerCase()}:`);
      this.say(
        `      curl -s -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"VideoLibrary.SetMovieDetails","params":{"movieid":${filmId},"playcount":1}}' http://127.0.0.1:${livingRoom.kodi.port}/jsonrpc`,
      );
    }
    this.say("  - open a set-up page and enter its PIN: the status shows both devices online.");
    if (this.options.headless) {
      this.say(`  - type s and Enter (or: kill -USR1 ${process.pid}) to save screenshots of both Kodi screens to ${SCREENSHOTS_DIR}/`);
    }
    this.say(`  - Ctrl-C stops everything the demo started and removes ${this.tempDir}`);
    this.say("");
    this.say(`pids: ${this.pids().join(" ")}`);
    this.say(`temporary folder: ${this.tempDir}`);
    this.say("");
    this.say("Sync events, live:");
  }

  /** Every process the demo started: the Kodis, the broker, the Xvfb displays. */
  private pids(): number[] {
    const household = this.household;
    if (household === undefined) {
      return [];
    }
    return [...this.devices.map((device) => device.kodi.pid), household.broker.pid, ...household.startedDisplays.map((display) => display.pid)];
  }

  followSyncEvents(): void {
    this.liveLog = new LiveLog(
      this.devices.map((device, index) => ({ name: device.name, deviceId: DEVICES[index]?.deviceId ?? "", logPath: device.kodi.logPath })),
    );
    this.timer = setInterval(() => this.printSyncEvents(), 200);
    this.answerLaterQuestions();
  }

  private printSyncEvents(): void {
    for (const event of this.liveLog?.poll() ?? []) {
      this.say(`  ${clock(event.at)}  ${describeEvent(event)}`);
    }
  }

  liveLogShows(pattern: RegExp): boolean {
    this.printSyncEvents();
    return this.printed.some((line) => pattern.test(line));
  }

  /** Screenshots of both screens, on request (s + Enter, SIGUSR1). */
  screenshots(): string[] {
    if (!this.options.headless || this.devices.length < DEVICES.length || this.stopping !== undefined) {
      console.log(this.options.headless ? "  (screenshots once both devices are up)" : "  (the Kodi windows are on your screen)");
      return [];
    }
    try {
      const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
      const files = saveScreenshots(SCREENSHOTS_DIR, this.screens, stamp);
      this.say(`  screenshots: ${files.join(", ")}`);
      return files;
    } catch (error) {
      console.log(`  screenshots failed: ${(error as Error).message}`);
      return [];
    }
  }

  async selfTest(): Promise<void> {
    const [livingRoom, bedroom] = this.devices;
    if (livingRoom === undefined || bedroom === undefined) {
      throw new Error("the devices did not start");
    }
    this.say("");
    this.say("Self-test:");
    const measured = await runSelfTest(
      livingRoom,
      bedroom,
      (pattern) => this.liveLogShows(pattern),
      (line) => this.say(`  ✓ ${line}`),
    );
    writeArtifact("demo-self-test.json", {
      readyMs: this.readyMs,
      latenciesMs: Object.fromEntries(measured.map((entry) => [entry.what, entry.latencyMs])),
    });
    if (this.options.headless) {
      for (const device of this.devices) {
        await this.showMovies(device.kodi);
      }
      const files = this.screenshots();
      if (files.length === 0) {
        throw new Error("the screenshots of both Kodi screens could not be saved");
      }
    }
    this.say("");
    this.say(`Self-test passed; the demo was ready in ${seconds(this.readyMs)}. Latencies:`);
    for (const entry of measured) {
      this.say(`  ${String(entry.latencyMs).padStart(6)} ms  ${entry.what}`);
    }
  }

  readyMs = 0;

  /** Interrupted during start-up: the current step ends (so its process is known), then all stops. */
  interrupt(): void {
    this.interrupted = true;
    if (this.step !== "" && !this.started) {
      console.log(`\nStopping once the current step ends (${this.step})…`);
    }
  }

  /** Stops every process it started (Kodis by PID after Application.Quit, then the broker and displays) and removes the temporary folder. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      clearInterval(this.questionTimer);
      if (this.timer !== undefined) {
        clearInterval(this.timer);
        this.printSyncEvents();
      }
      const pids = this.pids();
      console.log(`\nStopping the demo: ${pids.length > 0 ? `PIDs ${pids.join(" ")}` : "nothing was running yet"}…`);
      await this.household?.stop();
      rmSync(this.tempDir, { recursive: true, force: true });
      console.log(`Stopped; removed ${this.tempDir}.`);
    })();
    return this.stopping;
  }
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  const options = parseOptions(process.argv.slice(2));
  checkPrograms(options.headless);
  console.log(`CloudSync demo${options.selfTest ? " (self-test)" : ""}: getting ready…`);
  buildIfNeeded((line) => console.log(`  ${line}`));

  // Everything temporary (broker config and data, Kodi profiles, media) goes in one folder, removed at the end.
  const tempDir = mkdtempSync(join(tmpdir(), "cloudsync-demo-"));
  chmodSync(tempDir, 0o755); // Mosquitto, started as root, drops to its own user, which must reach its folder
  process.env.TMPDIR = tempDir;
  // Ctrl-C in a terminal signals the whole foreground process group: keep Kodi, Mosquitto and Xvfb
  // out of it, so that the demo stops them in order.
  startProcessesInOwnGroups();

  console.log(`  temporary folder: ${tempDir}`);
  const demo = new Demo(options, tempDir, startedAt);
  // eslint-disable-next-line prefer-const -- assigned once, below the signal handlers that read it
  let startup: Promise<void> | undefined;
  let finish: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const stopWith = async (code: number): Promise<void> => {
    demo.interrupt();
    await startup?.catch(() => undefined);
    await demo.stop();
    finish(code);
  };
  let signals = 0;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      signals += 1;
      if (signals > 1) {
        console.log("(still stopping: the Kodis are asked to quit, then stopped by PID)");
        return;
      }
      void stopWith(signal === "SIGINT" ? 0 : 1);
    });
  }
  process.on("SIGUSR1", () => void demo.screenshots());
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (text: string) => {
    if (text.split("\n").some((line) => line.trim().toLowerCase() === "s")) {
      demo.screenshots();
    }
  });
  process.stdin.on("error", () => undefined);

  startup = demo.start();
  try {
    await startup;
    demo.readyMs = Date.now() - startedAt;
    await demo.printInstructions();
    demo.followSyncEvents();
  } catch (error) {
    if (signals === 0) {
      console.error(`\nThe demo could not start: ${(error as Error).message}`);
      void stopWith(1);
    }
    return finished;
  }
  if (options.selfTest) {
    try {
      await demo.selfTest();
      void stopWith(0);
    } catch (error) {
      console.error(`\nSelf-test failed: ${(error as Error).message}`);
      void stopWith(1);
    }
  }
  return finished;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
