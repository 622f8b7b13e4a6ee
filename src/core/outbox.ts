/**
 * Messages not yet handed to the broker, newest per key: states are whole states, so a later state
 * for the same item replaces an earlier one that was never sent. Saved as JSON in the add-on's
 * profile folder, so that a change made while the broker was unreachable survives a Kodi restart.
 *
 * The file holds the messages as data (version 2). The saved file is read like anything from
 * outside: every entry is checked with the same parsers as messages from the broker, and a damaged
 * entry loses only itself. Version 1 files (CloudSync 4.0.0: topics and encoded payloads) are read
 * too, so an upgrade keeps the changes that were waiting.
 */

import { parseFavouriteListMessage, parseFavouriteMessage } from "./favourite-messages";
import { encodeFavouriteListMessage, encodeFavouriteMessage } from "./favourite-messages";
import { encodeResumeMessage, encodeWatchedMessage, parseResumeMessage, parseWatchedItemMessage } from "./item-messages";
import { ItemKind } from "./library-store";
import { OutgoingMessage, outboxKey } from "./outgoing-messages";
import { encodeRatingMessage, parseRatingMessage } from "./rating-state";
import { songName } from "./song-topics";
import { parseFavouriteTopic, parseItemTopic } from "./topics";
import { unreachable } from "./unreachable";

export const OUTBOX_FILE_VERSION = 2;

export interface LoadedOutbox {
  /** Entries that could not be used (a damaged file loses only those). */
  unusable: number;
}

export class Outbox {
  private readonly waiting: Map<string, OutgoingMessage> = new Map();
  /**
   * Each kept message's saved form as JSON text, made once when it is put: under a publish rate
   * limit thousands of changes can wait, and encoding all of them for every save made a burst of
   * 12,000 changes crawl (about one a second in real Kodi with 1,000 waiting).
   */
  private readonly savedText: Map<string, string> = new Map();

  get size(): number {
    return this.waiting.size;
  }

  put(message: OutgoingMessage): void {
    const key = outboxKey(message);
    // Deleting first keeps the order of first-to-last change when an item changes again.
    this.waiting.delete(key);
    this.waiting.set(key, message);
    this.keepSavedText(key, message);
  }

  /** Puts a message back after the broker refused it, unless a newer one took its place meanwhile. */
  putBack(message: OutgoingMessage): void {
    const key = outboxKey(message);
    if (!this.waiting.has(key)) {
      this.waiting.set(key, message);
      this.keepSavedText(key, message);
    }
  }

  /** Oldest first. */
  pending(): OutgoingMessage[] {
    return Array.from(this.waiting.values());
  }

  has(message: OutgoingMessage): boolean {
    return this.waiting.has(outboxKey(message));
  }

  remove(message: OutgoingMessage): void {
    this.removeKey(outboxKey(message));
  }

  hasKey(key: string): boolean {
    return this.waiting.has(key);
  }

  removeKey(key: string): void {
    this.waiting.delete(key);
    this.savedText.delete(key);
  }

  /** The file's text: the same as JSON.stringify({ v, messages }) of the kept messages' saved forms, oldest first. */
  toJson(): string {
    const texts: string[] = [];
    for (const key of this.waiting.keys()) {
      const text = this.savedText.get(key);
      if (text !== undefined) {
        texts.push(text);
      }
    }
    return `{"v":${OUTBOX_FILE_VERSION},"messages":[${texts.join(",")}]}`;
  }

  private keepSavedText(key: string, message: OutgoingMessage): void {
    // Device statuses and markers are sent again on every connect: never worth keeping across a restart.
    if (message.kind === "device-status" || message.kind === "catch-up-marker") {
      this.savedText.delete(key);
    } else {
      this.savedText.set(key, JSON.stringify(savedForm(message)));
    }
  }

  /** Loads a saved outbox; `group` reads version 1 files, whose entries name topics of the group. */
  load(text: string, group: string): LoadedOutbox {
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { unusable: 1 };
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { unusable: 1 };
    }
    const fields = data as Record<string, unknown>;
    const entries = fields["v"] === 1 ? fields["publications"] : fields["messages"];
    if ((fields["v"] !== 1 && fields["v"] !== OUTBOX_FILE_VERSION) || !Array.isArray(entries)) {
      return { unusable: 1 };
    }
    let unusable = 0;
    for (const entry of entries) {
      const message = fields["v"] === 1 ? readVersion1Entry(entry, group) : readSavedEntry(entry);
      if (message === null) {
        unusable += 1;
      } else {
        this.put(message);
      }
    }
    return { unusable: unusable };
  }
}

