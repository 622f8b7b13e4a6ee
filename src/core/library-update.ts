/** Kodi's VideoLibrary.OnUpdate notification, read from its JSON data. */

export interface LibraryUpdate {
  id: number;
  type: string;
  /** True when a library scan caused it (`added` or `transaction`), not a user. */
  scanned: boolean;
  /** The new playcount when the notification says it changed, else null. */
  playcount: number | null;
}

/** The data of a VideoLibrary.OnUpdate notification, or null when it is not the shape Kodi sends. */
export function parseLibraryUpdate(data: string): LibraryUpdate | null {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) {
    return null;
  }
  const fields = parsed as Record<string, unknown>;
  const item = fields["item"];
  if (typeof item !== "object" || item === null) {
    return null;
  }
  const itemFields = item as Record<string, unknown>;
  const id = itemFields["id"];
  const type = itemFields["type"];
  if (typeof id !== "number" || typeof type !== "string") {
    return null;
  }
  const playcount = fields["playcount"];
  return {
    id: id,
    type: type,
    scanned: fields["added"] === true || fields["transaction"] === true,
    playcount: typeof playcount === "number" ? playcount : null,
  };
}
