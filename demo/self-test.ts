/**
 * `npm run demo -- --self-test`: what a user would try first, done and measured. Each latency is
 * what a user sees: from the change on one device until the other device's JSON-RPC shows it.
 */
import { KodiInstance, KodiMovie } from "../test/support/kodi";
import { waitFor } from "../test/support/process";
import { DEMO_MOVIES, DEMO_SHOW } from "./library";

/** The promise the README makes for watched status and favourites, with room for a busy machine. */
const SYNC_DEADLINE_MS = 15_000;
/** A resume point is read from Kodi when playback stops, or by the add-on's 5 s poll. */
const RESUME_DEADLINE_MS = 20_000;
/** Where the self-test stops playback: past Kodi's default 180 s "too early to keep a resume point". */
const RESUME_SECONDS = 240;

export interface DemoDevice {
  name: string;
  kodi: KodiInstance;
  setUpPage: string;
  pin: string;
}

export interface Measured {
  what: string;
  latencyMs: number;
}

interface KodiFavourite {
  title: string;
  type: string;
  path?: string;
}

async function movie(kodi: KodiInstance, title: string): Promise<KodiMovie> {
  const found = (await kodi.getMovies()).find((candidate) => candidate.title === title);
  if (found === undefined) {
    throw new Error(`${kodi.name} has no film "${title}" in its library`);
  }
  return found;
}

async function favourites(kodi: KodiInstance): Promise<KodiFavourite[]> {
  return (await kodi.rpc<{ favourites: KodiFavourite[] | null }>("Favourites.GetFavourites", { properties: ["path"] })).favourites ?? [];
}

/** Milliseconds from `started` until `shows` holds on the receiving device (polled every 25 ms). */
async function until(what: string, shows: () => Promise<boolean>, started: number, deadlineMs: number): Promise<number> {
  await waitFor(what, async () => (await shows()) || undefined, deadlineMs, 25);
  return Date.now() - started;
}

/** Logs in to a device's set-up page with its PIN and reads its status, as the page does. */
async function setUpPageStatus(device: DemoDevice): Promise<{ connection: string; devices: { name: string; online: boolean }[] }> {
  const login = await fetch(`${device.setUpPage}login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: `pin=${encodeURIComponent(device.pin)}`,
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (login.status !== 303 || cookie === undefined) {
    throw new Error(`${device.name}'s set-up page refused the PIN it printed (HTTP ${login.status})`);
  }
  const status = await fetch(`${device.setUpPage}api/status`, { headers: { Cookie: cookie }, signal: AbortSignal.timeout(10_000) });
  if (status.status !== 200) {
    throw new Error(`${device.name}'s set-up page: /api/status answered HTTP ${status.status}`);
  }
  return (await status.json()) as { connection: string; devices: { name: string; online: boolean }[] };
}

/**
 * Runs the checks between `livingRoom` and `bedroom`, reporting each as it passes; throws with
 * the reason at the first that fails. `liveLogShows` says whether the live log printed a line.
 */
