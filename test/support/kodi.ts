/**
 * A real Kodi for tests: its own HOME and profile, its own web server port for JSON-RPC, started
 * headless on a given X display and stopped by its own PID. Kodi 20 is the host's Debian package;
 * 19 and 21 run from a Debian system root (kodi-release.ts, kodi-chroot.ts), chosen per instance
 * with `release` or for the whole run with KODI_RELEASE.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { escapeXml } from "./addon-settings";
import { kodiCommand } from "./kodi-chroot";
import { KodiRelease, RELEASE_FACTS, releaseFromEnvironment, REPOSITORY_ROOT } from "./kodi-release";
import { freePort } from "./ports";
import { isAlive, startProcess, StartedProcess, waitFor } from "./process";

export interface KodiMovie {
  movieid: number;
  title: string;
  playcount: number;
  lastplayed: string;
  uniqueid: Record<string, string>;
  file: string;
  resume: { position: number; total: number };
}

export interface KodiEpisode {
  episodeid: number;
  tvshowid: number;
  showtitle: string;
  season: number;
  episode: number;
  title: string;
  playcount: number;
  lastplayed: string;
  uniqueid: Record<string, string>;
  file: string;
  resume: { position: number; total: number };
}

export interface KodiStartOptions {
  name: string;
  /** Which Kodi: 19, 20 or 21; KODI_RELEASE (default 20) when not given. */
  release?: KodiRelease;
  display: string;
  workDir: string;
  /** Add-on zips unpacked into the profile's addons folder before start (found disabled by Kodi). */
  addonZips?: string[];
  /** Add-on folders (test fixtures) copied into the profile's addons folder before start. */
  addonFolders?: string[];
  /** add-on id → setting id → value, written to addon_data/<id>/settings.xml before start. */
  addonSettings?: Record<string, Record<string, string>>;
  /** The inside of <advancedsettings>. */
  advancedSettings?: string;
  /**
   * The port of Kodi's JSON-RPC TCP server (advancedsettings.xml's <jsonrpc><tcpport>), where the
   * add-on listens for notifications. Every instance gets a free one, as two Kodis on one machine
   * cannot share 9090; give one to share it on purpose.
   */
  jsonRpcTcpPort?: number;
  /** The port of Kodi's web server (JSON-RPC over HTTP, what `rpc` calls); a free one unless given. */
  webServerPort?: number;
  /** More of Kodi's own settings (guisettings.xml): id → value, e.g. addons.unknownsources. */
  guiSettings?: Record<string, string>;
  /** File sources (sources.xml), as Settings → File manager → Add source makes them: name → path or URL. */
  fileSources?: Record<string, string>;
  /**
   * The time zone Kodi runs in, as Settings → Regional sets it (Kodi keeps dates as local time):
   * Kodi sets TZ from its own setting when it loads its settings, so TZ alone would not do.
   * `country` as /usr/share/zoneinfo/iso3166.tab names it. Unset: the machine's.
   */
  timeZone?: { zone: string; country: string };
}

/**
 * A place in one Kodi run's kodi.log. Waits take one, so that a line logged before the step a test
 * waits for (at start-up, or by an earlier test) can never satisfy the wait.
 */
export interface LogMark {
  readonly kodi: KodiInstance;
  readonly offset: number;
}

export interface InstalledAddon {
  addonid: string;
  version: string;
  enabled: boolean;
}

interface PlayerTime {
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}

function toSeconds(time: PlayerTime): number {
  return time.hours * 3600 + time.minutes * 60 + time.seconds + time.milliseconds / 1000;
}

interface JsonRpcResponse<T> {
  result?: T;
  error?: { code: number; message: string; data?: unknown };
}

/** How a start ended: Kodi answered (`failed` undefined) or can never answer (why). */
interface StartOutcome {
  failed: string | undefined;
}

/** kodi.log's lines on the web server (JSON-RPC over HTTP) and JSON-RPC's own servers. */
const STARTUP_LINES = /webserver|JSONRPC Server|TCPServer/i;

/**
 * The line with which Kodi says its web server did not start on `port` (the port was taken), if
 * it did: Kodi 21 logs `error <CWebserver[31999]>: Failed to start` and runs on without it, so
 * waiting longer cannot help.
 */
