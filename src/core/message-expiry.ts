/** MQTT 5 message expiry per kind of message, the defaults CloudSync 3.x users know. */

const SECONDS_PER_DAY = 86400;

export const WATCHED_EXPIRY_SECONDS = 30 * SECONDS_PER_DAY;
export const FAVOURITE_EXPIRY_SECONDS = 7 * SECONDS_PER_DAY;
export const DEVICE_STATUS_EXPIRY_SECONDS = SECONDS_PER_DAY;
/** How long the broker keeps a disconnected device's session (its queued QoS 1 messages). */
export const SESSION_EXPIRY_SECONDS = 30 * SECONDS_PER_DAY;
