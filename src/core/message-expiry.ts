/** MQTT 5 message expiry per kind of message, the defaults CloudSync 3.x users know (states' expiries are settings). */

export const SECONDS_PER_DAY = 86400;

export const DEVICE_STATUS_EXPIRY_SECONDS = SECONDS_PER_DAY;
/** How long the broker keeps a disconnected device's session (its queued QoS 1 messages). */
export const SESSION_EXPIRY_SECONDS = 30 * SECONDS_PER_DAY;
