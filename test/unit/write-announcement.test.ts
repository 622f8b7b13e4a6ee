/** Which received watched states Kodi announces: a live change yes, a burst (or the start of one) no. */
import { ANNOUNCED_MESSAGES_PER_ROUND, announcesWrites } from "../../src/core/write-announcement";

test("a single live change is announced", () => {
  expect(announcesWrites(1, 0, false)).toBe(true);
});

test("a few changes at once (a season marked watched) are still announced", () => {
  expect(announcesWrites(ANNOUNCED_MESSAGES_PER_ROUND, 0, false)).toBe(true);
});

test("more messages in one round than that is a burst: the light write", () => {
  expect(announcesWrites(ANNOUNCED_MESSAGES_PER_ROUND + 1, 0, false)).toBe(false);
  expect(announcesWrites(200, 11_800, false)).toBe(false);
});

test("a small round with more waiting is the start of a burst, not a live change", () => {
  expect(announcesWrites(3, 1, false)).toBe(false);
});

test("a catch-up's states are never announced, even when they trickle in one at a time", () => {
  expect(announcesWrites(1, 0, true)).toBe(false);
  expect(announcesWrites(ANNOUNCED_MESSAGES_PER_ROUND, 0, true)).toBe(false);
});
