/** One line per event that matters, at Kodi's levels, prefixed so users can grep kodi.log. Never a secret. */

import { LOGDEBUG, LOGERROR, LOGINFO, LOGWARNING, log } from "xbmc";

const PREFIX = "[service.cloudsync] ";

export function logDebug(message: string): void {
  log(PREFIX + message, LOGDEBUG);
}

export function logInfo(message: string): void {
  log(PREFIX + message, LOGINFO);
}

export function logWarning(message: string): void {
  log(PREFIX + message, LOGWARNING);
}

export function logError(message: string): void {
  log(PREFIX + message, LOGERROR);
}

/** What went wrong, in one line, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
