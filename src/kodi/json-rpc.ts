/** Kodi's JSON-RPC API, called in-process through xbmc.executeJSONRPC (service thread only). */

import { executeJSONRPC } from "xbmc";

/** JSON-RPC's code for invalid parameters, which Kodi also answers for a library id it does not have. */
export const INVALID_PARAMS = -32602;

export class JsonRpcError extends Error {
  /** The error's code from Kodi's answer (0 when the answer itself was broken). */
  readonly code: number;

  constructor(method: string, detail: string, code = 0) {
    super(`JSON-RPC ${method} failed: ${detail}`);
    this.code = code;
  }
}

export function callJsonRpc(method: string, params: Record<string, unknown>): unknown {
  const request = JSON.stringify({ jsonrpc: "2.0", id: 1, method: method, params: params });
  let response: unknown = null;
  try {
    response = JSON.parse(executeJSONRPC(request));
  } catch (error) {
    throw new JsonRpcError(method, "the response was not JSON");
  }
  if (typeof response !== "object" || response === null) {
    throw new JsonRpcError(method, "the response was not an object");
  }
  const fields = response as Record<string, unknown>;
  if ("error" in fields) {
    const error = fields["error"];
    const code = typeof error === "object" && error !== null && !Array.isArray(error) ? (error as Record<string, unknown>)["code"] : undefined;
    throw new JsonRpcError(method, JSON.stringify(error), typeof code === "number" ? code : 0);
  }
  return fields["result"];
}

/** For methods whose result is an object (Get*Details, Get*s): anything else is an error. */
export function callJsonRpcForObject(method: string, params: Record<string, unknown>): Record<string, unknown> {
  const result = callJsonRpc(method, params);
  if (typeof result !== "object" || result === null || Array.isArray(result)) {
    throw new JsonRpcError(method, "the result was not an object");
  }
  return result as Record<string, unknown>;
}
