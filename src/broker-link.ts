/**
 * The service's one MQTT client, configured from the settings: connects to the broker the user
 * chose, subscribes to the group's topics, leaves an offline status as its Last Will, and hands
 * publications to Paho. The decisions of what to send live in the session.
 */

import { MqttConnection } from "cloudsync_host/mqtt";
import { SESSION_EXPIRY_SECONDS } from "./core/message-expiry";
import { Publication } from "./core/outgoing-messages";
import { passwordToSend } from "./core/broker-password";
import { CloudSyncSettings } from "./core/settings";
import { itemSubscriptions } from "./core/topics";
import { logInfo } from "./log";

const KEEPALIVE_SECONDS = 30;
/**
 * QoS 0, not 1: on subscribe, a stock Mosquitto sends at most 1,020 retained messages at QoS 1
 * (20 in flight + max_queued_messages 1000) and silently drops the rest, so a library of
 * thousands of items would never fully arrive (measured: 1,020 of 12,000). At QoS 0 all arrive.
 * Nothing is lost by it: states are retained, and every (re)connect subscribes again, which
 * makes the broker send every retained state again.
 */
const SUBSCRIPTION_QOS = 0;

export class BrokerLink {
  /** False while sync is off or no broker is set: nothing is connected. */
  configured = false;

  constructor(readonly connection: MqttConnection) {}

  /** (Re)connects with these settings; `will` is the offline status the broker publishes if this device vanishes. */
  apply(settings: CloudSyncSettings, will: Publication): void {
    if (!settings.enabled || settings.brokerHost === "") {
      this.connection.stop();
      this.configured = false;
      logInfo(settings.enabled ? "no broker host set: not syncing" : "sync is switched off");
      return;
    }
    this.connection.set_subscriptions(itemSubscriptions(settings.syncGroup, settings.deviceId), SUBSCRIPTION_QOS);
    this.connection.configure({
      host: settings.brokerHost,
      port: settings.brokerPort,
      username: settings.username,
      password: passwordToSend(settings),
      use_tls: settings.useTls,
      ca_file: settings.caFile,
      client_id: `cloudsync-${settings.deviceId}`,
      keepalive_seconds: KEEPALIVE_SECONDS,
      session_expiry_seconds: SESSION_EXPIRY_SECONDS,
      will_topic: will.topic,
      will_payload: will.payload,
      will_expiry_seconds: will.expirySeconds,
    });
    this.configured = true;
    logInfo(`connecting to ${settings.brokerHost}:${settings.brokerPort} (${settings.useTls ? "TLS" : "no TLS"})`);
  }

  /** False when Paho did not take it (not connected, queue full). */
  publish(publication: Publication): boolean {
    return this.connection.publish(publication.topic, publication.payload, publication.qos, publication.retain, publication.expirySeconds);
  }

  stop(): void {
    this.connection.stop();
  }
}
