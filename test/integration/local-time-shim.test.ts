/**
 * cloudsync_host.local_time on every Python the add-on runs with: Kodi's local date-time text and
 * UTC instants converted in the zone the process runs in, daylight saving time included; anything
 * else is "".
 */
import * as path from "node:path";
import { repoRoot } from "../support/paths";
import { python313, pythonVersions, runPython } from "../support/python";

const SHIMS = path.join(repoRoot, "addon-template", "resources", "lib");

const SCRIPT = String.raw`
import json, sys
sys.path.insert(0, sys.argv[1])
from cloudsync_host import local_time
print(json.dumps({
    "to_utc": [local_time.local_to_utc(text) for text in json.loads(sys.argv[2])],
    "to_local": [local_time.utc_to_local(text) for text in json.loads(sys.argv[3])],
}))
`;

const LOCAL = ["2026-03-14 15:09:26", "2026-01-10 12:00:00", "", "yesterday", "2026-13-40 99:99:99", "2026-03-14T19:09:26Z"];
const UTC = ["2026-03-14T19:09:26Z", "2026-01-10T17:00:00Z", "", "2026-03-14 19:09:26", "2026-03-14T19:09:26+01:00"];

const PYTHONS = [...pythonVersions(), { label: "3.13", executable: python313() }];

describe.each(PYTHONS.map((python) => [python.label, python.executable]))("Python %s", (_label, executable) => {
  test("New York (UTC−5 in winter, UTC−4 in summer) and back", () => {
    const output = runPython(executable, ["-c", SCRIPT, SHIMS, JSON.stringify(LOCAL), JSON.stringify(UTC)], { env: { TZ: "America/New_York" } });
    expect(JSON.parse(output)).toEqual({
      to_utc: ["2026-03-14T19:09:26Z", "2026-01-10T17:00:00Z", "", "", "", ""],
      to_local: ["2026-03-14 15:09:26", "2026-01-10 12:00:00", "", "", ""],
    });
  });

  test("Tokyo (UTC+9): the same instants on the next day", () => {
    const output = runPython(executable, ["-c", SCRIPT, SHIMS, JSON.stringify([]), JSON.stringify(UTC.slice(0, 2))], { env: { TZ: "Asia/Tokyo" } });
    expect(JSON.parse(output)).toEqual({ to_utc: [], to_local: ["2026-03-15 04:09:26", "2026-01-11 02:00:00"] });
  });
});
