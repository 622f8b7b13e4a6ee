/**
 * The window names this Kodi's JSON-RPC accepts (its GUI.Window type). Releases differ: Kodi 21
 * added "favouritesbrowser" (its Favourites window), which Kodi 19 and 20 refuse with "Invalid
 * params". A favourite opening such a window, arriving from a newer Kodi, cannot exist here.
 */

import { callJsonRpcForObject } from "./json-rpc";

export class KnownWindows {
  private names: string[] | undefined = undefined;

  /** True when Kodi accepts `window` (a name or a window number); true as well when Kodi cannot say. */
  has(window: string): boolean {
    if (window !== "" && Array.from(window).every((character) => "0123456789".includes(character))) {
      return true; // Kodi takes any window number
    }
    const names = this.load();
    return names.length === 0 || names.includes(window);
  }

  private load(): string[] {
    if (this.names === undefined) {
      this.names = [];
      try {
        const description = callJsonRpcForObject("JSONRPC.Introspect", { getdescriptions: false, filter: { id: "GUI.Window", type: "type" } });
        const types = description["types"];
        const window = typeof types === "object" && types !== null ? (types as Record<string, unknown>)["GUI.Window"] : undefined;
        // Kodi names the list "enums" (not JSON Schema's "enum").
        const listed = typeof window === "object" && window !== null ? (window as Record<string, unknown>)["enums"] : undefined;
        if (Array.isArray(listed)) {
          for (const name of listed) {
            if (typeof name === "string") {
              this.names.push(name);
            }
          }
        }
      } catch (error) {
        // Without the list every window counts as known: Kodi's own answer then says what is wrong.
      }
    }
    return this.names;
  }
}
