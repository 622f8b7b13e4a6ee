/**
 * Kodi's add-on rules (as the official repository's add-on checker applies them), checked on what
 * `npm run build` publishes: both zips and the repository tree in dist/repo/.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { newsFromChangelog } from "../../build/steps/changelog-news";
import { python311 } from "../support/python";

const repoRoot = path.resolve(__dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string; cloudsync: { repositoryUrl: string } };
const version = manifest.version;
const dist = path.join(repoRoot, "dist");
const repoTree = path.join(dist, "repo");
const ADDON_IDS = ["service.cloudsync", "repository.cloudsync"];

interface ZipEntry {
  name: string;
  /** Unix mode from the entry's external attributes. */
  mode: number;
  isDirectory: boolean;
}

interface Manifest {
  id: string;
  version: string;
  requires: Record<string, string>;
  points: string[];
  news: string;
  license: string;
  assets: Record<string, string>;
  repository: { info: string; checksum: string; checksumVerify: string; datadir: string; datadirZip: string; hashes: string }[];
}

function zipOf(id: string): string {
  return path.join(dist, `${id}-${version}.zip`);
}

function listZip(zip: string): ZipEntry[] {
  const script = [
    "import json, sys, zipfile",
    "with zipfile.ZipFile(sys.argv[1]) as archive:",
    "    print(json.dumps([{'name': i.filename, 'mode': i.external_attr >> 16, 'isDirectory': i.is_dir()} for i in archive.infolist()]))",
  ].join("\n");
  return JSON.parse(execFileSync(python311(), ["-c", script, zip], { encoding: "utf8" })) as ZipEntry[];
}

function readManifest(file: string): Manifest {
  const script = `import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ext = {e.get("point"): e for e in root.findall("extension")}
meta = ext["xbmc.addon.metadata"]
repo = ext.get("xbmc.addon.repository")
print(json.dumps({
  "id": root.get("id"), "version": root.get("version"),
  "requires": {i.get("addon"): i.get("version") for i in (root.find("requires") if root.find("requires") is not None else [])},
  "points": [e.get("point") for e in root.findall("extension")],
  "news": meta.findtext("news") or "", "license": meta.findtext("license") or "",
  "assets": {c.tag: (c.text or "").strip() for c in meta.find("assets")},
  "repository": [] if repo is None else [{
    "info": d.findtext("info"), "checksum": d.findtext("checksum"), "checksumVerify": d.find("checksum").get("verify"),
    "datadir": d.findtext("datadir"), "datadirZip": d.find("datadir").get("zip"), "hashes": d.findtext("hashes"),
  } for d in repo.findall("dir")],
}))`;
  return JSON.parse(execFileSync(python311(), ["-c", script, file], { encoding: "utf8" })) as Manifest;
}

/** Width, height and whether the PNG can hold transparency (an alpha channel or a tRNS chunk). */
function pngFacts(file: string): { width: number; height: number; transparency: boolean } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const colourType = data[25] ?? -1;
  return {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    transparency: colourType === 4 || colourType === 6 || data.includes(Buffer.from("tRNS")),
  };
}

