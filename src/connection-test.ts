/**
 * The settings button "Test connection", answered by the running service: it connects once with
 * the saved broker settings and says whether it worked, or exactly why not. The button (a script,
 * settings_actions.py) only asks and shows the answer in a dialog: it never opens a connection in
 * its own Python interpreter. On Kodi 19.1 (Python 3.9.2) a script that imports `ssl` in its
 * interpreter breaks the `_ssl` module of the service's interpreter (CPython bpo-44050, fixed in
 * 3.9.8), and the service's next TLS connection ends Kodi without a line in kodi.log.
 * Its own client id keeps the service's connection and session untouched.
 */

import { join_path, profile_directory, read_text } from "cloudsync_host/files";
import { MqttConnection } from "cloudsync_host/mqtt";
import { answer_connection_test, connection_test_request, localized } from "cloudsync_host/ui";
import { configureConnection } from "./broker-link";
import { readKodiSettings } from "./kodi/settings-reader";
import { logInfo, logWarning } from "./log";
import { STRING_CONNECTED_TO, STRING_COULD_NOT_CONNECT_TO, STRING_NO_BROKER_HOST } from "./contract";

/** A broker that has not answered by then is reported as not answering. */
const TEST_TIMEOUT_MILLISECONDS = 10_000;
const WAIT_STEP_SECONDS = 0.1;
/** Kodi writes the settings file in well under a second; a file still cut after this is read as it is. */
const WHOLE_FILE_MILLISECONDS = 2_000;

/** The service's wait, which also lets Kodi queue its callbacks meanwhile. */
export interface TestWaiter {
  /** Waits up to `seconds`; true when Kodi asks the service to stop. */
  wait(seconds: number): boolean;
}

/** Makes the test the button asked for and leaves the answer where the button reads it. */
export function answerTestConnectionButton(waiter: TestWaiter, clock: () => number): void {
  const request = connection_test_request();
  answer_connection_test(request, testConnection(waiter, clock));
}

/** The words the button shows. */
function testConnection(waiter: TestWaiter, clock: () => number): string {
  waitForWholeSettingsFile(waiter, clock);
  const settings = readKodiSettings();
  const where = `${settings.brokerHost}:${settings.brokerPort} (${settings.useTls ? "TLS" : "no TLS"})`;
  if (settings.brokerHost === "") {
    logWarning("Test connection: no broker host is set");
    return localized(STRING_NO_BROKER_HOST);
  }
  const connection = new MqttConnection();
  // Its own client id, and nothing to keep: the broker forgets this test client when it disconnects.
  const problem = configureConnection(connection, settings, { clientId: `cloudsync-${settings.deviceId}-test`, sessionExpirySeconds: 0, will: null });
  let outcome = problem;
  let connected = false;
  const deadline = clock() + TEST_TIMEOUT_MILLISECONDS;
  while (outcome === "" && clock() < deadline) {
    if (waiter.wait(WAIT_STEP_SECONDS)) {
      break; // Kodi is shutting down
    }
    for (const change of connection.take_connection_changes()) {
      if (outcome === "") {
        connected = change.connected;
        outcome = change.reason;
      }
    }
  }
  connection.stop();
  if (connected) {
    logInfo(`Test connection: connected to ${where}`);
    return `${localized(STRING_CONNECTED_TO)} ${where}`;
  }
  const reason = outcome === "" ? `no answer within ${TEST_TIMEOUT_MILLISECONDS / 1000} s` : outcome;
  logWarning(`Test connection: could not connect to ${where}: ${reason}`);
  return `${localized(STRING_COULD_NOT_CONNECT_TO)} ${where}: ${reason}`;
}

/**
 * Kodi rewrites the settings file in place (truncated, then written): Addon() reading it meanwhile
 * gets the defaults, an empty broker host among them (seen once on Kodi 21.2 when the button read
 * the settings as the service saved them). The file is read until whole before Addon() reads it.
 */
function waitForWholeSettingsFile(waiter: TestWaiter, clock: () => number): void {
  const path = join_path(profile_directory(), "settings.xml");
  const deadline = clock() + WHOLE_FILE_MILLISECONDS;
  for (;;) {
    const text = read_text(path);
    if (text === null || text.trim().endsWith("</settings>") || clock() >= deadline || waiter.wait(WAIT_STEP_SECONDS / 2)) {
      return;
    }
  }
}
