/**
 * What "Publish All My Favorites" tells the user once the favourites were handed to the outbox:
 * sent (the broker took them all), queued under the publish rate limit (they leave at the
 * broker's pace: nothing is wrong), or not sent (the broker did not take them).
 */

export type PublishAllOutcome = "sent" | "queued" | "not-sent";

export function publishAllOutcome(allSent: boolean, publishesPerSecond: number): PublishAllOutcome {
  if (allSent) {
    return "sent";
  }
  return publishesPerSecond > 0 ? "queued" : "not-sent";
}
