// Our hand-written Python shims in addon-template/resources/lib/cloudsync_host/, each wrapping one
// Kodi or library API: monitor (xbmc.Monitor), notifications (Kodi's JSON-RPC TCP
// notifications), mqtt (Paho), files (the profile folder), ui (Kodi's
// dialogs, strings and home-window property), web (Python's http.server), runtime (Python's own
// version).
// Threads other than the service's only queue what happens, every MQTT failure and web-server
// problem included; the service takes the queues and decides. What a shim must do before the
// service can be asked (the web server's body limit, its time-outs and fallback answers) it is
// handed by TypeScript. Left to the shims: Paho's reconnect back-off (1 to 30 s) and queue cap, and
// the words for a failed connection attempt.
// Names both sides need (add-on id, window property, string ids) come from src/contract.ts, which
// the shims import as cloudsync.contract.

declare module "cloudsync_host/monitor" {
  /** One thing that happened in Kodi, queued by the shim's xbmc.Monitor callbacks. */
  export interface KodiEvent {
    /** "notification" or "settings_changed" */
    kind: string;
    sender: string;
    method: string;
    /** The notification's data as Kodi sent it: JSON text ("" for settings_changed). */
    data: string;
  }

  /** Subclass of xbmc.Monitor. Kodi delivers its callbacks only while the service thread waits in `wait`. */
  export class ServiceMonitor {
    constructor();
    /** Waits up to `seconds`, less when Paho or the web server queued something, then lets Kodi deliver its callbacks; true when Kodi asks the service to stop. */
    wait(seconds: number): boolean;
    abort_requested(): boolean;
    /** True when the last wait was cut short by another thread (Paho, the web server), or Kodi queued a callback. */
    anything_queued(): boolean;
    /** Everything queued since the last call, oldest first. */
    take_events(): KodiEvent[];
  }
}

declare module "cloudsync_host/notifications" {
  import { KodiEvent } from "cloudsync_host/monitor";

  /** A change of the stream's state: connected (and checked to be this Kodi's), or lost and why. */
  export interface StreamStateChange {
    connected: boolean;
    reason: string;
    /** Notifications dropped since the previous change because the service did not take them (a queue of 20,000). */
    dropped: number;
  }

  /** Kodi's JSON-RPC TCP notifications, read by a thread of its own that wakes the service thread. */
  export class NotificationStream {
    /** Only these methods are queued (e.g. VideoLibrary.OnUpdate). */
    constructor(methods: string[]);
    /** Sets the token this Kodi answers with, then connects (again and again while it cannot). */
    start(): void;
    stop(): void;
    /** The port it connects to: advancedsettings.xml's <jsonrpc><tcpport>, else 9090. */
    port(): number;
    /** True while the stream is open and was checked to be this Kodi's. */
    connected(): boolean;
    /** Everything queued since the last call, oldest first; data is the notification's data as JSON text. */
    take_events(): KodiEvent[];
    take_state_changes(): StreamStateChange[];
  }
}

declare module "cloudsync_host/mqtt" {
  export interface BrokerOptions {
    host: string;
    port: number;
    username: string;
    password: string;
    use_tls: boolean;
    /** Empty: the system's trusted certificates. */
    ca_file: string;
    client_id: string;
    keepalive_seconds: number;
    session_expiry_seconds: number;
    will_topic: string;
    will_payload: string;
    will_expiry_seconds: number;
    /** MQTT 5 Maximum Packet Size sent in CONNECT: the broker sends nothing larger (0: no limit). */
    maximum_packet_bytes: number;
  }

  export interface ReceivedMessage {
    topic: string;
    /** The payload decoded as UTF-8, or null when it was not valid UTF-8. */
    payload: string | null;
    /** Size of the raw payload in bytes. */
    size: number;
    retained: boolean;
  }

  /** MQTT 5 CONNACK properties about what the broker takes from this client; 0: not announced. */
  export interface AnnouncedLimits {
    receive_maximum: number;
    maximum_packet_size: number;
    topic_alias_maximum: number;
  }

  /** The broker's answers since the client was configured (counts, and the last refusal in words). */
  export interface Acknowledgements {
    /** SUBACKs received. */
    subscriptions: number;
    /** Why the broker refused a subscription filter (an ACL: "Not authorized"), or "". */
    subscription_refusal: string;
    /** Publications the broker acknowledged (QoS 1; Paho counts a QoS 0 one once it is sent). */
    published: number;
    /** QoS 1 publications the broker refused, and the last refusal's reason. */
    refused: number;
    refusal: string;
  }

  export interface ConnectionChange {
    connected: boolean;
    /** Why, in words fit for a log line (never a secret). */
    reason: string;
  }

