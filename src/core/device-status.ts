/** The retained status of a device in the sync group: online while connected, offline by Last Will. */

export const DEVICE_STATUS_VERSION = 1;

export interface DeviceStatus {
  device: string;
  name: string;
  version: string;
  online: boolean;
  /** Milliseconds since the Unix epoch. */
  time: number;
}

export function encodeDeviceStatus(status: DeviceStatus): string {
  return JSON.stringify({
    v: DEVICE_STATUS_VERSION,
    device: status.device,
    name: status.name,
    version: status.version,
    online: status.online,
    time: status.time,
  });
}

const MAX_TEXT_LENGTH = 128;

export interface ParsedDeviceStatus {
  status: DeviceStatus | null;
  problem: string;
}

/** A device status from the broker (untrusted), checked field by field. */
export function parseDeviceStatus(payload: string): ParsedDeviceStatus {
  let data: unknown = null;
  try {
    data = JSON.parse(payload);
  } catch (error) {
    return { status: null, problem: "not JSON" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { status: null, problem: "not a JSON object" };
  }
  const fields = data as Record<string, unknown>;
  if (fields["v"] !== DEVICE_STATUS_VERSION) {
    return { status: null, problem: "unsupported version" };
  }
  const device = fields["device"];
  const name = fields["name"];
  const version = fields["version"];
  const online = fields["online"];
  const time = fields["time"];
  if (typeof device !== "string" || device === "" || device.length > MAX_TEXT_LENGTH) {
    return { status: null, problem: "device must be a non-empty string of at most 128 characters" };
  }
  if (typeof name !== "string" || name.length > MAX_TEXT_LENGTH || typeof version !== "string" || version.length > MAX_TEXT_LENGTH) {
    return { status: null, problem: "name and version must be strings of at most 128 characters" };
  }
  if (typeof online !== "boolean") {
    return { status: null, problem: "online must be true or false" };
  }
  if (typeof time !== "number" || !Number.isInteger(time) || time < 0) {
    return { status: null, problem: "time must be a whole number of milliseconds" };
  }
  return { status: { device: device, name: name, version: version, online: online, time: time }, problem: "" };
}
