/**
 * Whether sync works, for the notifications a user with only a remote sees: one when sync has not
 * worked for more than a minute (with the reason), one when it works again, and none while the
 * state stays the same. Sync that is switched off, or has no broker yet, is not a problem to report.
 */

/** How long sync may fail (a broker restarting, Wi-Fi waking up) before the user is told. */
export const PROBLEM_NOTICE_MILLISECONDS = 60_000;

export type HealthNotice = { kind: "stopped"; reason: string } | { kind: "working-again" };

export class SyncHealth {
  /** When sync stopped working; 0 while it works (or is not expected to). */
  private failingSince = 0;
  private reason = "";
  private notified = false;

  /** Connected: sync works. A user told it had stopped is told it works again. */
  working(): HealthNotice | null {
    const notice: HealthNotice | null = this.notified ? { kind: "working-again" } : null;
    this.failingSince = 0;
    this.notified = false;
    return notice;
  }

  /** Not connected, for this reason (the clock starts at the first failure, not at each retry). */
  failing(reason: string, now: number): void {
    if (this.failingSince === 0) {
      this.failingSince = now;
    }
    if (reason !== "") {
      this.reason = reason;
    }
  }

  /** Sync switched off or no broker set: nothing is expected, nothing is reported. */
  notExpected(): void {
    this.failingSince = 0;
    this.notified = false;
  }

  /** The notice due now, once. */
  tick(now: number): HealthNotice | null {
    if (this.failingSince === 0 || this.notified || now - this.failingSince < PROBLEM_NOTICE_MILLISECONDS) {
      return null;
    }
    this.notified = true;
    return { kind: "stopped", reason: this.reason === "" ? "no answer from the broker" : this.reason };
  }
}
