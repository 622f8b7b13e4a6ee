/**
 * src/kodi/json-rpc-pages.ts as compiled, on Python 3.8 and 3.11, against a stand-in for Kodi's
 * xbmc.executeJSONRPC that pages its answers as Kodi does (`limits` start/end, `limits.total`):
 * every entry once and in order across pages, a listing whose total changes between pages (a scan
 * adding items) read again, one that keeps changing read on to its end at the third attempt, and
 * no page asked for beyond the total. The real Kodi reads it in every e2e suite
 * (catch-up-progress lists 6,000 items: six pages).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeFakeKodiModules } from "../support/fake-kodi";
import { repoRoot } from "../support/paths";
import { pythonVersions, runPython } from "../support/python";

const DRIVER = String.raw`
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
import xbmc

calls = []
library = {"size": int(sys.argv[3]), "grow_on_call": [int(value) for value in sys.argv[4].split(",") if value]}

def execute(request):
    request = json.loads(request)
    calls.append(request["params"]["limits"])
    if len(calls) in library["grow_on_call"]:
        library["size"] += 1
    start, end = request["params"]["limits"]["start"], request["params"]["limits"]["end"]
    movies = [{"movieid": index, "label": "m%d" % index} for index in range(start, min(end, library["size"]))]
    return json.dumps({"id": request["id"], "jsonrpc": "2.0", "result": {"limits": {"start": start, "end": start + len(movies), "total": library["size"]}, "movies": movies}})

xbmc.executeJSONRPC = execute
from cloudsync.kodi import json_rpc
json_rpc.executeJSONRPC = execute
from cloudsync.kodi.json_rpc_pages import list_in_pages, PAGE_SIZE
listed = list_in_pages("VideoLibrary.GetMovies", {"properties": []}, "movies", lambda entry: entry["movieid"])
print(json.dumps({"listed": listed, "calls": calls, "page_size": PAGE_SIZE}))
`;

let work: string;
let lib: string;
let fakeKodi: string;
let driver: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "cloudsync-json-rpc-pages-"));
  lib = path.join(work, "lib");
  cpSync(path.join(repoRoot, "service.cloudsync", "resources", "lib", "cloudsync"), path.join(lib, "cloudsync"), { recursive: true });
  fakeKodi = writeFakeKodiModules(path.join(work, "fake-kodi"));
  driver = path.join(work, "driver.py");
  writeFileSync(driver, DRIVER);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface Listing {
  listed: number[];
  calls: { start: number; end: number }[];
  page_size: number;
}

function list(executable: string, size: number, growOnCalls: number[] = []): Listing {
  const output = runPython(executable, [driver, fakeKodi, lib, String(size), growOnCalls.join(",")]);
  return JSON.parse(output.trim().split("\n").pop() ?? "") as Listing;
}

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe.each(pythonVersions())("Python $label", ({ executable }) => {
  test("every entry once, in order, a page at a time, and no page past the total", () => {
    const result = list(executable, 2500);
    expect(result.page_size).toBe(1000);
    expect(result.listed).toEqual(range(2500));
    expect(result.calls).toEqual([
      { start: 0, end: 1000 },
      { start: 1000, end: 2000 },
      { start: 2000, end: 3000 },
    ]);
  });

  test("an empty library and one of exactly a page take one call each", () => {
    expect(list(executable, 0).calls).toHaveLength(1);
    const full = list(executable, 1000);
    expect(full.listed).toEqual(range(1000));
    expect(full.calls).toHaveLength(1);
  });

  test("a total that changes between pages (a scan adding an item) makes it read the listing again, whole", () => {
    // The second call sees 2,501 items: the listing starts over and reads them all.
    const result = list(executable, 2500, [2]);
    expect(result.listed).toEqual(range(2501));
    expect(result.calls.map((call) => call.start)).toEqual([0, 1000, 0, 1000, 2000]);
  });

  test("a listing that keeps changing is started over twice, then read on to its end", () => {
    const result = list(executable, 2500, [2, 4, 6]);
    expect(result.calls.map((call) => call.start)).toEqual([0, 1000, 0, 1000, 0, 1000, 2000]);
    expect(result.listed).toEqual(range(2503));
  });
});
