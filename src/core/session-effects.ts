/**
 * What the sync session asks the service to do. The session decides; the service carries each
 * effect out in order and reports back: a read's result as the matching event, anything else as
 * effectDone or effectFailed.
 */

import { FavouriteWrite } from "./favourite-sync";
import { HealthNotice } from "./sync-health";
import { ItemKind } from "./library-store";
import { ItemWrite } from "./library-sync";
import { OutgoingMessage, Publication } from "./outgoing-messages";
import { SongWrite } from "./song-sync";

export type LogLevel = "debug" | "info" | "warning" | "error";

export type SessionEffect =
  /** Hand a message to the broker; `fromOutbox` messages go back to the outbox when refused. */
  | { kind: "publish"; message: OutgoingMessage; publication: Publication; fromOutbox: boolean }
  | { kind: "save-outbox"; text: string }
  | { kind: "write-item"; write: ItemWrite }
  | { kind: "write-favourite"; write: FavouriteWrite }
  | { kind: "write-song"; write: SongWrite }
  /** Read one song (after Kodi said it changed) and answer with songRead. */
  | { kind: "read-song"; id: number; scanned: boolean }
  /** List every song and answer with songsListed. */
  | { kind: "read-songs" }
  /** Read one item (after Kodi said it changed) and answer with itemRead. */
  | { kind: "read-item"; itemKind: ItemKind; id: number; scanned: boolean }
  /** List the whole library and answer with libraryListed. */
  | { kind: "read-library" }
  /** List the items with a resume point and answer with inProgressListed. */
  | { kind: "read-in-progress" }
  /** List the items with a user rating and answer with ratedListed. */
  | { kind: "read-rated" }
  /** List Kodi's favourites and answer with favouritesListed. */
  | { kind: "read-favourites" }
  | { kind: "log"; level: LogLevel; message: string }
  /** A notification on the TV: sync stopped working, or works again. */
  | { kind: "notify"; notice: HealthNotice }
  /** The connection, last sync, waiting changes or devices changed: what status views show. */
  | { kind: "status-changed" };
