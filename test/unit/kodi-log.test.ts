/** kodi.log's levels as Kodi 19 (upper case) and Kodi 20/21 (lower case) write them. */
import { isComplaintLine, isErrorLine, kodiLogErrors } from "../support/kodi-log";

const KODI_19 = [
  "2026-12-01 00:11:10.435 T:22007   ERROR <general>: CDisplaySettings: settings file doesn't contain <resolutions>",
  "2026-12-01 00:11:18.731 T:22412    INFO <general>: [service.cloudsync] made up the web page's PIN",
  "2026-12-01 00:11:18.731 T:22412   ERROR <general>: [service.cloudsync] cannot reach the broker",
  "2026-12-01 00:11:10.435 T:22007 WARNING <CSettingsManager>: missing version attribute",
];
const KODI_21 = [
  "2026-12-01 00:10:28.744 T:20373    info <general>: [service.cloudsync] CloudSync 4.0.0 starting",
  "2026-12-01 00:10:28.744 T:20373   error <general>: [service.cloudsync] cannot reach the broker",
  "2026-12-01 00:10:28.744 T:20373   fatal <general>: out of memory",
  "2026-12-01 00:10:28.744 T:20373 warning <general>: [service.cloudsync] an error word in a warning",
];

test("error lines are found in Kodi 19's upper-case and Kodi 21's lower-case levels, and nothing else is", () => {
  expect(KODI_19.map(isErrorLine)).toEqual([true, false, true, false]);
  expect(KODI_21.map(isErrorLine)).toEqual([false, true, true, false]);
});

test("only the add-on's own error lines when a marker is given", () => {
  expect(kodiLogErrors(KODI_19.join("\n"), "[service.cloudsync]")).toEqual([KODI_19[2]]);
  expect(kodiLogErrors(KODI_21.join("\n"), "[service.cloudsync]")).toEqual([KODI_21[1]]);
  expect(kodiLogErrors(KODI_21.join("\n"))).toEqual([KODI_21[1], KODI_21[2]]);
});

test("complaints are warnings and worse, in either spelling", () => {
  expect(KODI_19.map(isComplaintLine)).toEqual([true, false, true, true]);
  expect(KODI_21.map(isComplaintLine)).toEqual([false, true, true, true]);
});
