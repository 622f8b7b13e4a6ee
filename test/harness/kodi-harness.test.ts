/** The real-Kodi harness itself: each Kodi is its own process, stopped by its own PID and nothing else. */
import { createServer } from "node:net";
import * as path from "node:path";
import { Household } from "../support/household";
import { makeMovieLibrary } from "../support/media";
import { freePort } from "../support/ports";
import { isAlive } from "../support/process";

let household: Household | undefined;

beforeAll(async () => {
  household = await Household.start("harness", { broker: false });
}, 30_000);

afterAll(async () => {
  await household?.stop();
}, 60_000);

test("two Kodi instances run side by side; stopping one by its PID leaves the other running", async () => {
  if (household === undefined) {
    throw new Error("no household");
  }
  const started = household;
  const [first, second] = await Promise.all(["first", "second"].map((name) => started.startKodi({ name })));
  if (first === undefined || second === undefined) {
    throw new Error("a Kodi did not start");
  }
  expect(first.pid).not.toBe(second.pid);
  expect(first.port).not.toBe(second.port);

  const media = path.join(started.workDir, "media", "Movies");
  await makeMovieLibrary(media, [{ title: "Harness Test", year: 2001, imdb: "tt0990099", tmdb: "990099" }]);
  await first.addMovieSource(media);
  const [movie] = await first.getMovies();
  expect(movie).toMatchObject({ title: "Harness Test", playcount: 0, uniqueid: { imdb: "tt0990099", tmdb: "990099" } });
  await first.setMoviePlaycount(movie?.movieid ?? -1, 2);
  expect((await first.getMovies())[0]?.playcount).toBe(2);
  expect(await second.getMovies()).toEqual([]); // profiles are separate

  // A wait for a line Kodi never writes fails saying what kodi.log shows since the wait began.
  const mark = first.logMark();
  await expect(first.waitForLog(/a line no Kodi writes/, 1_000, mark)).rejects.toThrow(
    /timed out after 1000 ms waiting for first's kodi\.log[\s\S]*\nkodi\.log since the wait began \(last \d+ of \d+ lines\):/,
  );

  await first.stop();
  expect(isAlive(first.pid)).toBe(false);
  expect(isAlive(second.pid)).toBe(true);
  expect(await second.rpc<string>("JSONRPC.Ping")).toBe("pong");
}, 180_000);

test("a Kodi whose web server port is taken fails to start at once, saying so, instead of waiting out its two minutes", async () => {
  if (household === undefined) {
    throw new Error("no household");
  }
  const port = await freePort();
  // Listening on every address, as Kodi's web server does, so that Kodi cannot have it; it hangs
  // up on whoever calls (the harness's pings), so that closing it waits for no one.
  const taker = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    taker.on("error", reject);
    taker.listen(port, "::", resolve);
  });
  const began = Date.now();
  try {
    await expect(household.startKodi({ name: "port-taken", webServerPort: port })).rejects.toThrow(
      new RegExp(`could not start its web server on port ${port}[^]*--- kodi\\.log, web server and JSON-RPC lines ---\\n[^]*Failed to start`),
    );
    // Kodi reaches its web server 6–7 s after it starts here; the two-minute wait is what this avoids.
    expect(Date.now() - began).toBeLessThan(60_000);
  } finally {
    await new Promise((resolve) => taker.close(resolve));
  }
}, 180_000);