export function webServerFailure(log: string, port: number): string | undefined {
  const failed = new RegExp(`webserver\\[${port}\\]\\W*failed to start`, "i");
  return log
    .split("\n")
    .find((line) => failed.test(line))
    ?.trim();
}

export class KodiInstance {
  private stopped = false;
  /** kodi.log of the runs before a restart (Kodi moves the old one aside when it starts). */
  private earlierLog = "";

  private constructor(
    readonly name: string,
    readonly home: string,
    readonly port: number,
    readonly release: KodiRelease,
    private readonly process: StartedProcess,
    private readonly options: KodiStartOptions,
  ) {}

  get pid(): number {
    return this.process.pid;
  }

  /** Where Kodi's JSON-RPC TCP server listens (its notifications stream). */
  get jsonRpcTcpPort(): number {
    return this.options.jsonRpcTcpPort ?? 9090;
  }

  get profile(): string {
    return path.join(this.home, ".kodi");
  }

  get logPath(): string {
    return path.join(this.profile, "temp", "kodi.log");
  }

  static async start(options: KodiStartOptions): Promise<KodiInstance> {
    const home = path.join(options.workDir, "home");
    const userdata = path.join(home, ".kodi", "userdata");
    mkdirSync(userdata, { recursive: true });
    mkdirSync(path.join(home, ".kodi", "addons"), { recursive: true });
    const port = options.webServerPort ?? (await freePort());
    writeFileSync(
      path.join(userdata, "guisettings.xml"),
      [
        '<settings version="2">',
        '  <setting id="services.webserver">true</setting>',
        `  <setting id="services.webserverport">${port}</setting>`,
        '  <setting id="services.webserverauthentication">false</setting>',
        `  <setting id="services.devicename">${escapeXml(options.name)}</setting>`,
        ...(options.timeZone === undefined
          ? []
          : [
              `  <setting id="locale.timezonecountry">${escapeXml(options.timeZone.country)}</setting>`,
              `  <setting id="locale.timezone">${escapeXml(options.timeZone.zone)}</setting>`,
            ]),
        ...Object.entries(options.guiSettings ?? {}).map(([id, value]) => `  <setting id="${escapeXml(id)}">${escapeXml(value)}</setting>`),
        "</settings>",
        "",
      ].join("\n"),
    );
    const tcpPort = options.jsonRpcTcpPort ?? (await freePort());
    writeFileSync(
      path.join(userdata, "advancedsettings.xml"),
      `<advancedsettings>\n  <jsonrpc><tcpport>${tcpPort}</tcpport></jsonrpc>\n${options.advancedSettings ?? ""}\n</advancedsettings>\n`,
    );
    if (options.fileSources !== undefined) {
      const sources = Object.entries(options.fileSources).map(
        ([name, location]) =>
          `    <source>\n      <name>${escapeXml(name)}</name>\n      <path pathversion="1">${escapeXml(location)}</path>\n      <allowsharing>true</allowsharing>\n    </source>`,
      );
      writeFileSync(
        path.join(userdata, "sources.xml"),
        `<sources>\n  <files>\n    <default pathversion="1"></default>\n${sources.join("\n")}\n  </files>\n</sources>\n`,
      );
    }
    for (const zip of options.addonZips ?? []) {
      execFileSync("unzip", ["-q", "-o", zip, "-d", path.join(home, ".kodi", "addons")]);
    }
    for (const folder of options.addonFolders ?? []) {
      cpSync(folder, path.join(home, ".kodi", "addons", path.basename(folder)), { recursive: true });
    }
    for (const [addonId, given] of Object.entries(options.addonSettings ?? {})) {
      // Several Kodis share this machine, where each household device has its own: each gets its
      // own set-up page port unless the test picks one.
      const settings =
        addonId === "service.cloudsync" && given["web_config_port"] === undefined ? { ...given, web_config_port: String(await freePort()) } : given;
      const folder = path.join(userdata, "addon_data", addonId);
      mkdirSync(folder, { recursive: true });
      const lines = Object.entries(settings).map(([id, value]) => `    <setting id="${escapeXml(id)}">${escapeXml(value)}</setting>`);
      writeFileSync(path.join(folder, "settings.xml"), `<settings version="2">\n${lines.join("\n")}\n</settings>\n`);
    }
    const release = options.release ?? releaseFromEnvironment();
    const environment: Record<string, string> = {
      HOME: home,
      DISPLAY: options.display,
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      LANG: "C.UTF-8",
      KODI_HOME: "/usr/share/kodi",
      ...(options.timeZone === undefined ? {} : { TZ: options.timeZone.zone }),
    };
    // A chrooted Kodi sees the harness's folders at their host paths: its work folder, the
    // repository (built zips) and wherever its add-ons and file sources come from.
    const folders = [
      options.workDir,
      REPOSITORY_ROOT,
      ...(options.addonZips ?? []).map((zip) => path.dirname(zip)),
      ...Object.values(options.fileSources ?? {}).filter((location) => location.startsWith("/")),
    ];
    const { command, args } = kodiCommand(release, ["--standalone", "--windowing=x11"], environment, folders);
    const started = startProcess(`kodi ${options.name}`, command, args, {
      env: environment,
      cwd: options.workDir,
      logFile: path.join(options.workDir, "kodi.stdout.log"),
    });
    const kodi = new KodiInstance(options.name, home, port, release, started, { ...options, release, jsonRpcTcpPort: tcpPort });
    try {
      const outcome = await waitFor<StartOutcome>(
        `Kodi "${options.name}" to answer JSON-RPC on port ${port}`,
        async () => {
          if (started.hasExited()) {
            return { failed: `Kodi exited early: ${started.output().slice(-2000)}` };
          }
          const refused = webServerFailure(kodi.logText(), port);
          if (refused !== undefined) {
            return { failed: `Kodi could not start its web server on port ${port}, so JSON-RPC cannot be reached: "${refused}"` };
          }
          return (await kodi.rpc<string>("JSONRPC.Ping")) === "pong" ? { failed: undefined } : undefined;
        },
        // Kodi answers in 3–8 s on an idle machine; a clean clone's \`npm test\` once saw one start
        // take over 60 s while the generative test held both cores, so the bound is generous.
        120_000,
        250,
      );
      if (outcome.failed !== undefined) {
        throw new Error(outcome.failed);
      }
      await waitFor(`Kodi "${options.name}" to create its video database`, () => existsSync(kodi.videoDatabase()), 30_000);
    } catch (error) {
      const log = kodi.logText();
      // The tail alone can be all audio-sink retries (Kodi has no sound card here), so the lines
      // that tell why JSON-RPC did not answer come first.
      const telling = log.split("\n").filter((line) => STARTUP_LINES.test(line));
      const tail = log === "" ? "(no kodi.log)" : log.slice(-3000);
      await kodi.stop();
      throw new Error(`${(error as Error).message}\n--- kodi.log, web server and JSON-RPC lines ---\n${telling.join("\n")}\n--- kodi.log tail ---\n${tail}`, {
        cause: error,
      });
    }
    return kodi;
  }

