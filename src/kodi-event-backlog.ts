/**
 * Kodi's events (library changes, settings saved, the settings buttons) taken from Kodi but not yet
 * handled. A burst of changes in Kodi is handled over several rounds of the service loop, a time
 * budget each, so the broker's side of the loop (the outbox under a publish rate limit, the broker's
 * answers, reconnections) still runs between them. Handled all at once, 12,000 changes made through
 * JSON-RPC at 20 a second (each read back from Kodi in about 300 ms while Kodi was busy with them, at
 * load 14) made one round last minutes: 14 publications reached the broker in 9 minutes.
 */

/** What the backlog needs of an event (cloudsync_host/monitor's KodiEvent has it). */
export interface QueuedKodiEvent {
  kind: string;
  sender: string;
  method: string;
  data: string;
}

export class KodiEventBacklog {
  private events: QueuedKodiEvent[] = [];
  /** How many of `events` are handled; the list is dropped once all are (no shifting a long list). */
  private handled = 0;

  add(events: QueuedKodiEvent[]): void {
    for (const event of events) {
      this.events.push(event);
    }
  }

  /** Events taken and not yet handled. */
  get waiting(): number {
    return this.events.length - this.handled;
  }

  /**
   * Hands events to `handle` in the order Kodi queued them until none wait or `budgetMilliseconds`
   * have passed on `clock` (at least one is handled). An event whose handling throws is not handed
   * again; the ones after it wait for the next call.
   */
  handleWithin(budgetMilliseconds: number, clock: () => number, handle: (event: QueuedKodiEvent) => void): void {
    const ends = clock() + budgetMilliseconds;
    while (this.handled < this.events.length) {
      const event = this.events[this.handled]!;
      this.handled += 1;
      if (this.handled === this.events.length) {
        this.events = [];
        this.handled = 0;
      }
      handle(event);
      if (clock() >= ends) {
        return;
      }
    }
  }
}
