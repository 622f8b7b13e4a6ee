import { DeviceDirectory } from "../../src/core/device-directory";
import { DEVICE_STATUS_VERSION, DeviceStatus, encodeDeviceStatus, parseDeviceStatus } from "../../src/core/device-status";

const T0 = 1_700_000_000_000;

function status(values: Partial<DeviceStatus> = {}): DeviceStatus {
  return { device: "dev-a", name: "Living room", version: "4.0.0", online: true, time: T0, ...values };
}

/** A valid encoded status as a plain object, for breaking one field at a time. */
function payloadObject(): Record<string, unknown> {
  return JSON.parse(encodeDeviceStatus(status())) as Record<string, unknown>;
}

describe("parseDeviceStatus", () => {
  test("round trips with encodeDeviceStatus", () => {
    for (const original of [status(), status({ online: false, time: 0, name: "", version: "3.9.1" }), status({ name: 'Küche "TV" 📺' })]) {
      expect(parseDeviceStatus(encodeDeviceStatus(original))).toEqual({ status: original, problem: "" });
    }
  });

  test("the encoded status carries the version", () => {
    expect(payloadObject()["v"]).toBe(DEVICE_STATUS_VERSION);
  });

  test("extra fields are ignored", () => {
    const payload = { ...payloadObject(), extra: "x" };
    expect(parseDeviceStatus(JSON.stringify(payload)).status).toEqual(status());
  });

  test.each([
    ["not JSON", "online", "not JSON"],
    ["an empty payload", "", "not JSON"],
    ["a JSON array", "[1]", "not a JSON object"],
    ["JSON null", "null", "not a JSON object"],
    ["a JSON string", '"dev-a"', "not a JSON object"],
  ])("%s gives no status and a problem", (_what, payload, problem) => {
    expect(parseDeviceStatus(payload)).toEqual({ status: null, problem: problem });
  });

  test.each([
    ["a newer version", { v: 2 }, "unsupported version"],
    ["the version as text", { v: "1" }, "unsupported version"],
    ["no version", { v: undefined }, "unsupported version"],
    ["no device", { device: undefined }, "device"],
    ["an empty device", { device: "" }, "device"],
    ["a device as a number", { device: 7 }, "device"],
    ["a device of 129 characters", { device: "d".repeat(129) }, "device"],
    ["no name", { name: undefined }, "name"],
    ["a name as a number", { name: 1 }, "name"],
    ["a name of 129 characters", { name: "n".repeat(129) }, "name"],
    ["no version text", { version: undefined }, "version"],
    ["a version as a number", { version: 4 }, "version"],
    ["a version of 129 characters", { version: "4".repeat(129) }, "version"],
    ["no online", { online: undefined }, "online"],
    ["online as text", { online: "true" }, "online"],
    ["online as 1", { online: 1 }, "online"],
    ["no time", { time: undefined }, "time"],
    ["a negative time", { time: -1 }, "time"],
    ["a fractional time", { time: 1.5 }, "time"],
    ["the time as text", { time: String(T0) }, "time"],
    ["a null time", { time: null }, "time"],
  ])("%s gives no status and a problem", (_what, broken, word) => {
    const payload = { ...payloadObject(), ...broken };
    const parsed = parseDeviceStatus(JSON.stringify(payload));
    expect(parsed.status).toBeNull();
    expect(parsed.problem).toContain(word);
  });

  test("texts of exactly 128 characters are accepted", () => {
    const long = status({ device: "d".repeat(128), name: "n".repeat(128), version: "v".repeat(128) });
    expect(parseDeviceStatus(encodeDeviceStatus(long)).status).toEqual(long);
  });
});

