/**
 * Carries out what the session decides, in order, and tells the session how each effect went: a
 * read's result comes back as the matching event, a failure as effectFailed. Effects those answers
 * produce are carried out in the same pass.
 */

import { FavouritesStore } from "./core/favourites-store";
import { GroupSession } from "./core/group-session";
import { LibraryStore } from "./core/library-store";
import { OutgoingMessage } from "./core/outgoing-messages";
import { SessionEffect } from "./core/session-effects";
import { SongStore } from "./core/song-store";
import { SongWrite } from "./core/song-sync";
import { HealthNotice } from "./core/sync-health";
import { unreachable } from "./core/unreachable";
import { BrokerLink } from "./broker-link";
import { KodiWriter } from "./kodi/kodi-writer";
import { OutboxFile } from "./outbox-file";
import { describeError, logDebug, logError, logInfo, logWarning } from "./log";

export class EffectRunner {
  constructor(
    private readonly session: GroupSession,
    private readonly broker: BrokerLink,
    private readonly library: LibraryStore,
    private readonly favourites: FavouritesStore,
    private readonly writer: KodiWriter,
    private readonly outboxFile: OutboxFile,
    private readonly clock: () => number,
    private readonly notifier: (notice: HealthNotice) => void,
    private readonly songs: SongStore,
  ) {}

  /** `published` is told of every message the broker took (Publish All shows progress with it). */
  run(effects: SessionEffect[], published: ((message: OutgoingMessage) => void) | null = null): void {
    const queue = effects.slice();
    for (let effect = queue.shift(); effect !== undefined; effect = queue.shift()) {
      let answer: SessionEffect[] = [];
      try {
        answer = this.carryOut(effect);
        if (effect.kind === "publish" && published !== null) {
          published(effect.message);
        }
      } catch (error) {
        answer = this.session.effectFailed(effect, describeError(error));
      }
      queue.push(...answer);
    }
  }

  private carryOut(effect: SessionEffect): SessionEffect[] {
    const now = this.clock();
    switch (effect.kind) {
      case "publish": {
        const outcome = this.broker.publish(effect.publication);
        if (outcome.kind === "too-large") {
          return this.session.publicationTooLarge(effect, outcome.bytes, outcome.maximum);
        }
        if (outcome.kind === "refused") {
          return this.session.effectFailed(effect, "the broker did not take it");
        }
        return this.session.effectDone(effect, now);
      }
      case "save-outbox": {
        const problem = this.outboxFile.save(effect.text);
        return problem === "" ? [] : this.session.effectFailed(effect, problem);
      }
      case "write-item":
        this.writer.writeItem(effect.write);
        return this.session.effectDone(effect, this.clock());
      case "write-favourite": {
        const changed = this.writer.writeFavourite(effect.write);
        return this.session.effectDone(effect, this.clock(), changed);
      }
      case "read-item":
        return this.session.itemRead(effect.itemKind, effect.id, this.library.getItem(effect.itemKind, effect.id), effect.scanned, this.clock());
      case "read-library":
        return this.session.libraryListed(this.library.listItems("movie"), this.library.listItems("episode"), this.clock(), this.library.listItems("tvshow"));
      case "read-in-progress":
        return this.session.inProgressListed(this.library.listInProgress("movie"), this.library.listInProgress("episode"), this.clock());
      case "read-rated":
        return this.session.ratedListed(this.library.listRated("movie"), this.library.listRated("episode"), this.clock(), this.library.listRated("tvshow"));
      case "read-favourites":
        return this.session.favouritesListed(this.favourites.list(), this.clock());
      case "write-song":
        this.writeSong(effect.write);
        return this.session.effectDone(effect, this.clock());
      case "read-song":
        return this.session.songRead(this.songs.getSong(effect.id), effect.scanned, this.clock());
      case "read-songs":
        return this.session.songsListed(this.songs.listSongs());
      case "log":
        log(effect.level, effect.message);
        return [];
      case "notify":
        this.notifier(effect.notice);
        return [];
      case "status-changed":
        return []; // status views (the web page) read the session when they are asked
    }
    return unreachable(effect, "effect");
  }

  private writeSong(write: SongWrite): void {
    if (write.field === "played") {
      this.songs.setPlayed(write.id, write.playcount, write.lastplayed, write.playedAt);
    } else {
      this.songs.setRating(write.id, write.userrating);
    }
  }
}

function log(level: string, message: string): void {
  if (level === "debug") {
    logDebug(message);
  } else if (level === "info") {
    logInfo(message);
  } else if (level === "warning") {
    logWarning(message);
  } else {
    logError(message);
  }
}
