/**
 * The CA file setting (a private broker's certificate authority) and what can be wrong with it, in
 * the user's words. A CA file that cannot be used must not stop the service: it says why (in Test
 * connection, on the web page, in the log) and tries again when the settings change.
 */

const SPECIAL_SCHEME = "special://";

/**
 * Why this CA file cannot be used before anything is read, or "": Python's TLS reads only files on
 * this device, so smb://, nfs://, http:// and the like are refused (special:// is translated first).
 */
export function caFileLocationProblem(caFile: string): string {
  const lower = caFile.toLowerCase();
  if (caFile === "" || lower.startsWith(SPECIAL_SCHEME) || !lower.includes("://")) {
    return "";
  }
  return `CA file must be a file on this device, not ${caFile}`;
}

/** True when Kodi must translate the path into a file name first. */
export function isSpecialPath(caFile: string): boolean {
  return caFile.toLowerCase().startsWith(SPECIAL_SCHEME);
}

/** The MQTT shim's answer to configure() ("" or a kind) in words naming the file as the user set it. */
export function describeConnectionSetupProblem(kind: string, caFile: string): string {
  if (kind === "") {
    return "";
  }
  if (kind === "ca_missing") {
    return `CA file not found: ${caFile}`;
  }
  if (kind === "ca_unreadable") {
    return `CA file cannot be read: ${caFile}`;
  }
  const invalid = "ca_invalid: ";
  if (kind.startsWith(invalid)) {
    return `CA file is not a PEM certificate file: ${caFile} (${kind.slice(invalid.length)})`;
  }
  return `cannot set up the connection: ${kind}`;
}
