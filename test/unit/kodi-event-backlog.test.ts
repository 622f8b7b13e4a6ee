/** Kodi's events handled a time budget per round, so a burst of library changes does not hold up the broker's side of the service loop. */
import { KodiEventBacklog, QueuedKodiEvent } from "../../src/kodi-event-backlog";

function changes(count: number, from = 0): QueuedKodiEvent[] {
  return Array.from({ length: count }, (_, index) => ({ kind: "notification", sender: "xbmc", method: "VideoLibrary.OnUpdate", data: String(from + index) }));
}

/** A clock that each handled event moves on by `costMilliseconds`, as a JSON-RPC read of the item would. */
function costlyHandling(costMilliseconds: number): { clock: () => number; handled: string[]; handle: (event: QueuedKodiEvent) => void } {
  let now = 1_000;
  const handled: string[] = [];
  return {
    clock: () => now,
    handled,
    handle: (event) => {
      handled.push(event.data);
      now += costMilliseconds;
    },
  };
}

test("a burst is handled over several rounds, in Kodi's order, a budget's worth each", () => {
  const backlog = new KodiEventBacklog();
  const handling = costlyHandling(30);
  backlog.add(changes(10));
  backlog.handleWithin(100, handling.clock, handling.handle);
  expect(handling.handled).toEqual(["0", "1", "2", "3"]);
  expect(backlog.waiting).toBe(6);
  backlog.add(changes(2, 10));
  backlog.handleWithin(100, handling.clock, handling.handle);
  backlog.handleWithin(100, handling.clock, handling.handle);
  backlog.handleWithin(100, handling.clock, handling.handle);
  expect(handling.handled).toEqual(changes(12).map((event) => event.data));
  expect(backlog.waiting).toBe(0);
});

test("cheap events are all handled in one round", () => {
  const backlog = new KodiEventBacklog();
  const handling = costlyHandling(0);
  backlog.add(changes(500));
  backlog.handleWithin(100, handling.clock, handling.handle);
  expect(handling.handled).toHaveLength(500);
  expect(backlog.waiting).toBe(0);
});

test("an event slower than the whole budget is still handled, one a round", () => {
  const backlog = new KodiEventBacklog();
  const handling = costlyHandling(300);
  backlog.add(changes(3));
  backlog.handleWithin(100, handling.clock, handling.handle);
  expect(handling.handled).toEqual(["0"]);
  expect(backlog.waiting).toBe(2);
});

test("an event whose handling throws is not handed again; the ones after it are handled next round", () => {
  const backlog = new KodiEventBacklog();
  const handled: string[] = [];
  backlog.add(changes(3));
  expect(() =>
    backlog.handleWithin(
      100,
      () => 0,
      (event) => {
        if (event.data === "1") {
          throw new Error("Kodi answered nonsense");
        }
        handled.push(event.data);
      },
    ),
  ).toThrow("Kodi answered nonsense");
  expect(backlog.waiting).toBe(1);
  backlog.handleWithin(
    100,
    () => 0,
    (event) => handled.push(event.data),
  );
  expect(handled).toEqual(["0", "2"]);
  expect(backlog.waiting).toBe(0);
});

test("a settings save or button waiting behind a burst is handled first, in its own order", () => {
  const backlog = new KodiEventBacklog();
  const handling = costlyHandling(300);
  const urgent = (event: QueuedKodiEvent): boolean => event.kind === "settings_changed" || event.sender === "service.cloudsync";
  backlog.add(changes(50), urgent);
  backlog.handleWithin(100, handling.clock, handling.handle);
  const button = { kind: "notification", sender: "service.cloudsync", method: "Other.test_connection", data: "button" };
  const saved = { kind: "settings_changed", sender: "", method: "", data: "saved" };
  backlog.add([...changes(2, 50), button, saved], urgent);
  expect(backlog.waiting).toBe(53);
  backlog.handleWithin(100, handling.clock, handling.handle);
  backlog.handleWithin(100, handling.clock, handling.handle);
  expect(handling.handled).toEqual(["0", "button", "saved"]);
  backlog.handleWithin(100, handling.clock, handling.handle);
  expect(handling.handled).toEqual(["0", "button", "saved", "1"]);
  expect(backlog.waiting).toBe(50);
});
