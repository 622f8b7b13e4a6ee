/**
 * The test suite's own layout: every test file belongs to exactly one jest project (by its
 * folder), and the unit project (`npm run test:unit`) starts no Kodi, broker or browser, so it
 * stays fast as files are added.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { repoPath, repoRoot } from "../support/paths";

interface Project {
  displayName: string;
  roots: string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { projects } = require(repoPath("jest.config.js")) as { projects: Project[] };

function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      return entry.name === "node_modules" || entry.name === "__snapshots__" ? [] : testFiles(full);
    }
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

function projectsOf(file: string): string[] {
  return projects
    .filter((project) => project.roots.some((root) => file.startsWith(root.replace("<rootDir>", repoRoot) + path.sep)))
    .map((project) => project.displayName);
}

/** The support modules that start real programs: Kodi, Xvfb, Mosquitto, Chromium. */
const SUPPORT_STARTING_PROGRAMS = ["kodi", "kodi-dialogs", "household", "xvfb", "mosquitto", "mqtt-watcher", "chromium", "static-server"];
/** ...and the packages that talk to a broker or drive a browser. */
const PACKAGES_STARTING_PROGRAMS = ["playwright-core", "mqtt"];
const STARTS_PROGRAMS = new RegExp(`from ["'](\\.\\./support/(${SUPPORT_STARTING_PROGRAMS.join("|")})|${PACKAGES_STARTING_PROGRAMS.join("|")})["']`);

test("jest has the unit, integration and e2e projects", () => {
  expect(projects.map((project) => project.displayName)).toEqual(["unit", "integration", "e2e"]);
});

test("every test file under test/ is in exactly one project", () => {
  const files = testFiles(repoPath("test"));
  expect(files.length).toBeGreaterThan(20);
  expect(files.map((file) => ({ file: path.relative(repoRoot, file), projects: projectsOf(file) })).filter((entry) => entry.projects.length !== 1)).toEqual([]);
});

test("the unit project starts no Kodi, broker or browser", () => {
  const unit = testFiles(repoPath("test")).filter((file) => projectsOf(file).includes("unit"));
  expect(unit.length).toBeGreaterThan(10);
  expect(unit.filter((file) => STARTS_PROGRAMS.test(readFileSync(file, "utf8"))).map((file) => path.relative(repoRoot, file))).toEqual([]);
});
