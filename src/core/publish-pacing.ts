/**
 * Paces publications to the broker's rate limit (the setting "Publishes per second", 0: none).
 * Some brokers limit each client (EMQX's free tier: 10 publishes per second) and stop reading from
 * a client that goes faster, which would stall its keep-alives and acknowledgements too; so this
 * device never hands Paho more than the limit in any window of PACING_WINDOW_MILLISECONDS. Pure:
 * the time is a parameter, the caller keeps what may not go yet (the outbox).
 */

/**
 * A little longer than the broker's second: a publication handed over here reaches the broker a
 * few milliseconds later (Paho's thread, TCP), and two publications a limit apart must still be a
 * full second apart where the broker counts them. It costs a tenth of the rate. Measured with a
 * proxy counting PUBLISH packets per sliding second (test/e2e/broker-limits.test.ts): at most 10
 * at a limit of 10 in the e2e burst of 320; but in a 12,000-change burst at a load average of 11–19
 * up to 20 in one second (128 of 12,001 arrivals over the limit), so a delay longer than this
 * margin on the way to the broker is not covered (docs/protocol.md, "Brokers' limits").
 */
export const PACING_WINDOW_MILLISECONDS = 1100;

export class PublishPacer {
  /** When the publications of the current window went, oldest first. */
  private sentAt: number[] = [];
  private perSecond = 0;

  /** The limit from the settings; 0 (or less): none. */
  setLimit(perSecond: number): void {
    this.perSecond = Math.max(0, Math.floor(perSecond));
  }

  get limited(): boolean {
    return this.perSecond > 0;
  }

  /** Whether one more publication may go at `now`. */
  mayPublish(now: number): boolean {
    if (!this.limited) {
      return true;
    }
    this.forget(now);
    return this.sentAt.length < this.perSecond;
  }

  /** A publication went at `now` (counted even past the limit: the catch-up marker cannot wait). */
  published(now: number): void {
    if (this.limited) {
      this.sentAt.push(now);
    }
  }

  /** The earliest time from which one more publication may go (`now` when it may now). */
  nextAllowedAt(now: number): number {
    if (this.mayPublish(now)) {
      return now;
    }
    const oldest = this.sentAt[this.sentAt.length - this.perSecond];
    return oldest === undefined ? now : oldest + PACING_WINDOW_MILLISECONDS;
  }

  private forget(now: number): void {
    // A clock set back would otherwise hold publishing up until it caught up: such times are forgotten too.
    this.sentAt = this.sentAt.filter((at) => at > now - PACING_WINDOW_MILLISECONDS && at <= now);
  }
}
