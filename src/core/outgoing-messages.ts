/**
 * Everything this device sends to the sync group, as data, and the one place that decides how each
 * kind travels: its topic, payload, QoS, retain flag and message expiry (docs/protocol.md).
 * The outbox keeps these messages, not their encoded payloads, so nothing is encoded and then
 * decoded again; the payload is made when the message is handed to the broker.
 */

import { DeviceStatus, encodeDeviceStatus } from "./device-status";
import { unreachable } from "./unreachable";
import { FavouriteList, encodeFavouriteListMessage, encodeFavouriteMessage } from "./favourite-messages";
import { FavouriteState } from "./favourite-sync";
import { encodeResumeMessage, encodeWatchedMessage } from "./item-messages";
import { ItemKind } from "./library-store";
import { DEVICE_STATUS_EXPIRY_SECONDS, SECONDS_PER_DAY } from "./message-expiry";
import { RatingState, encodeRatingMessage } from "./rating-state";
import { ResumeState } from "./resume-state";
import { CloudSyncSettings } from "./settings";
import { SongPlayedState, SongRatingState } from "./song-messages";
import { SongField, songName, songTopic } from "./song-topics";
import { ItemField, catchUpTopic, deviceStatusTopic, favouriteListTopic, favouriteTopic, itemName, itemTopic } from "./topics";
import { WatchedState } from "./watched-state";

export type OutgoingMessage =
  | { kind: "watched"; itemKind: ItemKind; identity: string; title: string; state: WatchedState }
  | { kind: "resume"; itemKind: ItemKind; identity: string; title: string; state: ResumeState }
  | { kind: "rating"; itemKind: ItemKind; identity: string; title: string; state: RatingState }
  | { kind: "song-played"; identity: string; title: string; state: SongPlayedState }
  | { kind: "song-rating"; identity: string; title: string; state: SongRatingState }
  | { kind: "favourite"; identity: string; state: FavouriteState }
  | { kind: "favourite-list"; list: FavouriteList }
  | { kind: "device-status"; status: DeviceStatus }
  | { kind: "catch-up-marker"; device: string; marker: string };

/** What the broker is handed. */
export interface Publication {
  topic: string;
  payload: string;
  qos: number;
  retain: boolean;
  /** MQTT 5 message expiry in seconds. */
  expirySeconds: number;
}

/** How long a catch-up marker may wait in the broker: it only matters to the connection that sent it. */
const CATCH_UP_MARKER_EXPIRY_SECONDS = 60;

/**
 * The outbox key of a message: a later message with the same key replaces an unsent earlier one
 * (states are whole states). Independent of the group, so a renamed group sends what waits.
 */
export function outboxKey(message: OutgoingMessage): string {
  switch (message.kind) {
    case "watched":
    case "resume":
    case "rating":
      return itemOutboxKey(message.kind, message.itemKind, message.identity);
    case "song-played":
      return songOutboxKey("played", message.identity);
    case "song-rating":
      return songOutboxKey("rating", message.identity);
    case "favourite":
      return `favourite|${message.identity}`;
    case "favourite-list":
      return "favourite-list";
    case "device-status":
      return "device-status";
    case "catch-up-marker":
      return "catch-up-marker";
  }
  return unreachable(message, "message kind");
}

export function itemOutboxKey(field: ItemField, itemKind: ItemKind, identity: string): string {
  return `${field}|${itemKind}|${identity}`;
}

export function songOutboxKey(field: SongField, identity: string): string {
  return `song-${field}|${identity}`;
}

/** True for the retained states of items, songs and favourites: they wait until the device has caught up. */
export function isStateMessage(message: OutgoingMessage): boolean {
  return (
    message.kind === "watched" ||
    message.kind === "resume" ||
    message.kind === "rating" ||
    message.kind === "song-played" ||
    message.kind === "song-rating" ||
    message.kind === "favourite"
  );
}

