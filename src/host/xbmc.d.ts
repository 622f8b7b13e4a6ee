// Kodi's `xbmc` Python module: only what CloudSync calls. Names are Kodi's own,
// so the compiler emits them unchanged (`import xbmc` / `from xbmc import log`).
declare module "xbmc" {
  export const LOGDEBUG: number;
  export const LOGINFO: number;
  export const LOGWARNING: number;
  export const LOGERROR: number;
  export const LOGFATAL: number;

  export function log(message: string, level: number): void;
  /** Runs one JSON-RPC request inside Kodi and returns the response text. Call only from the service thread. */
  export function executeJSONRPC(request: string): string;
  export function getInfoLabel(label: string): string;
  /** A boolean condition of Kodi's skin engine, such as "Window.IsActive(addonsettings)". */
  export function getCondVisibility(condition: string): boolean;
}