  /** The video library's SQLite file, whose name changes with each release's schema. */
  videoDatabase(): string {
    return path.join(this.profile, "userdata", "Database", RELEASE_FACTS[this.release].videoDatabase);
  }

  async rpc<T>(method: string, params: object = {}): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${this.port}/jsonrpc`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as JsonRpcResponse<T>;
    if (body.error !== undefined) {
      throw new Error(`${this.name}: JSON-RPC ${method} failed: ${body.error.message} ${JSON.stringify(body.error.data ?? "")}`);
    }
    return body.result as T;
  }

  async enableAddon(addonId: string): Promise<void> {
    await this.rpc("Addons.SetAddonEnabled", { addonid: addonId, enabled: true });
  }

  /** The add-on as installed (version, enabled), or undefined when it is not installed. */
  async installedAddon(addonId: string): Promise<InstalledAddon | undefined> {
    try {
      const result = await this.rpc<{ addon: InstalledAddon & { installed: boolean } }>("Addons.GetAddonDetails", {
        addonid: addonId,
        properties: ["version", "enabled", "installed"],
      });
      return result.addon.installed ? { addonid: result.addon.addonid, version: result.addon.version, enabled: result.addon.enabled } : undefined;
    } catch {
      return undefined; // Kodi answers "Invalid params" for an add-on it does not have
    }
  }

  /** Registers `directory` as a movie source scraped from .nfo files, scans it and waits for its movies. */
  async addMovieSource(directory: string): Promise<void> {
    await this.addSource(directory, "movies", "metadata.local");
    const expected = readdirSync(directory).length;
    await waitFor(
      `${expected} movie(s) from ${directory} in ${this.name}'s library`,
      async () => (await this.getMovies()).filter((movie) => movie.file.startsWith(this.withSlash(directory))).length >= expected,
      60_000,
      250,
    );
    await this.waitForScanToEnd();
  }

  /** Registers `directory` as a TV show source, scans it and waits for `episodes` episodes. */
  async addShowSource(directory: string, episodes: number): Promise<void> {
    await this.addSource(directory, "tvshows", "metadata.local");
    await waitFor(
      `${episodes} episode(s) from ${directory} in ${this.name}'s library`,
      async () => (await this.getEpisodes()).filter((episode) => episode.file.startsWith(this.withSlash(directory))).length >= episodes,
      60_000,
      250,
    );
    await this.waitForScanToEnd();
  }

  private withSlash(directory: string): string {
    return directory.endsWith("/") ? directory : directory + "/";
  }

  private async addSource(directory: string, content: string, scraper: string): Promise<void> {
    const folder = this.withSlash(directory);
    const quoted = folder.replaceAll("'", "''");
    // Kodi (and the add-on's writes through it) may hold the database for a moment: wait, do not fail.
    execFileSync("sqlite3", [
      "-cmd",
      ".timeout 15000",
      this.videoDatabase(),
      `INSERT INTO path (strPath, strContent, strScraper, scanRecursive, useFolderNames, strSettings, noUpdate, exclude) VALUES ('${quoted}', '${content}', '${scraper}', 2147483647, 0, '', 0, 0);`,
    ]);
    await this.rpc("VideoLibrary.Scan", { directory: folder, showdialogs: false });
  }

  private async waitForScanToEnd(): Promise<void> {
    await waitFor(
      `${this.name} to finish scanning`,
      async () => {
        const flags = await this.rpc<Record<string, boolean>>("XBMC.GetInfoBooleans", { booleans: ["Library.IsScanningVideo"] });
        return flags["Library.IsScanningVideo"] === false;
      },
      60_000,
      250,
    );
  }

  async getMovies(): Promise<KodiMovie[]> {
    const result = await this.rpc<{ movies?: KodiMovie[] }>("VideoLibrary.GetMovies", {
      properties: ["title", "playcount", "lastplayed", "uniqueid", "file", "resume"],
    });
    return result.movies ?? [];
  }

  /** The movie with this imdb id in this Kodi's library (each device has its own movieid for it). */
  async movieWithImdb(imdb: string): Promise<KodiMovie> {
    const movie = (await this.getMovies()).find((candidate) => candidate.uniqueid["imdb"] === imdb);
    if (movie === undefined) {
      throw new Error(`${this.name} has no movie with imdb id ${imdb}`);
    }
    return movie;
  }

  async getEpisodes(): Promise<KodiEpisode[]> {
    const result = await this.rpc<{ episodes?: KodiEpisode[] }>("VideoLibrary.GetEpisodes", {
      properties: ["title", "showtitle", "season", "episode", "playcount", "lastplayed", "uniqueid", "file", "resume", "tvshowid"],
    });
    return result.episodes ?? [];
  }

  async setMoviePlaycount(movieid: number, playcount: number): Promise<void> {
    await this.rpc("VideoLibrary.SetMovieDetails", { movieid, playcount });
  }

  async setEpisodePlaycount(episodeid: number, playcount: number): Promise<void> {
    await this.rpc("VideoLibrary.SetEpisodeDetails", { episodeid, playcount });
  }

  /** Sets or (position 0) clears a resume point the way a remote app does: JSON-RPC, no notification. */
  async setResume(item: { movieid: number } | { episodeid: number }, position: number, total: number): Promise<void> {
    const method = "movieid" in item ? "VideoLibrary.SetMovieDetails" : "VideoLibrary.SetEpisodeDetails";
    await this.rpc(method, { ...item, resume: { position, total } });
  }

  /**
   * Real playback: opens the item from the start, waits until it plays, seeks to `seconds`,
   * waits until the player is there, and stops, as a user pressing stop would. Kodi then keeps
   * the resume point (given a profile whose ignoresecondsatstart is below `seconds`).
   */
  async playAndStopAt(item: { movieid: number } | { episodeid: number }, seconds: number): Promise<void> {
    await this.rpc("Player.Open", { item, options: { resume: false } });
    const playerid = await waitFor(
      `${this.name} to have an active video player`,
      async () => (await this.rpc<{ playerid: number; type: string }[]>("Player.GetActivePlayers")).find((player) => player.type === "video")?.playerid,
      30_000,
      100,
    );
    const position = async (): Promise<{ time: number; total: number }> => {
      const properties = await this.rpc<{ time: PlayerTime; totaltime: PlayerTime }>("Player.GetProperties", { playerid, properties: ["time", "totaltime"] });
      return { time: toSeconds(properties.time), total: toSeconds(properties.totaltime) };
    };
    await waitFor(`${this.name} to be playing (a known length)`, async () => (await position()).total > 0, 30_000, 100);
    const target = { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60), seconds: Math.floor(seconds % 60), milliseconds: 0 };
    await this.rpc("Player.Seek", { playerid, value: { time: target } });
    // Kodi lands on the key frame before the target (test videos have one a second): within 1 s.
    // A seek sent just as playback starts can be dropped (seen once on Kodi 21 on a loaded machine:
    // the video played on from the start): one not there after 5 s is sent again.
    let seekSentAt = Date.now();
    await waitFor(
      `${this.name}'s player to reach ${seconds} s`,
      async () => {
        if ((await position()).time >= seconds - 1) {
          return true;
        }
        if (Date.now() - seekSentAt > 5_000) {
          seekSentAt = Date.now();
          await this.rpc("Player.Seek", { playerid, value: { time: target } });
        }
        return false;
      },
      30_000,
      100,
    );
    await this.rpc("Player.Stop", { playerid });
    await waitFor(`${this.name}'s player to stop`, async () => (await this.rpc<unknown[]>("Player.GetActivePlayers")).length === 0, 30_000, 100);
  }

  /** Quits this Kodi and starts it again on the same home (profile, library, add-ons and their data kept). */
  async restart(): Promise<KodiInstance> {
    await this.stop();
    const earlier = this.fullLogText();
    const restarted = await KodiInstance.start({ ...this.options, addonZips: [], addonFolders: [], addonSettings: {} });
    restarted.earlierLog = earlier;
    return restarted;
  }

  /** This run's kodi.log. */
  logText(): string {
    return existsSync(this.logPath) ? readFileSync(this.logPath, "utf8") : "";
  }

  /** kodi.log of every run of this profile, restarts included. */
  fullLogText(): string {
    return this.earlierLog + this.logText();
  }

  /** The end of this run's kodi.log now: only what is logged after it counts as "since" it. */
  logMark(): LogMark {
    return { kodi: this, offset: this.logText().length };
  }

  /** The start of this run's kodi.log (a restarted Kodi starts a new one). */
  runStartMark(): LogMark {
    return { kodi: this, offset: 0 };
  }

  /** What this run logged after `since`. */
  logSince(since: LogMark): string {
    if (since.kodi !== this) {
      throw new Error(`a log mark of another Kodi run was used on ${this.name}'s log`);
    }
    return this.logText().slice(since.offset);
  }

  /** The first line logged after `since` that matches `pattern`, waiting up to `timeoutMs` for it. */
  async waitForLog(pattern: RegExp, timeoutMs: number, since: LogMark): Promise<string> {
    try {
      return await waitFor(
        `${this.name}'s kodi.log to show ${pattern}`,
        () =>
          this.logSince(since)
            .split("\n")
            .find((line) => pattern.test(line)),
        timeoutMs,
        100,
      );
    } catch (error) {
      // What Kodi did meanwhile is what tells a slow answer from a lost one (a Kodi 19 "Test
      // connection" over TLS once gave no line in 15 s on a loaded machine, and 1-4 s in three reruns).
      const lines = this.logSince(since).trimEnd().split("\n");
      throw new Error(
        `${(error as Error).message}\nkodi.log since the wait began (last ${Math.min(lines.length, 40)} of ${lines.length} lines):\n${lines.slice(-40).join("\n")}`,
        { cause: error },
      );
    }
  }

  /** Application.Quit, then this Kodi's own PID if it is still alive. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopped) {
      return;
    }
    this.stopped = true;
    if (!this.process.hasExited()) {
      try {
        await this.rpc("Application.Quit");
      } catch {
        // Not answering: the PID below ends it.
      }
      try {
        await waitFor(`Kodi "${this.name}" (PID ${this.pid}) to quit`, () => !isAlive(this.pid) || this.process.hasExited(), 20_000, 200);
      } catch {
        await this.process.stop(2_000);
      }
    }
  }
}
