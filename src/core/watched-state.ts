/**
 * The watched state of one item as the sync group knows it, and the conflict rule:
 * the state with the later event time wins; on equal times the greater device id wins,
 * so every device picks the same winner whatever order the states arrive in.
 */

export interface WatchedState {
  playcount: number;
  /** Kodi's "YYYY-MM-DD HH:MM:SS", or "" when never played. */
  lastplayed: string;
  /** When the change was made, in milliseconds since the Unix epoch (the changing device's clock). */
  time: number;
  /** The id of the device that made the change. */
  device: string;
}

export function isNewerState(candidate: WatchedState, current: WatchedState | null): boolean {
  if (current === null) {
    return true;
  }
  if (candidate.time !== current.time) {
    return candidate.time > current.time;
  }
  return candidate.device > current.device;
}

export function isWatched(state: WatchedState): boolean {
  return state.playcount > 0;
}
