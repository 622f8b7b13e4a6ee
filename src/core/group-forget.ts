/**
 * "Forget this group's data on the broker": what to subscribe to, which retained messages are the
 * group's, when to give up, and the outcome in words. No I/O here: src/forget-group.ts connects.
 *
 * How it works (docs/protocol.md, "Forgetting a group's data"): a client of its own subscribes to
 * every topic of the group and publishes a marker; the broker sends the retained messages of a
 * subscription before it routes any later publication (the catch-up marker's rule), so when the
 * marker comes back every retained message of the group has been offered. Each is then replaced
 * by an empty retained message, which is how MQTT deletes one. Receivers already read an empty
 * message as "nothing to apply" (core/incoming-messages.ts), so no device changes its library.
 */

import { GroupCipher, openProtected, protectPublication, protectedRoot } from "./group-cipher";
import { IncomingMessage } from "./incoming-messages";
import { Publication } from "./outgoing-messages";
import { CloudSyncSettings, syncGroupSetting } from "./settings";
import { encodeTopicLevel, groupRoot } from "./topics";

/** How long the broker may take to accept the forget's connection and subscription. */
export const FORGET_CONNECT_MILLISECONDS = 10_000;
/**
 * The broker must show progress (a message offered, a deletion acknowledged) at least this often;
 * locally Mosquitto takes well over 1,000 deletions a second, so 10 s of silence is a broker that
 * stopped answering, not a big group.
 */
export const FORGET_QUIET_MILLISECONDS = 10_000;
/** The marker only matters to the connection that sent it. */
const MARKER_EXPIRY_SECONDS = 60;

/** The filters that cover every message of the group: the plain topics and, with a passphrase, the sealed ones. */
export function forgetFilters(group: string, cipher: GroupCipher | null): string[] {
  const filters = [`${groupRoot(group)}/#`];
  if (cipher !== null) {
    filters.push(`${protectedRoot(cipher, group)}/+`);
  }
  return filters;
}

/** The plain topic of the marker: under the group, a topic no device acts on (unknown topics are ignored). */
export function forgetMarkerTopic(group: string, deviceId: string): string {
  return `${groupRoot(group)}/device/${encodeTopicLevel(deviceId)}/forgetting`;
}

/** The marker as it travels: QoS 1, not retained, sealed in a group with a passphrase. */
export function forgetMarkerPublication(group: string, deviceId: string, cipher: GroupCipher | null, text: string): Publication {
  const plain: Publication = { topic: forgetMarkerTopic(group, deviceId), payload: text, qos: 1, retain: false, expirySeconds: MARKER_EXPIRY_SECONDS };
  return cipher === null ? plain : protectPublication(cipher, group, plain);
}

/** Why the forget cannot start with these settings (the group the user confirmed included), or "". */
export function forgetRefusal(confirmedGroup: string, settings: CloudSyncSettings): string {
  if (!settings.enabled) {
    return "sync is switched off";
  }
  if (settings.brokerHost === "") {
    return "no broker host is set";
  }
  // The button sends the setting's text as typed; the settings read it trimmed, "home" when empty.
  const confirmed = syncGroupSetting(confirmedGroup);
  if (confirmed !== settings.syncGroup) {
    return `the sync group is now "${settings.syncGroup}", not the "${confirmed}" confirmed (the settings changed meanwhile): nothing was removed, try again`;
  }
  return "";
}

/**
 * The retained messages the broker offers the forget's subscription, until the marker comes back.
 * Messages sealed with another passphrase are left alone: the group's name is not secret, so they
 * may be another household's that chose the same name (docs/security.md).
 */
export class RetainedCollection {
  private readonly found: Set<string> = new Set();
  /** Retained messages under the sealed root that do not open with this group's passphrase. */
  otherPassphrase = 0;
  markerSeen = false;

  constructor(
    private readonly group: string,
    private readonly cipher: GroupCipher | null,
    private readonly marker: Publication,
    private readonly markerText: string,
  ) {}

  offered(message: IncomingMessage): void {
    if (message.topic === this.marker.topic) {
      this.markerSeen = this.markerSeen || this.isMarker(message);
      return;
    }
    // Live traffic (a device's change meanwhile arrives not retained) and deletions passing by are not the history.
    if (!message.retained || message.size === 0) {
      return;
    }
    const cipher = this.cipher;
    if (cipher !== null && message.topic.startsWith(`${protectedRoot(cipher, this.group)}/`)) {
      if (message.payload === null || openProtected(cipher, this.group, message.topic, message.payload) === null) {
        this.otherPassphrase += 1;
        return;
      }
      this.found.add(message.topic);
      return;
    }
    if (message.topic.startsWith(`${groupRoot(this.group)}/`)) {
      this.found.add(message.topic); // whatever it holds, even what this version cannot read: it is the group's
    }
  }

  /** The topics whose retained message is to be emptied, in the order the broker offered them. */
  topics(): string[] {
    return Array.from(this.found);
  }

  private isMarker(message: IncomingMessage): boolean {
    if (message.payload === null) {
      return false;
    }
    const cipher = this.cipher;
    if (cipher === null) {
      return message.payload === this.markerText;
    }
    const opened = openProtected(cipher, this.group, message.topic, message.payload);
    return opened !== null && opened.payload === this.markerText;
  }
}

/** The empty retained message that deletes the one on `topic`. */
export function deletionOf(topic: string): Publication {
  return { topic: topic, payload: "", qos: 1, retain: true, expirySeconds: 0 };
}

/** True when the broker has shown no progress for too long. */
export function forgetStalled(lastProgressAt: number, now: number): boolean {
  return now - lastProgressAt >= FORGET_QUIET_MILLISECONDS;
}

export type ForgetOutcome =
  { kind: "removed"; removed: number; otherPassphrase: number; milliseconds: number } | { kind: "failed"; problem: string; removed: number };

/** The log line for an outcome. */
export function describeForgetOutcome(group: string, outcome: ForgetOutcome): string {
  if (outcome.kind === "failed") {
    const partly = outcome.removed > 0 ? ` (${outcome.removed} retained message(s) were removed before that)` : "";
    return `Forget group data: could not forget group "${group}" on the broker: ${outcome.problem}${partly}`;
  }
  const others =
    outcome.otherPassphrase > 0
      ? `; ${outcome.otherPassphrase} message(s) sealed with another passphrase were left (they may be another household's of the same group name)`
      : "";
  return `Forget group data: removed ${outcome.removed} retained message(s) of group "${group}" from the broker in ${outcome.milliseconds} ms${others}`;
}

/** A refused subscription or deletion in words a user can act on. */
export function describeBrokerRefusal(what: string, reason: string): string {
  const acl = /not authori[sz]ed/i.test(reason) ? " (the broker's access list does not allow this user to change the group's topics)" : "";
  return `the broker refused ${what}: ${reason}${acl}`;
}

/** The web page's request: the group the user confirmed, `{"group": "<name>"}`; problem "" when it is one. */
export function parseForgetRequest(body: string): { group: string; problem: string } {
  let value: unknown = null;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { group: "", problem: "The request is not JSON." };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { group: "", problem: 'Send {"group": "<the sync group you confirm>"}.' };
  }
  const group: unknown = (value as Record<string, unknown>)["group"];
  if (typeof group !== "string" || group === "") {
    return { group: "", problem: 'Name the sync group to forget (the one shown on the page) in "group".' };
  }
  return { group: group, problem: "" };
}
