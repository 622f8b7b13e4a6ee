/**
 * Which requests the set-up page answers at all, before any PIN or session: a browser that was
 * tricked into sending a request here under another name (DNS rebinding: evil.example resolving to
 * this device) says so in its Host header, and a page on another site says so in its Origin header.
 * Also the Cookie header as browsers send it, read without tripping over other apps' cookies.
 */

/** What the device calls itself besides its addresses; the shim's host names are added to these. */
export const LOCAL_NAMES = ["localhost", "127.0.0.1", "::1"];

export interface HostAndPort {
  /** Lower case, without brackets or a trailing dot. */
  host: string;
  port: number;
}

/**
 * The names this device answers to: localhost and its loopback addresses, each host name the
 * system gives (and its first label, with and without ".local", as mDNS names it), and its
 * addresses. The address a request arrived on is checked on its own, so a new DHCP lease is covered.
 */
export function thisDeviceNames(hostNames: string[], addresses: string[]): string[] {
  const names: string[] = [];
  const add = (name: string): void => {
    const normal = normalHost(name);
    if (normal !== "" && !names.includes(normal)) {
      names.push(normal);
    }
  };
  for (const name of LOCAL_NAMES) {
    add(name);
  }
  for (const name of hostNames) {
    add(name);
    const label = normalHost(name).split(".")[0] ?? "";
    if (label !== "") {
      add(label);
      add(`${label}.local`);
    }
  }
  for (const address of addresses) {
    add(address);
  }
  return names;
}

function normalHost(host: string): string {
  let name = host.trim().toLowerCase();
  if (name.startsWith("[") && name.endsWith("]")) {
    name = name.slice(1, name.length - 1);
  }
  if (name.startsWith("::ffff:") && name.includes(".")) {
    name = name.slice("::ffff:".length);
  }
  if (name.endsWith(".")) {
    name = name.slice(0, name.length - 1);
  }
  return name;
}

function isDigits(text: string): boolean {
  if (text === "" || text.length > 5) {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    if (!"0123456789".includes(text.charAt(index))) {
      return false;
    }
  }
  return true;
}

/** A Host header's (or an origin's authority's) host and port; null when it is not one. Port 80 when none is given. */
export function parseHostHeader(value: string): HostAndPort | null {
  const text = value.trim();
  let host = text;
  let portText = "";
  let portGiven = false;
  if (text.startsWith("[")) {
    const end = text.indexOf("]");
    if (end < 0) {
      return null;
    }
    host = text.slice(0, end + 1);
    const rest = text.slice(end + 1);
    if (rest !== "") {
      if (!rest.startsWith(":")) {
        return null;
      }
      portText = rest.slice(1);
      portGiven = true;
    }
  } else {
    const colon = text.indexOf(":");
    if (colon >= 0) {
      if (text.indexOf(":", colon + 1) >= 0) {
        return null; // an IPv6 address without brackets
      }
      host = text.slice(0, colon);
      portText = text.slice(colon + 1);
      portGiven = true;
    }
  }
  const name = normalHost(host);
  if (name === "" || name.includes("/") || name.includes("@") || name.includes(" ")) {
    return null;
  }
  if (!portGiven) {
    return { host: name, port: 80 };
  }
  if (!isDigits(portText)) {
    return null;
  }
  return { host: name, port: Number(portText) };
}

export interface RequestTarget {
  /** The Host header ("" when absent). */
  hostHeader: string;
  /** The address and port the connection arrived on (this device's, whatever the client called it). */
  localAddress: string;
  localPort: number;
}

/** Whether the Host header names this device and the page's port. */
export function hostIsThisDevice(target: RequestTarget, deviceNames: string[]): boolean {
  const parsed = parseHostHeader(target.hostHeader);
  if (parsed === null || parsed.port !== target.localPort) {
    return false;
  }
  return parsed.host === normalHost(target.localAddress) || deviceNames.includes(parsed.host);
}

/**
 * Whether an Origin header (sent by browsers with every POST) is this page's own: http, and the
 * same host and port as the Host header, which hostIsThisDevice has accepted. "null" (a sandboxed
 * or local-file page) is not.
 */
export function originIsThisPage(origin: string, hostHeader: string): boolean {
  if (!origin.startsWith("http://")) {
    return false;
  }
  const authority = origin.slice("http://".length);
  if (authority.includes("/")) {
    return false;
  }
  const fromOrigin = parseHostHeader(authority);
  const fromHost = parseHostHeader(hostHeader);
  return fromOrigin !== null && fromHost !== null && fromOrigin.host === fromHost.host && fromOrigin.port === fromHost.port;
}

/** Cookies read from one header at most; a page's own are a handful. */
const MAX_COOKIES = 100;

/**
 * Every value the Cookie header gives `name`, in order (a browser sends the most specific path's
 * first). Pieces that are not name=value (another app's `a[b]=1` or a bare word) are skipped, never
 * a reason to drop the rest; a value in double quotes loses them.
 */
export function cookieValues(header: string, name: string): string[] {
  const values: string[] = [];
  const pieces = header.split(";").slice(0, MAX_COOKIES);
  for (const piece of pieces) {
    const equals = piece.indexOf("=");
    if (equals < 0) {
      continue;
    }
    if (piece.slice(0, equals).trim() !== name) {
      continue;
    }
    let value = piece.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, value.length - 1);
    }
    values.push(value);
  }
  return values;
}
