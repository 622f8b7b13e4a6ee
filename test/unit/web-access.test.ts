import {
  CLIENT_MEMORY_MILLISECONDS,
  FIRST_DELAY_MILLISECONDS,
  FREE_WRONG_PINS,
  LoginResult,
  MAX_DELAY_MILLISECONDS,
  PIN_CHECK_INTERVAL_MILLISECONDS,
  SESSION_IDLE_MILLISECONDS,
  WEB_PIN_DIGITS,
  WRONG_PIN_BUDGET,
  WebAccess,
  WebSession,
  delayAfterWrongPins,
  sameSecret,
  typedPin,
} from "../../src/core/web-access";

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

function wrongPins(access: WebAccess, count: number, now: number, client = "192.168.1.66"): LoginResult[] {
  const results: LoginResult[] = [];
  for (let index = 0; index < count; index++) {
    results.push(access.login("000000", now, `wrong-${index}`, `token-${index}`, client));
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
    expect(access.login("654321", START, "s", "t")).toEqual({ outcome: "wrong", retryAfterSeconds: 0, replacePin: false });
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

describe("wrong PINs: each address waits longer, the owner never", () => {
  const GUESSER = "192.168.1.66";
  const OWNER = "192.168.1.20";

  test(`${FREE_WRONG_PINS} wrong PINs from an address are typos: it may try again at once`, () => {
    const access = accessWithPin();
    const results = wrongPins(access, FREE_WRONG_PINS, START, GUESSER);
    expect(results).toEqual(Array(FREE_WRONG_PINS).fill({ outcome: "wrong", retryAfterSeconds: 0, replacePin: false }));
    expect(access.waitFor(GUESSER, START)).toBe(0);
    expect(access.login(PIN, START, "s", "t", GUESSER).outcome).toBe("opened");
  });

  test("after the free ones, each wrong PIN doubles the address's wait, up to MAX_DELAY_MILLISECONDS", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(delayAfterWrongPins)).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000]);
    expect(delayAfterWrongPins(FREE_WRONG_PINS + 1)).toBe(FIRST_DELAY_MILLISECONDS);
    expect(delayAfterWrongPins(14)).toBe(MAX_DELAY_MILLISECONDS);
    expect(delayAfterWrongPins(1_000_000)).toBe(MAX_DELAY_MILLISECONDS);
  });

  test("an address that must wait is not checked at all, not even with the right PIN, and its wait is not extended", () => {
    const access = accessWithPin();
    const results = wrongPins(access, FREE_WRONG_PINS + 2, START, GUESSER);
    expect(results[FREE_WRONG_PINS]).toEqual({ outcome: "wrong", retryAfterSeconds: 1, replacePin: false });
    // The last of those came while it had to wait: not checked, not counted.
    expect(results[FREE_WRONG_PINS + 1]).toEqual({ outcome: "waiting", retryAfterSeconds: 1 });
    expect(access.wrongPinCount).toBe(FREE_WRONG_PINS + 1);
    expect(access.login(PIN, START + 999, "s", "t", GUESSER)).toEqual({ outcome: "waiting", retryAfterSeconds: 1 });
    expect(access.sessionCount).toBe(0);
    expect(access.login(PIN, START + 1_000, "s", "t", GUESSER).outcome).toBe("opened");
  });

  test("another address keeps guessing, and the owner's address is not slowed at all", () => {
    const access = accessWithPin();
    let now = START;
    for (let guess = 0; guess < 12; guess++) {
      now += access.waitFor(GUESSER, now) + PIN_CHECK_INTERVAL_MILLISECONDS;
      expect(access.login("000000", now, `g${guess}`, "t", GUESSER).outcome).toBe("wrong");
    }
    expect(access.waitFor(GUESSER, now)).toBeGreaterThan(60_000);
    expect(access.waitFor(OWNER, now)).toBe(0);
    expect(access.login(PIN, now + PIN_CHECK_INTERVAL_MILLISECONDS, "owner", "t", OWNER).outcome).toBe("opened");
  });

  test("the owner's typos are forgiven once the PIN is right", () => {
    const access = accessWithPin();
    wrongPins(access, FREE_WRONG_PINS, START, OWNER);
    expect(access.login(PIN, START, "s1", "t1", OWNER).outcome).toBe("opened");
    expect(wrongPins(access, FREE_WRONG_PINS, START, OWNER).map((result) => result.outcome)).toEqual(Array(FREE_WRONG_PINS).fill("wrong"));
    expect(access.waitFor(OWNER, START)).toBe(0);
  });

  test("an address's wrong PINs are forgotten CLIENT_MEMORY_MILLISECONDS after its last one", () => {
    const access = accessWithPin();
    wrongPins(access, FREE_WRONG_PINS + 1, START, GUESSER);
    const later = START + CLIENT_MEMORY_MILLISECONDS + 1;
    expect(access.login("000000", later, "s", "t", GUESSER)).toEqual({ outcome: "wrong", retryAfterSeconds: 0, replacePin: false });
  });

  test("wrong PINs do not close sessions already open", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "kept", "t", OWNER));
    wrongPins(access, FREE_WRONG_PINS + 5, START, GUESSER);
    expect(access.session("kept", START + 1)).not.toBeNull();
  });

  test("PIN checks are spaced PIN_CHECK_INTERVAL_MILLISECONDS apart, whoever asks", () => {
    const access = accessWithPin();
    expect(access.pinCheckDue(START)).toBe(true);
    access.login("000000", START, "s", "t", "10.0.0.1");
    // The service loop sleeps until then at most while logins wait for their check.
    expect(access.nextPinCheckAt).toBe(START + PIN_CHECK_INTERVAL_MILLISECONDS);
    expect(access.pinCheckDue(START + PIN_CHECK_INTERVAL_MILLISECONDS - 1)).toBe(false);
    expect(access.pinCheckDue(START + PIN_CHECK_INTERVAL_MILLISECONDS)).toBe(true);
    // A refusal without a check (the address must wait) does not use the turn.
    wrongPins(access, FREE_WRONG_PINS + 1, START + 200, GUESSER);
    access.login(PIN, START + 500, "s", "t", GUESSER);
    expect(access.pinCheckDue(START + 200 + PIN_CHECK_INTERVAL_MILLISECONDS)).toBe(true);
  });
});

