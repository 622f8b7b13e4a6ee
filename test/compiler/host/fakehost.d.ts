// A host module as the add-on declares Kodi's: names are Python's, tags adapt what TypeScript cannot say.
declare module "fakehost/gui" {
  export class Dialog {
    constructor();
    /** @pythonKeywords */
    notification(options: { heading: string; message: string; time?: number }): void;
    /** @pythonName yesno */
    askYesNo(heading: string, message: string): boolean;
  }
  /** @pythonName print */
  export function show(text: string): void;
  export const LOGINFO: number;
}
