import { REMEMBERED_MESSAGES, RepeatedErrors, SUMMARY_INTERVAL_MILLISECONDS } from "../../src/core/repeated-errors";

describe("how much of a repeated unexpected error is logged", () => {
  test("the first occurrence in full, repeats quiet until the interval, then one summary counting them", () => {
    const errors = new RepeatedErrors();
    expect(errors.decide("boom", 0)).toEqual({ kind: "full" });
    for (let time = 100; time < SUMMARY_INTERVAL_MILLISECONDS; time += 100) {
      expect(errors.decide("boom", time)).toEqual({ kind: "quiet" });
    }
    // 99 quiet repeats, then the one at the interval: 100 since the full line.
    expect(errors.decide("boom", SUMMARY_INTERVAL_MILLISECONDS)).toEqual({ kind: "summary", repeats: 100, seconds: 10 });
    expect(errors.decide("boom", SUMMARY_INTERVAL_MILLISECONDS + 100)).toEqual({ kind: "quiet" });
    expect(errors.decide("boom", 2 * SUMMARY_INTERVAL_MILLISECONDS + 500)).toEqual({ kind: "summary", repeats: 2, seconds: 11 });
  });

  test("another message is logged in full even while one repeats", () => {
    const errors = new RepeatedErrors();
    errors.decide("boom", 0);
    expect(errors.decide("bang", 50)).toEqual({ kind: "full" });
    expect(errors.decide("boom", 60)).toEqual({ kind: "quiet" });
  });

  test("at most a bounded number of messages is remembered; the oldest is forgotten first", () => {
    const errors = new RepeatedErrors();
    for (let index = 0; index < REMEMBERED_MESSAGES; index += 1) {
      expect(errors.decide(`error ${index}`, index)).toEqual({ kind: "full" });
    }
    expect(errors.decide("one more", 100)).toEqual({ kind: "full" });
    // "error 0" was the oldest and is forgotten; "error 1" is still remembered.
    expect(errors.decide("error 1", 200)).toEqual({ kind: "quiet" });
    expect(errors.decide("error 0", 300)).toEqual({ kind: "full" });
  });
});