  /**
   * One Paho MQTT v5 client for the life of the service. Paho's own thread only
   * queues what arrives; the service thread takes it with take_messages/take_connection_changes.
   */
  export class MqttConnection {
    constructor();
    /**
     * (Re)connects in the background with these options; drops any earlier connection first.
     * Returns "" when connecting started, else why not: "ca_missing", "ca_unreadable" or
     * "ca_invalid: <detail>" (src/core/ca-file.ts puts them into words).
     */
    configure(options: BrokerOptions): string;
    /** Filters subscribed (at `qos`) again on every successful connect, before it is reported. */
    set_subscriptions(topic_filters: string[], qos: number): void;
    /** Queues a publish; false when Paho refused it (not connected, queue full). */
    publish(topic: string, payload: string, qos: number, retain: boolean, expiry_seconds: number): boolean;
    /** The size in bytes of the PUBLISH packet publish() would send for these. */
    packet_bytes(topic: string, payload: string, qos: number, expiry_seconds: number): number;
    /** What the broker's last CONNACK announced (0 where it said nothing). */
    broker_limits(): AnnouncedLimits;
    is_connected(): boolean;
    /** At most `limit` of the waiting messages; Paho's thread waits while too many wait (back-pressure). */
    take_messages(limit: number): ReceivedMessage[];
    /** How many received messages wait for take_messages. */
    waiting_count(): number;
    /** Every change since the last call, oldest first: a failure on each retry too, however alike (src/core/connection-reports.ts picks the news). */
    take_connection_changes(): ConnectionChange[];
    /** The broker's answers to subscriptions and QoS 1 publications since `configure`. */
    acknowledgements(): Acknowledgements;
    /** Where the Paho module in use was loaded from (tests check it is the vendored copy). */
    paho_location(): string;
    /** Disconnects; `with_will`: the broker publishes the Last Will all the same (MQTT 5 "Disconnect with Will Message"). */
    stop(with_will?: boolean): void;
  }
}

declare module "cloudsync_host/local_time" {
  /** Kodi's local date-time text ("YYYY-MM-DD HH:MM:SS", this device's time zone) as a UTC instant ("YYYY-MM-DDTHH:MM:SSZ"); "" when it is not one. */
  export function local_to_utc(text: string): string;
  /** A UTC instant ("YYYY-MM-DDTHH:MM:SSZ") as Kodi's local date-time text on this device; "" when it is not one. */
  export function utc_to_local(text: string): string;
}

declare module "cloudsync_host/files" {
  /** The add-on's own folder in the Kodi profile (special://profile/addon_data/service.cloudsync/), created if missing. */
  export function profile_directory(): string;
  /** The file's text, or null when it does not exist or cannot be read. */
  export function read_text(path: string): string | null;
  /** Replaces the file's text atomically (write a temporary file, then rename); false on failure. */
  export function write_text(path: string, text: string): boolean;
  export function join_path(directory: string, name: string): string;
}

declare module "cloudsync_host/ui" {
  /** A background progress dialog (xbmcgui.DialogProgressBG): shown at once, closed by close(). */
  export class BackgroundProgress {
    constructor(heading: string, message: string);
    update(percent: number, message: string): void;
    close(): void;
  }
  /** A dialog with an OK button (xbmcgui.Dialog().ok); returns when the user closes it. */
  export function show_dialog(heading: string, message: string): void;
  /** The sync group the user confirmed on the Forget button (a home-window property), cleared once read; "" when none. */
  export function take_forget_group_request(): string;
  /** A notification in Kodi's corner. */
  export function notify(message: string, is_error: boolean): void;
  /** A string of the add-on's strings.po. */
  export function localized(string_id: number): string;
  /** The local date of `milliseconds` since the epoch, in Kodi's regional short date format. */
  export function local_date_text(milliseconds: number): string;
  /** The local time of day of `milliseconds` since the epoch, in Kodi's regional format, without seconds. */
  export function local_time_text(milliseconds: number): string;
  /** The home window's property (contract SERVICE_RUNNING_PROPERTY) the settings button reads to know whether the service runs. */
  export function set_service_running(running: boolean): void;
  /** The id of the Test connection button's request (contract TEST_CONNECTION_REQUEST_PROPERTY), "" when none. */
  export function connection_test_request(): string;
  /** Leaves the service's answer to that request where the button waits for it (TEST_CONNECTION_ANSWER_PROPERTY). */
  export function answer_connection_test(request: string, text: string): void;
}

