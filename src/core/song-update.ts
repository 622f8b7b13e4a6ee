/**
 * Kodi's AudioLibrary.OnUpdate notification, read from its JSON data. Unlike VideoLibrary.OnUpdate
 * it carries the song at the top level and no values (Kodi 20: `{"id":2,"type":"song"}` after a
 * play or a SetSongDetails, `{"added":true,"id":1,"transaction":true,"type":"song"}` from a scan),
 * so the song is always read again.
 */

export interface SongUpdate {
  id: number;
  /** True when a library scan caused it (`added` or `transaction`), not a user. */
  scanned: boolean;
}

/** The data of an AudioLibrary.OnUpdate about a song, or null for anything else (albums, artists, other shapes). */
export function parseSongUpdate(data: string): SongUpdate | null {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return null;
  }
  const fields = parsed as Record<string, unknown>;
  const id = fields["id"];
  if (fields["type"] !== "song" || typeof id !== "number" || !Number.isInteger(id)) {
    return null;
  }
  return { id: id, scanned: fields["added"] === true || fields["transaction"] === true };
}
