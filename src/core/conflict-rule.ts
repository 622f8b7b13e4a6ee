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

/**
 * How far ahead of a receiver's clock a state may be stamped. Clocks differ by seconds, not days;
 * a state stamped further ahead (2^53 − 1, say) would win every conflict until then, freezing the item.
 */
export const MAX_FUTURE_MILLISECONDS = 24 * 60 * 60 * 1000;

/** True for a state stamped more than a day after `now`: refused, so that no one can freeze an item. */
export function isTooFarAhead(time: number, now: number): boolean {
  return time > now + MAX_FUTURE_MILLISECONDS;
}

/**
 * A change made now, never stamped earlier than the state it replaces (a device clock behind the
 * others). A known state more than a day ahead of `now` is not followed: this device's clock was
 * ahead and has been put right, and "known + 1" would keep stamping changes that others refuse.
 */
export function stampAfter(known: Stamp | null, now: number): number {
  return known !== null && known.time >= now && !isTooFarAhead(known.time, now) ? known.time + 1 : now;
}
