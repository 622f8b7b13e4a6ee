/**
 * Steps 4 and 5: <out>/<id>-<version>.zip with the single top-level folder Kodi requires, no
 * bytecode, fixed timestamps and permissions (nothing executable), so the same sources give the same zip.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";

const ZIP_SCRIPT = `
import os, sys, zipfile
source, top, target = sys.argv[1], sys.argv[2], sys.argv[3]
entries = []
for directory, folders, files in os.walk(source):
    folders[:] = sorted(folder for folder in folders if folder != "__pycache__")
    relative = os.path.relpath(directory, source)
    prefix = top if relative == "." else top + "/" + relative.replace(os.sep, "/")
    entries.append((prefix + "/", None))
    for name in sorted(files):
        if not name.endswith(".pyc"):
            entries.append((prefix + "/" + name, os.path.join(directory, name)))
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for name, path in sorted(entries):
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.create_system = 3
        if path is None:
            info.external_attr = (0o40755 << 16) | 0x10
            archive.writestr(info, b"")
        else:
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as handle:
                archive.writestr(info, handle.read())
`;

export function zipAddon(addonDir: string, addonId: string, version: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, `${addonId}-${version}.zip`);
  rmSync(target, { force: true });
  execFileSync("python3", ["-c", ZIP_SCRIPT, addonDir, addonId, target], { stdio: "inherit" });
  return target;
}
