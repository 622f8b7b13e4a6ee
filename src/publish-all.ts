/**
 * "Publish All My Favorites" as the user sees it: a background progress dialog while this device's
 * favourites go out, then a notification with the count, or why nothing was sent.
 */

import { BackgroundProgress, localized, notify } from "cloudsync_host/ui";
import { STRING_FAVOURITES_NOT_SENT, STRING_FAVOURITES_QUEUED, STRING_FAVOURITES_SENT, STRING_SENDING_FAVOURITES } from "./contract";
import { GroupSession } from "./core/group-session";
import { OutgoingMessage } from "./core/outgoing-messages";
import { publishAllOutcome } from "./core/publish-all-outcome";
import { EffectRunner } from "./effect-runner";
import { logInfo, logWarning } from "./log";

export function publishAllFavourites(session: GroupSession, runner: EffectRunner, clock: () => number): void {
  const refusal = session.publishAllRefusal();
  if (refusal !== "") {
    logWarning(`Publish All My Favorites: ${refusal}`);
    notify(localized(STRING_FAVOURITES_NOT_SENT), true);
    return;
  }
  runner.run([{ kind: "read-favourites" }]); // Kodi's list of this moment, not the last poll's
  const request = session.publishAll(clock());
  const favourites = request.messages.length - 1; // the last message is the list itself
  const progress = new PublishProgress(favourites);
  try {
    runner.run(request.effects, (message: OutgoingMessage) => progress.published(message));
  } finally {
    progress.close();
  }
  const outcome = publishAllOutcome(session.allSent(request.messages), session.publishesPerSecond());
  if (outcome === "sent") {
    logInfo(`Publish All My Favorites: ${favourites} favourite(s) sent`);
    notify(localized(STRING_FAVOURITES_SENT).replace("%d", String(favourites)), false);
  } else if (outcome === "queued") {
    logInfo(`Publish All My Favorites: ${favourites} favourite(s) queued; they leave at the publish rate limit (${session.publishesPerSecond()} a second)`);
    notify(localized(STRING_FAVOURITES_QUEUED).replace("%d", String(favourites)), false);
  } else {
    logWarning(`Publish All My Favorites: ${favourites} favourite(s) queued; the broker did not take them yet`);
    notify(localized(STRING_FAVOURITES_NOT_SENT), true);
  }
}

/** The progress dialog, one step per favourite the broker took. */
class PublishProgress {
  private readonly dialog: BackgroundProgress = new BackgroundProgress(localized(STRING_SENDING_FAVOURITES), "");
  private count = 0;

  constructor(private readonly total: number) {}

  published(message: OutgoingMessage): void {
    if (message.kind === "favourite") {
      this.count += 1;
      this.dialog.update((100 * this.count) / Math.max(this.total, 1), message.state.favourite.title);
    }
  }

  close(): void {
    this.dialog.close();
  }
}
