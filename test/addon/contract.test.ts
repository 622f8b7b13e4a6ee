/**
 * One source for each name the TypeScript, the hand-written Python and Kodi's own files share:
 * src/contract.ts. The build compiles it to cloudsync/contract.py, which the shims and
 * settings_actions.py import; Kodi's files (addon.xml, settings.xml, strings.po) cannot import,
 * so they are checked against it here. A literal copy of a contract name in hand-written code
 * fails these tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import * as contract from "../../src/contract";
import { SETTING_IDS } from "../../src/core/settings";
import { ADDON_ID as BUILD_ADDON_ID } from "../../build/paths";
import { python311, runPython } from "../support/python";

const repoRoot = path.resolve(__dirname, "../..");
const template = path.join(repoRoot, "addon-template");
const builtLib = path.join(repoRoot, "service.cloudsync", "resources", "lib");
const contractSource = path.join(repoRoot, "src", "contract.ts");
const stringsPo = path.join(template, "resources", "language", "resource.language.en_gb", "strings.po");

/**
 * Files that still hold contract names as literals until they are rewired to src/contract.ts.
 * Each must still hold one (checked below), so an entry cannot outlive its fix.
 */
const names: [string, string | number][] = Object.entries(contract).map(([name, value]) => [name, value as string | number]);
const stringIds = (): [string, number][] => names.filter(([name]) => name.startsWith("STRING_")).map(([name, value]) => [name, value as number]);

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) {
      return name === "__pycache__" || name === "node_modules" ? [] : filesUnder(full, extension);
    }
    return name.endsWith(extension) ? [full] : [];
  });
}

const relative = (file: string): string => path.relative(repoRoot, file);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where `text` (source code, comments removed) holds a contract name as a literal. Names with a dot
 * or an underscore are found anywhere (inside f-strings and docstrings too), and string ids always.
 * `everything`: also plain words quoted ("true", "CloudSync") and other numbers (10000), which are
 * the contract's only where the hand-written Python uses them; TypeScript has its own "true"s.
 */
function literalsIn(text: string, everything: boolean): string[] {
  const found: string[] = [];
  for (const [name, value] of names) {
    if (typeof value === "string") {
      const identifier = /[._]/.test(value);
      const pattern = identifier ? new RegExp(escapeRegExp(value)) : new RegExp(`["']${escapeRegExp(value)}["']`);
      if ((identifier || everything) && pattern.test(text)) {
        found.push(`${name} (${JSON.stringify(value)})`);
      }
    } else if (everything || name.startsWith("STRING_")) {
      if (new RegExp(`(?<![\\w.])${value}(?![\\w.])`).test(text)) {
        found.push(`${name} (${value})`);
      }
    }
  }
  // A string id the contract does not have yet is a literal too (a negative number, such as
  // JSON-RPC's error code -32602, is not a string id).
  for (const match of text.matchAll(/(?<![\w.-])32\d{3}(?![\w.])/g)) {
    if (!stringIds().some(([, id]) => String(id) === match[0])) {
      found.push(`string id ${match[0]}`);
    }
  }
  return found;
}

const withoutPythonComments = (source: string): string => source.replace(/(^|\s)#[^\n]*/g, "$1");
const withoutTypeScriptComments = (source: string): string => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/[^\n]*/g, "$1");

function poStrings(): Map<string, string> {
  const po = readFileSync(stringsPo, "utf8");
  return new Map(
    [...po.matchAll(/^msgctxt "#(\d+)"\nmsgid "((?:[^"\\]|\\.)*)"$/gm)].map((match) => [match[1] ?? "", (match[2] ?? "").replace(/\\(.)/g, "$1")]),
  );
}

/** Parses XML with Python's ElementTree and returns what `script` prints as JSON. */
function inspectXml<T>(file: string, script: string): T {
  const program = `import json, sys, xml.etree.ElementTree as ET\nroot = ET.parse(sys.argv[1]).getroot()\n${script}`;
  return JSON.parse(runPython(python311(), ["-c", program, file])) as T;
}

test("the built add-on's cloudsync/contract.py holds every name of src/contract.ts, with the same value", () => {
  if (!existsSync(path.join(builtLib, "cloudsync", "contract.py"))) {
    throw new Error(`no ${path.join(builtLib, "cloudsync", "contract.py")}: run "npm run build" first`);
  }
  const script = `import json, sys\nsys.path.insert(0, sys.argv[1])\nimport cloudsync.contract as c\nprint(json.dumps({k: v for k, v in vars(c).items() if k.isupper()}))`;
  const compiled = JSON.parse(runPython(python311(), ["-c", script, builtLib])) as Record<string, unknown>;
  expect(compiled).toEqual(Object.fromEntries(names));
  expect(names.length).toBeGreaterThan(10);
});

test("no hand-written Python holds a contract name as a literal: each imports it from cloudsync.contract", () => {
  const python = filesUnder(template, ".py");
  expect(python.map(relative)).toEqual(
    expect.arrayContaining([
      "addon-template/settings_actions.py",
      "addon-template/resources/lib/cloudsync_host/ui.py",
      "addon-template/resources/lib/cloudsync_host/web.py",
    ]),
  );
  const offenders = python
    .map((file) => ({ file: relative(file), literals: literalsIn(withoutPythonComments(readFileSync(file, "utf8")), true) }))
    .filter((entry) => entry.literals.length > 0);
  expect(offenders).toEqual([]);
});

