import type { WebRequest } from "cloudsync_host/web";
import { MAX_BODY_BYTES } from "../../src/web/web-app";
import {
  ANSWER_TIMEOUT_SECONDS,
  IDLE_TIMEOUT_SECONDS,
  listenProblem,
  unreadBodyAnswer,
  webProblemLine,
  webServerOptions,
} from "../../src/web/web-server-rules";

function request(unreadBody: string): WebRequest {
  return {
    id: 1,
    method: "POST",
    path: "/api/settings",
    query: {},
    headers: {},
    content_type: "application/json",
    body: null,
    form: {},
    unread_body: unreadBody,
    client: "192.168.1.20",
    local_address: "192.168.1.5",
    local_port: 8090,
  };
}

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

describe("webServerOptions: what the server threads do on their own", () => {
  test("listen on the port asked for, read bodies up to the page's limit, wait 15 s for an answer, drop a connection silent for 20 s", () => {
    const options = webServerOptions(8090);
    expect(options).toMatchObject({ port: 8090, max_body_bytes: MAX_BODY_BYTES, answer_timeout_seconds: 15, idle_timeout_seconds: 20 });
    expect([ANSWER_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS]).toEqual([15, 20]);
  });

  test("bounded: 16 connections at once, 8 from one address, a 16-deep listen backlog, a whole request within 10 s; over the bounds a quick 503", () => {
    const options = webServerOptions(8090);
    expect(options).toMatchObject({ max_connections: 16, max_connections_per_client: 8, listen_backlog: 16, request_deadline_seconds: 10 });
    expect(options.max_connections_per_client).toBeLessThan(options.max_connections);
    // Above the 6 connections a browser opens to one host, so the owner's own page is never refused.
    expect(options.max_connections_per_client).toBeGreaterThan(6);
    expect(options.full.status).toBe(503);
    expect(options.full.headers["Retry-After"]).toBe("1");
  });

  test("a server stopped or moved, and a service too busy to answer, get 503 in plain words", () => {
    const options = webServerOptions(8090);
    expect(options.stopped).toEqual({ status: 503, headers: plain, body: "CloudSync's web page has stopped or moved." });
    expect(options.busy).toEqual({ status: 503, headers: plain, body: "CloudSync is busy; try again in a moment." });
  });
});

describe("unreadBodyAnswer: a request whose body the server did not read", () => {
  test("a body that was read is for the WebApp to answer", () => {
    expect(unreadBodyAnswer(request(""))).toBeNull();
  });

  test.each([
    ["bad_length", 400, "Content-Length is not a number."],
    ["too_large", 413, `The request body is too large (at most ${MAX_BODY_BYTES} bytes).`],
    ["chunked", 411, "A Content-Length is needed."],
    ["something new", 400, "The request body could not be read."],
  ])("%s: %i", (why, status, text) => {
    expect(unreadBodyAnswer(request(why))).toEqual({ status: status, headers: plain, body: text });
  });
});

describe("listenProblem: why the page cannot listen, from what the shim's start() returned", () => {
  test.each([
    ["in_use", "port 8090 is already in use by another program"],
    ["not_allowed", "not allowed to listen on port 8090"],
    ["error: Cannot assign requested address", "cannot listen on port 8090: Cannot assign requested address"],
    ["something new", "cannot listen on port 8090: something new"],
  ])("%s", (result, words) => {
    expect(listenProblem(result, 8090)).toBe(words);
  });
});

describe("webProblemLine", () => {
  test("a request the service did not answer in time names the request, never its body", () => {
    expect(webProblemLine({ kind: "unanswered", method: "POST", path: "/api/settings" })).toBe(
      "web page: no answer in time for POST /api/settings; it was told CloudSync is busy",
    );
  });

  test("a kind not known yet is still logged", () => {
    expect(webProblemLine({ kind: "dropped", method: "GET", path: "/" })).toBe("web page: dropped for GET /");
  });
});
