/**
 * The music part of the sync session: songs listed and read from Kodi, their states from the
 * group, and what to publish and write. Pure like group-session.ts, which hands it the song events
 * and takes its effects and outbox changes after each one (takeEffects, takeOutboxChanged), so
 * that they keep their order among the session's own.
 */

import { IncomingMessage, Reading } from "./incoming-messages";
import { Outbox } from "./outbox";
import { OutgoingMessage, describeMessage, songOutboxKey } from "./outgoing-messages";
import { LogLevel, SessionEffect } from "./session-effects";
import { CloudSyncSettings } from "./settings";
import { SongFieldState, readSongState } from "./song-messages";
import { LocalSong } from "./song-store";
import { MAX_PENDING_SONG_STATES, SongPublication, SongSync, SongWrite } from "./song-sync";
import { SongField } from "./song-topics";
import { SongUpdate } from "./song-update";

export class SongSession {
  private settings: CloudSyncSettings;
  private songs: SongSync;
  private readonly outbox: Outbox;
  /** The cap of song states strangers could make this device remember: warned once per run. */
  private pendingLimitWarned = false;
  private effects: SessionEffect[] = [];
  private outboxChanged = false;

  constructor(settings: CloudSyncSettings, outbox: Outbox) {
    this.settings = settings;
    this.outbox = outbox;
    this.songs = new SongSync(settings.deviceId);
  }

  useSettings(settings: CloudSyncSettings): void {
    this.settings = settings;
  }

  /** Another device id: what was known of the songs was this id's; start again from a listing. */
  restart(): void {
    this.songs = new SongSync(this.settings.deviceId);
  }

  /** The music library listed, when music is synced. */
  requestSongs(): void {
    if (this.settings.syncMusic) {
      this.effects.push({ kind: "read-songs" });
    }
  }

  /** See GroupSession.songUpdated. */
  songUpdated(update: SongUpdate): SessionEffect[] {
    return this.settings.syncMusic && !update.scanned ? [{ kind: "read-song", id: update.id, scanned: false }] : [];
  }

  songsChanged(): SessionEffect[] {
    return this.settings.syncMusic ? [{ kind: "read-songs" }] : [];
  }

  songRead(song: LocalSong | null, scanned: boolean, now: number): void {
    if (song !== null && this.settings.syncMusic) {
      if (scanned) {
        this.writeSongs(this.songs.addScannedSong(song));
      } else {
        this.publishSongs(this.songs.applyLocalSong(song, now), "publishing");
      }
    }
  }

  songsListed(songs: LocalSong[]): void {
    this.writeSongs(this.songs.replaceSongs(songs));
    this.log("info", `music library indexed: ${this.songs.songCount} song(s), ${this.songs.pendingCount} waiting state(s)`);
  }

  /** A song state from the group; the reading is returned for the session to log a refusal as it logs every one. */
  receiveSongState(message: IncomingMessage, identity: string, field: SongField, now: number): Reading<SongFieldState> {
    const reading = readSongState(message, identity, field, now);
    if (reading.kind !== "read" || !this.settings.syncMusic) {
      return reading;
    }
    const state = reading.value;
    const outcome = this.songs.applyRemote(identity, field, state);
    const unsentKey = songOutboxKey(field, identity);
    if (outcome.accepted && state.device !== this.settings.deviceId && this.outbox.hasKey(unsentKey)) {
      this.outbox.removeKey(unsentKey);
      this.outboxChanged = true;
      this.log("info", `a newer change from device ${state.device} replaces this device's unsent one on ${message.topic}`);
    }
    if (outcome.write !== null) {
      this.writeSongs([outcome.write]);
    }
    if (outcome.correction !== null) {
      this.publishSongs([outcome.correction], `device ${state.device} sent an older state; republishing`);
    }
    if (!this.pendingLimitWarned && this.songs.droppedPendingCount > 0) {
      this.pendingLimitWarned = true;
      this.log(
        "warning",
        `more than ${MAX_PENDING_SONG_STATES} states arrived for songs this device does not have (the group's other music libraries are much larger than this one, or someone is flooding the broker); the oldest are forgotten here, not on the broker, which offers them again at the next connection`,
      );
    }
    return reading;
  }

  /** An unsent song state from the outbox counts as the newest known one until something newer arrives. */
  noteUnsentState(message: OutgoingMessage): void {
    if (message.kind === "song-played") {
      this.songs.noteUnsentState(message.identity, "played", message.state);
    } else if (message.kind === "song-rating") {
      this.songs.noteUnsentState(message.identity, "rating", message.state);
    }
  }

  /** This device's own song states again (after a passphrase change); how many. */
  republishOwnStates(why: string): number {
    const songs = this.songs.ownStates();
    this.publishSongs(songs, why);
    return songs.length;
  }

  takeEffects(): SessionEffect[] {
    const effects = this.effects;
    this.effects = [];
    return effects;
  }

  takeOutboxChanged(): boolean {
    const changed = this.outboxChanged;
    this.outboxChanged = false;
    return changed;
  }

  private publishSongs(publications: SongPublication[], why: string): void {
    for (const publication of publications) {
      let message: OutgoingMessage | null = null;
      if (publication.played !== null) {
        message = { kind: "song-played", identity: publication.identity, title: publication.title, state: publication.played };
      } else if (publication.rating !== null) {
        message = { kind: "song-rating", identity: publication.identity, title: publication.title, state: publication.rating };
      }
      if (message !== null) {
        this.log("info", `${why} ${describeMessage(message)}`);
        this.outbox.put(message);
        this.outboxChanged = true;
      }
    }
  }

  private writeSongs(writes: SongWrite[]): void {
    for (const write of writes) {
      this.effects.push({ kind: "write-song", write: write });
    }
  }

  private log(level: LogLevel, message: string): void {
    this.effects.push({ kind: "log", level: level, message: message });
  }
}

/** A song write as the log tells it. */
export function describeSongWrite(write: SongWrite): string {
  if (write.field === "played") {
    return `played ${write.playcount} time(s)`;
  }
  return write.userrating > 0 ? `rated ${write.userrating}` : "with no rating";
}
