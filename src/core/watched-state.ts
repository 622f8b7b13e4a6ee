/** The watched status of one item as the sync group knows it (merged by conflict-rule.ts). */

export interface WatchedState {
  playcount: number;
  /** Kodi's "YYYY-MM-DD HH:MM:SS", or "" when never played. */
  lastplayed: string;
  /**
   * The same moment as a UTC instant ("YYYY-MM-DDTHH:MM:SSZ"), which each device shows in its own
   * time zone; absent from older devices, "" for items never played.
   */
  playedAt?: string;
  /** When the change was made, in milliseconds since the Unix epoch (the changing device's clock). */
  time: number;
  /** The id of the device that made the change. */
  device: string;
}
