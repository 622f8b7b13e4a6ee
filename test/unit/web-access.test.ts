import { LOCK_MILLISECONDS, LoginResult, MAX_WRONG_PINS, SESSION_IDLE_MILLISECONDS, WebAccess, WebSession, sameSecret } from "../../src/core/web-access";

const PIN = "123456";
const START = 1_700_000_000_000;

function accessWithPin(pin: string = PIN): WebAccess {
  const access = new WebAccess();
  access.setPin(pin);
  return access;
}

/** The session of a login that must have opened one. */
function opened(result: LoginResult): WebSession {
  if (result.outcome !== "opened") {
    throw new Error(`expected an opened session, got ${result.outcome}`);
  }
  return result.session;
}

function wrongPins(access: WebAccess, count: number, now: number): LoginResult[] {
  const results: LoginResult[] = [];
  for (let index = 0; index < count; index++) {
    results.push(access.login("000000", now, `wrong-${index}`, `token-${index}`));
  }
  return results;
}

describe("login", () => {
  test("the right PIN opens a session with the id and form token passed in", () => {
    const access = accessWithPin();
    const result = access.login(PIN, START, "session-a", "token-a");
    expect(result).toEqual({ outcome: "opened", session: { id: "session-a", formToken: "token-a", lastUsed: START } });
    expect(access.sessionCount).toBe(1);
  });

  test("the PIN is accepted with surrounding spaces", () => {
    expect(accessWithPin().login(` ${PIN}\n`, START, "s", "t").outcome).toBe("opened");
  });

  test("a wrong PIN is wrong and opens nothing", () => {
    const access = accessWithPin();
    expect(access.login("654321", START, "s", "t")).toEqual({ outcome: "wrong" });
    expect(access.session("s", START)).toBeNull();
    expect(access.sessionCount).toBe(0);
  });

  test.each([
    ["an empty PIN", ""],
    ["a prefix of the PIN", "12345"],
    ["the PIN with more after it", "1234567"],
    ["the PIN twice", PIN + PIN],
  ])("%s is wrong", (_what, pin) => {
    expect(accessWithPin().login(pin, START, "s", "t").outcome).toBe("wrong");
  });

  test("with no PIN set, nothing opens a session, not even an empty PIN", () => {
    const access = new WebAccess();
    expect(access.login("", START, "s", "t").outcome).toBe("wrong");
    expect(access.login("123456", START, "s", "t").outcome).toBe("wrong");
    expect(access.sessionCount).toBe(0);
  });
});

describe("locking after wrong PINs", () => {
  test(`${MAX_WRONG_PINS} wrong PINs lock the login, even for the right PIN`, () => {
    const access = accessWithPin();
    const results = wrongPins(access, MAX_WRONG_PINS, START);
    expect(results.map((result) => result.outcome)).toEqual(Array(MAX_WRONG_PINS).fill("wrong"));
    const locked = access.login(PIN, START + 1_000, "s", "t");
    expect(locked).toEqual({ outcome: "locked", retryAfterSeconds: (LOCK_MILLISECONDS - 1_000) / 1000 });
    expect(access.sessionCount).toBe(0);
  });

  test("retryAfterSeconds counts down and is rounded up", () => {
    const access = accessWithPin();
    wrongPins(access, MAX_WRONG_PINS, START);
    expect(access.login(PIN, START, "s", "t")).toEqual({ outcome: "locked", retryAfterSeconds: LOCK_MILLISECONDS / 1000 });
    expect(access.login(PIN, START + LOCK_MILLISECONDS - 1, "s", "t")).toEqual({ outcome: "locked", retryAfterSeconds: 1 });
    expect(access.login(PIN, START + 500, "s", "t")).toEqual({ outcome: "locked", retryAfterSeconds: Math.ceil((LOCK_MILLISECONDS - 500) / 1000) });
  });

  test("the login opens again after LOCK_MILLISECONDS", () => {
    const access = accessWithPin();
    wrongPins(access, MAX_WRONG_PINS, START);
    expect(access.login(PIN, START + LOCK_MILLISECONDS, "s", "t").outcome).toBe("opened");
  });

  test("wrong PINs while locked do not extend the lock", () => {
    const access = accessWithPin();
    wrongPins(access, MAX_WRONG_PINS, START);
    wrongPins(access, 10, START + LOCK_MILLISECONDS - 10);
    expect(access.login(PIN, START + LOCK_MILLISECONDS, "s", "t").outcome).toBe("opened");
  });

  test(`${MAX_WRONG_PINS - 1} wrong PINs do not lock`, () => {
    const access = accessWithPin();
    wrongPins(access, MAX_WRONG_PINS - 1, START);
    expect(access.login(PIN, START, "s", "t").outcome).toBe("opened");
  });

  test("a right PIN resets the count of wrong ones", () => {
    const access = accessWithPin();
    wrongPins(access, MAX_WRONG_PINS - 1, START);
    expect(access.login(PIN, START, "s1", "t1").outcome).toBe("opened");
    wrongPins(access, MAX_WRONG_PINS - 1, START);
    expect(access.login(PIN, START, "s2", "t2").outcome).toBe("opened");
  });

  test("after the lock ends, it takes another full run of wrong PINs to lock again", () => {
    const access = accessWithPin();
    wrongPins(access, MAX_WRONG_PINS, START);
    const later = START + LOCK_MILLISECONDS;
    wrongPins(access, MAX_WRONG_PINS - 1, later);
    expect(access.login(PIN, later, "s", "t").outcome).toBe("opened");
  });

  test("the lock does not close sessions already open", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "kept", "t"));
    wrongPins(access, MAX_WRONG_PINS, START);
    expect(access.session("kept", START + 1)).not.toBeNull();
  });
});

