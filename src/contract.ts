/**
 * The names the add-on's TypeScript, its hand-written Python (service.py's neighbours:
 * settings_actions.py and the shims in cloudsync_host/) and Kodi must agree on. This file is their
 * one source: it compiles to cloudsync/contract.py, which the Python imports
 * (`from cloudsync.contract import ADDON_ID`), so no name is written twice and kept in step by hand.
 *
 * Kodi's own files cannot import anything: addon.xml, settings.xml (its section id, its
 * RunScript actions, its setting ids) and strings.po are checked against this file by
 * test/addon/contract.test.ts instead.
 */

/** The add-on's id: its folder, its log prefix, the sender of its NotifyAll messages. */
export const ADDON_ID = "service.cloudsync";
/** The add-on's name as users see it, heading its notifications. */
export const ADDON_NAME = "CloudSync";

/** The settings buttons: settings.xml runs `RunScript(service.cloudsync,<action>)`, handled by settings_actions.py. */
export const PUBLISH_ALL_ACTION = "publish_all_favourites";
export const TEST_CONNECTION_ACTION = "test_connection";
export const FORGET_GROUP_ACTION = "forget_group_data";

/** What the "Publish All My Favorites" button sends the running service: `NotifyAll(ADDON_ID, PUBLISH_ALL_MESSAGE)`. */
export const PUBLISH_ALL_MESSAGE = "publish_all_favourites";
/** The method the service's xbmc.Monitor receives for it, sender ADDON_ID (Kodi puts "Other." before a NotifyAll message). */
export const PUBLISH_ALL_METHOD = "Other." + PUBLISH_ALL_MESSAGE;

/**
 * What the "Test connection" button sends the running service, which makes the test and answers
 * through the home window: the button never opens a connection in its own Python interpreter
 * (docs/kodi-releases.md: on Kodi 19.1, TLS used in a script's interpreter ends Kodi at the
 * service's next TLS connection).
 */
export const TEST_CONNECTION_MESSAGE = "test_connection";
export const TEST_CONNECTION_METHOD = "Other." + TEST_CONNECTION_MESSAGE;
/** The home window's property the button sets to its request's id before it sends the message. */
export const TEST_CONNECTION_REQUEST_PROPERTY = ADDON_ID + ".test_connection.request";
/** The service's answer: the request's id, a line break, then the words the button shows. */
export const TEST_CONNECTION_ANSWER_PROPERTY = ADDON_ID + ".test_connection.answer";
/** How long the button waits for the answer: the test gives up on a silent broker after 10 s, and the service may first finish what it is doing. */
export const TEST_CONNECTION_ANSWER_SECONDS = 25;

/**
 * What the "Forget this group's data on the broker" button sends the running service once the user
 * said yes, which does the work (in its own interpreter, as Test connection) and shows the outcome.
 */
export const FORGET_GROUP_MESSAGE = "forget_group_data";
export const FORGET_GROUP_METHOD = "Other." + FORGET_GROUP_MESSAGE;
/** The home window's property holding the sync group the user confirmed: the service forgets only that one. */
export const FORGET_GROUP_REQUEST_PROPERTY = ADDON_ID + ".forget_group.request";
/** The sync group when the setting is left empty (settings.xml's default too). */
export const DEFAULT_SYNC_GROUP = "home";

/** Kodi's home window, which holds properties any script can read. */
export const HOME_WINDOW_ID = 10000;
/** The home window's property set to "true" while the service runs; the settings buttons read it. */
export const SERVICE_RUNNING_PROPERTY = ADDON_ID + ".running";
export const SERVICE_RUNNING_VALUE = "true";
/** A random token the service sets, so that its reader of Kodi's JSON-RPC notifications can tell its own Kodi from another one on the same port. */
export const NOTIFICATION_STREAM_TOKEN_PROPERTY = ADDON_ID + ".notification_stream.token";

/** How long the add-on's notifications stay on screen. */
export const NOTIFICATION_MILLISECONDS = 6000;

// The add-on's strings (strings.po, msgctxt "#320xx") that code shows; settings.xml's labels are Kodi's business.

