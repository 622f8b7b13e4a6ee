/**
 * "Forget this group's data on the broker", run by the service (the settings button and the web
 * page ask it; neither connects itself: on Kodi 19.1 TLS in a script's interpreter ends Kodi, see
 * connection-test.ts). A client of its own (client id `cloudsync-<device>-forget`, nothing kept by
 * the broker after it leaves) collects the group's retained messages and empties each; the
 * decisions are core/group-forget.ts's. The service's own connection and session stay as they are.
 */

import { Acknowledgements, MqttConnection } from "cloudsync_host/mqtt";
import { configureConnection } from "./broker-link";
import { GroupCipher } from "./core/group-cipher";
import {
  FORGET_CONNECT_MILLISECONDS,
  ForgetOutcome,
  RetainedCollection,
  deletionOf,
  describeBrokerRefusal,
  forgetFilters,
  forgetMarkerPublication,
  forgetStalled,
} from "./core/group-forget";
import { CloudSyncSettings } from "./core/settings";

const WAIT_STEP_SECONDS = 0.02;
/** Messages taken from the forget's client per step (its own deletions come back to it too). */
const MESSAGES_PER_STEP = 1000;
/** QoS 0, as the service subscribes: at QoS 1 a stock Mosquitto sends at most 1,020 retained messages (broker-link.ts). */
const SUBSCRIPTION_QOS = 0;

/** The service's wait, which also lets Kodi queue its callbacks meanwhile. */
export interface ForgetWaiter {
  /** Waits up to `seconds`; true when Kodi asks the service to stop. */
  wait(seconds: number): boolean;
}

/** A step that cannot go on; its message is the reason, in words. */
class ForgetFailed extends Error {}

/** Empties every retained message of the settings' group on the broker; the outcome says how many, or why not. */
export function forgetGroupData(settings: CloudSyncSettings, cipher: GroupCipher | null, waiter: ForgetWaiter, clock: () => number): ForgetOutcome {
  const started = clock();
  const connection = new MqttConnection();
  const run = new ForgetRun(connection, waiter, clock);
  try {
    connection.set_subscriptions(forgetFilters(settings.syncGroup, cipher), SUBSCRIPTION_QOS);
    const problem = configureConnection(connection, settings, { clientId: `cloudsync-${settings.deviceId}-forget`, sessionExpirySeconds: 0, will: null });
    if (problem !== "") {
      return { kind: "failed", problem: problem, removed: 0 };
    }
    run.connectAndSubscribe();
    const markerText = `${settings.deviceId}#forget@${started}`;
    const marker = forgetMarkerPublication(settings.syncGroup, settings.deviceId, cipher, markerText);
    const collection = new RetainedCollection(settings.syncGroup, cipher, marker, markerText);
    run.publish(marker.topic, marker.payload, marker.qos, marker.retain, marker.expirySeconds);
    run.collect(collection);
    const topics = collection.topics();
    for (const topic of topics) {
      const deletion = deletionOf(topic);
      run.publish(deletion.topic, deletion.payload, deletion.qos, deletion.retain, deletion.expirySeconds);
    }
    run.awaitAcknowledgements(topics.length + 1); // the deletions and the marker
    return { kind: "removed", removed: topics.length, otherPassphrase: collection.otherPassphrase, milliseconds: clock() - started };
  } catch (error) {
    if (error instanceof ForgetFailed) {
      return { kind: "failed", problem: error.message, removed: Math.max(0, connection.acknowledgements().published - 1) };
    }
    throw error;
  } finally {
    connection.stop();
  }
}

/** The forget's connection, step by step; each step fails with the reason in words. */
class ForgetRun {
  private lastProgressAt: number;
  private progressSeen = 0;
  /** After the collection, what arrives is this client's own deletions coming back: dropped. */
  private dropArrivals = false;
  /** Until the deletions start, the only publication is the marker. */
  private deleting = false;

  constructor(
    private readonly connection: MqttConnection,
    private readonly waiter: ForgetWaiter,
    private readonly clock: () => number,
  ) {
    this.lastProgressAt = clock();
  }

  connectAndSubscribe(): void {
    const deadline = this.clock() + FORGET_CONNECT_MILLISECONDS;
    for (;;) {
      for (const change of this.connection.take_connection_changes()) {
        if (!change.connected) {
          throw new ForgetFailed(`could not connect: ${change.reason}`);
        }
      }
      const answers = this.connection.acknowledgements();
      if (answers.subscription_refusal !== "") {
        throw new ForgetFailed(describeBrokerRefusal("to let it read the group's topics", answers.subscription_refusal));
      }
      if (this.connection.is_connected() && answers.subscriptions > 0) {
        this.lastProgressAt = this.clock();
        return;
      }
      if (this.clock() >= deadline) {
        throw new ForgetFailed(`timed out: the broker did not accept the connection and subscription within ${FORGET_CONNECT_MILLISECONDS / 1000} s`);
      }
      this.step();
    }
  }

  /** Takes what the broker offers until the marker is back. */
  collect(collection: RetainedCollection): void {
    while (!collection.markerSeen) {
      const messages = this.connection.take_messages(MESSAGES_PER_STEP);
      for (const message of messages) {
        collection.offered(message);
      }
      if (messages.length > 0) {
        this.lastProgressAt = this.clock();
      } else {
        this.checkStillWorking("offer the group's retained messages");
        this.step();
      }
    }
    this.dropArrivals = true;
    this.deleting = true;
  }

  /** Hands Paho one publication, waiting while its queue is full. */
  publish(topic: string, payload: string, qos: number, retain: boolean, expirySeconds: number): void {
    while (!this.connection.publish(topic, payload, qos, retain, expirySeconds)) {
      this.checkStillWorking("take the deletions");
      this.step();
    }
  }

  /** Waits until the broker answered `count` publications, each accepted. */
  awaitAcknowledgements(count: number): void {
    for (;;) {
      const answers = this.connection.acknowledgements();
      this.checkRefusals(answers);
      if (answers.published >= count) {
        return;
      }
      this.checkStillWorking("acknowledge the deletions");
      this.step();
    }
  }

  private checkStillWorking(what: string): void {
    const answers = this.connection.acknowledgements();
    this.checkRefusals(answers);
    for (const change of this.connection.take_connection_changes()) {
      if (!change.connected) {
        throw new ForgetFailed(`the connection ended: ${change.reason}`);
      }
    }
    const progress = answers.published + answers.subscriptions;
    const now = this.clock();
    if (progress !== this.progressSeen) {
      this.progressSeen = progress;
      this.lastProgressAt = now;
    }
    if (forgetStalled(this.lastProgressAt, now)) {
      throw new ForgetFailed(`timed out: the broker did not ${what} (nothing for ${(now - this.lastProgressAt) / 1000} s)`);
    }
  }

  /**
   * A refused publication: the marker (Mosquitto grants a subscription its access list does not
   * cover and refuses the first publication instead), or deletions.
   */
  private checkRefusals(answers: Acknowledgements): void {
    if (answers.refused === 0) {
      return;
    }
    const what = this.deleting ? `${answers.refused} deletion(s)` : "to let it publish to the group's topics";
    throw new ForgetFailed(describeBrokerRefusal(what, answers.refusal));
  }

  /** Waits a little; its own deletions, which the broker sends back to this client, are dropped meanwhile so Paho never waits for room. */
  private step(): void {
    if (this.dropArrivals) {
      this.connection.take_messages(MESSAGES_PER_STEP * 10);
    }
    if (this.waiter.wait(WAIT_STEP_SECONDS)) {
      throw new ForgetFailed("Kodi is shutting down");
    }
  }
}
