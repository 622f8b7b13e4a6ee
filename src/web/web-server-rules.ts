/**
 * What the set-up page's HTTP server does before, or instead of, the WebApp's answer: the limits
 * and fallback answers its threads apply on their own (handed to the shim's start()), the answer to
 * a request whose body was not read, and the words for why it cannot listen or for a problem its
 * threads queued.
 */

import { WebAnswer, WebProblem, WebRequest, WebServerOptions } from "cloudsync_host/web";
import { MAX_BODY_BYTES, WebResponse } from "./web-app";

/** How long a server thread waits for the service thread's answer before it sends "busy". */
export const ANSWER_TIMEOUT_SECONDS = 15;
/** A client that opens a connection and sends nothing must not hold a thread for ever. */
export const IDLE_TIMEOUT_SECONDS = 20;
/** A whole request (line, headers, body) must arrive within this, however slowly its bytes come. */
export const REQUEST_DEADLINE_SECONDS = 10;
/** Connections served at once: the web server never adds more threads to Kodi than this, plus its accepting one. */
export const MAX_CONNECTIONS = 16;
/** Connections served at once for one address: above a browser's 6, below MAX_CONNECTIONS, so one device cannot take them all. */
export const MAX_CONNECTIONS_PER_CLIENT = 8;
/** Connections the system keeps waiting to be accepted; the accepting thread takes them at once. */
export const LISTEN_BACKLOG = 16;

function plainAnswer(status: number, text: string): WebAnswer {
  return { status: status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, body: text };
}

/** The quick answer to a connection over the bounds: try again in a second. */
function fullAnswer(): WebAnswer {
  const answer = plainAnswer(503, "CloudSync's web page is serving as many connections as it may; try again in a moment.");
  answer.headers["Retry-After"] = "1";
  return answer;
}

export function webServerOptions(port: number): WebServerOptions {
  return {
    port: port,
    max_body_bytes: MAX_BODY_BYTES,
    answer_timeout_seconds: ANSWER_TIMEOUT_SECONDS,
    idle_timeout_seconds: IDLE_TIMEOUT_SECONDS,
    request_deadline_seconds: REQUEST_DEADLINE_SECONDS,
    max_connections: MAX_CONNECTIONS,
    max_connections_per_client: MAX_CONNECTIONS_PER_CLIENT,
    listen_backlog: LISTEN_BACKLOG,
    full: fullAnswer(),
    stopped: plainAnswer(503, "CloudSync's web page has stopped or moved."),
    busy: plainAnswer(503, "CloudSync is busy; try again in a moment."),
  };
}

/** The answer to a request whose body the server did not read, or null when it read it. */
export function unreadBodyAnswer(request: WebRequest): WebResponse | null {
  switch (request.unread_body) {
    case "":
      return null;
    case "bad_length":
      return plainAnswer(400, "Content-Length is not a number.");
    case "too_large":
      return plainAnswer(413, `The request body is too large (at most ${MAX_BODY_BYTES} bytes).`);
    case "chunked":
      return plainAnswer(411, "A Content-Length is needed.");
    default:
      return plainAnswer(400, "The request body could not be read.");
  }
}

/** Why the server cannot listen on `port`, in words, from what the shim's start() returned. */
export function listenProblem(startResult: string, port: number): string {
  if (startResult === "in_use") {
    return `port ${port} is already in use by another program`;
  }
  if (startResult === "not_allowed") {
    return `not allowed to listen on port ${port}`;
  }
  const detail = startResult.startsWith("error: ") ? startResult.slice("error: ".length) : startResult;
  return `cannot listen on port ${port}: ${detail}`;
}

/** The log line (a warning) for a problem the server threads queued. */
export function webProblemLine(problem: WebProblem): string {
  if (problem.kind === "unanswered") {
    return `web page: no answer in time for ${problem.method} ${problem.path}; it was told CloudSync is busy`;
  }
  return `web page: ${problem.kind} for ${problem.method} ${problem.path}`;
}
