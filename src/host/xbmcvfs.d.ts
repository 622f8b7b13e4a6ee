// Kodi's `xbmcvfs` Python module (Kodi 19+: translatePath lives here, not in xbmc).
declare module "xbmcvfs" {
  export function translatePath(path: string): string;
  export function exists(path: string): boolean;
  export function mkdirs(path: string): boolean;
}
