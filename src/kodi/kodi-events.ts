/**
 * What happens in Kodi, from its two channels: the service's xbmc.Monitor (everything, but
 * delivered only between the service thread's waits) and Kodi's JSON-RPC TCP stream (the library
 * updates, the moment Kodi makes them; its reader thread wakes the service thread). Each library
 * update comes through both; the merger lets the first copy through.
 *
 * While the stream is open the loop can wait long between rounds: a library change wakes it, and
 * what only the Monitor brings (settings saved, the settings buttons) can take half a second
 * (core/loop-schedule.ts).
 * Without it, changes made in Kodi wait for the next wait's end, so the loop waits less.
 */

import { KodiEvent, ServiceMonitor } from "cloudsync_host/monitor";
import { NotificationStream } from "cloudsync_host/notifications";
import { NotificationMerger, NotificationSource } from "../core/notification-merger";
import { logDebug, logInfo, logWarning } from "../log";
import type { KodiEventSource } from "../service";

/** The notifications the stream brings: the ones whose delay a user sees on another device. */
export const STREAMED_METHODS = ["VideoLibrary.OnUpdate", "AudioLibrary.OnUpdate"];

export class KodiEvents implements KodiEventSource {
  private readonly merger = new NotificationMerger();

  constructor(
    private readonly monitor: ServiceMonitor,
    private readonly stream: NotificationStream,
    private readonly clock: () => number,
  ) {}

  start(): void {
    this.stream.start();
  }

  stop(): void {
    this.stream.stop();
  }

  /** Waits up to `seconds`, less when another thread queued something; true when Kodi asks the service to stop. */
  wait(seconds: number): boolean {
    return this.monitor.wait(seconds);
  }

  /** True when the stream is open: a library change then wakes the service at once. */
  changesWakeTheService(): boolean {
    return this.stream.connected();
  }

  anything_queued(): boolean {
    return this.monitor.anything_queued();
  }

  /** Both channels' events, each library update once, the stream's first (it is the earlier). */
  take_events(): KodiEvent[] {
    const now = this.clock();
    for (const change of this.stream.take_state_changes()) {
      if (change.dropped > 0) {
        logWarning(`${change.dropped} notification(s) from Kodi's JSON-RPC stream were dropped (the service was busy); the same came through its callbacks`);
      }
      if (change.connected) {
        logInfo(`${change.reason}: changes made in Kodi reach the service at once`);
      } else {
        logInfo(
          `Kodi's JSON-RPC notifications unavailable (${change.reason}): changes made in Kodi reach the service through its callbacks, up to a wait later`,
        );
      }
    }
    const events: KodiEvent[] = [];
    for (const event of this.stream.take_events()) {
      this.keepFirstCopy(events, event, "stream", now);
    }
    for (const event of this.monitor.take_events()) {
      if (event.kind === "notification" && STREAMED_METHODS.includes(event.method)) {
        this.keepFirstCopy(events, event, "monitor", now);
      } else {
        events.push(event);
      }
    }
    return events;
  }

  private keepFirstCopy(events: KodiEvent[], event: KodiEvent, source: NotificationSource, now: number): void {
    const first = this.merger.firstCopy(source, event.method, event.data, now);
    // At debug level (the add-on's log-level setting): which channel brought each library update first.
    logDebug(`Kodi ${event.method} ${event.data} from its ${source === "stream" ? "JSON-RPC stream" : "callbacks"}${first ? "" : ": already handled"}`);
    if (first) {
      events.push(event);
    }
  }
}
