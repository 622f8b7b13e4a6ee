/**
 * The resume point of one item as the sync group knows it. position 0 is "no resume point"
 * (cleared, or watched to the end): a cleared point syncs like any other change.
 */

export interface ResumeState {
  /** Seconds from the start. */
  position: number;
  /** Length of the video in seconds (0 when unknown). */
  total: number;
  /** When the change was made, in milliseconds since the Unix epoch (the changing device's clock). */
  time: number;
  device: string;
}

/** Kodi stores positions as floating-point seconds: differences below this are the same point. */
const SAME_POSITION_SECONDS = 0.5;

export function isSamePoint(a: { position: number; total: number }, b: { position: number; total: number }): boolean {
  if (a.position <= 0 && b.position <= 0) {
    return true;
  }
  return Math.abs(a.position - b.position) < SAME_POSITION_SECONDS && Math.abs(a.total - b.total) < SAME_POSITION_SECONDS;
}

/** Kodi's adjustments of a written point stay within this; a user's seek or clear goes further. */
const ADJUSTMENT_SECONDS = 3;

/** Both cleared, or both set within a few seconds of each other. */
export function isNearPoint(a: { position: number; total: number }, b: { position: number; total: number }): boolean {
  if (a.position <= 0 || b.position <= 0) {
    return a.position <= 0 && b.position <= 0;
  }
  return Math.abs(a.position - b.position) < ADJUSTMENT_SECONDS;
}
