import { publishAllOutcome } from "../../src/core/publish-all-outcome";

// Found by review: under a publish rate limit nothing leaves at once, and the user was told
// "Cannot reach the broker: favourites not sent" while the favourites went out at the next ticks.
describe("what Publish All My Favorites tells the user", () => {
  test("sent when the broker took them all, whatever the limit", () => {
    expect(publishAllOutcome(true, 0)).toBe("sent");
    expect(publishAllOutcome(true, 10)).toBe("sent");
  });

  test("queued (not a failure) when a publish rate limit holds them back", () => {
    expect(publishAllOutcome(false, 10)).toBe("queued");
  });

  test("not sent when the broker did not take them and no limit explains it", () => {
    expect(publishAllOutcome(false, 0)).toBe("not-sent");
  });
});
