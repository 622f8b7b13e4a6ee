/**
 * The Python Kodi runs: the compiled package and our shims type-check with pyright (basic, zero
 * errors), compile on Python 3.8 and 3.11, and import on both with Kodi's modules stubbed.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeFakeKodiModules } from "../support/fake-kodi";
import { repoPath } from "../support/paths";
import { runPyright } from "../support/pyright";
import { pythonVersions, runPython } from "../support/python";

const addon = repoPath("service.cloudsync");
const lib = path.join(addon, "resources", "lib");
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

/** Kodi's modules stood in for, to import the add-on outside Kodi. */
function fakeKodiModules(): string {
  return writeFakeKodiModules(mkdtempSync(path.join(tmpdir(), "cloudsync-fake-kodi-")));
}

/** The add-on's entry points, as the build puts them at its top level: what Kodi runs first. */
const ENTRY_POINTS = ["service.py", "settings_actions.py"];

test("pyright (basic) finds zero errors in the compiled package, the shims and the entry points (service.py, settings_actions.py)", () => {
  const report = runPyright({
    extraPaths: [lib],
    include: [...ownPackages.map((name) => path.join(lib, name)), ...ENTRY_POINTS.map((name) => path.join(addon, name))],
  });
  expect(report.errors).toEqual([]);
  // Every included file was checked: both packages and the entry points.
  expect(report.filesAnalyzed).toBeGreaterThanOrEqual(ownPackages.flatMap((name) => pythonFiles(path.join(lib, name))).length + ENTRY_POINTS.length);
}, 120_000);

describe.each(pythonVersions())("Python $label", ({ executable }) => {
  test("compiles every module of the add-on (ours and the vendored Paho)", () => {
    const files = [
      ...ownPackages.flatMap((name) => pythonFiles(path.join(lib, name))),
      ...pythonFiles(path.join(lib, "paho")),
      ...ENTRY_POINTS.map((name) => path.join(addon, name)),
    ];
    const script = "import sys, py_compile\nfor f in sys.argv[1:]:\n    compile(open(f, encoding='utf-8').read(), f, 'exec')\nprint(len(sys.argv) - 1)";
    expect(Number(runPython(executable, ["-c", script, ...files]).trim())).toBe(files.length);
  });

  test("imports every compiled module, with the vendored Paho ahead of the system's", () => {
    const modules = pythonFiles(path.join(lib, "cloudsync")).map((file) =>
      path
        .relative(lib, file)
        .replace(/\.py$/, "")
        .replace(/\/__init__$/, "")
        .replaceAll("/", "."),
    );
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
