/**
 * The Python Kodi runs: the compiled package and our shims type-check with pyright (basic, zero
 * errors), compile on Python 3.8 and 3.11, and import on both with Kodi's modules stubbed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { FAKE_XBMCGUI } from "../support/fake-kodi";
import { pythonVersions, runPython } from "../support/python";

const repoRoot = path.resolve(__dirname, "../..");
const lib = path.join(repoRoot, "service.cloudsync", "resources", "lib");
const ownPackages = ["cloudsync", "cloudsync_host"];

function pythonFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) {
      return name === "__pycache__" ? [] : pythonFiles(full);
    }
    return name.endsWith(".py") ? [full] : [];
  });
}

/** Just enough of Kodi's xbmc modules to import the add-on outside Kodi. */
function fakeKodiModules(): string {
  const directory = mkdtempSync(path.join(tmpdir(), "cloudsync-fake-kodi-"));
  writeFileSync(
    path.join(directory, "xbmc.py"),
    "LOGDEBUG, LOGINFO, LOGWARNING, LOGERROR, LOGFATAL = 0, 1, 2, 3, 4\n" +
      "def log(msg, level=0): pass\n" +
      "def executeJSONRPC(request): return '{}'\n" +
      "def getInfoLabel(label): return ''\n" +
      "def getCondVisibility(condition): return False\n" +
      "def getRegion(id): return '%H:%M:%S' if id == 'time' else '%d/%m/%Y'\n" +
      "class Monitor:\n    def waitForAbort(self, timeout=0): return True\n    def abortRequested(self): return True\n",
  );
  writeFileSync(path.join(directory, "xbmcaddon.py"), "class Addon:\n    def __init__(self, id=None): pass\n    def getSetting(self, id): return ''\n    def setSetting(self, id, value): pass\n    def getAddonInfo(self, id): return '0'\n    def getLocalizedString(self, id): return ''\n");
  writeFileSync(path.join(directory, "xbmcvfs.py"), "def translatePath(path): return path\ndef exists(path): return False\ndef mkdirs(path): return True\n");
  writeFileSync(path.join(directory, "xbmcgui.py"), FAKE_XBMCGUI);
  return directory;
}

test("pyright (basic) finds zero errors in the compiled package and the shims", () => {
  const configDirectory = mkdtempSync(path.join(tmpdir(), "cloudsync-pyright-"));
  const config = path.join(configDirectory, "pyrightconfig.json");
  // pyright only takes paths relative to its config file.
  const relative = (target: string): string => path.relative(configDirectory, target);
  writeFileSync(
    config,
    JSON.stringify({
      typeCheckingMode: "basic",
      pythonVersion: "3.8",
      stubPath: relative(path.join(repoRoot, "transpiler", "stubs")),
      extraPaths: [relative(lib)],
      include: ownPackages.map((name) => relative(path.join(lib, name))),
    }),
  );
  const result = spawnSync(path.join(repoRoot, "node_modules", ".bin", "pyright"), ["-p", config, "--outputjson"], { encoding: "utf8" });
  const report = JSON.parse(result.stdout) as { generalDiagnostics: { file: string; severity: string; message: string; range: { start: { line: number } } }[]; summary: { filesAnalyzed: number } };
  const errors = report.generalDiagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => `${diagnostic.file}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
  expect(errors).toEqual([]);
  expect(report.summary.filesAnalyzed).toBeGreaterThanOrEqual(pythonFiles(path.join(lib, "cloudsync")).length);
}, 120_000);

describe.each(pythonVersions())("Python $label", ({ executable }) => {
  test("compiles every module of the add-on (ours and the vendored Paho)", () => {
    const files = [...ownPackages.flatMap((name) => pythonFiles(path.join(lib, name))), ...pythonFiles(path.join(lib, "paho")), path.join(repoRoot, "service.cloudsync", "service.py")];
    const script = "import sys, py_compile\nfor f in sys.argv[1:]:\n    compile(open(f, encoding='utf-8').read(), f, 'exec')\nprint(len(sys.argv) - 1)";
    expect(Number(runPython(executable, ["-c", script, ...files]).trim())).toBe(files.length);
  });

  test("imports every compiled module, with the vendored Paho ahead of the system's", () => {
    const modules = pythonFiles(path.join(lib, "cloudsync")).map((file) => path.relative(lib, file).replace(/\.py$/, "").replace(/\/__init__$/, "").replaceAll("/", "."));
    const script = [
      "import importlib, sys",
      `sys.path.insert(0, ${JSON.stringify(lib)})`,
      `sys.path.append(${JSON.stringify(fakeKodiModules())})`,
      "for name in sys.argv[1:]:",
      "    importlib.import_module(name)",
      "import cloudsync_host.mqtt as shim",
      "print(shim.MqttConnection().paho_location())",
    ].join("\n");
    expect(runPython(executable, ["-c", script, ...modules, "cloudsync_host.monitor"]).trim()).toBe(path.join(lib, "paho"));
  });
});

test("Debian's own Paho is installed, so the vendored-Paho checks face a real competitor", () => {
  const systemPaho = execFileSync("/usr/bin/python3", ["-c", "import paho.mqtt, os; print(os.path.dirname(paho.mqtt.__file__))"], { encoding: "utf8" }).trim();
  expect(systemPaho).toMatch(/^\/usr\/lib\/python3\/dist-packages\//);
});
