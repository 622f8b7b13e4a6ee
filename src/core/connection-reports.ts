/**
 * Which changes of the broker connection are news. The MQTT shim queues every one, including a
 * failure on each retry (Paho retries every 1 to 30 s); a user needs to hear a failure once, and
 * again only when the reason changes or after the connection worked in between.
 */

/** A change of the connection as the MQTT shim reports it. */
export interface ConnectionReport {
  connected: boolean;
  /** Why, in words fit for a log line. */
  reason: string;
}

export class ConnectionReports {
  /** The failure reported last since the last connect or reset; "" for none. */
  private lastFailure = "";

  /** The changes worth reporting, oldest first: every connect, and each failure unless it repeats the last one reported. */
  reportable(changes: ConnectionReport[]): ConnectionReport[] {
    const news: ConnectionReport[] = [];
    for (const change of changes) {
      if (change.connected) {
        this.lastFailure = "";
        news.push(change);
      } else if (change.reason !== this.lastFailure) {
        this.lastFailure = change.reason;
        news.push(change);
      }
    }
    return news;
  }

  /** A new connection was asked for (other settings, or stopped): its first failure is news even if the last one failed alike. */
  reset(): void {
    this.lastFailure = "";
  }
}
