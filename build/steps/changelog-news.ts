/**
 * The `<news>` of both add-ons: the CHANGELOG.md section of the version being built, as plain text
 * (Kodi shows it as is, so no Markdown marks), at most 1,500 characters as Kodi's add-on rules ask.
 */
import { readFileSync } from "node:fs";

const MAX_NEWS_LENGTH = 1500;

export function newsFromChangelog(changelogFile: string, version: string): string {
  const lines = readFileSync(changelogFile, "utf8").split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start === -1) {
    throw new Error(`${changelogFile} has no "## ${version}" section: write what is new in ${version} first`);
  }
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("## ")) {
      break;
    }
    section.push(line);
  }
  // Bullets keep their "- "; a bullet's continuation lines join it.
  const entries: string[] = [];
  for (const line of section) {
    const text = line.trim().replaceAll("`", "").replaceAll("**", "");
    if (text === "") {
      continue;
    }
    if (text.startsWith("- ") || entries.length === 0) {
      entries.push(text);
    } else {
      entries[entries.length - 1] += ` ${text}`;
    }
  }
  const news = [`v${version}`, ...entries].join("\n");
  if (entries.length === 0) {
    throw new Error(`the "## ${version}" section of ${changelogFile} is empty`);
  }
  if (news.length > MAX_NEWS_LENGTH) {
    throw new Error(`the news of ${version} is ${news.length} characters; Kodi allows ${MAX_NEWS_LENGTH}: shorten the CHANGELOG.md section`);
  }
  return news;
}