declare module "cloudsync_host/web" {
  /** One HTTP request, parsed by the shim; the service decides the answer. */
  export interface WebRequest {
    id: number;
    method: string;
    /** The path without the query, percent-decoded. */
    path: string;
    query: Record<string, string>;
    /** Header names in lower case. */
    headers: Record<string, string>;
    /** The Content-Type without its parameters, in lower case ("" when absent). */
    content_type: string;
    /** The body as UTF-8 text; null when it was not valid UTF-8. */
    body: string | null;
    /** The fields of an application/x-www-form-urlencoded body (first value of each). */
    form: Record<string, string>;
    /**
     * "" when the body was read; otherwise why not, and then `body` is null and the connection
     * closes after the answer: "bad_length" (Content-Length not a whole number), "too_large"
     * (over max_body_bytes), "chunked" (no Content-Length to go by).
     */
    unread_body: string;
    /** The client's address. */
    client: string;
    /** The address and port of this device the connection arrived on, whatever name the client used. */
    local_address: string;
    local_port: number;
  }

  /** An answer the server threads send on their own, when the service cannot be asked. */
  export interface WebAnswer {
    status: number;
    headers: Record<string, string>;
    body: string;
  }

  /** How the server threads behave before (or instead of) the service's answer. */
  export interface WebServerOptions {
    port: number;
    /** A longer body is not read: its request arrives with unread_body "too_large". */
    max_body_bytes: number;
    /** How long a server thread waits for the service's answer before it sends `busy`. */
    answer_timeout_seconds: number;
    /** How long a connection may stay silent before it is closed. */
    idle_timeout_seconds: number;
    /**
     * The deadline of a whole request: its line, headers and body must have arrived this long after
     * the server began to wait for it (a connection's first request, or the next on a kept-alive
     * one), or the connection is closed; a client sending a byte now and then holds no thread longer.
     */
    request_deadline_seconds: number;
    /** Connections served at once, each on its own thread; more get `full` at once and are closed. */
    max_connections: number;
    /** Connections served at once for one client address; more get `full` as well. */
    max_connections_per_client: number;
    /** Connections the system may hold waiting to be accepted (the listen backlog). */
    listen_backlog: number;
    /** Sent by the accepting thread to a connection over max_connections(_per_client), which it then closes. */
    full: WebAnswer;
    /** Sent on a kept-alive connection to a server since stopped or moved, and to requests waiting when it stops. */
    stopped: WebAnswer;
    /** Sent when the service did not answer in time (a WebProblem "unanswered" is queued too). */
    busy: WebAnswer;
  }

  /** Something that went wrong on the server threads, for the service to log. */
  export interface WebProblem {
    /** "unanswered": the service did not answer in time, and `busy` was sent. */
    kind: string;
    method: string;
    path: string;
  }

  /**
   * The set-up page's HTTP server (Python's http.server on its own threads). Its threads only
   * queue requests; the service thread takes them and answers each with `respond`.
   */
  export class WebServer {
    constructor();
    /**
     * Listens on every address at options.port; "" when it works, else why not: "in_use" (another
     * program has the port), "not_allowed" (a privileged port) or "error: " and the system's words.
     * Stops any earlier server first.
     */
    start(options: WebServerOptions): string;
    stop(): void;
    is_running(): boolean;
    take_requests(limit: number): WebRequest[];
    respond(request_id: number, status: number, headers: Record<string, string>, body: string): void;
    /** What went wrong on the server threads since the last call, oldest first. */
    take_problems(): WebProblem[];
  }

  /** This device's host name and the addresses it resolves to, as the system knows them ([] when it cannot tell). */
  export function device_names(): string[];
  /** Unguessable URL-safe text (Python's secrets) of `byte_count` random bytes. */
  export function random_token(byte_count: number): string;
  /** A PIN of `digits` decimal digits from a cryptographic source. */
  export function random_pin(digits: number): string;
}

declare module "cloudsync_host/crypto" {
  /**
   * One group's keys from its passphrase (docs/security.md names the construction): derived once,
   * slowly (PBKDF2-HMAC-SHA256), then cheap per message. Decides nothing: what to seal, and what a
   * message that does not open means, are TypeScript's.
   */
  export class GroupKeys {
    /** The group's topic level: a hash of its name alone, the same whatever the passphrase. */
    root_name(group: string): string;
    /** A keyed name for `text` (an identity, a device id): 32 hexadecimal characters, the same on every device of the group. */
    name(text: string): string;
    /** `plaintext` encrypted and authenticated for `topic`, as base64 text (a fresh random nonce each time). */
    seal(topic: string, plaintext: string): string;
    /** The plaintext, or null when the text was not sealed for this topic with these keys, or was changed. */
    open(topic: string, sealed: string): string | null;
  }
  export function derive_group_keys(passphrase: string, group: string): GroupKeys;
}

declare module "cloudsync_host/runtime" {
  /** The Python Kodi embeds, as "3.9.2". */
  export function python_version(): string;
}