describe("session", () => {
  test("returns the open session its id names", () => {
    const access = accessWithPin();
    const session = opened(access.login(PIN, START, "session-a", "token-a"));
    expect(access.session("session-a", START + 1)).toBe(session);
  });

  test.each([
    ["an unknown id", "nobody"],
    ["an empty id", ""],
    ["no id at all", undefined],
  ])("returns null for %s", (_what, id) => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "session-a", "token-a"));
    expect(access.session(id, START)).toBeNull();
  });

  test("using a session keeps it open (updates lastUsed)", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s", "t"));
    const half = SESSION_IDLE_MILLISECONDS / 2 + 1;
    expect(access.session("s", START + half)?.lastUsed).toBe(START + half);
    expect(access.session("s", START + 2 * half)).not.toBeNull();
    expect(access.session("s", START + 3 * half)).not.toBeNull();
  });

  test("a session idle exactly SESSION_IDLE_MILLISECONDS is still open", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s", "t"));
    expect(access.session("s", START + SESSION_IDLE_MILLISECONDS)).not.toBeNull();
  });

  test("a session idle longer than SESSION_IDLE_MILLISECONDS is closed for good", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s", "t"));
    expect(access.session("s", START + SESSION_IDLE_MILLISECONDS + 1)).toBeNull();
    expect(access.sessionCount).toBe(0);
    expect(access.session("s", START + 1)).toBeNull();
  });

  test("idle sessions are dropped when a new one opens", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "old", "t"));
    opened(access.login(PIN, START + SESSION_IDLE_MILLISECONDS + 1, "new", "t2"));
    expect(access.sessionCount).toBe(1);
  });

  test("each session keeps its own form token", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s1", "t1"));
    opened(access.login(PIN, START, "s2", "t2"));
    expect(access.session("s1", START)?.formToken).toBe("t1");
    expect(access.session("s2", START)?.formToken).toBe("t2");
  });
});

describe("setPin", () => {
  test("a new PIN closes every session", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s1", "t1"));
    opened(access.login(PIN, START, "s2", "t2"));
    access.setPin("999999");
    expect(access.sessionCount).toBe(0);
    expect(access.session("s1", START)).toBeNull();
    expect(access.session("s2", START)).toBeNull();
  });

  test("a new PIN replaces the old one", () => {
    const access = accessWithPin();
    access.setPin("999999");
    expect(access.login(PIN, START, "s", "t").outcome).toBe("wrong");
    expect(access.login("999999", START, "s", "t").outcome).toBe("opened");
  });

  test("setting the same PIN again keeps the sessions", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s1", "t1"));
    access.setPin(PIN);
    expect(access.sessionCount).toBe(1);
    expect(access.session("s1", START)).not.toBeNull();
  });
});

describe("logout", () => {
  test("closes the session", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s1", "t1"));
    opened(access.login(PIN, START, "s2", "t2"));
    access.logout("s1");
    expect(access.session("s1", START)).toBeNull();
    expect(access.session("s2", START)).not.toBeNull();
    expect(access.sessionCount).toBe(1);
  });

  test("of an unknown session changes nothing", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "s1", "t1"));
    access.logout("nobody");
    expect(access.sessionCount).toBe(1);
  });
});

describe("at most 20 sessions", () => {
  test("the 21st login drops the least recently used session", () => {
    const access = accessWithPin();
    for (let index = 0; index < 20; index++) {
      opened(access.login(PIN, START + index, `s${index}`, `t${index}`));
    }
    expect(access.sessionCount).toBe(20);
    // s0 is the oldest login, but using it makes s1 the least recently used.
    expect(access.session("s0", START + 100)).not.toBeNull();
    opened(access.login(PIN, START + 101, "s20", "t20"));
    expect(access.sessionCount).toBe(20);
    expect(access.session("s1", START + 102)).toBeNull();
    expect(access.session("s0", START + 102)).not.toBeNull();
    expect(access.session("s20", START + 102)).not.toBeNull();
    expect(access.session("s2", START + 102)).not.toBeNull();
  });

  test("many logins never keep more than 20", () => {
    const access = accessWithPin();
    for (let index = 0; index < 50; index++) {
      opened(access.login(PIN, START + index, `s${index}`, `t${index}`));
    }
    expect(access.sessionCount).toBe(20);
    expect(access.session("s29", START + 100)).toBeNull();
    expect(access.session("s30", START + 100)).not.toBeNull();
    expect(access.session("s49", START + 100)).not.toBeNull();
  });
});

describe("sameSecret", () => {
  test("equal secrets match", () => {
    expect(sameSecret("123456", "123456")).toBe(true);
  });

  test("an empty expected secret never matches, not even an empty one", () => {
    expect(sameSecret("", "")).toBe(false);
    expect(sameSecret("x", "")).toBe(false);
  });

  test("different lengths do not match", () => {
    expect(sameSecret("12345", "123456")).toBe(false);
    expect(sameSecret("1234567", "123456")).toBe(false);
    expect(sameSecret("", "123456")).toBe(false);
  });

  test("one different character does not match, wherever it is", () => {
    expect(sameSecret("023456", "123456")).toBe(false);
    expect(sameSecret("123406", "123456")).toBe(false);
    expect(sameSecret("123457", "123456")).toBe(false);
  });

  test("case matters", () => {
    expect(sameSecret("abc", "ABC")).toBe(false);
  });
});
