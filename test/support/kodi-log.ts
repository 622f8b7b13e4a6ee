/**
 * Reading kodi.log the same way on every release. A line is
 * "2026-12-01 00:11:18.732 T:22412    info <general>: [service.cloudsync] ...": Kodi 20 and 21
 * write the level in lower case ("error"), Kodi 19 in upper case ("ERROR"), so a level is
 * matched without regard to case.
 */

/** Kodi's levels from "error" up (error, fatal), in either spelling, before the component. */
const ERROR_LEVEL = /\sT:\d+\s+(error|fatal)\s+<[^>]*>:/i;

/** True when `line` is logged at level error or fatal. */
export function isErrorLine(line: string): boolean {
  return ERROR_LEVEL.test(line);
}

/** The error (and fatal) lines of `logText`, only those containing `marker` when given. */
export function kodiLogErrors(logText: string, marker?: string): string[] {
  return logText.split("\n").filter((line) => isErrorLine(line) && (marker === undefined || line.includes(marker)));
}

/** Kodi's warning-or-worse levels (warning, error, fatal), in either spelling. */
const COMPLAINT_LEVEL = /\sT:\d+\s+(warning|error|fatal)\s+<[^>]*>:/i;

/** True when `line` is logged at level warning or worse. */
export function isComplaintLine(line: string): boolean {
  return COMPLAINT_LEVEL.test(line);
}
