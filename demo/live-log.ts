/**
 * The demo's live log: follows each device's kodi.log and turns CloudSync's lines into one
 * readable line per sync ("Living room: 'Big Buck Bunny' watched → Bedroom in 42 ms"). The latency
 * is the receiver's apply time minus the sender's publish time, both Kodi's own millisecond
 * timestamps on this machine's clock.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";

export interface FollowedDevice {
  /** The name people read ("Living room"). */
  name: string;
  /** CloudSync's device id, as the other devices' "(from device …)" names it. */
  deviceId: string;
  logPath: string;
}

/** One thing the live log understood. */
export type SyncEvent =
  | { kind: "sent"; device: string; title: string; change: string; at: number }
  | { kind: "applied"; device: string; from: string; title: string; change: string; at: number; latencyMs: number | undefined }
  | { kind: "status"; device: string; text: string; at: number };

const LINE = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) .*?\[service\.cloudsync\] (.*)$/;
// The identity in brackets may hold brackets itself (a favourite's path: "Sintel (2010).mkv").
const PUBLISHED_ITEM = /^publishing "(.*)" \((?:movie|episode) .*\) (as watched|as unwatched|resuming at \d+:\d\d|with no resume point)$/;
const PUBLISHED_FAVOURITE = /^publishing favourite "(.*)" \(.*\) as (added|removed)$/;
const APPLIED_ITEM = /^marked "(.*)" (.*) \(from device (.*)\)$/;
const APPLIED_FAVOURITE = /^(added|removed) favourite "(.*)" \(from device (.*)\)$/;
const STATUS = /^(connected to the broker|caught up with the group|connection lost|set-up web page at)/;

/** Kodi's timestamp (local time, the same clock for every device here) as milliseconds. */
function parseKodiTime(stamp: string): number {
  return new Date(stamp.replace(" ", "T")).getTime();
}

function kodiTimeOf(line: string): number | undefined {
  const match = LINE.exec(line);
  return match === null ? undefined : parseKodiTime(match[1] ?? "");
}

/** Follows the devices' logs; `poll()` reads what was added since and returns the events in it. */
export class LiveLog {
  private readonly offsets = new Map<string, number>();
  private readonly partial = new Map<string, string>();
  /** "<device id>|<title>|<change>" → when that device published it. */
  private readonly sent = new Map<string, number>();

  constructor(private readonly devices: FollowedDevice[]) {
    // Only what happens from now on: the start-up lines are not news.
    for (const device of devices) {
      this.offsets.set(device.logPath, existsSync(device.logPath) ? statSync(device.logPath).size : 0);
    }
  }

  poll(): SyncEvent[] {
    // In time order across the devices, so that a sender's line is seen before the receiver's.
    const lines = this.devices
      .flatMap((device) => this.newLines(device.logPath).map((line) => ({ device, line, at: kodiTimeOf(line) })))
      .filter((entry): entry is { device: FollowedDevice; line: string; at: number } => entry.at !== undefined)
      .sort((a, b) => a.at - b.at);
    const events: SyncEvent[] = [];
    for (const { device, line } of lines) {
      const event = this.understand(device, line);
      if (event !== undefined) {
        events.push(event);
      }
    }
    return events;
  }

  private newLines(file: string): string[] {
    if (!existsSync(file)) {
      return [];
    }
    const offset = this.offsets.get(file) ?? 0;
    const size = statSync(file).size;
    if (size < offset) {
      this.offsets.set(file, 0); // a new kodi.log (Kodi restarted)
      return [];
    }
    if (size === offset) {
      return [];
    }
    const buffer = Buffer.alloc(size - offset);
    const descriptor = openSync(file, "r");
    try {
      readSync(descriptor, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(descriptor);
    }
    this.offsets.set(file, size);
    const text = (this.partial.get(file) ?? "") + buffer.toString("utf8");
    const lines = text.split("\n");
    this.partial.set(file, lines.pop() ?? "");
    return lines;
  }

  private understand(device: FollowedDevice, line: string): SyncEvent | undefined {
    const match = LINE.exec(line);
    if (match === null) {
      return undefined;
    }
    const at = parseKodiTime(match[1] ?? "");
    const message = match[2] ?? "";
    const item = PUBLISHED_ITEM.exec(message);
    const favourite = PUBLISHED_FAVOURITE.exec(message);
    if (item !== null || favourite !== null) {
      const title = (item ?? favourite)?.[1] ?? "";
      const change = item !== null ? (item[2] ?? "").replace(/^as /, "") : `favourite ${favourite?.[2] ?? ""}`;
      this.sent.set(`${device.deviceId}|${title}|${change}`, at);
      return { kind: "sent", device: device.name, title, change, at };
    }
    const applied = APPLIED_ITEM.exec(message);
    const appliedFavourite = APPLIED_FAVOURITE.exec(message);
    if (applied !== null || appliedFavourite !== null) {
      const title = (applied !== null ? applied[1] : appliedFavourite?.[2]) ?? "";
      const change = applied !== null ? (applied[2] ?? "") : `favourite ${appliedFavourite?.[1] ?? ""}`;
      const fromId = (applied !== null ? applied[3] : appliedFavourite?.[3]) ?? "";
      const sentAt = this.sent.get(`${fromId}|${title}|${change}`);
      const from = this.devices.find((candidate) => candidate.deviceId === fromId)?.name ?? `device ${fromId}`;
      return { kind: "applied", device: device.name, from, title, change, at, latencyMs: sentAt === undefined ? undefined : at - sentAt };
    }
    if (STATUS.test(message)) {
      return { kind: "status", device: device.name, text: message, at };
    }
    return undefined;
  }
}

/** The event as the demo prints it. */
export function describeEvent(event: SyncEvent): string {
  switch (event.kind) {
    case "sent":
      return `${event.device}: '${event.title}' ${event.change}, sent to the group`;
    case "applied":
      return event.latencyMs === undefined
        ? `${event.from}: '${event.title}' ${event.change} → ${event.device} (sent before the demo was watching)`
        : `${event.from}: '${event.title}' ${event.change} → ${event.device} in ${event.latencyMs} ms`;
    case "status":
      return `${event.device}: ${event.text}`;
  }
}
