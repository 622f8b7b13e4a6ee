/**
 * "Forget this group's data on the broker" as the user sees it, from the settings button or the web
 * page: the check that the group is the one the user confirmed, a background progress while it runs,
 * then a notification and a log line with the count, or why nothing (or not everything) was removed.
 */

import { BackgroundProgress, localized, notify } from "cloudsync_host/ui";
import { STRING_FORGET_GROUP, STRING_FORGET_GROUP_DONE, STRING_FORGET_GROUP_FAILED, STRING_FORGET_GROUP_RUNNING } from "./contract";
import { GroupCipher } from "./core/group-cipher";
import { ForgetOutcome, describeForgetOutcome, forgetRefusal } from "./core/group-forget";
import { CloudSyncSettings } from "./core/settings";
import { ForgetWaiter, forgetGroupData } from "./forget-group";
import { logInfo, logWarning } from "./log";

/** Forgets `confirmedGroup` if it is still the settings' group; tells the user and returns the outcome. */
export function forgetConfirmedGroup(
  confirmedGroup: string,
  settings: CloudSyncSettings,
  cipher: GroupCipher | null,
  waiter: ForgetWaiter,
  clock: () => number,
): ForgetOutcome {
  const refusal = forgetRefusal(confirmedGroup, settings);
  let outcome: ForgetOutcome = { kind: "failed", problem: refusal, removed: 0 };
  if (refusal === "") {
    logInfo(`Forget group data: removing every retained message of group "${settings.syncGroup}" from the broker`);
    const progress = new BackgroundProgress(localized(STRING_FORGET_GROUP), localized(STRING_FORGET_GROUP_RUNNING));
    try {
      outcome = forgetGroupData(settings, cipher, waiter, clock);
    } finally {
      progress.close();
    }
  }
  const line = describeForgetOutcome(confirmedGroup, outcome);
  if (outcome.kind === "removed") {
    logInfo(line);
    notify(localized(STRING_FORGET_GROUP_DONE).replace("%d", String(outcome.removed)).replace("%s", settings.syncGroup), false);
  } else {
    logWarning(line);
    notify(localized(STRING_FORGET_GROUP_FAILED).replace("%s", outcome.problem), true);
  }
  return outcome;
}
