/**
 * The built zip as Kodi and its add-on checker see it: one top folder named as the id, a valid
 * addon.xml for Kodi 19-21, settings whose labels all exist, artwork of the right size, no bytecode.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { SETTING_IDS } from "../../src/core/settings";
import { python311 } from "../support/python";

const repoRoot = path.resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const zipPath = path.join(repoRoot, "dist", `service.cloudsync-${version}.zip`);
let unpacked: string;
let entries: string[];

/** Parses XML with Python's ElementTree and returns what `script` prints as JSON. */
function inspectXml<T>(file: string, script: string): T {
  const program = `import json, sys, xml.etree.ElementTree as ET\nroot = ET.parse(sys.argv[1]).getroot()\n${script}`;
  return JSON.parse(execFileSync(python311(), ["-c", program, file], { encoding: "utf8" })) as T;
}

beforeAll(() => {
  entries = execFileSync("unzip", ["-Z1", zipPath], { encoding: "utf8" }).trim().split("\n");
  unpacked = mkdtempSync(path.join(tmpdir(), "cloudsync-zip-"));
  execFileSync("unzip", ["-q", zipPath, "-d", unpacked]);
});

const addonDir = (): string => path.join(unpacked, "service.cloudsync");

test("the zip holds exactly one top-level folder, service.cloudsync, and no bytecode", () => {
  const tops = new Set(entries.map((entry) => entry.split("/")[0]));
  expect([...tops]).toEqual(["service.cloudsync"]);
  expect(entries.filter((entry) => entry.includes("__pycache__") || entry.endsWith(".pyc"))).toEqual([]);
  for (const required of [
    "addon.xml",
    "service.py",
    "LICENSE",
    "resources/settings.xml",
    "resources/language/resource.language.en_gb/strings.po",
    "resources/icon.png",
    "resources/fanart.jpg",
    "resources/lib/cloudsync/main.py",
    "resources/lib/cloudsync/js_runtime.py",
    "resources/lib/cloudsync/js_fdlibm.py",
    "resources/lib/cloudsync_host/mqtt.py",
    "resources/lib/cloudsync_host/monitor.py",
    "resources/lib/paho/mqtt/client.py",
    "resources/lib/paho_mqtt-2.1.0.LICENSE.txt",
  ]) {
    expect(entries).toContain(`service.cloudsync/${required}`);
  }
});

test("files are readable by everyone once unpacked (0644), folders enterable (0755)", () => {
  const mode = statSync(path.join(addonDir(), "addon.xml")).mode & 0o777;
  expect(mode).toBe(0o644);
  const listing = execFileSync("zipinfo", [zipPath], { encoding: "utf8" });
  const modes = listing
    .split("\n")
    .filter((line) => /^[d-]r/.test(line))
    .map((line) => line.slice(0, 10));
  expect(new Set(modes)).toEqual(new Set(["drwxr-xr-x", "-rw-r--r--"]));
});

test("addon.xml: id, version from package.json, Python 3.0.0, a service without start=, metadata", () => {
  const manifest = inspectXml<{
    id: string;
    version: string;
    requires: Record<string, string>;
    service: Record<string, string>;
    metadata: Record<string, string>;
    assets: Record<string, string>;
  }>(
    path.join(addonDir(), "addon.xml"),
    `ext = {e.get("point"): e for e in root.findall("extension")}
meta = ext["xbmc.addon.metadata"]
print(json.dumps({
  "id": root.get("id"), "version": root.get("version"),
  "requires": {i.get("addon"): i.get("version") for i in root.find("requires")},
  "service": dict(ext["xbmc.service"].attrib),
  "metadata": {c.tag: (c.text or "").strip() for c in meta if c.tag != "assets"},
  "assets": {c.tag: c.text for c in meta.find("assets")},
}))`,
  );
  expect(manifest.id).toBe("service.cloudsync");
  expect(manifest.version).toBe(version);
  expect(manifest.requires).toEqual({ "xbmc.python": "3.0.0" });
  expect(manifest.service).toEqual({ point: "xbmc.service", library: "service.py" });
  expect(manifest.metadata.license).toBe("MIT");
  expect(manifest.metadata.summary.length).toBeGreaterThan(10);
  expect(manifest.metadata.description.length).toBeGreaterThan(50);
  expect(manifest.metadata.source).toMatch(/^https:\/\//);
  expect(manifest.assets).toEqual({ icon: "resources/icon.png", fanart: "resources/fanart.jpg" });
});

test("settings.xml is Kodi's version-1 format, has every setting id and only labels that strings.po defines", () => {
  const settings = inspectXml<{ version: string; ids: string[]; labels: string[]; defaults: Record<string, string | null>; hidden: string[] }>(
    path.join(addonDir(), "resources", "settings.xml"),
    `settings = root.findall(".//setting")
labels = []
for node in root.iter():
    for attribute in ("label", "help"):
        if node.get(attribute): labels.append(node.get(attribute))
    if node.tag == "heading": labels.append(node.text)
print(json.dumps({
  "version": root.get("version"),
  "ids": [s.get("id") for s in settings],
  "labels": labels,
  "defaults": {s.get("id"): s.findtext("default") for s in settings},
  "hidden": [s.get("id") for s in settings if s.findtext("control/hidden") == "true"],
}))`,
  );
  expect(settings.version).toBe("1");
  for (const id of [...SETTING_IDS, "enable_web_config", "web_config_port"]) {
    expect(settings.ids).toContain(id);
  }
  expect(settings.defaults["mqtt_use_ssl"]).toBe("true");
  expect(settings.defaults["mqtt_broker_port"]).toBe("8883");
  expect(settings.defaults["web_config_port"]).toBe("8090");
  expect(settings.hidden).toEqual(["sync_passphrase", "mqtt_password"]); // the group passphrase (issue 14) is as secret as the password
  const po = readFileSync(path.join(addonDir(), "resources", "language", "resource.language.en_gb", "strings.po"), "utf8");
  const defined = new Set([...po.matchAll(/msgctxt "#(\d+)"\nmsgid "(.+)"/g)].map((match) => match[1]));
  expect(settings.labels.length).toBeGreaterThan(20);
  for (const label of settings.labels) {
    expect(Number(label)).toBeGreaterThanOrEqual(32000);
    expect(defined.has(label)).toBe(true);
  }
});

test("service.py is a thin starter of under 15 lines", () => {
  const lines = readFileSync(path.join(addonDir(), "service.py"), "utf8").trimEnd().split("\n");
  expect(lines.length).toBeLessThan(15);
  expect(lines.join("\n")).toContain("from cloudsync.main import main");
});

test("the icon is a 256×256 PNG and the fanart a 1920×1080 JPEG", () => {
  const probe = (file: string): string =>
    execFileSync("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", file], {
      encoding: "utf8",
    }).trim();
  expect(probe(path.join(addonDir(), "resources", "icon.png"))).toBe("png,256,256");
  expect(probe(path.join(addonDir(), "resources", "fanart.jpg"))).toBe("mjpeg,1920,1080");
});

test("building twice gives the same zip byte for byte", () => {
  const before = readFileSync(zipPath);
  execFileSync("npx", ["tsx", "build/build.ts"], { cwd: repoRoot, stdio: "pipe" });
  expect(readFileSync(zipPath).equals(before)).toBe(true);
}, 120_000);
