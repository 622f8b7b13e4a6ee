import { MovieWatchedSync } from "../../src/core/movie-watched-sync";
import { LocalMovie } from "../../src/host/video-library";
import { WatchedState } from "../../src/core/watched-state";

function movie(movieid: number, imdb: string, playcount: number, extraIds: Record<string, string> = {}): LocalMovie {
  return { movieid, title: `Movie ${movieid}`, uniqueid: { imdb, ...extraIds }, playcount, lastplayed: "" };
}

function remote(playcount: number, time: number, device = "device-b"): WatchedState {
  return { playcount, lastplayed: playcount > 0 ? "2026-11-20 20:00:00" : "", time, device };
}

describe("movie watched status rules", () => {
  test("marking a movie watched on this device publishes it under its imdb identity", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(1, "tt0111161", 0)]);
    const publication = sync.applyLocalMovie(movie(1, "tt0111161", 1), 1000);
    expect(publication).toEqual({
      identity: "imdb:tt0111161",
      title: "Movie 1",
      state: { playcount: 1, lastplayed: "", time: 1000, device: "device-a" },
    });
  });

  test("a notification without a playcount change publishes nothing (playback stop, duplicates)", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(1, "tt1", 1)]);
    expect(sync.applyLocalMovie(movie(1, "tt1", 1), 1000)).toBeNull();
    expect(sync.applyLocalMovie(movie(1, "tt1", 2), 2000)).not.toBeNull();
    expect(sync.applyLocalMovie(movie(1, "tt1", 2), 3000)).toBeNull();
  });

  test("a scan never publishes, not even an unwatched movie that another device watched", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([]);
    expect(sync.addScannedMovie(movie(7, "tt7", 0))).toBeNull();
    expect(sync.replaceLibrary([movie(7, "tt7", 0), movie(8, "tt8", 0)])).toEqual([]);
  });

  test("a remote state is written, and Kodi's notification of that write is not published again", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(1, "tt1", 0)]);
    const write = sync.applyRemoteWatched("imdb:tt1", remote(1, 5000));
    expect(write).toEqual({ movieid: 1, title: "Movie 1", playcount: 1, lastplayed: "2026-11-20 20:00:00" });
    expect(sync.applyLocalMovie(movie(1, "tt1", 1), 5100)).toBeNull();
  });

  test("a movie is matched by any of its ids, whichever one the sender used", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(3, "tt3", 0, { tmdb: "603" })]);
    expect(sync.applyRemoteWatched("tmdb:603", remote(1, 5000))?.movieid).toBe(3);
  });

  test("stale state never overwrites a newer local change", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(1, "tt1", 0)]);
    sync.applyLocalMovie(movie(1, "tt1", 1), 10_000);
    expect(sync.applyRemoteWatched("imdb:tt1", remote(0, 9_000))).toBeNull();
    expect(sync.applyRemoteWatched("imdb:tt1", remote(0, 11_000))?.playcount).toBe(0);
  });

  test("two devices changing the same movie in the same millisecond: the greater device id wins everywhere", () => {
    const onA = new MovieWatchedSync("device-a");
    const onB = new MovieWatchedSync("device-b");
    onA.replaceLibrary([movie(1, "tt1", 0)]);
    onB.replaceLibrary([movie(5, "tt1", 0)]);
    const fromA = onA.applyLocalMovie(movie(1, "tt1", 1), 7000)!;
    const fromB = onB.applyLocalMovie(movie(5, "tt1", 2), 7000)!;
    expect(onA.applyRemoteWatched("imdb:tt1", fromB.state)?.playcount).toBe(2);
    expect(onB.applyRemoteWatched("imdb:tt1", fromA.state)).toBeNull();
  });

  test("a device coming back with week-old state does not undo a newer change", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(1, "tt1", 0)]);
    const now = 1_700_000_000_000;
    expect(sync.applyRemoteWatched("imdb:tt1", remote(1, now, "device-b"))).not.toBeNull();
    expect(sync.applyRemoteWatched("imdb:tt1", remote(0, now - 7 * 86_400_000, "device-c"))).toBeNull();
  });

  test("a state for a movie this device does not have yet is applied when a scan brings it", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([]);
    expect(sync.applyRemoteWatched("imdb:tt9", remote(1, 5000))).toBeNull();
    expect(sync.pendingCount).toBe(1);
    const write = sync.addScannedMovie(movie(42, "tt9", 0));
    expect(write?.movieid).toBe(42);
    expect(sync.pendingCount).toBe(0);
  });

  test("our own retained state coming back is recorded, not written", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(1, "tt1", 0)]);
    expect(sync.applyRemoteWatched("imdb:tt1", remote(1, 5000, "device-a"))).toBeNull();
  });

  test("a local change is stamped after the state it replaces even when this clock is behind", () => {
    const sync = new MovieWatchedSync("device-a");
    sync.replaceLibrary([movie(1, "tt1", 0)]);
    sync.applyRemoteWatched("imdb:tt1", remote(1, 50_000));
    const publication = sync.applyLocalMovie(movie(1, "tt1", 0), 20_000);
    expect(publication?.state.time).toBe(50_001);
  });

  test("a movie without any uniqueid is never published", () => {
    const sync = new MovieWatchedSync("device-a");
    const noIds: LocalMovie = { movieid: 1, title: "Home video", uniqueid: {}, playcount: 0, lastplayed: "" };
    sync.replaceLibrary([noIds]);
    expect(sync.applyLocalMovie({ ...noIds, playcount: 1 }, 1000)).toBeNull();
  });
});
