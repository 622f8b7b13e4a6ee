/**
 * A household for end-to-end tests: one headless X display, a Mosquitto broker, and the Kodi
 * devices started on them, each with its own profile under one work folder. Every piece it starts
 * is stopped by `stop()` (Kodis by their own PIDs), so a suite's afterAll is one line.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KodiInstance, KodiStartOptions } from "./kodi";
import { Mosquitto, MosquittoOptions, startMosquitto } from "./mosquitto";
import { GroupWatcher } from "./mqtt-watcher";
import { ADDON_ID, builtZip } from "./paths";
import { startXvfb, Xvfb } from "./xvfb";

/** How long a device may take from enabling CloudSync to "caught up with the group" (Kodi's Python start included). */
export const DEVICE_START_DEADLINE_MS = 30_000;

export interface KodiOptions extends Omit<KodiStartOptions, "display" | "workDir"> {
  /** Defaults to <household>/<name>. */
  workDir?: string;
  /** Defaults to the household's display (another one from `startDisplay()`, for a screen of its own). */
  display?: string;
}

export interface DeviceOptions extends Omit<KodiOptions, "addonSettings"> {
  deviceId: string;
  /** CloudSync settings added to (or replacing) the household's defaults. */
  settings?: Record<string, string>;
  /** The broker in the device's settings; the household's own by default. */
  broker?: Mosquitto;
  /** Runs before CloudSync is enabled (a library scan, for instance). */
  beforeEnabling?: (kodi: KodiInstance) => Promise<void>;
}

export class Household {
  private readonly kodis = new Set<KodiInstance>();
  private readonly brokers: Mosquitto[] = [];
  private readonly watchers: GroupWatcher[] = [];
  private readonly displays: Xvfb[] = [];

  private constructor(
    /** Folder of this household's profiles and media. */
    readonly workDir: string,
    /** The sync group its devices share, unique to this test process. */
    readonly group: string,
    private readonly xvfb: Xvfb | undefined,
    private readonly mainBroker: Mosquitto | undefined,
    private readonly givenDisplay?: string,
  ) {
    if (mainBroker !== undefined) {
      this.brokers.push(mainBroker);
    }
  }

  /**
   * Starts the display and (unless `broker` is false) a broker. `name` names the work folder and
   * the sync group. Given a `display` (a user's own X display), it starts no Xvfb and uses that.
   */
  static async start(name: string, options: { broker?: MosquittoOptions | false; display?: string } = {}): Promise<Household> {
    const workDir = mkdtempSync(join(tmpdir(), `cloudsync-${name}-`));
    const xvfb = options.display === undefined ? await startXvfb() : undefined;
    let broker: Mosquitto | undefined;
    try {
      broker = options.broker === false ? undefined : await startMosquitto(options.broker ?? {});
    } catch (error) {
      await xvfb?.stop();
      throw error;
    }
    return new Household(workDir, `${name}-${process.pid}`, xvfb, broker, options.display);
  }

  get display(): string {
    return this.xvfb?.display ?? this.givenDisplay ?? "";
  }

  /** Another headless display (a screen of its own for a device), stopped with the household. */
  async startDisplay(): Promise<Xvfb> {
    const xvfb = await startXvfb();
    this.displays.push(xvfb);
    return xvfb;
  }

  /** The Xvfb displays this household started (none when it uses a given display), with their PIDs. */
  get startedDisplays(): Xvfb[] {
    return this.xvfb === undefined ? [...this.displays] : [this.xvfb, ...this.displays];
  }

  /** The household's broker. */
  get broker(): Mosquitto {
    if (this.mainBroker === undefined) {
      throw new Error("this household was started without a broker");
    }
    return this.mainBroker;
  }

  /** Another broker (a second one to move to, a TLS one…), stopped with the household. */
  async startBroker(options: MosquittoOptions = {}): Promise<Mosquitto> {
    const broker = await startMosquitto(options);
    this.brokers.push(broker);
    return broker;
  }

  /** A test client recording the group's messages on `broker` (the household's by default). */
  async watchGroup(broker: Mosquitto = this.broker): Promise<GroupWatcher> {
    const watcher = await GroupWatcher.start(broker.port, `cloudsync/v1/${this.group}/#`);
    this.watchers.push(watcher);
    return watcher;
  }

  /** CloudSync's settings for a device of this household, as a user would set them up. */
  settingsFor(deviceId: string, deviceName: string, broker: Mosquitto = this.broker): Record<string, string> {
    return {
      enabled: "true",
      mqtt_broker_host: "127.0.0.1",
      mqtt_broker_port: String(broker.port),
      mqtt_use_ssl: "false",
      mqtt_device_id: deviceId,
      device_name: deviceName,
      sync_group: this.group,
    };
  }

  /** A Kodi on the household's display, stopped with the household. */
  async startKodi(options: KodiOptions): Promise<KodiInstance> {
    const kodi = await KodiInstance.start({
      ...options,
      display: options.display ?? this.display,
      workDir: options.workDir ?? join(this.workDir, options.name),
    });
    this.kodis.add(kodi);
    return kodi;
  }

  /**
   * A Kodi device with the built CloudSync zip unpacked and set up for this household, enabled
   * (after `beforeEnabling`), and waited for until its service has caught up with the group.
   */
  async startDevice(options: DeviceOptions): Promise<KodiInstance> {
    const { deviceId, settings, broker, beforeEnabling, ...kodiOptions } = options;
    const kodi = await this.startKodi({
      ...kodiOptions,
      addonZips: [builtZip(), ...(kodiOptions.addonZips ?? [])],
      addonSettings: { [ADDON_ID]: { ...this.settingsFor(deviceId, options.name, broker), ...settings } },
    });
    await beforeEnabling?.(kodi);
    await kodi.enableAddon(ADDON_ID);
    await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, DEVICE_START_DEADLINE_MS, kodi.runStartMark());
    return kodi;
  }

  /** Quits `kodi` and starts it again on the same profile; the household stops the new one. */
  async restart(kodi: KodiInstance): Promise<KodiInstance> {
    this.kodis.delete(kodi);
    const restarted = await kodi.restart();
    this.kodis.add(restarted);
    return restarted;
  }

  /** Stops every Kodi, watcher and broker it started, then the display. Safe to call after a failed start. */
  async stop(): Promise<void> {
    for (const kodi of this.kodis) {
      await kodi.stop();
    }
    for (const watcher of this.watchers) {
      await watcher.stop().catch(() => undefined);
    }
    for (const broker of this.brokers) {
      await broker.stop();
    }
    for (const display of this.displays) {
      await display.stop();
    }
    await this.xvfb?.stop();
  }
}
