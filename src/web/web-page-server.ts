/**
 * Runs the set-up page's HTTP server as the settings say: started, stopped or moved to another
 * port the moment they change, and started again later when its port was taken. Requests are
 * answered on the service thread, a few per round, by the WebApp (or, when their body was not read,
 * by web-server-rules.ts); logins wait in a PinCheckQueue for their turn; what went wrong on the
 * server's threads is logged here.
 */

import { WebRequest, WebServer } from "cloudsync_host/web";
import { getInfoLabel } from "xbmc";
import { describeError, logDebug, logError, logInfo, logWarning } from "../log";
import { PinCheckQueue } from "./pin-check-queue";
import { WebApp, jsonResponse } from "./web-app";
import { listenProblem, unreadBodyAnswer, webProblemLine, webServerOptions } from "./web-server-rules";

/** Requests answered per service round. */
const REQUESTS_PER_ROUND = 20;
/** A port another program held is tried again this often. */
const RETRY_MILLISECONDS = 30_000;
/** Requests for another host are logged at most this often. */
const HOST_WARNING_MILLISECONDS = 60_000;

export class WebPageServer {
  private readonly server: WebServer = new WebServer();
  private readonly pinChecks: PinCheckQueue = new PinCheckQueue();
  private wantedPort = 0;
  /** The port listened on; 0 when not listening. */
  private listeningPort = 0;
  private failedAt = 0;
  private hostWarnedAt = -HOST_WARNING_MILLISECONDS;
  /** Why the page is not available ("" when it is, or is switched off). */
  problem = "";

  /** Starts, stops or moves the server to match the settings. */
  apply(enabled: boolean, port: number, now: number): void {
    if (!enabled) {
      this.wantedPort = 0;
      this.problem = "";
      if (this.listeningPort !== 0) {
        this.server.stop();
        this.listeningPort = 0;
        logInfo("set-up web page switched off");
      }
      return;
    }
    this.wantedPort = port;
    if (port !== this.listeningPort) {
      this.start(now);
    }
  }

  /** Answers the waiting requests; tries a taken port again now and then. */
  serve(app: WebApp, now: number): void {
    if (this.wantedPort !== 0 && this.listeningPort === 0 && now - this.failedAt >= RETRY_MILLISECONDS) {
      this.start(now);
    }
    for (const problem of this.server.take_problems()) {
      logWarning(webProblemLine(problem));
    }
    for (const request of this.server.take_requests(REQUESTS_PER_ROUND)) {
      if (request.unread_body === "" && app.waitsForPinCheck(request)) {
        this.pinChecks.add(request, now);
      } else {
        this.answer(app, request, now);
      }
    }
    let login = this.pinChecks.next(now, app.pinCheckDue(now));
    while (login !== null) {
      this.answer(app, login, now);
      login = this.pinChecks.next(now, app.pinCheckDue(now));
    }
  }

  /**
   * When serve() next has work without a new request: the next PIN check while logins wait for
   * theirs (Infinity when none waits). The service loop sleeps until then at most; without it,
   * queued logins waited for the next timer round (up to 2 s) instead of 100 ms.
   */
  nextServeAt(app: WebApp): number {
    return this.pinChecks.size > 0 ? app.nextPinCheckAt : Infinity;
  }

  private answer(app: WebApp, request: WebRequest, now: number): void {
    let response = unreadBodyAnswer(request);
    if (response === null) {
      try {
        response = app.handle(request);
      } catch (error) {
        logError(`web page: ${request.method} ${request.path} failed: ${describeError(error)}`);
        response = jsonResponse(500, { error: "CloudSync could not answer; the reason is in kodi.log." });
      }
    }
    if (request.path === "/login" && response.status === 401) {
      logWarning(`web page: a wrong PIN was entered from ${request.client}`);
    } else if (response.status === 421 && now - this.hostWarnedAt >= HOST_WARNING_MILLISECONDS) {
      // Once a minute at most: a rebinding page can send thousands.
      this.hostWarnedAt = now;
      logWarning(`web page: refused a request from ${request.client} for another host (${request.headers["host"] ?? ""}), as a DNS-rebinding page would send`);
    }
    logDebug(`web page: ${request.method} ${request.path} from ${request.client}: ${response.status}`);
    this.server.respond(request.id, response.status, response.headers, response.body);
  }

  stop(): void {
    this.server.stop();
    this.listeningPort = 0;
  }

  private start(now: number): void {
    const result = this.server.start(webServerOptions(this.wantedPort));
    if (result !== "") {
      const problem = listenProblem(result, this.wantedPort);
      this.listeningPort = 0;
      this.failedAt = now;
      if (problem !== this.problem) {
        // A warning, not an error: syncing goes on, and the page starts once the port is free.
        logWarning(`the set-up web page cannot start: ${problem}; trying again every ${RETRY_MILLISECONDS / 1000} s (its port can be changed under Web page)`);
      }
      this.problem = problem;
      return;
    }
    this.listeningPort = this.wantedPort;
    this.problem = "";
    const address = getInfoLabel("Network.IPAddress");
    logInfo(`set-up web page at http://${address === "" ? "<this device's address>" : address}:${this.wantedPort}`);
  }
}
