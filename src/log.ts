/**
 * One line per event that matters, at Kodi's levels, prefixed so users can grep kodi.log. Never a
 * secret. Every message is made safe here, the one logging path (core/log-line.ts): text from
 * outside (favourite titles, topics, device names, web paths) cannot end the line or forge another.
 */

import { LOGDEBUG, LOGERROR, LOGINFO, LOGWARNING, log } from "xbmc";
import { ADDON_ID } from "./contract";
import { safeLogLine } from "./core/log-line";

const PREFIX = `[${ADDON_ID}] `;

export const LOG_QUIET = 0;
export const LOG_NORMAL = 1;
export const LOG_DETAILED = 2;

/** The "Log level" setting; Kodi's own debug logging still shows debug lines whatever it is. */
let level = LOG_NORMAL;

export function setLogLevel(newLevel: number): void {
  level = newLevel;
}

export function logDebug(message: string): void {
  // Detailed: shown without switching on Kodi's debug logging, marked as such.
  log(PREFIX + (level >= LOG_DETAILED ? "(detail) " + safeLogLine(message) : safeLogLine(message)), level >= LOG_DETAILED ? LOGINFO : LOGDEBUG);
}

export function logInfo(message: string): void {
  if (level > LOG_QUIET) {
    log(PREFIX + safeLogLine(message), LOGINFO);
  }
}

export function logWarning(message: string): void {
  log(PREFIX + safeLogLine(message), LOGWARNING);
}

export function logError(message: string): void {
  log(PREFIX + safeLogLine(message), LOGERROR);
}

/**
 * An error nobody expected: a line saying what stopped and why, then one line per call from where
 * it was thrown out to where it was caught, each naming its TypeScript file and line (and the
 * compiled Python's): error.stack, which the compiler maps back through the line map it ships.
 */
export function logUnexpectedError(what: string, error: unknown): void {
  logError(`${what}: ${describeError(error)}`);
  if (error instanceof Error) {
    for (const frame of (error.stack ?? "").split("\n").slice(1)) {
      logError(frame);
    }
  }
}

/** What went wrong, in one line, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  // Only Errors are thrown here (a compiled program may throw nothing else), but say so rather than
  // guess between "null" and "undefined", which are one None in Python.
  return error == null ? "(no error value)" : String(error);
}
