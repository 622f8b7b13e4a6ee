/**
 * A user's rating of one item (Kodi's `userrating`) as the sync group knows it, and its payload
 * (schema: docs/schemas/rating-state.v1.json). 1–10, or 0 when cleared: a cleared rating syncs like
 * any other change. Merged by conflict-rule.ts like every field.
 */

import { readCommonFields } from "./item-messages";

export interface RatingState {
  /** 1–10; 0 is "no rating". */
  rating: number;
  /** When the change was made, in milliseconds since the Unix epoch (the changing device's clock). */
  time: number;
  device: string;
}

/** Kodi's ratings run from 1 to 10; 0 clears. */
export const MAX_RATING = 10;

/** Kodi's `userrating` as read: a whole number from 0 to 10, anything else taken as none. */
export function readRating(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_RATING ? value : 0;
}

export function encodeRatingMessage(state: RatingState, item: string): string {
  return JSON.stringify({ v: 1, device: state.device, time: state.time, rating: state.rating, item: item });
}

export interface ParsedRatingMessage {
  state: RatingState | null;
  problem: string;
}

export function parseRatingMessage(payload: string): ParsedRatingMessage {
  const common = readCommonFields(payload);
  if (typeof common === "string") {
    return { state: null, problem: common };
  }
  const rating = common.fields["rating"];
  if (typeof rating !== "number" || !Number.isInteger(rating) || rating < 0 || rating > MAX_RATING) {
    return { state: null, problem: "rating must be a whole number from 0 to 10" };
  }
  return { state: { rating: rating, time: common.time, device: common.device }, problem: "" };
}
