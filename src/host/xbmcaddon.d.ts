// Kodi's `xbmcaddon` Python module.
declare module "xbmcaddon" {
  export class Addon {
    constructor(id?: string);
    /** Every setting comes back as text ("true"/"false" for booleans), whatever its type in settings.xml. */
    getSetting(id: string): string;
    setSetting(id: string, value: string): void;
    getAddonInfo(id: string): string;
    getLocalizedString(id: number): string;
  }
}
