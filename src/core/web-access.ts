/**
 * Who may use the web page: whoever typed the PIN shown in the add-on's Kodi settings. A right PIN
 * opens a session (an unguessable cookie) with its own form token, which every request that
 * changes something must carry, so another site cannot post a form in the user's name.
 *
 * Guessing the PIN cannot win and cannot lock the owner out (docs/security.md has the arithmetic):
 * - each address may get a few PINs wrong (typos); after that it must wait before its next try,
 *   twice as long after each wrong one, up to MAX_DELAY_MILLISECONDS. Other addresses are not
 *   slowed by it, so the owner gets in while another device guesses;
 * - PINs are checked one at a time, at most one per PIN_CHECK_INTERVAL_MILLISECONDS, however many
 *   addresses ask (PinCheckQueue), so no number of addresses guesses faster than that;
 * - after WRONG_PIN_BUDGET wrong PINs from all addresses together, the PIN is replaced by a new one
 *   (shown on the TV) and every session ends: no PIN is guessed at for long.
 */

/** Digits of a PIN: 10^10 PINs, so 10 checks a second take over 30 years on average (docs/security.md). */
export const WEB_PIN_DIGITS = 10;
/** Wrong PINs an address may enter without waiting: typos. */
export const FREE_WRONG_PINS = 3;
/** The wait after the first wrong PIN beyond the free ones; it doubles with each further one. */
export const FIRST_DELAY_MILLISECONDS = 1_000;
export const MAX_DELAY_MILLISECONDS = 15 * 60_000;
/** Wrong PINs, from every address together, after which the PIN is replaced. */
export const WRONG_PIN_BUDGET = 1_000;
/** PIN checks are at least this far apart, whoever asks: at most 10 a second. */
export const PIN_CHECK_INTERVAL_MILLISECONDS = 100;
/** An address's wrong PINs are forgotten this long after its last one. */
export const CLIENT_MEMORY_MILLISECONDS = 24 * 60 * 60_000;
/** Addresses remembered at most; the one whose last wrong PIN is oldest is forgotten first. */
const MAX_CLIENTS = 1_000;
/** A session unused this long is closed. */
export const SESSION_IDLE_MILLISECONDS = 12 * 60 * 60_000;
/** Sessions kept at most; the least recently used goes first. */
const MAX_SESSIONS = 20;

export interface WebSession {
  /** The cookie's value. */
  id: string;
  /** The token state-changing requests carry in a header. */
  formToken: string;
  lastUsed: number;
}

export type LoginResult =
  | { outcome: "opened"; session: WebSession }
  /** `retryAfterSeconds`: how long this address must now wait (0: it may try again at once); `replacePin`: the budget is spent, a new PIN is due. */
  | { outcome: "wrong"; retryAfterSeconds: number; replacePin: boolean }
  /** This address must wait this long before its PIN is checked; nothing was checked. */
  | { outcome: "waiting"; retryAfterSeconds: number };

interface ClientRecord {
  wrongPins: number;
  lastWrongAt: number;
  /** When its next PIN may be checked. */
  nextTryAt: number;
}

/** How long an address waits after its `wrongPins`-th wrong PIN. */
export function delayAfterWrongPins(wrongPins: number): number {
  if (wrongPins <= FREE_WRONG_PINS) {
    return 0;
  }
  let delay = FIRST_DELAY_MILLISECONDS;
  for (let count = FREE_WRONG_PINS + 1; count < wrongPins && delay < MAX_DELAY_MILLISECONDS; count++) {
    delay = delay * 2;
  }
  return Math.min(delay, MAX_DELAY_MILLISECONDS);
}

/** The PIN as typed, without the spaces or dashes a user may put between groups of digits. */
export function typedPin(text: string): string {
  return text.trim().replaceAll(" ", "").replaceAll("-", "");
}

/** Compares every character whatever the first difference, so the time taken does not tell it. */
export function sameSecret(given: string, expected: string): boolean {
  let different = given.length !== expected.length;
  for (let index = 0; index < expected.length; index++) {
    if (given.slice(index, index + 1) !== expected.slice(index, index + 1)) {
      different = true;
    }
  }
  return !different && expected !== "";
}

export class WebAccess {
  private pin = "";
  private readonly sessions: Map<string, WebSession> = new Map();
  private readonly clients: Map<string, ClientRecord> = new Map();
  /** Wrong PINs entered since this PIN was set, from every address. */
  private wrongSincePinSet = 0;
  private lastCheckAt = -PIN_CHECK_INTERVAL_MILLISECONDS;

