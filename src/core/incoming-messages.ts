/**
 * Reading what arrives from the broker, before the session acts on it. Everything is untrusted: a
 * payload is checked for size, parsed field by field, compared with what its topic names (a real
 * message moved onto another item's or favourite's topic is refused), and refused when its time is
 * more than a day ahead of this device's clock, so no stamp can freeze an item for the group.
 */

import { isTooFarAhead } from "./conflict-rule";
import { DeviceStatus, parseDeviceStatus } from "./device-status";
import { favouriteIdentity } from "./favourite";
import { parseRatingMessage } from "./rating-state";
import {
  FavouriteList,
  MAX_FAVOURITE_LIST_PAYLOAD_BYTES,
  MAX_FAVOURITE_PAYLOAD_BYTES,
  parseFavouriteListMessage,
  parseFavouriteMessage,
} from "./favourite-messages";
import { FavouriteState } from "./favourite-sync";
import { MAX_ITEM_PAYLOAD_BYTES, namedItem, parseResumeMessage, parseWatchedItemMessage } from "./item-messages";
import { ItemKind } from "./library-store";
import { FieldState } from "./library-sync";
import { ItemField, itemName } from "./topics";

/** A message as the broker delivered it. */
export interface IncomingMessage {
  topic: string;
  /** The payload decoded as UTF-8, or null when it was not valid UTF-8. */
  payload: string | null;
  /** Size of the raw payload in bytes. */
  size: number;
  retained: boolean;
}

/** What a message turned out to be: nothing (an emptied retained topic), a refusal with its reason, or its content. */
export type Reading<T> = { kind: "empty" } | { kind: "refused"; problem: string } | { kind: "read"; value: T };

/** A sealed message (group passphrase) is at most this big: the largest plain message plus the seal. */
export const MAX_SEALED_BYTES = 2 * MAX_FAVOURITE_LIST_PAYLOAD_BYTES;

function refused<T>(problem: string): Reading<T> {
  return { kind: "refused", problem: problem };
}

function aheadProblem(time: number, now: number): string {
  return `its time is ${Math.floor((time - now) / 3_600_000)} hour(s) ahead of this device's clock (more than a day: refused)`;
}

/** A watched status or resume point for the item and field its topic names. */
export function readItemState(message: IncomingMessage, kind: ItemKind, identity: string, field: ItemField, now: number): Reading<FieldState> {
  if (message.size === 0) {
    return { kind: "empty" }; // an empty retained message clears the topic on the broker: nothing to apply
  }
  if (message.size > MAX_ITEM_PAYLOAD_BYTES || message.payload === null) {
    return refused(`${message.size} bytes, not a valid state`);
  }
  const parsed =
    field === "watched"
      ? parseWatchedItemMessage(message.payload)
      : field === "rating"
        ? parseRatingMessage(message.payload)
        : parseResumeMessage(message.payload);
  const state: FieldState | null = parsed.state;
  if (state === null) {
    return refused(parsed.problem);
  }
  const named = namedItem(message.payload);
  if (named === "" && field === "rating") {
    // Ratings came with item names (4.0.0 sends none), so, as for songs, one that names no item is not taken.
    return refused("it names no item (every device that syncs ratings names it)");
  }
  if (named !== "" && named !== itemName(kind, identity, field)) {
    // A real state moved onto another item's topic. (Devices before 4.1 name no item: their states are taken as before.)
    return refused("the item in it is not the one its topic names");
  }
  if (isTooFarAhead(state.time, now)) {
    return refused(aheadProblem(state.time, now));
  }
  return { kind: "read", value: state };
}

/** A favourite's state for the favourite its topic names. */
export function readFavouriteState(message: IncomingMessage, identity: string, now: number): Reading<FavouriteState> {
  if (message.size === 0) {
    return { kind: "empty" };
  }
  if (message.size > MAX_FAVOURITE_PAYLOAD_BYTES || message.payload === null) {
    return refused(`${message.size} bytes, not a valid favourite`);
  }
  const parsed = parseFavouriteMessage(message.payload);
  const state = parsed.state;
  if (state === null) {
    return refused(parsed.problem);
  }
  if (favouriteIdentity(state.favourite) !== identity) {
    // A real favourite's message replayed onto another favourite's topic: it would toggle that one.
    return refused("the favourite in it is not the one its topic names");
  }
  if (isTooFarAhead(state.time, now)) {
    return refused(aheadProblem(state.time, now));
  }
  return { kind: "read", value: state };
}

/** A device's complete list of favourites ("Publish All"). */
export function readFavouriteList(message: IncomingMessage, now: number): Reading<FavouriteList> {
  if (message.size === 0) {
    return { kind: "empty" };
  }
  if (message.size > MAX_FAVOURITE_LIST_PAYLOAD_BYTES || message.payload === null) {
    return refused(`${message.size} bytes, not a valid list`);
  }
  const parsed = parseFavouriteListMessage(message.payload);
  const list = parsed.list;
  if (list === null) {
    return refused(parsed.problem);
  }
  if (isTooFarAhead(list.time, now)) {
    return refused(aheadProblem(list.time, now));
  }
  return { kind: "read", value: list };
}

/** The status of the device its topic names; "empty" when that device was removed from the group. */
export function readDeviceStatus(message: IncomingMessage, deviceId: string, now: number): Reading<DeviceStatus> {
  if (message.size === 0) {
    return { kind: "empty" };
  }
  if (message.payload === null || message.size > MAX_ITEM_PAYLOAD_BYTES) {
    return refused(`${message.size} bytes, not a device status`);
  }
  const parsed = parseDeviceStatus(message.payload);
  const status = parsed.status;
  if (status === null) {
    return refused(parsed.problem);
  }
  if (status.device !== deviceId) {
    return refused("the device differs from its topic");
  }
  if (isTooFarAhead(status.time, now)) {
    return refused(aheadProblem(status.time, now));
  }
  return { kind: "read", value: status };
}
