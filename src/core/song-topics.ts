/**
 * Where songs' retained states live: `cloudsync/v1/<group>/song/<identity>/<field>`, with the
 * identity escaped as one topic level like any other (docs/protocol.md).
 */

import { decodeTopicLevel, encodeTopicLevel, groupRoot } from "./topics";

/** A song's play count with its last played date, and its user rating: each merges on its own. */
export type SongField = "played" | "rating";

export const SONG_FIELDS: SongField[] = ["played", "rating"];

export function songTopic(group: string, identity: string, field: SongField): string {
  return `${groupRoot(group)}/${songName(identity, field)}`;
}

/** The song and field a state is about, as its topic says after the group: `song/musicbrainz:…/played`. */
export function songName(identity: string, field: SongField): string {
  return `song/${encodeTopicLevel(identity)}/${field}`;
}

/** The song and field a topic of this group is about, or null for any other topic. */
export function parseSongTopic(group: string, topic: string): { identity: string; field: SongField } | null {
  const prefix = `${groupRoot(group)}/song/`;
  if (!topic.startsWith(prefix)) {
    return null;
  }
  const levels = topic.slice(prefix.length).split("/");
  if (levels.length !== 2) {
    return null;
  }
  const [level, field] = levels;
  if (level === undefined || level === "" || (field !== "played" && field !== "rating")) {
    return null;
  }
  return { identity: decodeTopicLevel(level), field: field };
}
