/**
 * The add-on's static files as written in addon-template/ (the source the build copies): addon.xml
 * for Kodi 19-21, settings.xml in Kodi's version-1 format with every label in strings.po, a
 * service.py that puts the vendored Paho ahead of the system's, the licence, and Python shims that
 * type-check (pyright basic, zero errors) and compile on Python 3.8 and 3.11.
 * What the built zip holds is checked in addon-package.test.ts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import * as contract from "../../src/contract";
import { SETTING_IDS } from "../../src/core/settings";
import { writeFakeKodiModules } from "../support/fake-kodi";
import { packageVersion as version, repoRoot } from "../support/paths";
import { runPyright } from "../support/pyright";
import { python311, pythonVersions, runPython } from "../support/python";
import { poEntries, stringsPoFile } from "../support/strings-po";

const template = path.join(repoRoot, "addon-template");
const shims = path.join(template, "resources", "lib", "cloudsync_host");
const builtPaho = path.join(repoRoot, "service.cloudsync", "resources", "lib", "paho");
/** The compiled package, whose cloudsync.contract the shims import. */
const builtPackage = path.join(repoRoot, "service.cloudsync", "resources", "lib", "cloudsync");
const work = mkdtempSync(path.join(tmpdir(), "cloudsync-addon-files-"));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Parses XML with Python's ElementTree (a real XML parser) and returns what `script` prints as JSON. */
function inspectXml<T>(file: string, script: string): T {
  const program = `import json, sys, xml.etree.ElementTree as ET\nroot = ET.parse(sys.argv[1]).getroot()\n${script}`;
  return JSON.parse(runPython(python311(), ["-c", program, file])) as T;
}

/** A language string the code asks Kodi for: `localized(id)` in TypeScript, `getLocalizedString(id)` in Python. */
interface StringUse {
  id: string;
  where: string;
}

const STRING_LOOKUPS = new Set(["localized", "getLocalizedString", "get_localized_string"]);

/**
 * Every string id the add-on's code uses. TypeScript is read with the type checker, so an id held
 * in a constant (`const TITLE = 32044`) is found too; a lookup whose id is not a known number
 * is reported, never skipped.
 */
function stringIdsUsedInCode(): { used: StringUse[]; unresolved: string[] } {
  const used: StringUse[] = [];
  const unresolved: string[] = [];
  const config = ts.readConfigFile(path.join(repoRoot, "src", "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.join(repoRoot, "src"));
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  for (const source of program.getSourceFiles()) {
    if (!source.fileName.startsWith(path.join(repoRoot, "src") + path.sep) || source.isDeclarationFile) {
      continue;
    }
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = ts.isPropertyAccessExpression(node.expression)
          ? node.expression.name.text
          : ts.isIdentifier(node.expression)
            ? node.expression.text
            : "";
        if (STRING_LOOKUPS.has(callee)) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          const where = `${path.relative(repoRoot, source.fileName)}:${line + 1}`;
          const argument = node.arguments[0];
          const type = argument === undefined ? undefined : checker.getTypeAtLocation(argument);
          if (type !== undefined && type.isNumberLiteral()) {
            used.push({ id: String(type.value), where });
          } else {
            unresolved.push(`${where}: ${node.getText(source)}`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const pythonFiles = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        return entry.name === "__pycache__" ? [] : pythonFiles(full);
      }
      return entry.name.endsWith(".py") ? [full] : [];
    });
  for (const file of pythonFiles(template)) {
    // A wrapper (the ui shim's `def localized(string_id)`) passes its caller's id on: its callers are checked.
    let insideWrapper = false;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, index) => {
        const definition = /^\s*def\s+(\w+)/.exec(text);
        if (definition !== null) {
          insideWrapper = STRING_LOOKUPS.has(definition[1] ?? "");
          return;
        }
        const where = `${path.relative(repoRoot, file)}:${index + 1}`;
        for (const match of text.matchAll(/\b(?:getLocalizedString|localized|get_localized_string)\(\s*([^)]*)\)/g)) {
          const argument = (match[1] ?? "").trim();
          // A name from cloudsync.contract (the one source of string ids): its value there.
          const fromContract = (contract as Record<string, unknown>)[argument];
          if (/^\d+$/.test(argument)) {
            used.push({ id: argument, where });
          } else if (argument.startsWith("STRING_") && typeof fromContract === "number") {
            used.push({ id: String(fromContract), where });
          } else if (!insideWrapper) {
            unresolved.push(`${where}: ${match[0]}`);
          }
        }
      });
  }
  return { used, unresolved };
}

