/**
 * The devices of the sync group, as their retained statuses tell: online or offline and when each
 * was last seen. A device's status says when it was published; an offline status sent by the
 * broker as a Last Will carries the time of the device's connect, so when one arrives live (not
 * retained) the moment it arrived is the better "last seen".
 */

import { DeviceStatus } from "./device-status";

export interface KnownDevice {
  id: string;
  name: string;
  version: string;
  online: boolean;
  /** Milliseconds since the Unix epoch. */
  lastSeen: number;
  /** The time of the status this entry comes from. */
  statusTime: number;
}

/** A household has a handful of devices; anyone on the broker could announce millions. Beyond this, the least recently seen goes. */
export const MAX_DEVICES = 200;

export class DeviceDirectory {
  private readonly devices: Map<string, KnownDevice> = new Map();
  /** How many devices were forgotten to stay within MAX_DEVICES. */
  droppedCount = 0;

  applyStatus(status: DeviceStatus, live: boolean, now: number): void {
    const known = this.devices.get(status.device);
    // An older retained status (from before a refresh we already have) says nothing new; a live
    // one is news whatever its time, since a Last Will carries the time of the device's connect.
    if (known !== undefined && !live && status.time < known.statusTime) {
      return;
    }
    let lastSeen = status.time;
    if (live && !status.online && now > lastSeen) {
      lastSeen = now;
    }
    if (known !== undefined && known.lastSeen > lastSeen) {
      lastSeen = known.lastSeen;
    }
    if (known === undefined && this.devices.size >= MAX_DEVICES) {
      this.forgetLeastRecentlySeen();
    }
    this.devices.set(status.device, {
      id: status.device,
      name: status.name,
      version: status.version,
      online: status.online,
      lastSeen: lastSeen,
      statusTime: status.time,
    });
  }

  private forgetLeastRecentlySeen(): void {
    let oldest: KnownDevice | null = null;
    for (const [, device] of this.devices) {
      if (oldest === null || device.lastSeen < oldest.lastSeen) {
        oldest = device;
      }
    }
    if (oldest !== null) {
      this.devices.delete(oldest.id);
      this.droppedCount += 1;
    }
  }

  /** An emptied retained status: the device was removed from the group. */
  forget(deviceId: string): void {
    this.devices.delete(deviceId);
  }

  clear(): void {
    this.devices.clear();
  }

  /** Online devices first, then by name. */
  list(): KnownDevice[] {
    const devices: KnownDevice[] = [];
    for (const [, device] of this.devices) {
      devices.push(device);
    }
    return devices.sort((first, second) => {
      if (first.online !== second.online) {
        return first.online ? -1 : 1;
      }
      const firstName = first.name.toLowerCase();
      const secondName = second.name.toLowerCase();
      return firstName < secondName ? -1 : firstName > secondName ? 1 : 0;
    });
  }
}
