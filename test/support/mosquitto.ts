/** A real Mosquitto 2 broker (MQTT 5) on a loopback port, with its own config, persistence and log. */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { freePort } from "./ports";
import { startProcess, StartedProcess, waitFor } from "./process";

export interface Mosquitto {
  host: string;
  port: number;
  readonly pid: number;
  /** Stops the broker (its persistence stays for restart()). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same persistence: a broker outage and its end. */
  restart(): Promise<void>;
  logText(): string;
  /** The end of the broker's log now (restarts append to the same log). */
  logMark(): number;
  /** The first line logged after `since` that matches `pattern`, waiting up to `timeoutMs` for it. */
  waitForLog(pattern: RegExp, timeoutMs: number, since: number): Promise<string>;
}

export interface MosquittoOptions {
  port?: number;
  /** PEM files: the listener speaks TLS only. */
  tls?: { caFile: string; certFile: string; keyFile: string };
  /** user → password; when given, anonymous clients are refused. */
  users?: Record<string, string>;
  /** More lines for mosquitto.conf (limits such as `max_inflight_messages 2`, see mosquitto.conf(5)). */
  extraConfig?: string[];
  /** Mosquitto's access list (acl_file lines: `user <name>`, `topic read|write|readwrite <filter>`). */
  acl?: string[];
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

export async function startMosquitto(options: MosquittoOptions = {}): Promise<Mosquitto> {
  const port = options.port ?? (await freePort());
  const directory = mkdtempSync(path.join(tmpdir(), "cloudsync-mosquitto-"));
  // Started as root, Mosquitto drops to its own user: that user must write its log and persistence here.
  chmodSync(directory, 0o777);
  const logFile = path.join(directory, "mosquitto.log");
  const lines = [
    `listener ${port} 127.0.0.1`,
    "persistence true",
    `persistence_location ${directory}/`,
    `log_dest file ${logFile}`,
    "log_type all",
    "connection_messages true",
  ];
  if (options.tls !== undefined) {
    lines.push(`cafile ${options.tls.caFile}`, `certfile ${options.tls.certFile}`, `keyfile ${options.tls.keyFile}`);
  }
  if (options.users !== undefined) {
    const passwordFile = path.join(directory, "passwords");
    writeFileSync(passwordFile, "");
    for (const [user, password] of Object.entries(options.users)) {
      execFileSync("mosquitto_passwd", ["-b", passwordFile, user, password]);
    }
    chmodSync(passwordFile, 0o644);
    lines.push("allow_anonymous false", `password_file ${passwordFile}`);
  } else {
    lines.push("allow_anonymous true");
  }
  lines.push(...(options.extraConfig ?? []));
  if (options.acl !== undefined) {
    const aclFile = path.join(directory, "acl");
    writeFileSync(aclFile, options.acl.join("\n") + "\n");
    chmodSync(aclFile, 0o644);
    lines.push(`acl_file ${aclFile}`);
  }
  const configFile = path.join(directory, "mosquitto.conf");
  writeFileSync(configFile, lines.join("\n") + "\n");

  const logText = (): string => (existsSync(logFile) ? readFileSync(logFile, "utf8") : "");
  let current: StartedProcess | undefined;
  const start = async (): Promise<void> => {
    const started = startProcess("mosquitto", "/usr/sbin/mosquitto", ["-c", configFile]);
    current = started;
    await waitFor(
      `mosquitto to listen on 127.0.0.1:${port}`,
      async () => {
        if (started.hasExited()) {
          throw new Error(`mosquitto exited: ${started.output()} ${existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-2000) : ""}`);
        }
        return accepts(port);
      },
      15_000,
    );
  };
  await start();
  return {
    host: "127.0.0.1",
    port,
    get pid() {
      return current?.pid ?? -1;
    },
    stop: async () => {
      await current?.stop();
    },
    restart: async () => {
      await current?.stop();
      await start();
    },
    logText,
    logMark: () => logText().length,
    waitForLog: (pattern, timeoutMs, since) =>
      waitFor(
        `mosquitto on port ${port} to log ${pattern}`,
        () =>
          logText()
            .slice(since)
            .split("\n")
            .find((line) => pattern.test(line)),
        timeoutMs,
        20,
      ),
  };
}
