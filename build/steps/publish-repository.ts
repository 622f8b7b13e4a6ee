/**
 * Step 6: dist/repo/, a tree any static web host can serve as a Kodi repository:
 *   addons.xml             every add-on's addon.xml (the repository lists itself, so it updates itself)
 *   addons.xml.sha256      its digest, which Kodi compares before it downloads the index again
 *   <id>/<id>-<version>.zip and .sha256   the install packages and the hashes Kodi checks them with
 *   <id>/<asset path>      the icon and fanart Kodi shows before installing
 *   index.html and a copy of the repository zip beside it, so that Kodi's file manager, given the
 *   repository's address as a source, lists the zip for "Install from zip file"
 * Earlier versions' zips are left where they are, so a publish never breaks a download in flight.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";

export interface PublishedAddon {
  id: string;
  version: string;
  zip: string;
  /** The assembled add-on folder (its addon.xml and art are read from here). */
  folder: string;
}

function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The asset paths (icon, fanart, …) an addon.xml declares, read with a real XML parser. */
function declaredAssets(manifest: string): string[] {
  const script = [
    "import json, sys, xml.etree.ElementTree as ET",
    "root = ET.parse(sys.argv[1]).getroot()",
    "print(json.dumps([a.text.strip() for e in root.iter('assets') for a in e if a.text and a.text.strip()]))",
  ].join("\n");
  return JSON.parse(execFileSync("python3", ["-c", script, manifest], { encoding: "utf8" })) as string[];
}

/**
 * The repository's front page. Kodi's file manager reads it as the folder's listing, and Kodi then
 * trusts that listing: a file it does not name cannot be opened at that address until the cache
 * expires (CFile::Open asks the directory cache). So it names everything at the top level, the
 * index files Kodi's updater reads included, not only the zip a user picks.
 */
function indexPage(repositoryZip: string, entries: string[]): string {
  // Table rows, as web servers list folders: Kodi takes a link for an entry only when its text is
  // its href and something follows it before the row ends.
  const rows = entries.map(
    (entry) =>
      `<tr><td><a href="${entry}">${entry}</a></td><td>${entry === repositoryZip ? "the repository add-on: install this" : entry.endsWith("/") ? "folder" : "file"}</td></tr>`,
  );
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><title>CloudSync repository for Kodi</title></head><body>',
    "<h1>CloudSync repository for Kodi</h1>",
    "<p>In Kodi, add this address as a source (Settings → File manager → Add source), then install",
    `the repository with Settings → Add-ons → Install from zip file → ${repositoryZip}.</p>`,
    "<table>",
    ...rows,
    "</table>",
    "</body></html>",
    "",
  ].join("\n");
}

/** `repositoryId` names the add-on whose zip the index page offers. */
export function publishRepository(repoDir: string, addons: PublishedAddon[], repositoryId: string): string {
  mkdirSync(repoDir, { recursive: true });
  const entries: string[] = [];
  for (const addon of addons) {
    const manifestFile = path.join(addon.folder, "addon.xml");
    const manifest = readFileSync(manifestFile, "utf8")
      .replace(/^<\?xml[^>]*\?>\s*/, "")
      .trim();
    entries.push(manifest);
    const folder = path.join(repoDir, addon.id);
    mkdirSync(folder, { recursive: true });
    const zipName = `${addon.id}-${addon.version}.zip`;
    const zipBytes = readFileSync(addon.zip);
    writeFileSync(path.join(folder, zipName), zipBytes);
    writeFileSync(path.join(folder, `${zipName}.sha256`), `${sha256(zipBytes)}  ${zipName}\n`);
    for (const asset of declaredAssets(manifestFile)) {
      const target = path.join(folder, asset);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(addon.folder, asset), target);
    }
  }
  const repository = addons.find((addon) => addon.id === repositoryId);
  if (repository === undefined) {
    throw new Error(`the repository add-on ${repositoryId} is not among the published add-ons`);
  }
  const repositoryZip = `${repository.id}-${repository.version}.zip`;
  copyFileSync(repository.zip, path.join(repoDir, repositoryZip));
  const index = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<addons>\n${entries.join("\n")}\n</addons>\n`;
  writeFileSync(path.join(repoDir, "addons.xml"), index);
  writeFileSync(path.join(repoDir, "addons.xml.sha256"), `${sha256(index)}  addons.xml\n`);
  const topLevel = readdirSync(repoDir, { withFileTypes: true })
    .filter((entry) => entry.name !== "index.html")
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
  writeFileSync(path.join(repoDir, "index.html"), indexPage(repositoryZip, topLevel));
  return repoDir;
}