  /** A new PIN closes every session opened with the old one and starts a new budget. */
  setPin(pin: string): void {
    if (pin !== this.pin) {
      this.pin = pin;
      this.sessions.clear();
      this.wrongSincePinSet = 0;
    }
  }

  /** Wrong PINs since the PIN was set (the budget's count). */
  get wrongPinCount(): number {
    return this.wrongSincePinSet;
  }

  /** Whether a PIN may be checked now: the last check was PIN_CHECK_INTERVAL_MILLISECONDS ago. */
  pinCheckDue(now: number): boolean {
    return now - this.lastCheckAt >= PIN_CHECK_INTERVAL_MILLISECONDS;
  }

  /** When the next PIN may be checked. */
  get nextPinCheckAt(): number {
    return this.lastCheckAt + PIN_CHECK_INTERVAL_MILLISECONDS;
  }

  /** How long `client` must still wait before its PIN is checked; 0 when it need not. */
  waitFor(client: string, now: number): number {
    const record = this.clients.get(client);
    if (record === undefined || now >= record.nextTryAt) {
      return 0;
    }
    return record.nextTryAt - now;
  }

  /**
   * Checks a PIN from `client` (its address); the session and token values come from a
   * cryptographic source the caller has. Callers space checks with pinCheckDue (PinCheckQueue).
   */
  login(pin: string, now: number, sessionId: string, formToken: string, client: string = ""): LoginResult {
    const wait = this.waitFor(client, now);
    if (wait > 0) {
      return { outcome: "waiting", retryAfterSeconds: Math.ceil(wait / 1000) };
    }
    this.lastCheckAt = now;
    if (!sameSecret(typedPin(pin), this.pin)) {
      const delay = this.countWrongPin(client, now);
      this.wrongSincePinSet += 1;
      return { outcome: "wrong", retryAfterSeconds: Math.ceil(delay / 1000), replacePin: this.wrongSincePinSet >= WRONG_PIN_BUDGET };
    }
    // The owner's own typos are forgiven once the PIN is right.
    this.clients.delete(client);
    this.dropIdleSessions(now);
    while (this.sessions.size >= MAX_SESSIONS) {
      this.dropLeastRecentSession();
    }
    const session: WebSession = { id: sessionId, formToken: formToken, lastUsed: now };
    this.sessions.set(sessionId, session);
    return { outcome: "opened", session: session };
  }

  /** Counts a wrong PIN against `client`; the wait it now has. */
  private countWrongPin(client: string, now: number): number {
    let record = this.clients.get(client);
    if (record !== undefined && now - record.lastWrongAt > CLIENT_MEMORY_MILLISECONDS) {
      this.clients.delete(client);
      record = undefined;
    }
    if (record === undefined) {
      while (this.clients.size >= MAX_CLIENTS) {
        this.forgetOldestClient();
      }
      record = { wrongPins: 0, lastWrongAt: now, nextTryAt: now };
      this.clients.set(client, record);
    }
    record.wrongPins += 1;
    record.lastWrongAt = now;
    const delay = delayAfterWrongPins(record.wrongPins);
    record.nextTryAt = now + delay;
    return delay;
  }

  private forgetOldestClient(): void {
    let oldest = "";
    let oldestAt = Number.MAX_SAFE_INTEGER;
    for (const [client, record] of this.clients) {
      if (record.lastWrongAt < oldestAt) {
        oldest = client;
        oldestAt = record.lastWrongAt;
      }
    }
    this.clients.delete(oldest);
  }

  /** The session a cookie value names, if open; using it keeps it open. */
  session(sessionId: string | undefined, now: number): WebSession | null {
    if (sessionId === undefined || sessionId === "") {
      return null;
    }
    const session = this.sessions.get(sessionId);
    if (session === undefined) {
      return null;
    }
    if (now - session.lastUsed > SESSION_IDLE_MILLISECONDS) {
      this.sessions.delete(sessionId);
      return null;
    }
    session.lastUsed = now;
    return session;
  }

  logout(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  private dropIdleSessions(now: number): void {
    for (const [id, session] of this.sessions) {
      if (now - session.lastUsed > SESSION_IDLE_MILLISECONDS) {
        this.sessions.delete(id);
      }
    }
  }

  private dropLeastRecentSession(): void {
    let oldestId = "";
    let oldestUse = Number.MAX_SAFE_INTEGER;
    for (const [id, session] of this.sessions) {
      if (session.lastUsed < oldestUse) {
        oldestId = id;
        oldestUse = session.lastUsed;
      }
    }
    this.sessions.delete(oldestId);
  }
}