describe("DeviceDirectory", () => {
  test("is empty at first", () => {
    expect(new DeviceDirectory().list()).toEqual([]);
  });

  test("a status adds its device", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status(), false, T0 + 5_000);
    expect(directory.list()).toEqual([{ id: "dev-a", name: "Living room", version: "4.0.0", online: true, lastSeen: T0, statusTime: T0 }]);
  });

  test("a newer status of the same device replaces it", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status(), false, T0);
    directory.applyStatus(status({ name: "Lounge", version: "4.1.0", time: T0 + 10 }), true, T0 + 10);
    expect(directory.list()).toEqual([{ id: "dev-a", name: "Lounge", version: "4.1.0", online: true, lastSeen: T0 + 10, statusTime: T0 + 10 }]);
  });

  test("list puts online devices first, then sorts by name", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ device: "1", name: "Bedroom", online: false }), false, T0);
    directory.applyStatus(status({ device: "2", name: "Study", online: true }), false, T0);
    directory.applyStatus(status({ device: "3", name: "Attic", online: false }), false, T0);
    directory.applyStatus(status({ device: "4", name: "Kitchen", online: true }), false, T0);
    directory.applyStatus(status({ device: "5", name: "Garage", online: true }), false, T0);
    expect(directory.list().map((device) => device.name)).toEqual(["Garage", "Kitchen", "Study", "Attic", "Bedroom"]);
  });

  test("an older retained status changes nothing: neither lastSeen nor online", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ time: T0 + 1_000 }), false, T0 + 1_000);
    directory.applyStatus(status({ time: T0, online: false, name: "Stale" }), false, T0 + 2_000);
    const [device] = directory.list();
    expect(device.lastSeen).toBe(T0 + 1_000);
    expect(device.online).toBe(true);
    expect(device.name).toBe("Living room");
  });

  test("lastSeen never goes backwards, even when a live Last Will arrives with the local clock behind", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ time: T0 + 10_000 }), false, T0 + 10_000);
    directory.applyStatus(status({ time: T0, online: false }), true, T0 + 5_000);
    const [device] = directory.list();
    expect(device.online).toBe(false);
    expect(device.lastSeen).toBe(T0 + 10_000);
  });

  test("names sort without regard to case", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ device: "1", name: "Zed" }), false, T0);
    directory.applyStatus(status({ device: "2", name: "alpha" }), false, T0);
    expect(directory.list().map((device) => device.name)).toEqual(["alpha", "Zed"]);
  });

  test("lastSeen moves forward with a newer status", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ time: T0 }), false, T0);
    directory.applyStatus(status({ time: T0 + 60_000 }), false, T0 + 60_000);
    expect(directory.list()[0].lastSeen).toBe(T0 + 60_000);
  });

  test("a live offline status (a Last Will) sets lastSeen to now", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ time: T0 }), false, T0);
    const now = T0 + 3_600_000;
    directory.applyStatus(status({ online: false, time: T0 }), true, now);
    expect(directory.list()).toEqual([{ id: "dev-a", name: "Living room", version: "4.0.0", online: false, lastSeen: now, statusTime: T0 }]);
  });

  test("a retained offline status keeps its own time, not now", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ online: false, time: T0 }), false, T0 + 3_600_000);
    expect(directory.list()[0].lastSeen).toBe(T0);
  });

  test("a live online status keeps its own time, not now", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ online: true, time: T0 }), true, T0 + 3_600_000);
    expect(directory.list()[0].lastSeen).toBe(T0);
  });

  test("forget removes only that device", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ device: "a", name: "A" }), false, T0);
    directory.applyStatus(status({ device: "b", name: "B" }), false, T0);
    directory.forget("a");
    expect(directory.list().map((device) => device.id)).toEqual(["b"]);
  });

  test("forget of an unknown device changes nothing", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status(), false, T0);
    directory.forget("nobody");
    expect(directory.list()).toHaveLength(1);
  });

  test("a forgotten device comes back with its next status, without its old lastSeen", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ time: T0 + 5_000 }), false, T0);
    directory.forget("dev-a");
    directory.applyStatus(status({ time: T0 }), false, T0);
    expect(directory.list()[0].lastSeen).toBe(T0);
  });

  test("clear empties the directory", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status({ device: "a" }), false, T0);
    directory.applyStatus(status({ device: "b" }), false, T0);
    directory.clear();
    expect(directory.list()).toEqual([]);
  });

  test("list returns a copy: changing it does not change the directory", () => {
    const directory = new DeviceDirectory();
    directory.applyStatus(status(), false, T0);
    directory.list().pop();
    expect(directory.list()).toHaveLength(1);
  });
});
