/**
 * The service's one MQTT client, configured from the settings: connects to the broker the user
 * chose, subscribes to the group's topics, leaves an offline status as its Last Will, and hands
 * publications to Paho. The decisions of what to send live in the session.
 */

import { BrokerOptions, MqttConnection } from "cloudsync_host/mqtt";
import { BrokerLimits, describeBrokerLimits, packetFits } from "./core/broker-limits";
import { translatePath } from "xbmcvfs";
import { caFileLocationProblem, describeConnectionSetupProblem, isSpecialPath } from "./core/ca-file";
import { MAX_FAVOURITE_LIST_PAYLOAD_BYTES } from "./core/favourite-messages";
import { SESSION_EXPIRY_SECONDS } from "./core/message-expiry";
import { Publication } from "./core/outgoing-messages";
import { passwordToSend } from "./core/broker-password";
import { CloudSyncSettings } from "./core/settings";
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
/**
 * The largest packet the broker may send us (MQTT 5 Maximum Packet Size): the largest payload of
 * the protocol (a favourite list) with room for its topic and headers. Larger ones are never read.
 */
export const MAXIMUM_PACKET_BYTES = MAX_FAVOURITE_LIST_PAYLOAD_BYTES + 8192;

/** What the broker is told about a connection, and the Last Will it leaves ("" topic: none). */
export interface ConnectionPlan {
  clientId: string;
  sessionExpirySeconds: number;
  will: Publication | null;
}

/**
 * Configures `connection` for these settings; "" when it is connecting, else why it cannot, in
 * the user's words (a CA file that is missing, unreadable or not on this device).
 */
export function configureConnection(connection: MqttConnection, settings: CloudSyncSettings, plan: ConnectionPlan): string {
  const locationProblem = settings.useTls ? caFileLocationProblem(settings.caFile) : "";
  if (locationProblem !== "") {
    connection.stop();
    return locationProblem;
  }
  const caFile = settings.useTls && isSpecialPath(settings.caFile) ? translatePath(settings.caFile) : settings.caFile;
  const will = plan.will;
  const options: BrokerOptions = {
    host: settings.brokerHost,
    port: settings.brokerPort,
    username: settings.username,
    // Only to the broker it was entered for (core/broker-password.ts).
    password: passwordToSend(settings),
    use_tls: settings.useTls,
    ca_file: caFile,
    client_id: plan.clientId,
    keepalive_seconds: KEEPALIVE_SECONDS,
    session_expiry_seconds: plan.sessionExpirySeconds,
    will_topic: will === null ? "" : will.topic,
    will_payload: will === null ? "" : will.payload,
    will_expiry_seconds: will === null ? 0 : will.expirySeconds,
    maximum_packet_bytes: MAXIMUM_PACKET_BYTES,
  };
  return describeConnectionSetupProblem(connection.configure(options), settings.caFile);
}

/** What became of a publication handed to the broker link. */
export type PublishOutcome = { kind: "taken" } | { kind: "refused" } | { kind: "too-large"; bytes: number; maximum: number };

const NO_LIMITS: BrokerLimits = { receiveMaximum: 0, maximumPacketSize: 0, topicAliasMaximum: 0 };

export class BrokerLink {
  /** False while sync is off or no broker is set: nothing is connected. */
  configured = false;
  /** What the broker announced for the current connection (its CONNACK). */
  private limits: BrokerLimits = NO_LIMITS;

  constructor(readonly connection: MqttConnection) {}

  /**
   * (Re)connects with these settings and subscriptions; `will` is the offline status the broker
   * publishes if this device vanishes. Returns "" or why the connection cannot even be tried (the CA file).
   */
  apply(settings: CloudSyncSettings, will: Publication, subscriptions: string[]): string {
    if (!settings.enabled || settings.brokerHost === "") {
      this.connection.stop();
      this.configured = false;
      logInfo(settings.enabled ? "no broker host set: not syncing" : "sync is switched off");
      return "";
    }
    this.connection.set_subscriptions(subscriptions, SUBSCRIPTION_QOS);
    const problem = configureConnection(this.connection, settings, {
      clientId: `cloudsync-${settings.deviceId}`,
      sessionExpirySeconds: SESSION_EXPIRY_SECONDS,
      will: will,
    });
    this.configured = true;
    if (problem === "") {
      logInfo(`connecting to ${settings.brokerHost}:${settings.brokerPort} (${settings.useTls ? "TLS" : "no TLS"})`);
    }
    return problem;
  }

  /** A connection was made: its CONNACK's limits apply from now on, and get one log line. */
  connected(): void {
    const announced = this.connection.broker_limits();
    this.limits = {
      receiveMaximum: announced.receive_maximum,
      maximumPacketSize: announced.maximum_packet_size,
      topicAliasMaximum: announced.topic_alias_maximum,
    };
    logInfo(describeBrokerLimits(this.limits));
  }

  /** Refused when Paho did not take it (not connected, queue full); too large when the broker said it takes no packet that big. */
  publish(publication: Publication): PublishOutcome {
    if (this.limits.maximumPacketSize > 0) {
      const bytes = this.connection.packet_bytes(publication.topic, publication.payload, publication.qos, publication.expirySeconds);
      if (!packetFits(bytes, this.limits)) {
        return { kind: "too-large", bytes: bytes, maximum: this.limits.maximumPacketSize };
      }
    }
    const taken = this.connection.publish(publication.topic, publication.payload, publication.qos, publication.retain, publication.expirySeconds);
    return taken ? { kind: "taken" } : { kind: "refused" };
  }

  /** `withWill`: the broker publishes the offline status (the Last Will) itself, when this device could not. */
  stop(withWill = false): void {
    this.connection.stop(withWill);
  }
}
