/**
 * The settings button "Test connection": connects once with the saved broker settings and tells
 * the user in a dialog whether it worked, or exactly why not. Runs in the settings script, beside
 * the service, with its own client id so that the service's connection and session are untouched.
 */

import { ServiceMonitor } from "cloudsync_host/monitor";
import { MqttConnection } from "cloudsync_host/mqtt";
import { localized, show_dialog } from "cloudsync_host/ui";
import { configureConnection } from "./broker-link";
import { readKodiSettings } from "./kodi/settings-reader";
import { logInfo, logUnexpectedError, logWarning } from "./log";
import { STRING_CONNECTED_TO, STRING_COULD_NOT_CONNECT_TO, STRING_NO_BROKER_HOST, STRING_TEST_CONNECTION } from "./contract";

/** A broker that has not answered by then is reported as not answering. */
const TEST_TIMEOUT_SECONDS = 10;
const WAIT_STEP_SECONDS = 0.1;

export function runConnectionTest(): void {
  try {
    testConnection();
  } catch (error) {
    logUnexpectedError("Test connection stopped by an unexpected error", error);
    throw error;
  }
}

function testConnection(): void {
  const settings = readKodiSettings();
  const where = `${settings.brokerHost}:${settings.brokerPort} (${settings.useTls ? "TLS" : "no TLS"})`;
  if (settings.brokerHost === "") {
    logWarning("Test connection: no broker host is set");
    show_dialog(localized(STRING_TEST_CONNECTION), localized(STRING_NO_BROKER_HOST));
    return;
  }
  const connection = new MqttConnection();
  const monitor = new ServiceMonitor();
  // Its own client id, and nothing to keep: the broker forgets this test client when it disconnects.
  const problem = configureConnection(connection, settings, { clientId: `cloudsync-${settings.deviceId}-test`, sessionExpirySeconds: 0, will: null });
  let outcome = problem;
  let connected = false;
  for (let waited = 0; waited < TEST_TIMEOUT_SECONDS && outcome === ""; waited += WAIT_STEP_SECONDS) {
    if (monitor.wait(WAIT_STEP_SECONDS)) {
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
    show_dialog(localized(STRING_TEST_CONNECTION), `${localized(STRING_CONNECTED_TO)} ${where}`);
  } else {
    const reason = outcome === "" ? `no answer within ${TEST_TIMEOUT_SECONDS} s` : outcome;
    logWarning(`Test connection: could not connect to ${where}: ${reason}`);
    show_dialog(localized(STRING_TEST_CONNECTION), `${localized(STRING_COULD_NOT_CONNECT_TO)} ${where}: ${reason}`);
  }
}
