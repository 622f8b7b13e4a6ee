/**
 * When a burst of states from the group (a device coming back to thousands of retained states)
 * takes more than a few seconds, the user sees its progress: "Catching up: 3,400 of 12,000". This
 * decides when the progress shows, what it says and when it closes; the service draws it.
 *
 * A burst starts with a round that leaves messages waiting and ends with the first round that
 * empties the queue. The total is what was handled plus what waits now: the broker may still hold
 * some back (the queue is bounded), so it can grow while the burst goes on.
 */

/** A burst shorter than this shows nothing: a progress bar that flashes is noise. */
export const PROGRESS_AFTER_MILLISECONDS = 3_000;
/** Updating the dialog costs Kodi a redraw: at most this often. */
export const PROGRESS_UPDATE_MILLISECONDS = 500;

export type ProgressStep = { kind: "none" } | { kind: "show" | "update"; handled: number; total: number } | { kind: "close" };

export class CatchUpProgress {
  private startedAt = -1;
  private handled = 0;
  private shown = false;
  private updatedAt = 0;

  /** One service round: `handled` messages taken, `waiting` still queued. */
  round(handled: number, waiting: number, now: number): ProgressStep {
    if (this.startedAt < 0) {
      if (waiting === 0) {
        return { kind: "none" };
      }
      this.startedAt = now;
      this.handled = 0;
    }
    this.handled += handled;
    if (waiting === 0) {
      this.startedAt = -1;
      if (this.shown) {
        this.shown = false;
        return { kind: "close" };
      }
      return { kind: "none" };
    }
    if (now - this.startedAt < PROGRESS_AFTER_MILLISECONDS) {
      return { kind: "none" };
    }
    if (this.shown && now - this.updatedAt < PROGRESS_UPDATE_MILLISECONDS) {
      return { kind: "none" };
    }
    const kind = this.shown ? "update" : "show";
    this.shown = true;
    this.updatedAt = now;
    return { kind: kind, handled: this.handled, total: this.handled + waiting };
  }
}

/** 12000 → "12,000", as the progress line writes counts. */
export function groupThousands(count: number): string {
  const digits = String(Math.floor(count));
  let grouped = "";
  for (let index = 0; index < digits.length; index++) {
    if (index > 0 && (digits.length - index) % 3 === 0) {
      grouped += ",";
    }
    grouped += digits.charAt(index);
  }
  return grouped;
}