/** A message as saved: its kind, what it is about, and its payload as the broker would get it. */
function savedForm(message: OutgoingMessage): Record<string, unknown> {
  switch (message.kind) {
    case "watched":
      return stateForm(message, message.itemKind, encodeWatchedMessage(message.state));
    case "resume":
      return stateForm(message, message.itemKind, encodeResumeMessage(message.state));
    case "rating":
      return stateForm(message, message.itemKind, encodeRatingMessage(message.state, ""));
    case "song-played":
      return stateForm(message, null, encodeWatchedMessage(message.state, songName(message.identity, "played")));
    case "song-rating":
      return stateForm(message, null, encodeRatingMessage(message.state, songName(message.identity, "rating")));
    case "favourite":
      return { kind: message.kind, identity: message.identity, state: JSON.parse(encodeFavouriteMessage(message.state)) as unknown };
    case "favourite-list":
      return { kind: message.kind, list: JSON.parse(encodeFavouriteListMessage(message.list)) as unknown };
    case "device-status":
    case "catch-up-marker":
      return { kind: message.kind };
  }
  return unreachable(message, "message kind");
}

/** An item's or a song's state as saved (songs have no item kind), its fields in the order of the file. */
function stateForm(message: { kind: string; identity: string; title: string }, itemKind: ItemKind | null, payload: string): Record<string, unknown> {
  const form: Record<string, unknown> = { kind: message.kind };
  if (itemKind !== null) {
    form["itemKind"] = itemKind;
  }
  form["identity"] = message.identity;
  form["title"] = message.title;
  form["state"] = JSON.parse(payload) as unknown;
  return form;
}

function readItemKind(value: unknown): ItemKind | null {
  return value === "movie" || value === "episode" || value === "tvshow" ? value : null;
}

function readSavedEntry(value: unknown): OutgoingMessage | null {
  if (typeof value !== "object" || value === null) {
    return null;
  }
  const fields = value as Record<string, unknown>;
  const kind = fields["kind"];
  const identity = fields["identity"];
  const title = fields["title"];
  const state = JSON.stringify(fields["state"] ?? null);
  if (kind === "favourite-list") {
    const list = parseFavouriteListMessage(JSON.stringify(fields["list"] ?? null)).list;
    return list === null ? null : { kind: "favourite-list", list: list };
  }
  if (typeof identity !== "string" || identity === "") {
    return null;
  }
  if (kind === "favourite") {
    const parsed = parseFavouriteMessage(state).state;
    return parsed === null ? null : { kind: "favourite", identity: identity, state: parsed };
  }
  if ((kind === "song-played" || kind === "song-rating") && typeof title === "string") {
    return readSavedSong(kind, identity, title, state);
  }
  const itemKind = readItemKind(fields["itemKind"]);
  if (itemKind === null || typeof title !== "string") {
    return null;
  }
  if (kind === "watched") {
    const parsed = parseWatchedItemMessage(state).state;
    return parsed === null ? null : { kind: "watched", itemKind: itemKind, identity: identity, title: title, state: parsed };
  }
  if (kind === "resume") {
    const parsed = parseResumeMessage(state).state;
    return parsed === null ? null : { kind: "resume", itemKind: itemKind, identity: identity, title: title, state: parsed };
  }
  if (kind === "rating") {
    const parsed = parseRatingMessage(state).state;
    return parsed === null ? null : { kind: "rating", itemKind: itemKind, identity: identity, title: title, state: parsed };
  }
  return null;
}

function readSavedSong(kind: "song-played" | "song-rating", identity: string, title: string, state: string): OutgoingMessage | null {
  if (kind === "song-played") {
    const played = parseWatchedItemMessage(state).state;
    return played === null ? null : { kind: kind, identity: identity, title: title, state: played };
  }
  const rating = parseRatingMessage(state).state;
  return rating === null ? null : { kind: kind, identity: identity, title: title, state: rating };
}

/** CloudSync 4.0.0's entries: a topic and the payload as sent. Device statuses are not kept (sent again on connect). */
function readVersion1Entry(value: unknown, group: string): OutgoingMessage | null {
  if (typeof value !== "object" || value === null) {
    return null;
  }
  const fields = value as Record<string, unknown>;
  const topic = fields["topic"];
  const payload = fields["payload"];
  if (typeof topic !== "string" || typeof payload !== "string") {
    return null;
  }
  const item = parseItemTopic(group, topic);
  if (item !== null && item.field === "watched") {
    const parsed = parseWatchedItemMessage(payload).state;
    return parsed === null ? null : { kind: "watched", itemKind: item.kind, identity: item.identity, title: item.identity, state: parsed };
  }
  if (item !== null && item.field === "resume") {
    const parsed = parseResumeMessage(payload).state;
    return parsed === null ? null : { kind: "resume", itemKind: item.kind, identity: item.identity, title: item.identity, state: parsed };
  }
  const favourite = parseFavouriteTopic(group, topic);
  if (favourite !== null) {
    const parsed = parseFavouriteMessage(payload).state;
    return parsed === null ? null : { kind: "favourite", identity: favourite, state: parsed };
  }
  return null;
}
