import { FULL_LOGS_PER_INTERVAL, REMEMBERED_MESSAGES, RepeatedErrors, SUMMARY_INTERVAL_MILLISECONDS } from "../../src/core/repeated-errors";

describe("how much of a repeated unexpected error is logged", () => {
  test("the first occurrence in full, repeats quiet until the interval, then one summary counting them", () => {
    const errors = new RepeatedErrors();
    expect(errors.decide("boom", 0)).toEqual({ kind: "full", notLogged: 0 });
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
    expect(errors.decide("bang", 50)).toEqual({ kind: "full", notLogged: 0 });
    expect(errors.decide("boom", 60)).toEqual({ kind: "quiet" });
  });

  test("at most a bounded number of messages is remembered; the oldest is forgotten first", () => {
    const errors = new RepeatedErrors();
    // One new message per interval, so the cap on full logs plays no part.
    const at = (index: number): number => index * SUMMARY_INTERVAL_MILLISECONDS;
    for (let index = 0; index < REMEMBERED_MESSAGES; index += 1) {
      expect(errors.decide(`error ${index}`, at(index))).toEqual({ kind: "full", notLogged: 0 });
    }
    expect(errors.decide("one more", at(REMEMBERED_MESSAGES))).toEqual({ kind: "full", notLogged: 0 });
    // "error 0" was the oldest and is forgotten; "error 1" is still remembered.
    expect(errors.decide("error 1", at(REMEMBERED_MESSAGES) + 1)).toMatchObject({ kind: "summary" });
    expect(errors.decide("error 0", at(REMEMBERED_MESSAGES + 1))).toEqual({ kind: "full", notLogged: 0 });
  });

  test("an error whose text changes every time is logged in full a few times per interval, and the rest counted", () => {
    const errors = new RepeatedErrors();
    const decisions = [];
    for (let round = 0; round < 100; round += 1) {
      decisions.push(errors.decide(`no item ${round}`, round * 100)); // ten a second for 10 s
    }
    expect(decisions.filter((decision) => decision.kind === "full")).toHaveLength(FULL_LOGS_PER_INTERVAL);
    expect(decisions.filter((decision) => decision.kind === "summary")).toEqual([]);
    // Once the first full log is 10 s old, the next new message is logged in full, after the count of those that were not.
    expect(errors.decide("no item 100", 10_000)).toEqual({ kind: "full", notLogged: 100 - FULL_LOGS_PER_INTERVAL });
    expect(errors.decide("no item 101", 10_100)).toEqual({ kind: "full", notLogged: 0 });
  });
});
