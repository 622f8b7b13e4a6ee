/**
 * The catch-up marker. Right after subscribing, a device publishes a marker to a topic only it
 * reads. The broker sends every retained state of a subscription before it routes a later
 * publication, so when the marker comes back the device has every retained state of the group and
 * may publish its unsent changes without overwriting a newer state it has not seen yet.
 *
 * A broker with a full queue may drop the marker: it is sent again after some quiet. A broker that
 * never returns it (an ACL refusing the topic) must not hold unsent changes for ever: after longer
 * quiet, the device goes on as if caught up.
 */

/** A marker can be dropped by a broker whose queue is full: sent again after this much quiet. */
export const MARKER_RESEND_MILLISECONDS = 5_000;
/** If no marker returns after this much quiet (a broker that refuses it), unsent changes go out anyway. */
export const CATCH_UP_TIMEOUT_MILLISECONDS = 30_000;

export type CatchUpStep = "wait" | "resend" | "timed-out";

export class CatchUp {
  /** The marker this connection waits for; "" once caught up (or not connected yet). */
  private awaited = "";
  private sentAt = 0;
  /** When the catch-up last made progress (connected, or a message arrived). */
  private activeAt = 0;
  private connections = 0;
  /** Messages received since the last connect, for the log line that ends the catch-up. */
  messagesSinceConnect = 0;

  get waiting(): boolean {
    return this.awaited !== "";
  }

  get marker(): string {
    return this.awaited;
  }

  /** A new connection: the marker to send. The time keeps a marker queued by an earlier run from matching. */
  start(deviceId: string, now: number): string {
    this.connections += 1;
    this.messagesSinceConnect = 0;
    this.awaited = `${deviceId}#${this.connections}@${now}`;
    this.activeAt = now;
    this.sentAt = now;
    return this.awaited;
  }

  markerSent(now: number): void {
    this.sentAt = now;
  }

  messageArrived(now: number): void {
    this.messagesSinceConnect += 1;
    this.activeAt = now;
  }

  /** True when `payload` on this device's marker topic is the awaited marker: caught up. */
  isAwaitedMarker(payload: string | null): boolean {
    return this.awaited !== "" && payload === this.awaited;
  }

  finish(): void {
    this.awaited = "";
  }

  /** What a connected device waiting for its marker should do now. */
  step(now: number): CatchUpStep {
    if (this.awaited === "") {
      return "wait";
    }
    if (now - this.activeAt > CATCH_UP_TIMEOUT_MILLISECONDS) {
      return "timed-out";
    }
    if (now - Math.max(this.sentAt, this.activeAt) > MARKER_RESEND_MILLISECONDS) {
      return "resend";
    }
    return "wait";
  }
}