describe("addon.xml", () => {
  interface Manifest {
    tag: string;
    attributes: Record<string, string>;
    requires: Record<string, string>[];
    extensions: Record<string, string>[];
    metadata: Record<string, string>;
    assets: Record<string, string>;
  }

  let manifest: Manifest;

  beforeAll(() => {
    const text = readFileSync(path.join(template, "addon.xml"), "utf8");
    expect(text.match(/\{\{version\}\}/g)).toHaveLength(1);
    const filled = path.join(work, "addon.xml");
    writeFileSync(filled, text.replace("{{version}}", version));
    manifest = inspectXml<Manifest>(
      filled,
      `meta = [e for e in root.findall("extension") if e.get("point") == "xbmc.addon.metadata"][0]
print(json.dumps({
  "tag": root.tag, "attributes": dict(root.attrib),
  "requires": [dict(i.attrib) for i in root.find("requires")],
  "extensions": [dict(e.attrib) for e in root.findall("extension")],
  "metadata": {c.tag: (c.text or "").strip() for c in meta if c.tag != "assets"},
  "assets": {c.tag: c.text for c in meta.find("assets")},
}))`,
    );
  });

  test("is an addon with our id, name, provider and the version from package.json", () => {
    expect(manifest.tag).toBe("addon");
    expect(manifest.attributes).toEqual({ id: "service.cloudsync", name: "CloudSync", version, "provider-name": "CloudSync developers" });
  });

  test("requires only xbmc.python 3.0.0 (3.0.1 would shut out Kodi 19)", () => {
    expect(manifest.requires).toEqual([{ addon: "xbmc.python", version: "3.0.0" }]);
  });

  test("is a service started from service.py, without the start= attribute Kodi 19+ rejects; Publish All runs a library script", () => {
    expect(manifest.extensions).toEqual([
      { point: "xbmc.service", library: "service.py" },
      // The settings button runs this, never service.py: no second service.
      { point: "xbmc.python.library", library: "settings_actions.py" },
      { point: "xbmc.addon.metadata" },
    ]);
    expect(existsSync(path.join(template, "settings_actions.py"))).toBe(true);
  });

  test("has the metadata the add-on browser and the repository show, and its artwork exists", () => {
    const { metadata, assets } = manifest;
    expect(Object.keys(metadata).sort()).toEqual(["description", "license", "news", "platform", "source", "summary", "website"]);
    expect(metadata.summary?.length).toBeGreaterThan(10);
    expect(metadata.description).toMatch(/MQTT 5/);
    expect(metadata.platform).toBe("all");
    expect(metadata.license).toBe("MIT");
    expect(metadata.source).toBe("https://github.com/cloudsync-kodi/service.cloudsync");
    expect(metadata.website).toMatch(/^https:\/\//);
    // Filled in by the build from CHANGELOG.md (release-rules.test.ts checks the result).
    expect(metadata.news).toBe("{{news}}");
    expect(assets).toEqual({ icon: "resources/icon.png", fanart: "resources/fanart.jpg" });
    for (const file of Object.values(assets)) {
      expect(existsSync(path.join(template, file))).toBe(true);
    }
  });
});

describe("settings.xml and strings.po", () => {
  interface Setting {
    id: string;
    type: string;
    category: string;
    label: string;
    help: string;
    level: string | null;
    default: string | null;
    control: Record<string, string>;
    hidden: string | null;
    allowempty: string | null;
    enable: string | null;
  }

  interface Settings {
    version: string;
    sections: string[];
    categories: { id: string; label: string }[];
    settings: Setting[];
    labels: string[];
  }

  let settings: Settings;
  const byId = (id: string): Setting => {
    const found = settings.settings.find((setting) => setting.id === id);
    if (found === undefined) {
      throw new Error(`no setting ${id}`);
    }
    return found;
  };

  beforeAll(() => {
    settings = inspectXml<Settings>(
      path.join(template, "resources", "settings.xml"),
      `settings, labels = [], []
for category in root.iter("category"):
    for s in category.iter("setting"):
        control = s.find("control")
        settings.append({
            "id": s.get("id"), "type": s.get("type"), "category": category.get("id"),
            "label": s.get("label"), "help": s.get("help"),
            "level": s.findtext("level"), "default": s.findtext("default"),
            "control": dict(control.attrib) if control is not None else {},
            "hidden": s.findtext("control/hidden"), "allowempty": s.findtext("constraints/allowempty"),
            "enable": s.findtext("enable"),
        })
for node in root.iter():
    for attribute in ("label", "help"):
        if node.get(attribute) is not None: labels.append(node.get(attribute))
    if node.tag == "heading": labels.append(node.text)
print(json.dumps({
    "version": root.get("version"),
    "sections": [s.get("id") for s in root.findall("section")],
    "categories": [{"id": c.get("id"), "label": c.get("label")} for c in root.iter("category")],
    "settings": settings, "labels": labels,
}))`,
    );
  });

  test("is Kodi's version-1 format: one section named as the add-on, the categories users look for, in order", () => {
    expect(settings.version).toBe("1");
    expect(settings.sections).toEqual(["service.cloudsync"]);
    expect(settings.categories.map((category) => category.id)).toEqual(["general", "broker", "sync", "web", "manual", "advanced"]);
  });

  test("buttons and the advanced settings: Test connection with the broker, Publish All under Manual sync, expiries, log level, a read-only device id", () => {
    expect(byId("test_connection")).toMatchObject({ type: "action", category: "broker" });
    expect(byId("publish_all_favourites")).toMatchObject({ type: "action", category: "manual" });
    expect(byId("watched_expiry_days")).toMatchObject({ type: "integer", default: "0", category: "sync" });
    expect(byId("favourites_expiry_days")).toMatchObject({ type: "integer", default: "7", category: "sync" });
    expect(byId("log_level")).toMatchObject({ type: "integer", default: "1", category: "advanced", control: { type: "list", format: "string" } });
    expect(byId("mqtt_device_id")).toMatchObject({ category: "advanced", enable: "false" });
  });

  test("holds every setting the service reads (src/core/settings.ts SETTING_IDS), once each", () => {
    const ids = settings.settings.map((setting) => setting.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = [...SETTING_IDS, "enable_web_config", "web_config_port"].filter((id) => !ids.includes(id));
    expect(missing).toEqual([]);
  });

  test("every setting has a type, a level (0-3), a default and a control", () => {
    const incomplete = settings.settings.filter(
      (setting) =>
        !["boolean", "integer", "number", "string", "path", "action"].includes(setting.type) ||
        !["0", "1", "2", "3"].includes(setting.level ?? "") ||
        (setting.type !== "action" && setting.default === null) ||
        setting.control["type"] === undefined,
    );
    expect(incomplete).toEqual([]);
  });

  test("the settings of 3.x and the new basic ones have their type, default, control and place, at the basic level", () => {
    const shape = (setting: Setting): unknown => ({
      type: setting.type,
      default: setting.default ?? "",
      control: setting.control,
      category: setting.category,
      level: setting.level,
    });
    const toggle = { type: "toggle" };
    const text = { type: "edit", format: "string" };
    const number = { type: "edit", format: "integer" };
    const expected: Record<string, unknown> = {
      enabled: { type: "boolean", default: "true", control: toggle, category: "general" },
      mqtt_broker_host: { type: "string", default: "", control: text, category: "broker" },
      mqtt_broker_port: { type: "integer", default: "8883", control: number, category: "broker" },
      mqtt_use_ssl: { type: "boolean", default: "true", control: toggle, category: "broker" },
      mqtt_ca_file: { type: "path", default: "", control: { type: "button", format: "file" }, category: "broker" },
      mqtt_username: { type: "string", default: "", control: text, category: "broker" },
      mqtt_password: { type: "string", default: "", control: text, category: "broker" },
      device_name: { type: "string", default: "", control: text, category: "general" },
      sync_group: { type: "string", default: "home", control: text, category: "general" },
      mqtt_device_id: { type: "string", default: "", control: text, category: "advanced" },
      sync_watched: { type: "boolean", default: "true", control: toggle, category: "sync" },
      sync_resume: { type: "boolean", default: "true", control: toggle, category: "sync" },
      sync_favorites: { type: "boolean", default: "true", control: toggle, category: "sync" },
      enable_web_config: { type: "boolean", default: "true", control: toggle, category: "web" },
      web_config_port: { type: "integer", default: "8090", control: number, category: "web" },
    };
    const actual = Object.fromEntries(Object.keys(expected).map((id) => [id, shape(byId(id))]));
    expect(actual).toEqual(Object.fromEntries(Object.entries(expected).map(([id, value]) => [id, { ...(value as object), level: "0" }])));
    // Text a user may leave empty must say so, or Kodi refuses the empty value.
    for (const id of ["mqtt_broker_host", "mqtt_username", "mqtt_password", "mqtt_ca_file", "device_name", "mqtt_device_id"]) {
      expect({ id, allowempty: byId(id).allowempty }).toEqual({ id, allowempty: "true" });
    }
    // The group passphrase (issue 14) is as secret as the password.
    expect(settings.settings.filter((setting) => setting.hidden === "true").map((setting) => setting.id)).toEqual(["sync_passphrase", "mqtt_password"]);
  });

  test("every label, help text and heading is a number that strings.po defines", () => {
    const { entries } = poEntries();
    const defined = new Set(entries.map((entry) => entry.id));
    const needed = [...settings.labels, ...settings.settings.map((setting) => setting.help)];
    expect(needed.length).toBeGreaterThan(40);
    const missing = needed.filter((label) => !/^32\d{3}$/.test(label) || !defined.has(label));
    expect(missing).toEqual([]);
    expect(settings.settings.every((setting) => setting.label !== setting.help)).toBe(true);
  });

  test("every string id the code uses (TypeScript in src/, hand-written Python in addon-template/) is defined in strings.po", () => {
    const defined = new Set(poEntries().entries.map((entry) => entry.id));
    const { used, unresolved } = stringIdsUsedInCode();
    // The scan found the code's strings (Test connection's dialog, Publish All's notifications…).
    expect(new Set(used.map((use) => use.id)).size).toBeGreaterThanOrEqual(8);
    expect(unresolved).toEqual([]);
    expect(used.filter((use) => !defined.has(use.id)).map((use) => `${use.where}: #${use.id}`)).toEqual([]);
  });

  test("strings.po is a proper Kodi language file: UTF-8 header, en_GB, unique ids, no empty strings", () => {
    const { header, entries } = poEntries();
    expect(header).toMatch(/^# Kodi Media Center language file\n/);
    expect(header).toContain('msgid ""\nmsgstr ""\n');
    expect(header).toContain('"Content-Type: text/plain; charset=UTF-8\\n"');
    expect(header).toContain('"Language: en_GB\\n"');
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.filter((entry) => entry.text.trim() === "")).toEqual([]);
    // Every msgctxt in the file was understood as an entry (none malformed).
    const po = readFileSync(stringsPoFile(), "utf8");
    expect(entries).toHaveLength((po.match(/^msgctxt /gm) ?? []).length);
  });
});

describe("service.py", () => {
  const source = readFileSync(path.join(template, "service.py"), "utf8");

  test("is a starter of under 15 lines", () => {
    expect(source.trimEnd().split("\n").length).toBeLessThan(15);
    expect(source).toContain("from cloudsync.main import main");
  });

  /** An add-on folder holding this service.py, a stand-in `cloudsync` and a stand-in vendored `paho`. */
  function fakeAddon(): string {
    const addon = mkdtempSync(path.join(work, "addon-"));
    writeFileSync(path.join(addon, "service.py"), source);
    const lib = path.join(addon, "resources", "lib");
    mkdirSync(path.join(lib, "cloudsync"), { recursive: true });
    mkdirSync(path.join(lib, "paho"), { recursive: true });
    writeFileSync(path.join(lib, "paho", "__init__.py"), "");
    writeFileSync(path.join(lib, "cloudsync", "__init__.py"), "");
    writeFileSync(path.join(lib, "cloudsync", "main.py"), "import sys, paho\ndef main():\n    print(sys.path[0])\n    print(paho.__file__)\n");
    return addon;
  }

  test.each([{ label: "Debian's python3, which has its own Paho", executable: "/usr/bin/python3" }, ...pythonVersions()])(
    "run by $label: puts resources/lib first, so the vendored Paho wins, and calls cloudsync.main.main()",
    ({ executable }) => {
      const addon = fakeAddon();
      const lib = path.join(addon, "resources", "lib");
      // Kodi starts it from elsewhere: the working directory must not matter.
      const [first, paho] = runPython(executable, [path.join(addon, "service.py")], { cwd: tmpdir() })
        .trim()
        .split("\n");
      expect(first).toBe(lib);
      expect(paho).toBe(path.join(lib, "paho", "__init__.py"));
    },
  );
});

describe("settings_actions.py", () => {
  /** Kodi's modules as stand-ins that print each call as a JSON line; the home window's property is RUNNING. */
  const recordingKodi = (running: string): string => {
    const directory = mkdtempSync(path.join(work, "recording-kodi-"));
    const record = "import json\ndef _record(*call):\n    print(json.dumps(list(call)))\n";
    writeFileSync(
      path.join(directory, "xbmc.py"),
      `${record}LOGDEBUG, LOGINFO, LOGWARNING, LOGERROR = 0, 1, 2, 3\ndef log(message, level=0):\n    _record("log", message, level)\ndef executebuiltin(command, wait=False):\n    _record("executebuiltin", command)\n`,
    );
    writeFileSync(
      path.join(directory, "xbmcaddon.py"),
      `${record}class Addon:\n    def __init__(self, id=None):\n        self.id = id\n    def getLocalizedString(self, string_id):\n        return "string %d of %s" % (string_id, self.id)\n`,
    );
    writeFileSync(
      path.join(directory, "xbmcgui.py"),
      `${record}NOTIFICATION_INFO, NOTIFICATION_WARNING, NOTIFICATION_ERROR = "info", "warning", "error"\nclass Window:\n    def __init__(self, window_id):\n        self.window_id = window_id\n    def getProperty(self, key):\n        _record("getProperty", self.window_id, key)\n        return ${JSON.stringify(running)}\nclass Dialog:\n    def notification(self, heading, message, icon="", time=0, sound=True):\n        _record("notification", heading, message, icon, time)\n`,
    );
    return directory;
  };

  /** settings_actions.py in an add-on folder beside the compiled package, started from elsewhere as Kodi does; the calls it made. */
  function runAction(action: string, running: string): unknown[] {
    requireBuild();
    const addon = mkdtempSync(path.join(work, "actions-"));
    cpSync(path.join(template, "settings_actions.py"), path.join(addon, "settings_actions.py"));
    cpSync(builtPackage, path.join(addon, "resources", "lib", "cloudsync"), { recursive: true, filter: (name) => !name.includes("__pycache__") });
    const output = runPython(python311(), [path.join(addon, "settings_actions.py"), action], { cwd: tmpdir(), env: { PYTHONPATH: recordingKodi(running) } });
    return output
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
  }

  test("Publish All with the service running: asks it with the NotifyAll message the service listens for", () => {
    expect(runAction("publish_all_favourites", "true")).toEqual([
      ["getProperty", 10000, "service.cloudsync.running"],
      ["log", "[service.cloudsync] Publish All My Favorites: asking the service", 1],
      // Kodi delivers it to the service's Monitor as method "Other.publish_all_favourites" from sender "service.cloudsync".
      ["executebuiltin", "NotifyAll(service.cloudsync,publish_all_favourites)"],
    ]);
  });

  test("Publish All without the service: a warning notification with the add-on's string, nothing sent", () => {
    expect(runAction("publish_all_favourites", "")).toEqual([
      ["getProperty", 10000, "service.cloudsync.running"],
      ["log", "[service.cloudsync] Publish All My Favorites: the service is not running", 2],
      ["notification", "CloudSync", "string 32043 of service.cloudsync", "warning", 6000],
    ]);
  });

  test("an unknown action is logged, nothing else done", () => {
    expect(runAction("format_disk", "true")).toEqual([["log", "[service.cloudsync] settings action not known: 'format_disk'", 2]]);
  });
});

test("LICENSE is the MIT licence of the CloudSync developers, 2026", () => {
  const license = readFileSync(path.join(template, "LICENSE"), "utf8");
  expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 CloudSync developers\n/);
  expect(license).toContain("Permission is hereby granted, free of charge");
});

function requireBuild(): void {
  for (const needed of [path.join(builtPaho, "mqtt", "client.py"), path.join(builtPackage, "contract.py")]) {
    if (!existsSync(needed)) {
      throw new Error(`no ${needed}: run "npm run build" first`);
    }
  }
}

/** What src/host/cloudsync-host.d.ts declares for each shim module: classes with their methods, and functions, with parameter names. */
interface DeclaredShim {
  module: string;
  classes: Record<string, Record<string, string[]>>;
  functions: Record<string, string[]>;
}

function declaredShims(): DeclaredShim[] {
  const file = path.join(repoRoot, "src", "host", "cloudsync-host.d.ts");
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const names = (parameters: ts.NodeArray<ts.ParameterDeclaration>): string[] => parameters.map((parameter) => parameter.name.getText(source));
  const declared: DeclaredShim[] = [];
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || !ts.isStringLiteral(statement.name) || !statement.name.text.startsWith("cloudsync_host/")) {
      continue;
    }
    const shim: DeclaredShim = { module: statement.name.text.replace("/", "."), classes: {}, functions: {} };
    const body = statement.body;
    for (const member of body !== undefined && ts.isModuleBlock(body) ? body.statements : []) {
      if (ts.isClassDeclaration(member) && member.name !== undefined) {
        const methods: Record<string, string[]> = {};
        for (const element of member.members) {
          if (ts.isConstructorDeclaration(element)) {
            methods["__init__"] = names(element.parameters);
          } else if (ts.isMethodDeclaration(element) && ts.isIdentifier(element.name)) {
            methods[element.name.text] = names(element.parameters);
          }
        }
        shim.classes[member.name.text] = methods;
      } else if (ts.isFunctionDeclaration(member) && member.name !== undefined) {
        shim.functions[member.name.text] = names(member.parameters);
      }
    }
    declared.push(shim);
  }
  return declared;
}

