/**
 * How often the sync session logs what strangers on the broker can cause again and again
 * (malformed messages, favourites it keeps out or that wait for an item): each is a line until a
 * limit per run, so a flood cannot flood kodi.log. Pure: it answers with the log effects to add.
 */

import { MAX_PENDING_FAVOURITES } from "./library-favourites";
import { LogLevel, SessionEffect } from "./session-effects";

/** Malformed messages get a log line each up to this many: a flood must not flood kodi.log. */
export const MAX_LOGGED_PROBLEMS = 20;

function line(level: LogLevel, message: string): SessionEffect {
  return { kind: "log", level: level, message: message };
}

export class ProblemLog {
  private loggedProblems = 0;
  /** Favourites that start something, kept out and logged (once each, up to a limit). */
  private readonly loggedLaunchingFavourites: Set<string> = new Set();
  private readonly loggedWaitingFavourites: Set<string> = new Set();
  private waitingFavouritesLimitWarned = false;
  private loggedTooLarge = 0;

  /** One warning per bad message, up to a limit per run of bad ones, then one line saying so. */
  problem(message: string): SessionEffect[] {
    this.loggedProblems += 1;
    if (this.loggedProblems <= MAX_LOGGED_PROBLEMS) {
      return [line("warning", message)];
    }
    if (this.loggedProblems === MAX_LOGGED_PROBLEMS + 1) {
      return [line("warning", "more invalid messages arrived; they are dropped without a log line each")];
    }
    return [];
  }

  /** A publication larger than the broker takes, dropped: a line each up to the problem limit, then one saying so. */
  tooLarge(what: string, bytes: number, maximum: number): SessionEffect[] {
    this.loggedTooLarge += 1;
    if (this.loggedTooLarge <= MAX_LOGGED_PROBLEMS) {
      // The sizes first: a long title is cut from the log line (core/log-line.ts), they must not be.
      return [line("warning", `not sent, a packet of ${bytes} bytes is larger than the broker's maximum of ${maximum}: ${what}`)];
    }
    if (this.loggedTooLarge === MAX_LOGGED_PROBLEMS + 1) {
      return [line("warning", "more messages were too large for the broker; they are dropped without a log line each")];
    }
    return [];
  }

  /**
   * A favourite of a library item this device lacks, kept until a scan brings the item: one line per
   * favourite, up to the problem limit (every retained copy would log it again, and anyone on the
   * broker can send them); a warning once if so many wait (`droppedCount` > 0) that the oldest are forgotten.
   */
  waitingFavourite(identity: string, title: string, item: string, droppedCount: number): SessionEffect[] {
    const lines: SessionEffect[] = [];
    if (!this.waitingFavouritesLimitWarned && droppedCount > 0) {
      this.waitingFavouritesLimitWarned = true;
      lines.push(line("warning", `more than ${MAX_PENDING_FAVOURITES} favourites wait for items this device does not have; the oldest are forgotten`));
    }
    if (this.loggedWaitingFavourites.has(identity) || this.loggedWaitingFavourites.size >= MAX_LOGGED_PROBLEMS) {
      return lines;
    }
    this.loggedWaitingFavourites.add(identity);
    lines.push(line("info", `favourite "${title}" waits for ${item} to be in this library`));
    return lines;
  }

  /** A favourite that starts something, kept out: one line per favourite, up to the problem limit. */
  launchingFavourite(identity: string, title: string): SessionEffect[] {
    if (this.loggedLaunchingFavourites.has(identity) || this.loggedLaunchingFavourites.size >= MAX_LOGGED_PROBLEMS) {
      return [];
    }
    this.loggedLaunchingFavourites.add(identity);
    return [
      line(
        "info",
        `favourite "${title}" (${identity}) from the sync group starts an add-on or app: not added (setting "Also sync favourites that start add-ons and apps" is off)`,
      ),
    ];
  }
}
