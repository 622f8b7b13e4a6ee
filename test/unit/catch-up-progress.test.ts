/** The catch-up's progress: shown only for bursts that last, counted, updated sparingly, closed at the end; and the light write's fallback rule. */
import { CatchUpProgress, groupThousands, PROGRESS_AFTER_MILLISECONDS, PROGRESS_UPDATE_MILLISECONDS } from "../../src/core/catch-up-progress";
import { FileDetailsRoute, REFUSALS_BEFORE_GIVING_UP } from "../../src/kodi/file-details-route";

test("a short burst shows nothing", () => {
  const progress = new CatchUpProgress();
  expect(progress.round(200, 300, 0)).toEqual({ kind: "none" });
  expect(progress.round(200, 100, 1_000)).toEqual({ kind: "none" });
  expect(progress.round(100, 0, 2_000)).toEqual({ kind: "none" });
  expect(progress.round(0, 0, 9_000)).toEqual({ kind: "none" });
});

test("a long burst shows its progress after a few seconds, updates at most twice a second and closes when the queue is empty", () => {
  const progress = new CatchUpProgress();
  expect(progress.round(200, 9_800, 0)).toEqual({ kind: "none" });
  expect(progress.round(200, 9_600, PROGRESS_AFTER_MILLISECONDS - 1)).toEqual({ kind: "none" });
  expect(progress.round(200, 9_600, PROGRESS_AFTER_MILLISECONDS)).toEqual({ kind: "show", handled: 600, total: 10_200 });
  expect(progress.round(200, 9_400, PROGRESS_AFTER_MILLISECONDS + 1)).toEqual({ kind: "none" });
  expect(progress.round(200, 9_200, PROGRESS_AFTER_MILLISECONDS + PROGRESS_UPDATE_MILLISECONDS)).toEqual({ kind: "update", handled: 1_000, total: 10_200 });
  expect(progress.round(200, 0, 60_000)).toEqual({ kind: "close" });
  // The next burst counts from zero.
  expect(progress.round(200, 500, 70_000)).toEqual({ kind: "none" });
  expect(progress.round(200, 300, 70_000 + PROGRESS_AFTER_MILLISECONDS)).toEqual({ kind: "show", handled: 400, total: 700 });
});

test("counts are written with thousands separators", () => {
  expect(groupThousands(0)).toBe("0");
  expect(groupThousands(999)).toBe("999");
  expect(groupThousands(3_400)).toBe("3,400");
  expect(groupThousands(12_000)).toBe("12,000");
  expect(groupThousands(100_000)).toBe("100,000");
  expect(groupThousands(1_234_567)).toBe("1,234,567");
});

test("the light write is left after a few refusals in a row, not after refusals between successes", () => {
  const route = new FileDetailsRoute();
  expect(route.succeeded()).toBe(true); // the first success is said once
  expect(route.succeeded()).toBe(false);
  for (let round = 0; round < 5; round++) {
    for (let refusal = 1; refusal < REFUSALS_BEFORE_GIVING_UP; refusal++) {
      expect(route.refused()).toBe(false);
    }
    route.succeeded();
    expect(route.usable).toBe(true);
  }
  for (let refusal = 1; refusal < REFUSALS_BEFORE_GIVING_UP; refusal++) {
    route.refused();
  }
  expect(route.refused()).toBe(true);
  expect(route.usable).toBe(false);
  expect(route.refused()).toBe(false); // said once
});