describe("the PIN is replaced after WRONG_PIN_BUDGET wrong PINs from all addresses together", () => {
  test(`the ${WRONG_PIN_BUDGET}th wrong PIN, from many addresses, asks for a new PIN; none before it does`, () => {
    const access = accessWithPin();
    const replaced: number[] = [];
    for (let guess = 1; guess <= WRONG_PIN_BUDGET; guess++) {
      const result = access.login("000000", START + guess * PIN_CHECK_INTERVAL_MILLISECONDS, "s", "t", `10.0.${Math.floor(guess / 250)}.${guess % 250}`);
      if (result.outcome === "wrong" && result.replacePin) {
        replaced.push(guess);
      }
    }
    expect(replaced).toEqual([WRONG_PIN_BUDGET]);
  });

  test("a new PIN ends every session, opens with the new PIN only, and starts a new budget", () => {
    const access = accessWithPin();
    opened(access.login(PIN, START, "owner", "t", "192.168.1.20"));
    wrongPins(access, 3, START, "10.0.0.9");
    access.setPin("9876543210");
    expect(access.sessionCount).toBe(0);
    expect(access.session("owner", START + 1)).toBeNull();
    expect(access.wrongPinCount).toBe(0);
    expect(access.login(PIN, START + 1, "s", "t", "192.168.1.20").outcome).toBe("wrong");
    expect(access.login("9876543210", START + 2, "s2", "t", "192.168.1.20").outcome).toBe("opened");
  });

  test(`PINs have ${WEB_PIN_DIGITS} digits; typed with spaces or dashes between groups they still open`, () => {
    expect(WEB_PIN_DIGITS).toBe(10);
    expect(typedPin(" 12345 67890 ")).toBe("1234567890");
    expect(typedPin("123-456-7890")).toBe("1234567890");
    expect(accessWithPin("1234567890").login("123 456 7890", START, "s", "t").outcome).toBe("opened");
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
