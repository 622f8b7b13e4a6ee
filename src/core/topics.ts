/**
 * MQTT topic names. Versioned (`v1`) and namespaced by a sync group so several households
 * or Kodi profiles can share one broker. docs/protocol.md is the reference.
 */

const PROTOCOL_ROOT = "cloudsync/v1";

/** MQTT forbids `+` and `#` inside topic names and gives `/` a meaning: escape them (and `%`, the escape itself). */
export function encodeTopicLevel(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("/", "%2F").replaceAll("+", "%2B").replaceAll("#", "%23");
}

export function decodeTopicLevel(level: string): string {
  return level.replaceAll("%2F", "/").replaceAll("%2B", "+").replaceAll("%23", "#").replaceAll("%25", "%");
}

export function groupRoot(group: string): string {
  return `${PROTOCOL_ROOT}/${encodeTopicLevel(group)}`;
}

export type ItemField = "watched" | "resume" | "rating";

/** Where an item's retained state lives: `cloudsync/v1/<group>/<kind>/<identity>/<field>`. */
export function itemTopic(group: string, kind: string, identity: string, field: ItemField): string {
  return `${groupRoot(group)}/${itemName(kind, identity, field)}`;
}

/** The item and field a state is about, as its topic says after the group: `movie/imdb:tt1/watched`. */
export function itemName(kind: string, identity: string, field: ItemField): string {
  return `${kind}/${encodeTopicLevel(identity)}/${field}`;
}

/** The filters a device subscribes to: every item and favourite topic of its group, its own catch-up marker, and every device's status. */
export function itemSubscriptions(group: string, deviceId: string): string[] {
  return [
    `${groupRoot(group)}/movie/+/+`,
    `${groupRoot(group)}/episode/+/+`,
    `${groupRoot(group)}/tvshow/+/+`,
    `${groupRoot(group)}/song/+/+`,
    `${groupRoot(group)}/favourite/+`,
    favouriteListTopic(group),
    catchUpTopic(group, deviceId),
    `${groupRoot(group)}/device/+/status`,
  ];
}

/** A favourite's retained state: `cloudsync/v1/<group>/favourite/<identity>`. */
export function favouriteTopic(group: string, identity: string): string {
  return `${groupRoot(group)}/favourite/${encodeTopicLevel(identity)}`;
}

/** "Publish All My Favorites": a device's complete list at that moment (not retained). */
export function favouriteListTopic(group: string): string {
  return `${groupRoot(group)}/favourites/list`;
}

/** The identity a favourite topic of this group is about, or null for any other topic. */
export function parseFavouriteTopic(group: string, topic: string): string | null {
  const prefix = `${groupRoot(group)}/favourite/`;
  if (!topic.startsWith(prefix)) {
    return null;
  }
  const level = topic.slice(prefix.length);
  return level === "" || level.includes("/") ? null : decodeTopicLevel(level);
}

/**
 * A device publishes a marker here right after subscribing. The broker sends retained states
 * for a subscription before it routes any later publication, so when the marker comes back the
 * device has every retained state and may publish its unsent changes without overwriting a
 * newer retained state it has not seen yet.
 */
export function catchUpTopic(group: string, deviceId: string): string {
  return `${groupRoot(group)}/device/${encodeTopicLevel(deviceId)}/caught-up`;
}

export interface ItemTopic {
  kind: "movie" | "episode" | "tvshow";
  identity: string;
  field: ItemField;
}

/**
 * The item a topic of this group is about, or null for any other topic. A TV show has a rating
 * only (Kodi keeps its watched status through its episodes): `tvshow/<identity>/rating`.
 */
export function parseItemTopic(group: string, topic: string): ItemTopic | null {
  const prefix = `${groupRoot(group)}/`;
  if (!topic.startsWith(prefix)) {
    return null;
  }
  const levels = topic.slice(prefix.length).split("/");
  if (levels.length !== 3) {
    return null;
  }
  const [kind, level, field] = levels;
  if (
    (kind !== "movie" && kind !== "episode" && kind !== "tvshow") ||
    (field !== "watched" && field !== "resume" && field !== "rating") ||
    level === undefined ||
    level === ""
  ) {
    return null;
  }
  if (kind === "tvshow" && field !== "rating") {
    return null;
  }
  return { kind: kind, identity: decodeTopicLevel(level), field: field };
}

export function deviceStatusTopic(group: string, deviceId: string): string {
  return `${groupRoot(group)}/device/${encodeTopicLevel(deviceId)}/status`;
}

/** The device a status topic of this group is about, or null for any other topic. */
export function parseDeviceStatusTopic(group: string, topic: string): string | null {
  const prefix = `${groupRoot(group)}/device/`;
  const suffix = "/status";
  if (!topic.startsWith(prefix) || !topic.endsWith(suffix)) {
    return null;
  }
  const level = topic.slice(prefix.length, topic.length - suffix.length);
  return level === "" || level.includes("/") ? null : decodeTopicLevel(level);
}
