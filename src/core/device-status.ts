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
