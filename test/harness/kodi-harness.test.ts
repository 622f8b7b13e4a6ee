/** The real-Kodi harness itself: each Kodi is its own process, stopped by its own PID and nothing else. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { KodiInstance } from "../support/kodi";
import { makeMovieLibrary } from "../support/media";
import { isAlive } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

let xvfb: Xvfb | undefined;
const started: KodiInstance[] = [];

beforeAll(async () => {
  xvfb = await startXvfb();
}, 30_000);

afterAll(async () => {
  for (const kodi of started) {
    await kodi.stop();
  }
  await xvfb?.stop();
}, 60_000);

test("two Kodi instances run side by side; stopping one by its PID leaves the other running", async () => {
  const workDir = mkdtempSync(path.join(tmpdir(), "cloudsync-harness-"));
  const display = xvfb?.display ?? "";
  const [first, second] = await Promise.all(["first", "second"].map((name) => KodiInstance.start({ name, display, workDir: path.join(workDir, name) })));
  started.push(first, second);
  expect(first.pid).not.toBe(second.pid);
  expect(first.port).not.toBe(second.port);

  const media = path.join(workDir, "media", "Movies");
  await makeMovieLibrary(media, [{ title: "Harness Test", year: 2001, imdb: "tt0990099", tmdb: "990099" }]);
  await first.addMovieSource(media);
  const [movie] = await first.getMovies();
  expect(movie).toMatchObject({ title: "Harness Test", playcount: 0, uniqueid: { imdb: "tt0990099", tmdb: "990099" } });
  await first.setMoviePlaycount(movie?.movieid ?? -1, 2);
  expect((await first.getMovies())[0]?.playcount).toBe(2);
  expect(await second.getMovies()).toEqual([]); // profiles are separate

  await first.stop();
  expect(isAlive(first.pid)).toBe(false);
  expect(isAlive(second.pid)).toBe(true);
  expect(await second.rpc<string>("JSONRPC.Ping")).toBe("pong");
}, 180_000);
