/** The e2e tests' guard against Kodi saving its own copy over a value they wrote (test/support/addon-settings.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KeptAddonSetting, readAddonSetting } from "../support/addon-settings";

const KODI_COPY = `<settings version="2">
    <setting id="sync_group">home</setting>
    <setting id="sync_passphrase" default="true" />
    <setting id="status_connection">Connected to 127.0.0.1</setting>
</settings>
`;

function settingsFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), "cloudsync-kept-")), "settings.xml");
  writeFileSync(file, KODI_COPY);
  return file;
}

test("the value is written, and left alone while the file holds it", () => {
  const file = settingsFile();
  const kept = new KeptAddonSetting(file, "sync_passphrase", "open sesame");
  expect(readAddonSetting(file, "sync_passphrase")).toBe("open sesame");
  const written = readFileSync(file, "utf8");
  kept.check();
  expect(readFileSync(file, "utf8")).toBe(written);
});

test("a value Kodi saved over is written again once; a second loss fails", () => {
  const file = settingsFile();
  const kept = new KeptAddonSetting(file, "sync_passphrase", "open sesame");
  writeFileSync(file, KODI_COPY);
  kept.check();
  expect(readAddonSetting(file, "sync_passphrase")).toBe("open sesame");
  expect(readAddonSetting(file, "sync_group")).toBe("home");
  writeFileSync(file, KODI_COPY);
  expect(() => kept.check()).toThrow(/sync_passphrase was lost from .* twice: something saves over it/);
});
