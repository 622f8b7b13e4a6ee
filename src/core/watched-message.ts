/**
 * The payload of a movie's retained watched-state topic (schema: docs/schemas/watched-state.v1.json).
 * Everything that arrives from the broker is untrusted: it is checked field by field before use.
 */

import { WatchedState } from "./watched-state";

export const WATCHED_MESSAGE_VERSION = 1;
/** Larger payloads are dropped unread: a real state is under 300 bytes. */
export const MAX_PAYLOAD_BYTES = 4096;
const MAX_DEVICE_ID_LENGTH = 128;
const MAX_PLAYCOUNT = 1000000;

export function encodeWatchedMessage(state: WatchedState): string {
  return JSON.stringify({
    v: WATCHED_MESSAGE_VERSION,
    device: state.device,
    time: state.time,
    playcount: state.playcount,
    lastplayed: state.lastplayed,
  });
}

export interface ParsedWatchedMessage {
  /** null when the payload was rejected; `problem` then says why. */
  state: WatchedState | null;
  problem: string;
}

function rejected(problem: string): ParsedWatchedMessage {
  return { state: null, problem: problem };
}

function isWholeNumber(value: unknown, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}

export function parseWatchedMessage(payload: string): ParsedWatchedMessage {
  let data: unknown = null;
  try {
    data = JSON.parse(payload);
  } catch (error) {
    return rejected("not JSON");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return rejected("not a JSON object");
  }
  const fields = data as Record<string, unknown>;
  const version = fields["v"];
  if (version !== WATCHED_MESSAGE_VERSION) {
    return rejected(`unsupported version ${JSON.stringify(version ?? null)}`);
  }
  const device = fields["device"];
  if (typeof device !== "string" || device === "" || device.length > MAX_DEVICE_ID_LENGTH) {
    return rejected("device must be a non-empty string of at most 128 characters");
  }
  const time = fields["time"];
  if (!isWholeNumber(time, Number.MAX_SAFE_INTEGER)) {
    return rejected("time must be a whole number of milliseconds");
  }
  const playcount = fields["playcount"];
  if (!isWholeNumber(playcount, MAX_PLAYCOUNT)) {
    return rejected("playcount must be a whole number from 0 to 1000000");
  }
  const lastplayed = fields["lastplayed"];
  if (typeof lastplayed !== "string" || !isKodiDateTimeOrEmpty(lastplayed)) {
    return rejected('lastplayed must be "" or "YYYY-MM-DD HH:MM:SS"');
  }
  return {
    state: { playcount: playcount as number, lastplayed: lastplayed, time: time as number, device: device },
    problem: "",
  };
}

const DATE_TIME_SHAPE = "dddd-dd-dd dd:dd:dd";
const DIGITS = "0123456789";

/** Kodi's date-time text, checked character by character ("d" in the shape is a digit). */
export function isKodiDateTimeOrEmpty(text: string): boolean {
  if (text === "") {
    return true;
  }
  if (text.length !== DATE_TIME_SHAPE.length) {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    const expected = DATE_TIME_SHAPE.charAt(index);
    const actual = text.charAt(index);
    if (expected === "d" ? !DIGITS.includes(actual) : actual !== expected) {
      return false;
    }
  }
  return true;
}