/** "Sending favourites": the heading of Publish All's progress. */
export const STRING_SENDING_FAVOURITES = 32040;
/** "Sent %d favourite(s) to the other devices" */
export const STRING_FAVOURITES_SENT = 32041;
/** "Cannot reach the broker: favourites not sent" */
export const STRING_FAVOURITES_NOT_SENT = 32042;
/** "%d favourite(s) queued: they leave at the broker's publish rate" */
export const STRING_FAVOURITES_QUEUED = 32480;
/** "CloudSync is not running: switch it on in its settings" */
export const STRING_SERVICE_NOT_RUNNING = 32043;
/** "Test connection": the heading of the button's dialog. */
export const STRING_TEST_CONNECTION = 32044;
/** "Connected to" (followed by the broker's address) */
export const STRING_CONNECTED_TO = 32045;
/** "Could not connect to" (followed by the broker's address and why) */
export const STRING_COULD_NOT_CONNECT_TO = 32046;
/** "No broker host is set: enter the broker's host name or address first." */
export const STRING_NO_BROKER_HOST = 32047;
/** "CloudSync did not answer: try again in a moment" (Test connection asked the service, which stayed silent) */
export const STRING_SERVICE_DID_NOT_ANSWER = 32049;

// The status at the top of General (issue: the TV shows how CloudSync is doing). Read-only settings
// the service keeps current; settings.xml declares them with these ids.

/** Connected to the broker, or why not. */
export const STATUS_CONNECTION_SETTING = "status_connection";
/** When a state was last sent or applied. */
export const STATUS_LAST_SYNC_SETTING = "status_last_sync";
/** How many devices of the group are online, of those known. */
export const STATUS_DEVICES_SETTING = "status_devices";
/** How many changes wait to be sent. */
export const STATUS_WAITING_SETTING = "status_waiting";

/** "Connected to %s" */
export const STRING_STATUS_CONNECTED_TO = 32110;
/** "Not connected: %s" */
export const STRING_STATUS_NOT_CONNECTED = 32111;
/** "Connecting to %s…" */
export const STRING_STATUS_CONNECTING_TO = 32112;
/** "Sync is switched off" */
export const STRING_STATUS_SWITCHED_OFF = 32113;
/** "No broker host is set" */
export const STRING_STATUS_NO_BROKER_HOST = 32114;
/** "Never" */
export const STRING_STATUS_NEVER = 32115;
/** "%d of %d" (devices online, of those known) */
export const STRING_STATUS_DEVICES_ONLINE = 32116;
/** "Sync stopped: %s" (a notification) */
export const STRING_SYNC_STOPPED = 32117;
/** "Sync works again" (a notification) */
export const STRING_SYNC_WORKS_AGAIN = 32118;
/** "Too many wrong PINs on the set-up page. Its new PIN:" (followed by the PIN, shown on the TV only) */
export const STRING_WEB_PIN_REPLACED = 32064;
/** "The broker's password was cleared: it was entered for another broker. Type it again." */
export const STRING_PASSWORD_CLEARED = 32065;

// The catch-up's progress (strings 32300–32349).

/** "CloudSync: catching up with the group": the heading of the catch-up's progress. */
export const STRING_CATCHING_UP_HEADING = 32300;
/** "Catching up: %s of %s" (the states applied, then the states received so far) */
export const STRING_CATCHING_UP = 32301;

// Forget this group's data on the broker (strings 32460–32479).

/** "Forget this group's data on the broker" (the button, and the heading of its dialogs) */
export const STRING_FORGET_GROUP = 32460;
/** "Remove everything the sync group “%s” keeps on the broker: its watched states, resume points, ratings, song play counts, favourites and device statuses? Devices that join later will not get this history. The libraries on your devices are not changed." (the yes/no dialog) */
export const STRING_FORGET_GROUP_QUESTION = 32462;
/** "Removed %d message(s) of group “%s” from the broker" (a notification) */
export const STRING_FORGET_GROUP_DONE = 32463;
/** "Forgetting the group's data failed: %s" (a notification, the reason after it) */
export const STRING_FORGET_GROUP_FAILED = 32464;
/** "Removing the group's data from the broker" (the progress while it runs) */
export const STRING_FORGET_GROUP_RUNNING = 32465;
