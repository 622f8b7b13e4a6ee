/**
 * Payloads of the retained song topics (schemas: docs/schemas/song-played.v1.json and
 * song-rating.v1.json), and reading them when they arrive. Everything from the broker is
 * untrusted: checked field by field, compared with the song and field its topic names, and
 * refused when stamped more than a day ahead of this device's clock.
 */

import { isTooFarAhead } from "./conflict-rule";
import { Reading } from "./incoming-messages";
import { MAX_ITEM_PAYLOAD_BYTES, namedItem, parseWatchedItemMessage } from "./item-messages";
import { RatingState, parseRatingMessage } from "./rating-state";
import { SongField, songName } from "./song-topics";
import { WatchedState } from "./watched-state";

/** A song's play count and last played date: the same fields and payload as a video's watched state (item-messages.ts). */
export type SongPlayedState = WatchedState;

/** A song's user rating: the same field and payload as a film's or episode's rating (rating-state.ts). */
export type SongRatingState = RatingState;

export type SongFieldState = SongPlayedState | SongRatingState;

/** The state in a payload of `field`, or the reason it is not one. */
export function parseSongState(payload: string, field: SongField): { state: SongFieldState | null; problem: string } {
  if (field === "rating") {
    const rating = parseRatingMessage(payload);
    return { state: rating.state, problem: rating.problem };
  }
  const played = parseWatchedItemMessage(payload);
  return { state: played.state, problem: played.problem };
}

/**
 * A song state for the song and field its topic names. Unlike video states (which devices before
 * 4.1 sent without it), a song state must name its song: every device that syncs music sends it.
 */
export function readSongState(message: { size: number; payload: string | null }, identity: string, field: SongField, now: number): Reading<SongFieldState> {
  if (message.size === 0) {
    return { kind: "empty" }; // an emptied retained topic: nothing to apply
  }
  if (message.size > MAX_ITEM_PAYLOAD_BYTES || message.payload === null) {
    return { kind: "refused", problem: `${message.size} bytes, not a valid song state` };
  }
  const parsed = parseSongState(message.payload, field);
  const state = parsed.state;
  if (state === null) {
    return { kind: "refused", problem: parsed.problem };
  }
  if (namedItem(message.payload) !== songName(identity, field)) {
    return { kind: "refused", problem: "the song in it is not the one its topic names" };
  }
  if (isTooFarAhead(state.time, now)) {
    return {
      kind: "refused",
      problem: `its time is ${Math.floor((state.time - now) / 3_600_000)} hour(s) ahead of this device's clock (more than a day: refused)`,
    };
  }
  return { kind: "read", value: state };
}
