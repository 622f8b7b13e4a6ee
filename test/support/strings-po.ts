/** The add-on's language file (resources/language/resource.language.en_gb/strings.po), read as Kodi reads it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoPath } from "./paths";

export interface PoEntry {
  id: string;
  text: string;
}

/** strings.po of the template, or of an add-on folder (an installed one, for instance). */
export function stringsPoFile(addonFolder: string = repoPath("addon-template")): string {
  return join(addonFolder, "resources", "language", "resource.language.en_gb", "strings.po");
}

export function poEntries(file: string = stringsPoFile()): { header: string; entries: PoEntry[] } {
  const po = readFileSync(file, "utf8");
  const entries = [...po.matchAll(/^msgctxt "#(\d+)"\nmsgid "((?:[^"\\]|\\.)*)"\nmsgstr ""$/gm)].map((match) => ({
    id: match[1] ?? "",
    text: (match[2] ?? "").replace(/\\(.)/g, "$1"),
  }));
  return { header: po.slice(0, po.indexOf("msgctxt")), entries };
}

/** The English text of string `id`, as Kodi's getLocalizedString gives it; throws for an unknown id. */
export function localizedText(id: number, file: string = stringsPoFile()): string {
  const entry = poEntries(file).entries.find((candidate) => candidate.id === String(id));
  if (entry === undefined) {
    throw new Error(`strings.po (${file}) has no string #${id}`);
  }
  return entry.text;
}
