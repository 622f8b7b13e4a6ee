/**
 * What a favourite from the sync group may do on this device. Anyone who can publish on the broker
 * can send a favourite, and a favourite is something the user clicks:
 * - one that starts something (a script, an Android app, a plugin:// path, a window opened with
 *   plugin parameters) runs code of the sender's choosing, so it is applied only when the user
 *   opted in (or the group is protected by a passphrase);
 * - its thumbnail is fetched by Kodi as soon as the favourite is shown, so a thumbnail that is not
 *   local to Kodi (http://, smb://, …) would make every device fetch an address of the sender's
 *   choosing: it is dropped, and the favourite is added without it.
 */

import { Favourite } from "./favourite";

const STARTING_SCHEMES: string[] = ["plugin://", "script://", "androidapp://"];

/** True when clicking the favourite starts an add-on or an app, not just media or a Kodi window. */
export function startsSomething(favourite: Favourite): boolean {
  if (favourite.type === "script" || favourite.type === "androidapp") {
    return true;
  }
  const target = (favourite.type === "window" ? favourite.windowparameter : favourite.path).trim().toLowerCase();
  return STARTING_SCHEMES.some((scheme) => target.includes(scheme));
}

/** The favourite with its thumbnail kept only when it is local to Kodi ("" otherwise). */
export function withLocalThumbnail(favourite: Favourite): Favourite {
  if (favourite.thumbnail === "" || isLocalImage(favourite.thumbnail, 0)) {
    return favourite;
  }
  return { ...favourite, thumbnail: "" };
}

const LOCAL_SCHEMES: string[] = ["special://", "resource://"];
const IMAGE_SCHEME = "image://";
/** image:// may wrap image:// (a thumbnail of a thumbnail); deeper than this is not a real one. */
const MAX_IMAGE_DEPTH = 3;
const HEX_DIGITS = "0123456789abcdef";
const PRINTABLE_ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
const DRIVE_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * True for an image Kodi reads from this device: special://, resource://, an absolute local path
 * (not a \\server or //server share), or image:// wrapping one of those (Kodi's image:// URLs
 * percent-encode what they wrap, optionally after a "video@"-style prefix).
 */
export function isLocalImage(address: string, depth: number): boolean {
  const text = address.trim();
  const lower = text.toLowerCase();
  if (LOCAL_SCHEMES.some((scheme) => lower.startsWith(scheme))) {
    return true;
  }
  if (lower.startsWith(IMAGE_SCHEME)) {
    if (depth >= MAX_IMAGE_DEPTH) {
      return false;
    }
    let inner = text.slice(IMAGE_SCHEME.length);
    if (inner.endsWith("/")) {
      inner = inner.slice(0, inner.length - 1);
    }
    const decoded = percentDecoded(inner);
    if (decoded === null) {
      return false;
    }
    return isLocalImage(withoutWrapperPrefix(decoded), depth + 1);
  }
  if (text.startsWith("/")) {
    return !text.startsWith("//");
  }
  const drive = lower.charAt(0);
  return text.length >= 3 && DRIVE_LETTERS.includes(drive) && text.charAt(1) === ":" && (text.charAt(2) === "\\" || text.charAt(2) === "/");
}

/** "video@/srv/a.mkv" → "/srv/a.mkv": Kodi's prefix saying how to make an image of what follows. */
function withoutWrapperPrefix(text: string): string {
  const at = text.indexOf("@");
  if (at <= 0) {
    return text;
  }
  const prefix = text.slice(0, at).toLowerCase();
  for (let index = 0; index < prefix.length; index++) {
    if (!DRIVE_LETTERS.includes(prefix.charAt(index))) {
      return text;
    }
  }
  return text.slice(at + 1);
}

/**
 * Percent-decoding, enough to judge where an address points: printable ASCII comes back as itself,
 * any other byte as "?" (never part of a scheme). null for a malformed escape.
 */
function percentDecoded(text: string): string | null {
  let decoded = "";
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    if (character !== "%") {
      decoded += character;
      index += 1;
      continue;
    }
    if (index + 2 >= text.length) {
      return null;
    }
    const high = HEX_DIGITS.indexOf(text.charAt(index + 1).toLowerCase());
    const low = HEX_DIGITS.indexOf(text.charAt(index + 2).toLowerCase());
    if (high < 0 || low < 0) {
      return null;
    }
    const code = high * 16 + low;
    decoded += code >= 32 && code <= 126 ? PRINTABLE_ASCII.charAt(code - 32) : "?";
    index += 3;
  }
  return decoded;
}
