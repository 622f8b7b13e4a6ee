/**
 * What an MQTT 5 broker announces in its CONNACK about what it takes from this client, and what
 * follows for a publication. Pure: the Paho shim reads the CONNACK; this puts it into words and
 * judges sizes.
 */

import { OutgoingMessage } from "./outgoing-messages";
import { unreachable } from "./unreachable";

/** The CONNACK's limits; 0 where the broker did not say (MQTT 5's defaults: no limit, no aliases). */
export interface BrokerLimits {
  /** Receive Maximum: QoS 1 and 2 publications this client may have unacknowledged at once. */
  receiveMaximum: number;
  /** Maximum Packet Size in bytes. */
  maximumPacketSize: number;
  /** Topic Alias Maximum: how many topic aliases the broker accepts from this client. */
  topicAliasMaximum: number;
}

/** The one line a connection's limits get in the log. */
export function describeBrokerLimits(limits: BrokerLimits): string {
  const inFlight = limits.receiveMaximum > 0 ? `at most ${limits.receiveMaximum} unacknowledged publications` : "no limit on unacknowledged publications";
  const size = limits.maximumPacketSize > 0 ? `packets up to ${limits.maximumPacketSize} bytes` : "packets of any size";
  const aliases =
    limits.topicAliasMaximum > 0 ? `${limits.topicAliasMaximum} topic aliases (not used: every state has a topic of its own)` : "no topic aliases";
  return `the broker takes ${inFlight}, ${size}, ${aliases}`;
}

/** Whether a packet of `bytes` may be sent to a broker with these limits. */
export function packetFits(bytes: number, limits: BrokerLimits): boolean {
  return limits.maximumPacketSize <= 0 || bytes <= limits.maximumPacketSize;
}

/** A message in a log line's words: what it is about. */
export function describeOutgoing(message: OutgoingMessage): string {
  switch (message.kind) {
    case "watched":
    case "resume":
    case "rating":
      return `the ${message.kind === "watched" ? "watched state" : message.kind === "resume" ? "resume point" : "rating"} of "${message.title}"`;
    case "song-played":
    case "song-rating":
      return `the ${message.kind === "song-played" ? "play count" : "rating"} of song "${message.title}"`;
    case "favourite":
      return `favourite "${message.state.favourite.title}"`;
    case "favourite-list":
      return "the list of favourites";
    case "device-status":
      return "this device's status";
    case "catch-up-marker":
      return "the catch-up marker";
  }
  return unreachable(message, "message kind");
}