/** How `message` travels under these settings (its group, its expiry). */
export function publicationOf(message: OutgoingMessage, rules: CloudSyncSettings): Publication {
  const group = rules.syncGroup;
  switch (message.kind) {
    case "watched":
      return state(
        itemTopic(group, message.itemKind, message.identity, "watched"),
        encodeWatchedMessage(message.state, itemName(message.itemKind, message.identity, "watched")),
        rules.watchedExpiryDays,
      );
    case "resume":
      return state(
        itemTopic(group, message.itemKind, message.identity, "resume"),
        encodeResumeMessage(message.state, itemName(message.itemKind, message.identity, "resume")),
        rules.watchedExpiryDays,
      );
    case "rating":
      return state(
        itemTopic(group, message.itemKind, message.identity, "rating"),
        encodeRatingMessage(message.state, itemName(message.itemKind, message.identity, "rating")),
        rules.watchedExpiryDays,
      );
    case "song-played":
      return state(
        songTopic(group, message.identity, "played"),
        encodeWatchedMessage(message.state, songName(message.identity, "played")),
        rules.watchedExpiryDays,
      );
    case "song-rating":
      return state(
        songTopic(group, message.identity, "rating"),
        encodeRatingMessage(message.state, songName(message.identity, "rating")),
        rules.watchedExpiryDays,
      );
    case "favourite":
      return state(favouriteTopic(group, message.identity), encodeFavouriteMessage(message.state), rules.favouritesExpiryDays);
    case "favourite-list":
      // Not retained: the list says what a device had at one moment, for the devices online then.
      return {
        topic: favouriteListTopic(group),
        payload: encodeFavouriteListMessage(message.list),
        qos: 1,
        retain: false,
        expirySeconds: rules.favouritesExpiryDays * SECONDS_PER_DAY,
      };
    case "device-status":
      return {
        topic: deviceStatusTopic(group, message.status.device),
        payload: encodeDeviceStatus(message.status),
        qos: 0,
        retain: true,
        expirySeconds: DEVICE_STATUS_EXPIRY_SECONDS,
      };
    case "catch-up-marker":
      return { topic: catchUpTopic(group, message.device), payload: message.marker, qos: 1, retain: false, expirySeconds: CATCH_UP_MARKER_EXPIRY_SECONDS };
  }
  return unreachable(message, "message kind");
}

/** Retained states of items and favourites: QoS 1, kept by the broker for devices that join later. */
function state(topic: string, payload: string, expiryDays: number): Publication {
  return { topic: topic, payload: payload, qos: 1, retain: true, expirySeconds: expiryDays * SECONDS_PER_DAY };
}

/** A line for the log: what the message says, in the user's words. */
export function describeMessage(message: OutgoingMessage): string {
  switch (message.kind) {
    case "watched":
      return `"${message.title}" (${message.itemKind} ${message.identity}) as ${message.state.playcount > 0 ? "watched" : "unwatched"}`;
    case "resume":
      return `"${message.title}" (${message.itemKind} ${message.identity}) ${describeResume(message.state.position)}`;
    case "rating":
      return `"${message.title}" (${message.itemKind} ${message.identity}) ${describeItemRating(message.state.rating)}`;
    case "song-played":
      return `song "${message.title}" (${message.identity}) as played ${message.state.playcount} time(s)`;
    case "song-rating":
      return `song "${message.title}" (${message.identity}) ${describeRating(message.state.rating)}`;
    case "favourite":
      return `favourite "${message.state.favourite.title}" (${message.identity}) as ${message.state.present ? "added" : "removed"}`;
    case "favourite-list":
      return `the list of this device's ${message.list.identities.length} favourite(s)`;
    case "device-status":
      return `this device's status (${message.status.online ? "online" : "offline"})`;
    case "catch-up-marker":
      return "the catch-up marker";
  }
  return unreachable(message, "message kind");
}

/** A film's or an episode's rating, for the log. */
export function describeItemRating(rating: number): string {
  return rating > 0 ? `rated ${rating}/10` : "with no rating";
}

function describeRating(userrating: number): string {
  return userrating > 0 ? "rated " + String(userrating) : "with no rating";
}

export function describeResume(position: number): string {
  if (position <= 0) {
    return "with no resume point";
  }
  const seconds = Math.floor(position);
  const minutes = Math.floor(seconds / 60);
  return `resuming at ${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}
