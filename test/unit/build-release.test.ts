/**
 * The release build's own rules: where the version, the repository URL and the news come from,
 * and the refusals that keep a broken release from being published.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parseBuildOptions } from "../../build/build-options";
import { DIST_DIR, REPO_ROOT } from "../../build/paths";
import { newsFromChangelog } from "../../build/steps/changelog-news";
import { fillManifest } from "../../build/steps/fill-manifest";

const packageVersion = (JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
const work = mkdtempSync(path.join(tmpdir(), "cloudsync-build-unit-"));

function changelog(text: string): string {
  const file = path.join(work, `CHANGELOG-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, text);
  return file;
}

describe("build options", () => {
  test("by default: package.json's version, dist/, and the repository URL from package.json", () => {
    const options = parseBuildOptions([], {});
    expect(options.version).toBe(packageVersion);
    expect(options.outDir).toBe(DIST_DIR);
    expect(options.isDefaultOutput).toBe(true);
    expect(options.repositoryUrl).toBe("https://cloudsync-kodi.github.io/repository/");
    expect(options.changelog).toBe(path.join(REPO_ROOT, "CHANGELOG.md"));
  });

  test("the environment variable overrides package.json, and the flag overrides both; a slash is added", () => {
    expect(parseBuildOptions([], { CLOUDSYNC_REPOSITORY_URL: "https://example.org/kodi" }).repositoryUrl).toBe("https://example.org/kodi/");
    expect(parseBuildOptions(["--repository-url", "http://127.0.0.1:8000/"], { CLOUDSYNC_REPOSITORY_URL: "https://example.org/kodi" }).repositoryUrl).toBe(
      "http://127.0.0.1:8000/",
    );
  });

  test("--version and --out make a preview elsewhere, never in dist/", () => {
    const options = parseBuildOptions(["--version", "4.0.1", "--out", "/tmp/preview"], {});
    expect(options.version).toBe("4.0.1");
    expect(options.outDir).toBe("/tmp/preview");
    expect(options.isDefaultOutput).toBe(false);
  });

  test.each([
    [["--version", "four"], /not a Kodi add-on version/],
    [["--version", "4.0"], /not a Kodi add-on version/],
    [["--repository-url", "ftp://example.org/"], /not an http\(s\) URL/],
    [["--repository-url", "example.org"], /not an http\(s\) URL/],
    [["--verbose", "yes"], /unknown option --verbose/],
    [["--out"], /--out needs a value/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseBuildOptions(argv, {})).toThrow(message);
  });
});

describe("news from CHANGELOG.md", () => {
  test("is the version's section as plain text, continuation lines joined to their bullet, Markdown marks removed", () => {
    const file = changelog("# Changelog\n\n## 4.0.1\n\n- Fixed **the** `thing`\n  that broke.\n- Faster.\n\n## 4.0.0\n\n- First.\n");
    expect(newsFromChangelog(file, "4.0.1")).toBe("v4.0.1\n- Fixed the thing that broke.\n- Faster.");
    expect(newsFromChangelog(file, "4.0.0")).toBe("v4.0.0\n- First.");
  });

  test("a version without a section, or with an empty one, stops the build", () => {
    const file = changelog("## 4.0.1\n\n## 4.0.0\n\n- First.\n");
    expect(() => newsFromChangelog(file, "4.0.2")).toThrow(/no "## 4.0.2" section/);
    expect(() => newsFromChangelog(file, "4.0.1")).toThrow(/is empty/);
  });

  test("news longer than Kodi's 1,500 characters stops the build", () => {
    const file = changelog(`## 4.0.1\n\n- ${"x".repeat(1600)}\n`);
    expect(() => newsFromChangelog(file, "4.0.1")).toThrow(/Kodi allows 1500/);
  });

  test("the repository's CHANGELOG.md has a section for package.json's version", () => {
    expect(newsFromChangelog(path.join(REPO_ROOT, "CHANGELOG.md"), packageVersion)).toMatch(new RegExp(`^v${packageVersion.replaceAll(".", "\\.")}\\n- `));
  });
});

describe("addon.xml placeholders", () => {
  test("are filled XML-escaped", () => {
    expect(fillManifest('<addon version="{{version}}"><news>{{news}}</news></addon>', { version: "4.0.1", news: 'a < b & "c"' }, "addon.xml")).toBe(
      '<addon version="4.0.1"><news>a &lt; b &amp; &quot;c&quot;</news></addon>',
    );
  });

  test("an unknown placeholder, or a value with no placeholder, stops the build", () => {
    expect(() => fillManifest("{{version}} {{nope}}", { version: "1" }, "addon.xml")).toThrow(/unknown placeholder \{\{nope\}\}/);
    expect(() => fillManifest("{{version}}", { version: "1", news: "x" }, "addon.xml")).toThrow(/lacks the placeholder\(s\) \{\{news\}\}/);
  });
});