/** The shims beside the vendored Paho and the compiled package (from the build), as resources/lib holds them, plus stand-ins for Kodi's modules. */
function shimLib(): { lib: string; fakeKodi: string } {
  requireBuild();
  const lib = path.join(work, "lib");
  const fakeKodi = path.join(work, "fake-kodi");
  if (!existsSync(lib)) {
    cpSync(builtPaho, path.join(lib, "paho"), { recursive: true, filter: (name) => !name.includes("__pycache__") });
    cpSync(builtPackage, path.join(lib, "cloudsync"), { recursive: true, filter: (name) => !name.includes("__pycache__") });
    cpSync(shims, path.join(lib, "cloudsync_host"), { recursive: true, filter: (name) => !name.includes("__pycache__") });
    writeFakeKodiModules(fakeKodi);
  }
  return { lib, fakeKodi };
}

describe("the Python shims", () => {
  const files = (): string[] => [
    path.join(template, "service.py"),
    path.join(template, "settings_actions.py"),
    ...readdirSync(shims)
      .filter((name) => name.endsWith(".py"))
      .map((name) => path.join(shims, name)),
  ];

  test("mqtt does not need Kodi and never prints or logs the password", () => {
    const mqtt = readFileSync(path.join(shims, "mqtt.py"), "utf8");
    expect(mqtt).not.toMatch(/^\s*(import|from)\s+xbmc/m);
    expect(mqtt).not.toMatch(/password[^\n]*\b(print|log)\(|\b(print|log)\([^\n]*password/i);
  });

  test.each(pythonVersions())("implement every module, class, method and function src/host/cloudsync-host.d.ts declares (Python $label)", ({ executable }) => {
    const declared = declaredShims();
    expect(declared.map((shim) => shim.module)).toEqual(expect.arrayContaining(["cloudsync_host.monitor", "cloudsync_host.mqtt"]));
    const { lib, fakeKodi } = shimLib();
    const script = `
import importlib, inspect, json, sys
sys.path[0:0] = [sys.argv[1], sys.argv[2]]
problems = []
def check(where, target, expected):
    try:
        parameters = [p for p in inspect.signature(target).parameters if p != "self"]
    except (TypeError, ValueError) as error:
        problems.append("%s: no signature (%s)" % (where, error))
        return
    if parameters != expected:
        problems.append("%s: parameters %s, declared %s" % (where, parameters, expected))
for shim in json.loads(sys.argv[3]):
    try:
        module = importlib.import_module(shim["module"])
    except Exception as error:
        problems.append("%s: cannot import (%r)" % (shim["module"], error))
        continue
    for name, methods in shim["classes"].items():
        cls = getattr(module, name, None)
        if not inspect.isclass(cls):
            problems.append("%s.%s: no such class" % (shim["module"], name))
            continue
        for method, expected in methods.items():
            where = "%s.%s.%s" % (shim["module"], name, method)
            if method != "__init__" and not callable(getattr(cls, method, None)):
                problems.append(where + ": no such method")
            else:
                check(where, getattr(cls, method), expected)
    for name, expected in shim["functions"].items():
        function = getattr(module, name, None)
        if not callable(function):
            problems.append("%s.%s: no such function" % (shim["module"], name))
        else:
            check("%s.%s" % (shim["module"], name), function, expected)
print(json.dumps(problems))
`;
    const problems = JSON.parse(runPython(executable, ["-c", script, lib, fakeKodi, JSON.stringify(declared)])) as string[];
    expect(problems).toEqual([]);
  });

  // service.py needs the compiled package to type-check: generated-python.test.ts checks the built add-on as a whole.
  test("type-check with pyright (basic, Python 3.8, Kodi stubs from transpiler/stubs) with zero errors", () => {
    requireBuild();
    // Only the vendored Paho 2.1 on the extra path, never Debian's 1.6 from the system; and the compiled contract.
    const extra = path.join(work, "pyright-lib");
    cpSync(builtPaho, path.join(extra, "paho"), { recursive: true, filter: (name) => !name.includes("__pycache__") });
    cpSync(builtPackage, path.join(extra, "cloudsync"), { recursive: true, filter: (name) => !name.includes("__pycache__") });
    const report = runPyright({ extraPaths: [extra], include: [shims] });
    expect(report.errors).toEqual([]);
    expect(report.filesAnalyzed).toBeGreaterThanOrEqual(3);
  }, 120_000);

  test.each(pythonVersions())("compile on Python $label", ({ executable }) => {
    const script = "import sys\nfor f in sys.argv[1:]:\n    compile(open(f, encoding='utf-8').read(), f, 'exec')\nprint(len(sys.argv) - 1)";
    expect(Number(runPython(executable, ["-c", script, ...files()]).trim())).toBe(files().length);
  });
});