/** Width and height from the JPEG's start-of-frame marker. */
function jpegSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data[0] === 0xff && data[1] === 0xd8).toBe(true);
  let offset = 2;
  while (offset < data.length) {
    const marker = data[offset + 1] ?? 0;
    const length = data.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xc3) {
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  throw new Error(`${file}: no JPEG frame header`);
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

const unpacked = mkdtempSync(path.join(tmpdir(), "cloudsync-release-"));

beforeAll(() => {
  for (const id of ADDON_IDS) {
    execFileSync("unzip", ["-q", "-o", zipOf(id), "-d", unpacked]);
  }
});

describe.each(ADDON_IDS)("%s zip", (id) => {
  const folder = (): string => path.join(unpacked, id);

  test("is named <id>-<version>.zip and holds one top-level folder named as the id", () => {
    const entries = listZip(zipOf(id));
    expect(new Set(entries.map((entry) => entry.name.split("/")[0]))).toEqual(new Set([id]));
    expect(entries.some((entry) => entry.name === `${id}/` && entry.isDirectory)).toBe(true);
  });

  test("has no bytecode, no py.typed, no hidden or stray files, and nothing executable", () => {
    const entries = listZip(zipOf(id));
    const names = entries.map((entry) => entry.name);
    expect(names.filter((name) => /__pycache__|\.pyc$|\.pyo$|py\.typed$/.test(name))).toEqual([]);
    expect(names.filter((name) => name.split("/").some((part) => part.startsWith(".")))).toEqual([]);
    expect(names.filter((name) => /\.(ts|map|orig|bak|swp|log|zip)$|~$|Thumbs\.db$|tsconfig|node_modules|package(-lock)?\.json$/.test(name))).toEqual([]);
    expect(entries.filter((entry) => !entry.isDirectory && (entry.mode & 0o111) !== 0).map((entry) => entry.name)).toEqual([]);
    const topLevel = names
      .filter((name) => name.split("/").length === 2 && !name.endsWith("/"))
      .map((name) => name.split("/")[1])
      .sort();
    expect(topLevel).toEqual(id === "service.cloudsync" ? ["LICENSE", "addon.xml", "service.py", "settings_actions.py"] : ["LICENSE", "addon.xml"]);
  });

  test("the service's compiled package carries its line map, and only data besides Python", () => {
    const names = listZip(zipOf(id)).map((entry) => entry.name);
    const packageData = names.filter((name) => name.startsWith(`${id}/resources/lib/cloudsync/`) && !name.endsWith("/") && !name.endsWith(".py"));
    // js_source_map.json: the TypeScript line of each compiled Python line, read when an error's stack is logged.
    expect(packageData).toEqual(id === "service.cloudsync" ? [`${id}/resources/lib/cloudsync/js_source_map.json`] : []);
  });

  test("addon.xml: its id, the package.json version, MIT licence with a LICENSE file, news from CHANGELOG.md", () => {
    const addon = readManifest(path.join(folder(), "addon.xml"));
    expect(addon.id).toBe(id);
    expect(addon.version).toBe(version);
    expect(addon.license).toBe("MIT");
    expect(readFileSync(path.join(folder(), "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(addon.news).toBe(newsFromChangelog(path.join(repoRoot, "CHANGELOG.md"), version));
    expect(addon.news.length).toBeLessThanOrEqual(1500);
  });

  test("declares an icon (256×256 or 512×512 PNG without transparency) and a fanart (1280×720 or 1920×1080 JPEG under 1 MB)", () => {
    const addon = readManifest(path.join(folder(), "addon.xml"));
    expect(Object.keys(addon.assets).sort()).toEqual(["fanart", "icon"]);
    const icon = pngFacts(path.join(folder(), addon.assets["icon"] ?? ""));
    expect([256, 512]).toContain(icon.width);
    expect(icon.height).toBe(icon.width);
    expect(icon.transparency).toBe(false);
    const fanartFile = path.join(folder(), addon.assets["fanart"] ?? "");
    expect(["1280x720", "1920x1080"]).toContain(`${jpegSize(fanartFile).width}x${jpegSize(fanartFile).height}`);
    expect(statSync(fanartFile).size).toBeLessThan(1024 * 1024);
  });
});

describe("the service add-on", () => {
  test("requires xbmc.python 3.0.0 (Kodi 19 to 21) and nothing else", () => {
    const addon = readManifest(path.join(unpacked, "service.cloudsync", "addon.xml"));
    expect(addon.requires).toEqual({ "xbmc.python": "3.0.0" });
  });

  test("has a valid en_gb strings.po: a header, then unique ids from 32000 each with msgid and an empty msgstr", () => {
    const po = readFileSync(path.join(unpacked, "service.cloudsync", "resources", "language", "resource.language.en_gb", "strings.po"), "utf8");
    expect(po).toMatch(/^# Kodi Media Center language file/m);
    expect(po).toMatch(/^msgid ""\nmsgstr ""\n/m);
    expect(po).toMatch(/"Language: en_GB\\n"|"Language: en\\n"/);
    const blocks = po
      .split(/\n\n+/)
      .map((block) => block.trim())
      .filter((block) => block.startsWith("msgctxt"));
    expect(blocks.length).toBeGreaterThan(40);
    const ids = blocks.map((block) => {
      expect(block).toMatch(/^msgctxt "#\d+"\nmsgid "(?:[^"\\]|\\.)+"\nmsgstr ""$/);
      return Number(/#(\d+)/.exec(block)?.[1]);
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(32000);
  });
});

describe("the repository add-on", () => {
  test("uses the <dir> form: index, sha256-verified checksum, zipped datadir and sha256 hashes, all at the repository URL", () => {
    const addon = readManifest(path.join(unpacked, "repository.cloudsync", "addon.xml"));
    expect(addon.points).toEqual(["xbmc.addon.repository", "xbmc.addon.metadata"]);
    const base = manifest.cloudsync.repositoryUrl.endsWith("/") ? manifest.cloudsync.repositoryUrl : `${manifest.cloudsync.repositoryUrl}/`;
    expect(base).toMatch(/^https:\/\//);
    expect(addon.repository).toEqual([
      { info: `${base}addons.xml`, checksum: `${base}addons.xml.sha256`, checksumVerify: "sha256", datadir: base, datadirZip: "true", hashes: "sha256" },
    ]);
  });
});

describe("dist/repo, ready for a static web host", () => {
  test("addons.xml lists both add-ons at this version, the repository included so it updates itself", () => {
    const listed = JSON.parse(
      execFileSync(
        python311(),
        [
          "-c",
          "import json, sys, xml.etree.ElementTree as ET\nprint(json.dumps({a.get('id'): a.get('version') for a in ET.parse(sys.argv[1]).getroot().findall('addon')}))",
          path.join(repoTree, "addons.xml"),
        ],
        {
          encoding: "utf8",
        },
      ),
    ) as Record<string, string>;
    expect(listed).toEqual({ "service.cloudsync": version, "repository.cloudsync": version });
  });

  test("index.html lists the repository zip, kept beside it, and every other top-level entry, in the form Kodi's file manager reads", () => {
    const zipName = `repository.cloudsync-${version}.zip`;
    const page = readFileSync(path.join(repoTree, "index.html"), "utf8");
    // Kodi's CHTTPDirectory (xbmc/filesystem/HTTPDirectory.cpp): a link is a file entry when its text
    // equals its href and more text follows it before the next link, row end or the page's end.
    const kodiItem = /<a href="([^"]*)"[^>]*>\s*(.*?)\s*<\/a>(.+?)(?=<a|<\/tr|$)/gi;
    const entries = [...page.matchAll(kodiItem)].filter((match) => match[1]?.replace(/\/$/, "") === match[2]?.replace(/\/$/, "")).map((match) => match[1]);
    expect(entries).toContain(zipName);
    // Kodi then trusts that listing: a top-level file it does not name cannot be opened there, so
    // the updater's addons.xml and its checksum must be named too; so are the add-on folders.
    expect(entries).toEqual(expect.arrayContaining(["addons.xml", "addons.xml.sha256", "repository.cloudsync/", "service.cloudsync/"]));
    expect(readFileSync(path.join(repoTree, zipName)).equals(readFileSync(zipOf("repository.cloudsync")))).toBe(true);
  });

  test("addons.xml.sha256 is the index's digest", () => {
    const checksum = readFileSync(path.join(repoTree, "addons.xml.sha256"), "utf8").split(/\s/)[0];
    expect(checksum).toBe(sha256(path.join(repoTree, "addons.xml")));
  });

  test.each(ADDON_IDS)("%s: <id>/<id>-<version>.zip is the built zip, with its sha256 beside it, and its art", (id) => {
    const zip = path.join(repoTree, id, `${id}-${version}.zip`);
    expect(readFileSync(zip).equals(readFileSync(zipOf(id)))).toBe(true);
    expect(readFileSync(`${zip}.sha256`, "utf8")).toBe(`${sha256(zip)}  ${id}-${version}.zip\n`);
    const addon = readManifest(path.join(unpacked, id, "addon.xml"));
    for (const asset of Object.values(addon.assets)) {
      expect(existsSync(path.join(repoTree, id, asset))).toBe(true);
      expect(sha256(path.join(repoTree, id, asset))).toBe(sha256(path.join(unpacked, id, asset)));
    }
  });
});
