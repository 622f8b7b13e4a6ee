/**
 * Screenshots of the demo's Kodi screens: each headless device has an Xvfb display of its own,
 * grabbed with ffmpeg's x11grab; the two are also put side by side (ffmpeg hstack).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export const SCREEN_SIZE = "1280x720";

export interface Screen {
  /** Used in the file name ("living-room"). */
  slug: string;
  /** Written above the screen in the side-by-side picture ("Living room"). */
  label: string;
  display: string;
}

/** Kodi's own skin font: there wherever Kodi is. */
const LABEL_FONT = "/usr/share/kodi/addons/skin.estuary/fonts/NotoSans-Bold.ttf";

function grab(display: string, file: string): void {
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-f", "x11grab", "-video_size", SCREEN_SIZE, "-i", display, "-frames:v", "1", file], {
    env: { ...process.env, DISPLAY: display },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/** Saves <stamp>-<slug>.png for each screen and <stamp>-side-by-side.png in `folder`; returns the files. */
export function saveScreenshots(folder: string, screens: Screen[], stamp: string): string[] {
  mkdirSync(folder, { recursive: true });
  const files = screens.map((screen) => join(folder, `${stamp}-${screen.slug}.png`));
  screens.forEach((screen, index) => grab(screen.display, files[index] ?? ""));
  const sideBySide = join(folder, `${stamp}-side-by-side.png`);
  // Each screen under a bar with its device's name, then side by side.
  const labelled = screens.map((screen, index) => {
    const text = screen.label.replace(/[^A-Za-z0-9 ]/g, "");
    return `[${index}]pad=iw+8:ih+56:4:52:color=0x1b1b1b,drawtext=fontfile=${LABEL_FONT}:text='${text}':x=20:y=12:fontsize=28:fontcolor=white[s${index}]`;
  });
  const filter = `${labelled.join(";")};${screens.map((_, index) => `[s${index}]`).join("")}hstack=inputs=${screens.length}`;
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", ...files.flatMap((file) => ["-i", file]), "-filter_complex", filter, sideBySide], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  return [...files, sideBySide];
}
