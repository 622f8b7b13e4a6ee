import { FORGET_AFTER_MILLISECONDS, MOST_WAITING, NotificationMerger } from "../../src/core/notification-merger";

const UPDATE = "VideoLibrary.OnUpdate";
const watched = (id: number, playcount: number): string => `{"item":{"id":${id},"type":"movie"},"playcount":${playcount}}`;

describe("a library update heard through Kodi's JSON-RPC stream and its callbacks is handled once", () => {
  test("the first copy is handled, its twin from the other channel is not, whichever comes first", () => {
    const merger = new NotificationMerger();
    expect(merger.firstCopy("stream", UPDATE, watched(1, 1), 0)).toBe(true);
    expect(merger.firstCopy("monitor", UPDATE, watched(1, 1), 40)).toBe(false);
    expect(merger.firstCopy("monitor", UPDATE, watched(2, 1), 50)).toBe(true);
    expect(merger.firstCopy("stream", UPDATE, watched(2, 1), 60)).toBe(false);
    expect(merger.waitingCount()).toBe(0);
  });

  test("the same data written with other spacing is the same notification", () => {
    const merger = new NotificationMerger();
    expect(merger.firstCopy("stream", UPDATE, '{"item":{"id":3,"type":"movie"},"playcount":0}', 0)).toBe(true);
    expect(merger.firstCopy("monitor", UPDATE, '{"item": {"id": 3, "type": "movie"}, "playcount": 0}', 10)).toBe(false);
  });

  test("other methods or data are other notifications", () => {
    const merger = new NotificationMerger();
    expect(merger.firstCopy("stream", UPDATE, watched(4, 1), 0)).toBe(true);
    expect(merger.firstCopy("monitor", UPDATE, watched(4, 0), 10)).toBe(true);
    expect(merger.firstCopy("monitor", "AudioLibrary.OnUpdate", watched(4, 1), 20)).toBe(true);
    expect(merger.waitingCount()).toBe(3);
  });

  test("two identical changes in a row are two notifications, in any interleaving of the channels", () => {
    // Watched, unwatched, watched again: the first and third are the same text.
    const texts = [watched(5, 1), watched(5, 0), watched(5, 1)];
    const orders: ("stream" | "monitor")[][] = [
      ["stream", "stream", "stream", "monitor", "monitor", "monitor"],
      ["monitor", "stream", "stream", "monitor", "stream", "monitor"],
      ["stream", "monitor", "monitor", "stream", "monitor", "stream"],
    ];
    for (const order of orders) {
      const merger = new NotificationMerger();
      const next = { stream: 0, monitor: 0 };
      let handled = 0;
      order.forEach((source, time) => {
        const text = texts[next[source]++] ?? "";
        if (merger.firstCopy(source, UPDATE, text, time)) {
          handled += 1;
        }
      });
      expect(handled).toBe(3);
      expect(merger.waitingCount()).toBe(0);
    }
  });

  test("a copy whose twin never comes (the stream was down) is forgotten after a while, so a later change is new", () => {
    const merger = new NotificationMerger();
    expect(merger.firstCopy("monitor", UPDATE, watched(6, 1), 0)).toBe(true);
    expect(merger.firstCopy("stream", UPDATE, watched(6, 1), FORGET_AFTER_MILLISECONDS + 1)).toBe(true);
    expect(merger.waitingCount()).toBe(1);
  });

  test("copies waiting for a twin are bounded: a flood forgets the oldest", () => {
    const merger = new NotificationMerger();
    for (let id = 0; id < MOST_WAITING + 500; id += 1) {
      merger.firstCopy("stream", UPDATE, watched(id, 1), 0);
    }
    expect(merger.waitingCount()).toBe(MOST_WAITING);
    // The oldest were forgotten: their twins are new; the newest are still matched.
    expect(merger.firstCopy("monitor", UPDATE, watched(0, 1), 1)).toBe(true);
    expect(merger.firstCopy("monitor", UPDATE, watched(MOST_WAITING + 499, 1), 1)).toBe(false);
  });

  test("text that is not JSON is compared as it is", () => {
    const merger = new NotificationMerger();
    expect(merger.firstCopy("stream", UPDATE, "not json", 0)).toBe(true);
    expect(merger.firstCopy("monitor", UPDATE, "not json", 1)).toBe(false);
  });
});
