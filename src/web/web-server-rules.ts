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

function plainAnswer(status: number, text: string): WebAnswer {
  return { status: status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, body: text };
}

export function webServerOptions(port: number): WebServerOptions {
  return {
    port: port,
    max_body_bytes: MAX_BODY_BYTES,
    answer_timeout_seconds: ANSWER_TIMEOUT_SECONDS,
    idle_timeout_seconds: IDLE_TIMEOUT_SECONDS,
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
