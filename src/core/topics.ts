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

export function movieWatchedTopic(group: string, identity: string): string {
  return `${groupRoot(group)}/movie/${encodeTopicLevel(identity)}/watched`;
}

export function movieWatchedSubscription(group: string): string {
  return `${groupRoot(group)}/movie/+/watched`;
}

/** The identity in a movie watched topic of this group, or null for any other topic. */
export function identityFromMovieWatchedTopic(group: string, topic: string): string | null {
  const prefix = `${groupRoot(group)}/movie/`;
  const suffix = "/watched";
  if (!topic.startsWith(prefix) || !topic.endsWith(suffix)) {
    return null;
  }
  const level = topic.slice(prefix.length, topic.length - suffix.length);
  if (level === "" || level.includes("/")) {
    return null;
  }
  return decodeTopicLevel(level);
}

export function deviceStatusTopic(group: string, deviceId: string): string {
  return `${groupRoot(group)}/device/${encodeTopicLevel(deviceId)}/status`;
}
