/**
 * Payloads of the retained per-item topics (schemas: docs/schemas/*.v1.json). Everything from the
 * broker is untrusted: checked field by field before use, and rejected with a reason.
 */

import { ResumeState } from "./resume-state";
import { WatchedState } from "./watched-state";

export const ITEM_MESSAGE_VERSION = 1;
/** Larger payloads are dropped unread: a real state is under 300 bytes. */
export const MAX_ITEM_PAYLOAD_BYTES = 4096;
const MAX_DEVICE_ID_LENGTH = 128;
const MAX_ITEM_NAME_LENGTH = 4096;
const MAX_PLAYCOUNT = 1000000;
/** Ten days of video: anything longer is not a real position. */
const MAX_SECONDS = 864000;

/**
 * `item` names the item and field the state is about, as its topic does after the group
 * (`movie/imdb:tt1/watched`), so that a receiver refuses a message moved onto another item's topic.
 * Optional: devices before it did not send one, and "" leaves it out.
 */
export function encodeWatchedMessage(state: WatchedState, item = ""): string {
  const fields: Record<string, unknown> = {
    v: ITEM_MESSAGE_VERSION,
    device: state.device,
    time: state.time,
    playcount: state.playcount,
    lastplayed: state.lastplayed,
  };
  // Older devices ignore fields they do not know and keep showing `lastplayed`, the sender's local text.
  const playedAt = state.playedAt ?? "";
  if (playedAt !== "") {
    fields["playedAt"] = playedAt;
  }
  if (item !== "") {
    fields["item"] = item;
  }
  return JSON.stringify(fields);
}

export function encodeResumeMessage(state: ResumeState, item = ""): string {
  if (item === "") {
    return JSON.stringify({ v: ITEM_MESSAGE_VERSION, device: state.device, time: state.time, position: state.position, total: state.total });
  }
  return JSON.stringify({ v: ITEM_MESSAGE_VERSION, device: state.device, time: state.time, position: state.position, total: state.total, item: item });
}

/** The item a state message names ("" when it names none: a device before 4.1); read after the message parsed. */
export function namedItem(payload: string): string {
  let data: unknown = null;
  try {
    data = JSON.parse(payload);
  } catch (error) {
    return "";
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return "";
  }
  const item = (data as Record<string, unknown>)["item"];
  return typeof item === "string" ? item : "";
}

export interface ParsedResumeMessage {
  state: ResumeState | null;
  problem: string;
}

interface CommonFields {
  fields: Record<string, unknown>;
  device: string;
  time: number;
}

/** The fields every item message shares, or the reason it is not one. */
export function readCommonFields(payload: string): CommonFields | string {
  let data: unknown = null;
  try {
    data = JSON.parse(payload);
  } catch (error) {
    return "not JSON";
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return "not a JSON object";
  }
  const fields = data as Record<string, unknown>;
  const version = fields["v"];
  if (version !== ITEM_MESSAGE_VERSION) {
    return `unsupported version ${JSON.stringify(version ?? null)}`;
  }
  const device = fields["device"];
  if (typeof device !== "string" || device === "" || device.length > MAX_DEVICE_ID_LENGTH) {
    return "device must be a non-empty string of at most 128 characters";
  }
  const time = fields["time"];
  if (!isWholeNumber(time, Number.MAX_SAFE_INTEGER)) {
    return "time must be a whole number of milliseconds";
  }
  const item = fields["item"] ?? "";
  if (typeof item !== "string" || item.length > MAX_ITEM_NAME_LENGTH) {
    return "item must be a string of at most 4096 characters";
  }
  return { fields: fields, device: device, time: time as number };
}

function isWholeNumber(value: unknown, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}

function isSeconds(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_SECONDS;
}

export function parseResumeMessage(payload: string): ParsedResumeMessage {
  const common = readCommonFields(payload);
  if (typeof common === "string") {
    return { state: null, problem: common };
  }
  const position = common.fields["position"];
  const total = common.fields["total"];
  if (!isSeconds(position) || !isSeconds(total)) {
    return { state: null, problem: "position and total must be seconds from 0 to 864000" };
  }
  if ((position as number) > (total as number) && (total as number) > 0) {
    return { state: null, problem: "position must not be beyond total" };
  }
  return { state: { position: position as number, total: total as number, time: common.time, device: common.device }, problem: "" };
}

export interface ParsedWatchedItemMessage {
  state: WatchedState | null;
  problem: string;
}

export function parseWatchedItemMessage(payload: string): ParsedWatchedItemMessage {
  const common = readCommonFields(payload);
  if (typeof common === "string") {
    return { state: null, problem: common };
  }
  const playcount = common.fields["playcount"];
  if (!isWholeNumber(playcount, MAX_PLAYCOUNT)) {
    return { state: null, problem: "playcount must be a whole number from 0 to 1000000" };
  }
  const lastplayed = common.fields["lastplayed"];
  if (typeof lastplayed !== "string" || !isKodiDateTimeOrEmpty(lastplayed)) {
    return { state: null, problem: 'lastplayed must be "" or "YYYY-MM-DD HH:MM:SS"' };
  }
  const playedAt = common.fields["playedAt"] ?? "";
  if (typeof playedAt !== "string" || !isUtcInstantOrEmpty(playedAt)) {
    return { state: null, problem: 'playedAt must be "" or "YYYY-MM-DDTHH:MM:SSZ"' };
  }
  const state: WatchedState = { playcount: playcount as number, lastplayed: lastplayed, time: common.time, device: common.device };
  if (playedAt !== "") {
    state.playedAt = playedAt;
  }
  return { state: state, problem: "" };
}

const DATE_TIME_SHAPE = "dddd-dd-dd dd:dd:dd";
const UTC_INSTANT_SHAPE = "dddd-dd-ddTdd:dd:ddZ";
const DIGITS = "0123456789";

/** Kodi's date-time text, checked character by character ("d" in the shape is a digit). */
export function isKodiDateTimeOrEmpty(text: string): boolean {
  return text === "" || hasShape(text, DATE_TIME_SHAPE);
}

/** A UTC instant to the second, as `playedAt` carries it. */
export function isUtcInstantOrEmpty(text: string): boolean {
  return text === "" || hasShape(text, UTC_INSTANT_SHAPE);
}

function hasShape(text: string, shape: string): boolean {
  if (text.length !== shape.length) {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    const expected = shape.charAt(index);
    const actual = text.charAt(index);
    if (expected === "d" ? !DIGITS.includes(actual) : actual !== expected) {
      return false;
    }
  }
  return true;
}
