/** Favourites of library items follow the item (core/library-favourites.ts), driven through the session. */
import Ajv from "ajv";
import { readFileSync } from "fs";
import { join } from "path";
import { Favourite } from "../../src/core/favourite";
import { encodeFavouriteMessage, parseFavouriteMessage } from "../../src/core/favourite-messages";
import { FAVOURITES_POLL_MILLISECONDS } from "../../src/core/group-session";
import { favouriteTopic } from "../../src/core/topics";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, movie, settingsFor } from "./support/session-driver";

const GROUP = "home";
const NIGHT_TRAIN = "movie/imdb:tt1";

function filmFavourite(path: string, title = "Tonight"): Favourite {
  return { title, type: "media", path, window: "", windowparameter: "", thumbnail: "/thumbs/night.png" };
}

function bedroom(favourites: Favourite[] = []): SessionDriver {
  const driver = new SessionDriver(
    settingsFor("device-b", { syncFavorites: true, syncFavoriteRemovals: true }),
    new InMemoryLibrary([movie(5, "tt1", { file: "/bedroom/Night Train.mkv" })]),
    new InMemoryFavourites(favourites),
  );
  driver.connect();
  driver.returnMarker();
  return driver;
}

function fromLivingRoom(present: boolean, time: number, libraryItem = NIGHT_TRAIN): string {
  return encodeFavouriteMessage({ present, favourite: { ...filmFavourite("/living-room/Night Train.mkv"), libraryItem }, time, device: "device-a" });
}

describe("favourites of library items", () => {
  test("a favourite of this device's film is published naming the film, with the path kept for older devices", () => {
    const driver = bedroom();
    driver.favourites.favourites.push(filmFavourite("/bedroom/Night Train.mkv"));
    driver.advance(FAVOURITES_POLL_MILLISECONDS);
    const [sent] = driver.publishedOn(`/favourite/item:movie%2Fimdb:tt1`);
    expect(parseFavouriteMessage(sent?.payload ?? "").state?.favourite).toEqual({ ...filmFavourite("/bedroom/Night Train.mkv"), libraryItem: NIGHT_TRAIN });
  });

  test("one received points at this device's own file, keeps title and thumbnail, and is not sent back; a removal removes it", () => {
    const driver = bedroom();
    driver.receive(favouriteTopic(GROUP, `item:${NIGHT_TRAIN}`), fromLivingRoom(true, 10), false);
    expect(driver.favourites.list()).toEqual([filmFavourite("/bedroom/Night Train.mkv")]);
    for (let round = 0; round < 10; round++) {
      driver.advance(FAVOURITES_POLL_MILLISECONDS); // past the echo grace period
    }
    expect(driver.published.filter((publication) => publication.topic.includes("/favourite/"))).toEqual([]);
    driver.receive(favouriteTopic(GROUP, `item:${NIGHT_TRAIN}`), fromLivingRoom(false, 20), false);
    expect(driver.favourites.list()).toEqual([]);
  });

  test("one for a film this device does not have waits for the scan that brings it", () => {
    const driver = bedroom();
    driver.receive(favouriteTopic(GROUP, "item:movie/imdb:tt9"), fromLivingRoom(true, 10, "movie/imdb:tt9"), false);
    expect(driver.favourites.list()).toEqual([]);
    expect(driver.logged("info", 'favourite "Tonight" waits for movie/imdb:tt9')).toBe(true);
    driver.library.items.set("movie|9", movie(9, "tt9", { file: "/bedroom/Late.mkv" }));
    driver.run(driver.session.libraryChanged());
    expect(driver.favourites.list().map((favourite) => favourite.path)).toEqual(["/bedroom/Late.mkv"]);
  });

  test("a favourite that names no library item (a file outside the library, an older device) travels as it is", () => {
    const driver = bedroom();
    const outside = filmFavourite("/srv/holiday.mkv", "Holiday");
    driver.receive(
      favouriteTopic(GROUP, "media:/srv/holiday.mkv"),
      encodeFavouriteMessage({ present: true, favourite: outside, time: 10, device: "device-a" }),
      false,
    );
    expect(driver.favourites.list()).toEqual([outside]);
  });

  test("libraryItem is checked: only media favourites, only movie/ or episode/ names", () => {
    const base = { v: 1, device: "a", time: 1, present: true, title: "T", type: "media", path: "/x", window: "", windowparameter: "", thumbnail: "" };
    expect(parseFavouriteMessage(JSON.stringify({ ...base, libraryItem: "movie/imdb:tt1" })).state).not.toBeNull();
    expect(parseFavouriteMessage(JSON.stringify({ ...base, libraryItem: "song/x" })).problem).toMatch(/libraryItem/);
    expect(parseFavouriteMessage(JSON.stringify({ ...base, libraryItem: 5 })).problem).toMatch(/libraryItem/);
    expect(parseFavouriteMessage(JSON.stringify({ ...base, type: "script", libraryItem: "movie/imdb:tt1" })).problem).toMatch(/only a media/);
  });
});

describe("the favourite-state schema", () => {
  const schema = JSON.parse(readFileSync(join(__dirname, "../../docs/schemas/favourite-state.v1.json"), "utf8"));
  const validate = new Ajv({ strict: true }).compile(schema);

  test("accepts what the encoder sends for a favourite of a library item, and refuses a libraryItem of no known kind", () => {
    expect(validate(JSON.parse(fromLivingRoom(true, 10)))).toBe(true);
    expect(validate({ ...JSON.parse(fromLivingRoom(true, 10)), libraryItem: "song/x" })).toBe(false);
    expect(validate({ ...JSON.parse(fromLivingRoom(true, 10)), libraryItem: "movie/ " })).toBe(false);
  });
});
