/**
 * The one conflict rule of the sync group, for every field of every item and favourite: the state
 * with the later event time wins; on equal times the greater device id wins, so every device picks
 * the same winner whatever order the states arrive in.
 */

/** When a state was made (milliseconds since the Unix epoch, the changing device's clock) and by whom. */
export interface Stamp {
  time: number;
  device: string;
}

export function isNewer(candidate: Stamp, current: Stamp | null): boolean {
  if (current === null) {
    return true;
  }
  if (candidate.time !== current.time) {
    return candidate.time > current.time;
  }
  return candidate.device > current.device;
}

export function isSameStamp(a: Stamp, b: Stamp): boolean {
  return a.time === b.time && a.device === b.device;
}

/** A change made now, never stamped earlier than the state it replaces (a device clock behind the others). */
export function stampAfter(known: Stamp | null, now: number): number {
  return known !== null && known.time >= now ? known.time + 1 : now;
}
