/**
 * Logins waiting for their PIN check, first come first served: core/web-access.ts allows one check
 * per PIN_CHECK_INTERVAL_MILLISECONDS whoever asks, so however many addresses guess, the owner's
 * login waits behind at most the few that are already queued (one per open connection).
 */

import { WebRequest } from "cloudsync_host/web";
import { ANSWER_TIMEOUT_SECONDS } from "./web-server-rules";

interface WaitingLogin {
  request: WebRequest;
  since: number;
}

export class PinCheckQueue {
  private waiting: WaitingLogin[] = [];

  add(request: WebRequest, now: number): void {
    this.waiting.push({ request: request, since: now });
  }

  get size(): number {
    return this.waiting.length;
  }

  /**
   * The login to check now, oldest first, or null when none waits or `due` is false. A login
   * waiting longer than the server thread waits for an answer was told "busy" already: it is
   * dropped unchecked.
   */
  next(now: number, due: boolean): WebRequest | null {
    this.waiting = this.waiting.filter((login) => now - login.since < ANSWER_TIMEOUT_SECONDS * 1000);
    if (!due || this.waiting.length === 0) {
      return null;
    }
    const first = this.waiting[0];
    this.waiting = this.waiting.slice(1);
    return first === undefined ? null : first.request;
  }
}
