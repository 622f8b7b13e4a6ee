/**
 * End to end: the date an item was really watched is what the other device's library shows, in its
 * own time zone. Two real Kodi 20 instances, one in New York and one in Tokyo (Kodi's time zone setting), each with its
 * media under its own path, through a real Mosquitto. Kodi keeps "last played" as local-time text,
 * so carrying that text over as it is would show a New York evening as a Tokyo evening.
 */
import { join } from "node:path";
import { Household } from "../support/household";
import { KodiInstance, KodiMovie } from "../support/kodi";
import { kodiLogErrors } from "../support/kodi-log";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { waitFor } from "../support/process";

const MOVIES: TestMovie[] = [
  { title: "Spring Forward", year: 2001, imdb: "tt0991101" },
  { title: "Summer Night", year: 2002, imdb: "tt0991102" },
];
const SYNC_DEADLINE_MS = 15_000;

let household: Household;
let newYork: KodiInstance;
let tokyo: KodiInstance;

async function movieOn(kodi: KodiInstance, imdb: string): Promise<KodiMovie> {
  const movie = (await kodi.getMovies()).find((candidate) => candidate.uniqueid["imdb"] === imdb);
  if (movie === undefined) {
    throw new Error(`${kodi.name} has no movie with imdb id ${imdb}`);
  }
  return movie;
}

/** Marks the movie watched on `from` at `lastplayed` (its local time), as a user who watched it then; returns what `to` shows. */
async function watchedAt(from: KodiInstance, to: KodiInstance, imdb: string, lastplayed: string): Promise<string> {
  const source = await movieOn(from, imdb);
  await from.rpc("VideoLibrary.SetMovieDetails", { movieid: source.movieid, playcount: 1, lastplayed });
  expect((await movieOn(from, imdb)).lastplayed).toBe(lastplayed);
  await waitFor(`"${source.title}" to be watched on ${to.name}`, async () => (await movieOn(to, imdb)).playcount === 1, SYNC_DEADLINE_MS, 50);
  return (await movieOn(to, imdb)).lastplayed;
}

beforeAll(async () => {
  household = await Household.start("e2e-dates");
  const devices: KodiInstance[] = [];
  for (const [name, deviceId, timeZone] of [
    ["new-york", "device-ny", { zone: "America/New_York", country: "United States" }],
    ["tokyo", "device-tokyo", { zone: "Asia/Tokyo", country: "Japan" }],
  ] as const) {
    const media = join(household.workDir, `${name}-media`, "Movies");
    await makeMovieLibrary(media, MOVIES);
    devices.push(
      await household.startDevice({
        name,
        deviceId,
        timeZone,
        settings: { mqtt_username: "", mqtt_password: "", sync_watched: "true" },
        beforeEnabling: (kodi) => kodi.addMovieSource(media),
      }),
    );
  }
  [newYork, tokyo] = devices as [KodiInstance, KodiInstance];
}, 300_000);

afterAll(async () => {
  await household?.stop();
}, 120_000);

describe("last-played dates between devices in different time zones", () => {
  test("watched in New York on a March evening (daylight saving time, UTC−4) shows the same instant in Tokyo (UTC+9)", async () => {
    // 15:09:26 EDT is 19:09:26 UTC, 04:09:26 the next day in Tokyo.
    expect(await watchedAt(newYork, tokyo, "tt0991101", "2026-03-14 15:09:26")).toBe("2026-03-15 04:09:26");
  });

  test("watched in Tokyo on a July morning shows the previous evening in New York", async () => {
    // 08:00 JST is 23:00 UTC the day before, 19:00 EDT.
    expect(await watchedAt(tokyo, newYork, "tt0991102", "2025-07-04 08:00:00")).toBe("2025-07-03 19:00:00");
  });

  test("the date received is not sent back (no echo), and nothing was logged as an error", () => {
    for (const [kodi, title] of [
      [tokyo, "Spring Forward"],
      [newYork, "Summer Night"],
    ] as const) {
      const lines = kodi.logText().split("\n");
      expect(lines.filter((line) => line.includes(`publishing "${title}"`))).toEqual([]);
      expect(kodiLogErrors(lines.join("\n"), "[service.cloudsync]")).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)/.test(line))).toEqual([]);
    }
  });
});
