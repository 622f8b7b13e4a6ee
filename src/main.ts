/** Entry point called by the add-on's service.py. */

import { Service } from "./service";
import { describeError, logError } from "./log";

export function main(): void {
  try {
    new Service().run();
  } catch (error) {
    logError(`CloudSync stopped by an unexpected error: ${describeError(error)}`);
    throw error;
  }
}