export async function runSelfTest(
  livingRoom: DemoDevice,
  bedroom: DemoDevice,
  liveLogShows: (pattern: RegExp) => boolean,
  report: (line: string) => void,
): Promise<Measured[]> {
  const measured: Measured[] = [];

  for (const device of [livingRoom, bedroom]) {
    await waitFor(
      `${device.name}'s set-up page to show both devices online`,
      async () => {
        const status = await setUpPageStatus(device);
        return (
          status.connection === "connected" &&
          [livingRoom.name, bedroom.name].every((name) => status.devices.some((listed) => listed.name === name && listed.online))
        );
      },
      SYNC_DEADLINE_MS,
      250,
    );
  }
  report("set-up pages open with their PINs; each shows the broker connected and both devices online");

  const film = DEMO_MOVIES[0]?.title ?? "";
  const before = await movie(bedroom.kodi, film);
  if (before.playcount !== 0) {
    throw new Error(`'${film}' is already watched in ${bedroom.name} before the self-test marked it`);
  }
  const watchedAt = Date.now();
  await livingRoom.kodi.setMoviePlaycount((await movie(livingRoom.kodi, film)).movieid, 1);
  const watchedMs = await until(
    `'${film}' to be watched in ${bedroom.name}`,
    async () => (await movie(bedroom.kodi, film)).playcount > 0,
    watchedAt,
    SYNC_DEADLINE_MS,
  );
  measured.push({ what: `'${film}' marked watched in ${livingRoom.name} → watched in ${bedroom.name}`, latencyMs: watchedMs });
  report(`${measured[measured.length - 1]?.what}: ${watchedMs} ms`);
  const liveLine = new RegExp(`${livingRoom.name}: '${film}' watched → ${bedroom.name} in \\d+ ms`);
  await waitFor(`the live log to print "${liveLine.source}"`, () => liveLogShows(liveLine), 10_000, 100);
  report(`the live log printed it ("${livingRoom.name}: '${film}' watched → ${bedroom.name} in … ms")`);

  const second = DEMO_MOVIES[2]?.title ?? "";
  await bedroom.kodi.playAndStopAt({ movieid: (await movie(bedroom.kodi, second)).movieid }, RESUME_SECONDS);
  const stoppedAt = Date.now();
  const kept = await waitFor(
    `${bedroom.name} to keep '${second}''s resume point`,
    async () => {
      const resume = (await movie(bedroom.kodi, second)).resume;
      return resume.position > 0 ? resume : undefined;
    },
    RESUME_DEADLINE_MS,
    25,
  );
  const resumeMs = await until(
    `'${second}' to resume at ${kept.position} s in ${livingRoom.name}`,
    async () => Math.abs((await movie(livingRoom.kodi, second)).resume.position - kept.position) < 1,
    stoppedAt,
    RESUME_DEADLINE_MS,
  );
  const minutes = `${Math.floor(kept.position / 60)}:${String(Math.floor(kept.position % 60)).padStart(2, "0")}`;
  measured.push({
    what: `'${second}' played in ${bedroom.name}, stopped at ${minutes} → resumes there in ${livingRoom.name} (from stop)`,
    latencyMs: resumeMs,
  });
  report(`${measured[measured.length - 1]?.what}: ${resumeMs} ms`);

  const third = DEMO_MOVIES[3]?.title ?? "";
  const path = (await movie(livingRoom.kodi, third)).file;
  const favouriteAt = Date.now();
  await livingRoom.kodi.rpc("Favourites.AddFavourite", { title: third, type: "media", path });
  const favouriteMs = await until(
    `favourite '${third}' in ${bedroom.name}`,
    async () => (await favourites(bedroom.kodi)).some((favourite) => favourite.title === third),
    favouriteAt,
    SYNC_DEADLINE_MS,
  );
  measured.push({ what: `favourite '${third}' added in ${livingRoom.name} → in ${bedroom.name}'s favourites`, latencyMs: favouriteMs });
  report(`${measured[measured.length - 1]?.what}: ${favouriteMs} ms`);

  const episode = DEMO_SHOW.episodes[0];
  const episodeOf = async (kodi: KodiInstance) => {
    const found = (await kodi.getEpisodes()).find((candidate) => candidate.season === episode?.season && candidate.episode === episode.episode);
    if (found === undefined) {
      throw new Error(`${kodi.name} has no ${DEMO_SHOW.title} episode S${episode?.season}E${episode?.episode}`);
    }
    return found;
  };
  const episodeAt = Date.now();
  await bedroom.kodi.setEpisodePlaycount((await episodeOf(bedroom.kodi)).episodeid, 1);
  const episodeMs = await until(
    `'${episode?.title}' to be watched in ${livingRoom.name}`,
    async () => (await episodeOf(livingRoom.kodi)).playcount > 0,
    episodeAt,
    SYNC_DEADLINE_MS,
  );
  measured.push({ what: `episode '${episode?.title}' marked watched in ${bedroom.name} → watched in ${livingRoom.name}`, latencyMs: episodeMs });
  report(`${measured[measured.length - 1]?.what}: ${episodeMs} ms`);

  return measured;
}
