/**
 * A whole JSON-RPC listing (VideoLibrary.GetEpisodes, AudioLibrary.GetSongs …) read in pages of
 * PAGE_SIZE through Kodi's `limits`, so that the add-on never holds a whole library's answer at
 * once. Parsed in Python, the answer for 2,000 movies and 10,000 episodes is about 16 MB
 * (tracemalloc), ten times that for the 100,000 items some users have; a page is about 1.3 MB.
 * Kodi's resident memory with a 12,000-item library was about the same either way (341 and 349 MiB
 * in two bench runs): both allocators keep what a listing freed, so the gain is the bound, not the
 * figure at this size.
 */

import { callJsonRpcForObject } from "./json-rpc";
import { readEntries, readNumber } from "./json-rpc-fields";

export const PAGE_SIZE = 1000;
/** A listing whose total changes between pages (a scan adding items) is read again, this many times at most. */
const ATTEMPTS = 3;

export function listInPages<T extends object>(method: string, params: Record<string, unknown>, listField: string, read: (entry: unknown) => T | null): T[] {
  for (let attempt = 1; ; attempt++) {
    const entries: T[] = [];
    let total = -1;
    let changed = false;
    for (let start = 0; total < 0 || start < total; start += PAGE_SIZE) {
      const result = callJsonRpcForObject(method, { ...params, limits: { start: start, end: start + PAGE_SIZE } });
      const limits = result["limits"];
      // Kodi's limits.total; 0 when it is missing (an empty listing has no entries either).
      const pageTotal = typeof limits === "object" && limits !== null && !Array.isArray(limits) ? readNumber(limits as Record<string, unknown>, "total", 0) : 0;
      changed = changed || (total >= 0 && pageTotal !== total);
      if (changed && attempt < ATTEMPTS) {
        break;
      }
      // The last attempt reads on to the end whatever changes (an item may then be seen twice or
      // missed at a page's edge; the scan's end lists the library again).
      total = pageTotal;
      entries.push(...readEntries(result[listField], read));
    }
    if (!changed || attempt >= ATTEMPTS) {
      return entries;
    }
  }
}
