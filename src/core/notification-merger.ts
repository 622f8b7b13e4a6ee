/**
 * Kodi tells the service of a library change twice: at once through its JSON-RPC TCP stream, and
 * later through the service's xbmc.Monitor (delivered only between the service thread's waits).
 * Whichever copy comes first is handled; the other is recognised and dropped, so a change is read
 * once. Each source delivers each notification once, so counting copies per notification text is
 * exact whatever the interleaving, two identical changes in a row included. A copy whose twin never
 * comes (the stream was down) is forgotten after FORGET_AFTER_MILLISECONDS; the counts are bounded.
 */

/** Where a notification came from. */
export type NotificationSource = "stream" | "monitor";

/**
 * The Monitor's copy follows the stream's by at most one wait (20–100 ms) while the service is
 * idle, and by a round's work during a catch-up (200 messages, seconds on a slow box): generous.
 */
export const FORGET_AFTER_MILLISECONDS = 60_000;
/** Copies waiting for their twin, per source; past it the oldest are forgotten (a twin then counts as new: one more read, nothing lost). */
export const MOST_WAITING = 20_000;

export class NotificationMerger {
  private readonly fromStream = new WaitingCopies();
  private readonly fromMonitor = new WaitingCopies();

  /** True when this copy is the first of its notification (handle it); false when it is the twin of one handled. */
  firstCopy(source: NotificationSource, method: string, data: string, now: number): boolean {
    this.fromStream.forgetBefore(now - FORGET_AFTER_MILLISECONDS);
    this.fromMonitor.forgetBefore(now - FORGET_AFTER_MILLISECONDS);
    const key = `${method}\n${canonicalData(data)}`;
    const [own, other] = source === "stream" ? [this.fromStream, this.fromMonitor] : [this.fromMonitor, this.fromStream];
    if (other.takeOne(key)) {
      return false;
    }
    own.add(key, now);
    return true;
  }

  /** How many copies wait for their twin (for tests of the bound). */
  waitingCount(): number {
    return this.fromStream.size() + this.fromMonitor.size();
  }
}

/** One source's copies handled whose twin has not come yet, oldest first, with a count per key. */
class WaitingCopies {
  private readonly entries: { key: string; at: number }[] = [];
  private readonly counts: Map<string, number> = new Map();

  add(key: string, at: number): void {
    this.entries.push({ key, at });
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.entries.length > MOST_WAITING) {
      this.dropOldest();
    }
  }

  /** True when a copy of `key` waited (it is taken). */
  takeOne(key: string): boolean {
    if ((this.counts.get(key) ?? 0) === 0) {
      return false;
    }
    this.lower(key);
    // The twin is almost always the oldest waiting: the sources keep Kodi's order.
    const index = this.entries.findIndex((entry) => entry.key === key);
    if (index >= 0) {
      this.entries.splice(index, 1);
    }
    return true;
  }

  forgetBefore(time: number): void {
    while (this.entries.length > 0 && (this.entries[0]?.at ?? time) < time) {
      this.dropOldest();
    }
  }

  size(): number {
    return this.entries.length;
  }

  private dropOldest(): void {
    const oldest = this.entries.shift();
    if (oldest !== undefined) {
      this.lower(oldest.key);
    }
  }

  private lower(key: string): void {
    const count = this.counts.get(key) ?? 0;
    if (count <= 1) {
      this.counts.delete(key);
    } else {
      this.counts.set(key, count - 1);
    }
  }
}

/** The same data whatever spacing or escapes each source wrote it with; text that is not JSON stays as it is. */
function canonicalData(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data) as unknown);
  } catch {
    return data;
  }
}
