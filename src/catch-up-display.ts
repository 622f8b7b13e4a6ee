/** The catch-up's progress on the TV: a background progress dialog the core's CatchUpProgress opens, updates and closes. */

import { BackgroundProgress, localized } from "cloudsync_host/ui";
import { STRING_CATCHING_UP, STRING_CATCHING_UP_HEADING } from "./contract";
import { CatchUpProgress, groupThousands } from "./core/catch-up-progress";

export class CatchUpDisplay {
  private readonly progress: CatchUpProgress = new CatchUpProgress();
  private dialog: BackgroundProgress | null = null;

  round(handled: number, waiting: number, now: number): void {
    const step = this.progress.round(handled, waiting, now);
    if (step.kind === "close") {
      this.close();
    } else if (step.kind === "show" || step.kind === "update") {
      const text = localized(STRING_CATCHING_UP).replace("%s", groupThousands(step.handled)).replace("%s", groupThousands(step.total));
      if (this.dialog === null) {
        this.dialog = new BackgroundProgress(localized(STRING_CATCHING_UP_HEADING), text);
      }
      this.dialog.update((100 * step.handled) / Math.max(step.total, 1), text);
    }
  }

  close(): void {
    if (this.dialog !== null) {
      this.dialog.close();
      this.dialog = null;
    }
  }
}