test("the check finds a copied literal (so the test above can fail)", () => {
  expect(literalsIn('xbmcaddon.Addon("service.cloudsync").getLocalizedString(32043)', true)).toEqual([
    'ADDON_ID ("service.cloudsync")',
    "STRING_SERVICE_NOT_RUNNING (32043)",
  ]);
  expect(literalsIn('window.getProperty(f"{ADDON}.running") == "true"\nx = 10000\ny = get(32099)', true)).toEqual([
    "HOME_WINDOW_ID (10000)",
    'SERVICE_RUNNING_VALUE ("true")',
    "string id 32099",
  ]);
  expect(literalsIn("const INVALID_PARAMS = -32602;", false)).toEqual([]);
  expect(literalsIn("# service.cloudsync in a comment is fine", true)).not.toEqual([]);
  expect(literalsIn(withoutPythonComments("x = 1  # service.cloudsync in a comment is fine"), true)).toEqual([]);
  expect(literalsIn('notify(localized(32042)); log("[service.cloudsync] " + "true")', false)).toEqual([
    'ADDON_ID ("service.cloudsync")',
    "STRING_FAVOURITES_NOT_SENT (32042)",
  ]);
});

test("no TypeScript outside src/contract.ts holds a contract name or a string id as a literal", () => {
  const sources = filesUnder(path.join(repoRoot, "src"), ".ts").filter((file) => file !== contractSource && !file.endsWith(".d.ts"));
  const found = sources.map((file) => ({ file: relative(file), literals: literalsIn(withoutTypeScriptComments(readFileSync(file, "utf8")), false) }));
  expect(found.filter((entry) => entry.literals.length > 0)).toEqual([]);
});

test("every string id the code shows exists in strings.po, with the words src/contract.ts quotes for it", () => {
  const strings = poStrings();
  const used = new Set<number>(stringIds().map(([, id]) => id));
  // Ids passed as numbers anywhere (files not yet rewired included) must exist too.
  for (const file of [...filesUnder(path.join(repoRoot, "src"), ".ts"), ...filesUnder(template, ".py")]) {
    for (const match of readFileSync(file, "utf8").matchAll(/(?:localized|getLocalizedString)\((\d+)\)/g)) {
      used.add(Number(match[1]));
    }
  }
  expect([...used].filter((id) => !strings.has(String(id)))).toEqual([]);
  const quoted = [...readFileSync(contractSource, "utf8").matchAll(/\/\*\* "((?:[^"\\]|\\.)*)"[^\n]*\*\/\nexport const (STRING_\w+) = (\d+);/g)].map(
    (match) => ({
      name: match[2],
      id: match[3],
      words: match[1],
    }),
  );
  expect(quoted.map((entry) => entry.name).sort()).toEqual(
    stringIds()
      .map(([name]) => name)
      .sort(),
  );
  expect(quoted.filter((entry) => strings.get(entry.id ?? "") !== entry.words)).toEqual([]);
});

test("Kodi's files name the add-on and its buttons as the contract does", () => {
  const manifest = inspectXml<{ id: string; name: string }>(
    path.join(template, "addon.xml"),
    `print(json.dumps({"id": root.get("id"), "name": root.get("name")}))`,
  );
  expect(manifest).toEqual({ id: contract.ADDON_ID, name: contract.ADDON_NAME });
  const settings = inspectXml<{ sections: string[]; actions: Record<string, string> }>(
    path.join(template, "resources", "settings.xml"),
    `print(json.dumps({"sections": [s.get("id") for s in root.findall("section")],
  "actions": {s.get("id"): s.findtext("data") for s in root.iter("setting") if s.get("type") == "action"}}))`,
  );
  expect(settings.sections).toEqual([contract.ADDON_ID]);
  expect(settings.actions).toEqual({
    test_connection: `RunScript(${contract.ADDON_ID},${contract.TEST_CONNECTION_ACTION})`,
    publish_all_favourites: `RunScript(${contract.ADDON_ID},${contract.PUBLISH_ALL_ACTION})`,
    forget_group_data: `RunScript(${contract.ADDON_ID},${contract.FORGET_GROUP_ACTION})`,
  });
  // The build names the add-on's folder and zip from the same source.
  expect(BUILD_ADDON_ID).toBe(contract.ADDON_ID);
});

test("settings.xml holds exactly the settings the service reads (SETTING_IDS) and the status lines it writes, besides its buttons", () => {
  const ids = inspectXml<string[]>(
    path.join(template, "resources", "settings.xml"),
    `print(json.dumps([s.get("id") for s in root.iter("setting") if s.get("type") != "action"]))`,
  );
  const statusLines = names.filter(([name]) => name.startsWith("STATUS_") && name.endsWith("_SETTING")).map(([, value]) => String(value));
  expect(statusLines).toHaveLength(4);
  expect([...ids].sort()).toEqual([...SETTING_IDS, ...statusLines].sort());
});
