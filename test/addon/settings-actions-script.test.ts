/**
 * settings_actions.py's Test connection, run by the Pythons the add-on supports with small
 * stand-ins for Kodi's xbmc, xbmcgui and xbmcaddon (the real Kodi runs it in
 * test/e2e/settings-actions.test.ts on Kodi 19, 20 and 21). What only this can check: the button
 * never loads ssl (nor Paho) in its own interpreter, which on Kodi 19.1 (Python 3.9.2, CPython
 * bpo-44050) broke the service's TLS and ended Kodi (docs/kodi-releases.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import {
  ADDON_ID,
  SERVICE_RUNNING_PROPERTY,
  SERVICE_RUNNING_VALUE,
  STRING_SERVICE_NOT_RUNNING,
  STRING_TEST_CONNECTION,
  TEST_CONNECTION_ACTION,
  TEST_CONNECTION_ANSWER_PROPERTY,
  TEST_CONNECTION_MESSAGE,
  TEST_CONNECTION_REQUEST_PROPERTY,
} from "../../src/contract";
import { python311, python313, python38, runPython } from "../support/python";

const script = path.resolve(__dirname, "../../service.cloudsync/settings_actions.py");

/** Kodi's modules as far as the script uses them; the "service" answers a NotifyAll as the real one does. */
const stubs: Record<string, string> = {
  "xbmc.py": `
import json
LOGINFO, LOGWARNING = 1, 2
calls = []
properties = {}
service_answer = None
def log(message, level): calls.append(["log", message])
def executebuiltin(command):
    calls.append(["builtin", command])
    if service_answer is not None:
        request = properties.get(${JSON.stringify(TEST_CONNECTION_REQUEST_PROPERTY)}, "")
        properties[${JSON.stringify(TEST_CONNECTION_ANSWER_PROPERTY)}] = request + "\\n" + service_answer
class Monitor:
    def waitForAbort(self, seconds): return False
    def abortRequested(self): return False
`,
  "xbmcgui.py": `
import xbmc
NOTIFICATION_WARNING = "warning"
class Window:
    def __init__(self, window_id): pass
    def getProperty(self, name): return xbmc.properties.get(name, "")
    def setProperty(self, name, value): xbmc.properties[name] = value
class Dialog:
    def ok(self, heading, text): xbmc.calls.append(["ok", heading, text])
    def notification(self, *arguments): xbmc.calls.append(["notification", *arguments])
`,
  "xbmcaddon.py": `
class Addon:
    def __init__(self, addon_id=None): pass
    def getLocalizedString(self, string_id): return f"string {string_id}"
`,
};

interface Run {
  sslLoaded: boolean;
  calls: string[][];
}

function runButton(python: string, serviceRunning: boolean, serviceAnswer: string | null): Run {
  const folder = mkdtempSync(path.join(tmpdir(), "cloudsync-settings-actions-"));
  try {
    for (const [name, text] of Object.entries(stubs)) {
      writeFileSync(path.join(folder, name), text);
    }
    const program = [
      "import json, runpy, sys",
      "sys.path.insert(0, sys.argv[1])",
      "import xbmc",
      `xbmc.service_answer = json.loads(sys.argv[3])`,
      `if json.loads(sys.argv[4]): xbmc.properties[${JSON.stringify(SERVICE_RUNNING_PROPERTY)}] = ${JSON.stringify(SERVICE_RUNNING_VALUE)}`,
      "sys.argv = [sys.argv[2], sys.argv[5]]",
      "runpy.run_path(sys.argv[0], run_name='__main__')",
      "print(json.dumps({'sslLoaded': any(name in sys.modules for name in ('ssl', '_ssl', 'paho')), 'calls': xbmc.calls}))",
    ].join("\n");
    const output = runPython(python, ["-c", program, folder, script, JSON.stringify(serviceAnswer), JSON.stringify(serviceRunning), TEST_CONNECTION_ACTION]);
    return JSON.parse(output.trim().split("\n").pop() ?? "") as Run;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe.each([
  ["3.8", python38],
  ["3.11", python311],
  ["3.13", python313],
])("Test connection's script on Python %s", (_version, python) => {
  test("asks the service and shows its answer, without loading ssl or Paho", () => {
    const run = runButton(python(), true, "Connected to broker.example:8883 (TLS)");
    expect(run.calls.filter((call) => call[0] === "builtin")).toEqual([["builtin", `NotifyAll(${ADDON_ID},${TEST_CONNECTION_MESSAGE})`]]);
    expect(run.calls.filter((call) => call[0] === "ok")).toEqual([["ok", `string ${STRING_TEST_CONNECTION}`, "Connected to broker.example:8883 (TLS)"]]);
    expect(run.sslLoaded).toBe(false);
  });

  test("says the service is not running, and sends nothing, when it is not", () => {
    const run = runButton(python(), false, null);
    expect(run.calls.filter((call) => call[0] === "builtin")).toEqual([]);
    expect(run.calls.filter((call) => call[0] === "ok")).toEqual([["ok", `string ${STRING_TEST_CONNECTION}`, `string ${STRING_SERVICE_NOT_RUNNING}`]]);
    expect(run.sslLoaded).toBe(false);
  });
});
