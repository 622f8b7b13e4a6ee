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
  /** Events a user waits for (a settings save, a settings button): handled before the others. */
  private urgent: QueuedKodiEvent[] = [];

  /**
   * `isUrgent`: events to handle before those already waiting. A settings button pressed during a
   * burst of 12,000 library changes (read back at 3–4 a second under load) would otherwise wait an hour.
   */
  add(events: QueuedKodiEvent[], isUrgent: (event: QueuedKodiEvent) => boolean = () => false): void {
    for (const event of events) {
      if (isUrgent(event)) {
        this.urgent.push(event);
      } else {
        this.events.push(event);
      }
    }
  }

  /** Events taken and not yet handled. */
  get waiting(): number {
    return this.urgent.length + this.events.length - this.handled;
  }

  /**
   * Hands events to `handle`, the urgent ones first, each kind in the order Kodi queued them, until none wait or `budgetMilliseconds`
   * have passed on `clock` (at least one is handled). An event whose handling throws is not handed
   * again; the ones after it wait for the next call.
   */
  handleWithin(budgetMilliseconds: number, clock: () => number, handle: (event: QueuedKodiEvent) => void): void {
    const ends = clock() + budgetMilliseconds;
    while (this.urgent.length > 0) {
      const event = this.urgent.shift()!;
      handle(event);
      if (clock() >= ends) {
        return;
      }
    }
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
