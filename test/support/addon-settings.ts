/**
 * An add-on's settings file in a Kodi profile (userdata/addon_data/<id>/settings.xml), read and
 * changed the way Kodi's settings dialog saves it: one `<setting id="…">value</setting>` per value.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function addonSettingsFile(profile: string, addonId: string): string {
  return join(profile, "userdata", "addon_data", addonId, "settings.xml");
}

export function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** Kodi writes the file in well under a second; a file still cut after this is not being written. */
const WHOLE_FILE_DEADLINE_MS = 5_000;
const REREAD_PAUSE_MS = 10;
const pause = new Int32Array(new SharedArrayBuffer(4));

function unescapeXml(text: string): string {
  return text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&amp;", "&");
}

/**
 * The file's text once it is whole. Kodi rewrites the file itself at any moment (the service keeps
 * its Status lines there), and not atomically: truncated, then written. A read in between sees an
 * empty or cut file (seen on Kodi 21 while it installed an update, and on Kodi 19 in the first
 * seconds after the service started), so it is read again, every 10 ms, until whole or 5 s passed.
 */
function wholeSettingsFile(file: string): string {
  const deadline = Date.now() + WHOLE_FILE_DEADLINE_MS;
  let text = readFileSync(file, "utf8");
  while (!text.trimEnd().endsWith("</settings>") && Date.now() < deadline) {
    Atomics.wait(pause, 0, 0, REREAD_PAUSE_MS); // callers are synchronous: a blocking pause between reads
    text = readFileSync(file, "utf8");
  }
  if (!text.trimEnd().endsWith("</settings>")) {
    throw new Error(`${file} is not a whole settings file after ${WHOLE_FILE_DEADLINE_MS} ms: ${text.slice(-80)}`);
  }
  return text;
}

/** The stored value, or null when the file has no such setting. */
export function readAddonSetting(file: string, id: string): string | null {
  const match = new RegExp(`<setting id="${id}"[^>]*>([^<]*)</setting>`).exec(wholeSettingsFile(file));
  return match === null ? null : unescapeXml(match[1] ?? "");
}

/**
 * Replaces (or adds) one value in the file, as another program (a set-up tool, an editor) would
 * while Kodi runs: read once whole, replaced in one rename, so that Kodi never reads half of it.
 */
export function writeAddonSetting(file: string, id: string, value: string): void {
  const text = wholeSettingsFile(file);
  const pattern = new RegExp(`<setting id="${id}"[^>]*>[^<]*</setting>|<setting id="${id}"[^>]*/>`);
  const line = `<setting id="${id}">${escapeXml(value)}</setting>`;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, pattern.test(text) ? text.replace(pattern, line) : text.replace("</settings>", `    ${line}\n</settings>`));
  renameSync(temporary, file);
}

/**
 * A value another program wrote while Kodi runs, kept there until the service has acted on it.
 * Kodi saves the whole file from a fresh copy each time the service updates a Status line (at once
 * on a connection change, else at most every 10 s; 2–7 ms for one to four lines, measured in Kodi 20
 * while idle, more on a loaded machine): a write that lands between the copy's read and its last save
 * is lost, as any program's edit would be (the service cannot prevent it: Kodi reads and saves
 * inside `Addon()` and `setSetting`, docs/kodi-releases.md). A test
 * that writes right when the service updates its lines (the junk flood, 9.6 s after a reconnect
 * whose lines fall due at 10 s) can meet that moment, so `check()`, called from the caller's
 * `waitFor`, writes the value again when the file has lost it, once: a second loss is no chance
 * collision but the service undoing the change, and fails the test.
 */
export class KeptAddonSetting {
  private rewrites = 0;

  constructor(
    private readonly file: string,
    private readonly id: string,
    private readonly value: string,
  ) {
    writeAddonSetting(file, id, value);
  }

  check(): void {
    if (readAddonSetting(this.file, this.id) === this.value) {
      return;
    }
    if (this.rewrites >= 1) {
      throw new Error(`${this.id} was lost from ${this.file} twice: something saves over it`);
    }
    this.rewrites += 1;
    console.log(`${this.id} was lost from the settings file (Kodi saved its own copy over it): written again`);
    writeAddonSetting(this.file, this.id, this.value);
  }
}
