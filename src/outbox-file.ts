/** The outbox's file in the add-on's profile folder, replaced atomically on every change. */

import { join_path, profile_directory, read_text, write_text } from "cloudsync_host/files";

const OUTBOX_FILE = "outbox.json";

export class OutboxFile {
  readonly path: string = join_path(profile_directory(), OUTBOX_FILE);

  /** The saved text, or null when there is none. */
  read(): string | null {
    return read_text(this.path);
  }

  /** "" when saved, else why not. */
  save(text: string): string {
    return write_text(this.path, text) ? "" : `cannot write ${this.path}`;
  }
}
