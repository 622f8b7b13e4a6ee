/**
 * Who may use the web page: whoever typed the PIN shown in the add-on's Kodi settings. A right PIN
 * opens a session (an unguessable cookie) with its own form token, which every request that
 * changes something must carry, so another site cannot post a form in the user's name. Wrong PINs
 * lock the login for a while, so six digits cannot be guessed by trying them all.
 */

/** Wrong PINs in a row before the login is locked. */
export const MAX_WRONG_PINS = 5;
export const LOCK_MILLISECONDS = 60_000;
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

export type LoginResult = { outcome: "opened"; session: WebSession } | { outcome: "wrong" } | { outcome: "locked"; retryAfterSeconds: number };

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
  private wrongPins = 0;
  private lockedUntil = 0;

  /** A new PIN closes every session opened with the old one. */
  setPin(pin: string): void {
    if (pin !== this.pin) {
      this.pin = pin;
      this.sessions.clear();
    }
  }

  /** Checks a PIN; the session and token values come from a cryptographic source the caller has. */
  login(pin: string, now: number, sessionId: string, formToken: string): LoginResult {
    if (now < this.lockedUntil) {
      return { outcome: "locked", retryAfterSeconds: Math.ceil((this.lockedUntil - now) / 1000) };
    }
    if (!sameSecret(pin.trim(), this.pin)) {
      this.wrongPins += 1;
      if (this.wrongPins >= MAX_WRONG_PINS) {
        this.wrongPins = 0;
        this.lockedUntil = now + LOCK_MILLISECONDS;
      }
      return { outcome: "wrong" };
    }
    this.wrongPins = 0;
    this.dropIdleSessions(now);
    while (this.sessions.size >= MAX_SESSIONS) {
      this.dropLeastRecentSession();
    }
    const session: WebSession = { id: sessionId, formToken: formToken, lastUsed: now };
    this.sessions.set(sessionId, session);
    return { outcome: "opened", session: session };
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
