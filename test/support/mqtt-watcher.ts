/**
 * An MQTT 5 client for tests (mqtt.js): records every message of a sync group as the broker
 * delivers it, and publishes what a test needs (malformed payloads, for instance).
 */
import mqtt, { MqttClient } from "mqtt";

export interface WatchedMessage {
  topic: string;
  payload: Buffer;
  retain: boolean;
  /** MQTT 5 message expiry left when the broker sent it, in seconds (undefined: none). */
  expirySeconds: number | undefined;
  /** Date.now() when it arrived. */
  at: number;
}

export class GroupWatcher {
  readonly messages: WatchedMessage[] = [];

  private constructor(private readonly client: MqttClient) {
    client.on("message", (topic, payload, packet) => {
      this.messages.push({ topic, payload, retain: packet.retain, expirySeconds: packet.properties?.messageExpiryInterval, at: Date.now() });
    });
  }

  /** Connects to the broker on loopback and subscribes to `filter` (QoS 1) before returning. */
  static async start(port: number, filter: string): Promise<GroupWatcher> {
    const client = await mqtt.connectAsync({
      host: "127.0.0.1",
      port,
      protocolVersion: 5,
      clean: true,
      reconnectPeriod: 500,
      clientId: `test-watcher-${process.pid}-${Date.now()}`,
    });
    const watcher = new GroupWatcher(client);
    await client.subscribeAsync(filter, { qos: 1 });
    // After a broker restart the clean session has no subscription: subscribe again.
    client.on("connect", () => {
      void client.subscribeAsync(filter, { qos: 1 }).catch(() => undefined);
    });
    return watcher;
  }

  /** Messages on topics for which `match` holds, arrived at or after `since`. */
  matching(match: (message: WatchedMessage) => boolean, since = 0): WatchedMessage[] {
    return this.messages.filter((message) => message.at >= since && match(message));
  }

  async publish(topic: string, payload: string | Buffer, options: { retain?: boolean; qos?: 0 | 1; expirySeconds?: number } = {}): Promise<void> {
    await this.client.publishAsync(topic, payload, {
      qos: options.qos ?? 1,
      retain: options.retain ?? false,
      ...(options.expirySeconds === undefined ? {} : { properties: { messageExpiryInterval: options.expirySeconds } }),
    });
  }

  async stop(): Promise<void> {
    await this.client.endAsync();
  }
}
