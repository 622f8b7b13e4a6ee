/** What an incoming topic is about: one answer for every topic a device subscribes to (docs/protocol.md). */

import { ItemKind } from "./library-store";
import { SongField, parseSongTopic } from "./song-topics";
import { ItemField, catchUpTopic, favouriteListTopic, parseDeviceStatusTopic, parseFavouriteTopic, parseItemTopic } from "./topics";

export type TopicRoute =
  | { kind: "item"; itemKind: ItemKind; identity: string; field: ItemField }
  | { kind: "song"; identity: string; field: SongField }
  | { kind: "favourite"; identity: string }
  | { kind: "favourite-list" }
  | { kind: "device-status"; device: string }
  | { kind: "catch-up-marker" }
  | { kind: "other" };

export function routeTopic(group: string, deviceId: string, topic: string): TopicRoute {
  const favourite = parseFavouriteTopic(group, topic);
  if (favourite !== null) {
    return { kind: "favourite", identity: favourite };
  }
  if (topic === favouriteListTopic(group)) {
    return { kind: "favourite-list" };
  }
  const device = parseDeviceStatusTopic(group, topic);
  if (device !== null) {
    return { kind: "device-status", device: device };
  }
  if (topic === catchUpTopic(group, deviceId)) {
    return { kind: "catch-up-marker" };
  }
  const item = parseItemTopic(group, topic);
  if (item !== null) {
    return { kind: "item", itemKind: item.kind, identity: item.identity, field: item.field };
  }
  const song = parseSongTopic(group, topic);
  if (song !== null) {
    return { kind: "song", identity: song.identity, field: song.field };
  }
  return { kind: "other" };
}
