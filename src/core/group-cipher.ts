/**
 * A group with a passphrase: what travels instead of the plain protocol (docs/security.md).
 * Every plain message (its topic and payload, as docs/protocol.md has them) travels sealed:
 * - topic `cloudsync/p1/<root>/<name>`: <root> a hash of the group's name, the same for every
 *   passphrase (so a device counts the messages of devices with another passphrase); <name> the
 *   plain topic's keyed name, which reveals no item, favourite or device;
 * - payload: the plain topic and payload as a JSON pair, encrypted and authenticated for the outer
 *   topic (a message moved to another topic does not open).
 * The cryptography is the host's (cloudsync_host/crypto.py); the decisions are here.
 */

import { Publication } from "./outgoing-messages";

/** The group's keys, as the host derives them from the passphrase. */
export interface GroupCipher {
  root_name(group: string): string;
  name(text: string): string;
  seal(topic: string, plaintext: string): string;
  open(topic: string, sealed: string): string | null;
}

export const PROTECTED_ROOT = "cloudsync/p1";

export function protectedRoot(cipher: GroupCipher, group: string): string {
  return `${PROTECTED_ROOT}/${cipher.root_name(group)}`;
}

/** Where a plain topic travels in a group with a passphrase. */
export function protectedTopic(cipher: GroupCipher, group: string, plainTopic: string): string {
  return `${protectedRoot(cipher, group)}/${cipher.name(plainTopic)}`;
}

/** The publication as it travels in a group with a passphrase: same QoS, retain flag and expiry. */
export function protectPublication(cipher: GroupCipher, group: string, publication: Publication): Publication {
  const topic = protectedTopic(cipher, group, publication.topic);
  return {
    topic: topic,
    payload: cipher.seal(topic, JSON.stringify([publication.topic, publication.payload])),
    qos: publication.qos,
    retain: publication.retain,
    expirySeconds: publication.expirySeconds,
  };
}

export interface OpenedMessage {
  topic: string;
  payload: string;
}

/**
 * The plain message inside a protected one, or null when it does not open (another passphrase,
 * changed, moved to another topic) or is not what a device of the group seals.
 */
export function openProtected(cipher: GroupCipher, group: string, topic: string, payload: string): OpenedMessage | null {
  const text = cipher.open(topic, payload);
  if (text === null) {
    return null;
  }
  let pair: unknown = null;
  try {
    pair = JSON.parse(text);
  } catch (error) {
    return null;
  }
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string" || typeof pair[1] !== "string") {
    return null;
  }
  const plainTopic = pair[0] as string;
  // Sealed for this very topic (the tag says so); its plain topic must be the one it names.
  if (protectedTopic(cipher, group, plainTopic) !== topic) {
    return null;
  }
  return { topic: plainTopic, payload: pair[1] as string };
}

/** What the status says about messages that did not open: "" when there were none. */
export function describeOtherPassphrase(count: number): string {
  if (count === 0) {
    return "";
  }
  return count === 1 ? "1 message from devices with another passphrase" : `${count} messages from devices with another passphrase`;
}
