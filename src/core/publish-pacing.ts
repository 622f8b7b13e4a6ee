/**
 * Paces publications to the broker's rate limit (the setting "Publishes per second", 0: none).
 * Some brokers limit each client (EMQX's free tier: 10 publishes per second) and stop reading from
 * a client that goes faster, which would stall its keep-alives and acknowledgements too; so this
 * device never hands Paho more than the limit in any window of PACING_WINDOW_MILLISECONDS. Pure:
 * the time is a parameter, the caller keeps what may not go yet (the outbox).
 */

/**
 * A little longer than the broker's second, counted from each publication's answer (see
 * `unanswered`): the broker's clock and ours differ by the trip, and a limit's worth must still be
 * a full second apart where the broker counts them. It costs a tenth of the rate.
 */
export const PACING_WINDOW_MILLISECONDS = 1100;

export class PublishPacer {
  /** When the broker answered the publications of the current window, oldest first. */
  private sentAt: number[] = [];
  /**
   * Handed to Paho, not yet answered by the broker (PUBACK, or written for QoS 0). Each takes a
   * place in the window until then: where a publication leaves this device is not known, only that
   * it left by its answer, so the window counts from the answer. Counting from the hand-over let a
   * loaded machine's delays bunch two seconds' worth into one (up to 20 at a limit of 10).
   */
  private unanswered = 0;
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
    return this.unanswered + this.sentAt.length < this.perSecond;
  }

  /** A publication was handed over (counted even past the limit: the catch-up marker cannot wait). */
  published(): void {
    if (this.limited) {
      this.unanswered += 1;
    }
  }

  /** The broker answered `count` publications at `now`: they count in the window from now on. */
  answered(count: number, now: number): void {
    const known = Math.min(Math.max(0, count), this.unanswered);
    this.unanswered -= known;
    for (let index = 0; index < known; index++) {
      this.sentAt.push(now);
    }
  }

  /** One handed over was not taken after all (Paho refused it, or it was too large): it takes no place. */
  notSent(): void {
    this.unanswered = Math.max(0, this.unanswered - 1);
  }

  /** A new connection: what the last one left unanswered is Paho's to send again, not waited for. */
  connected(): void {
    this.unanswered = 0;
  }

  private forget(now: number): void {
    // A clock set back would otherwise hold publishing up until it caught up: such times are forgotten too.
    this.sentAt = this.sentAt.filter((at) => at > now - PACING_WINDOW_MILLISECONDS && at <= now);
  }
}
