/**
 * A fake MQTT 5 broker that only records what clients send in their CONNECT packet (the user name
 * and the password field, and the raw bytes), then closes the connection: a stranger's host that
 * the add-on must never hand the stored broker password to.
 */
import { createServer, Server, Socket } from "node:net";

export interface RecordedConnect {
  at: number;
  usernameFlag: boolean;
  passwordFlag: boolean;
  /** The password field as sent ("" when the flag is set with an empty one); null when there is none. */
  password: string | null;
  /** Every byte the client sent before the fake broker closed the connection. */
  raw: Buffer;
}

export interface FakeBroker {
  host: string;
  port: number;
  readonly connects: RecordedConnect[];
  stop(): Promise<void>;
}

/** A variable byte integer at `offset`: its value and the offset after it. */
function varint(data: Buffer, offset: number): [number, number] {
  let value = 0;
  let multiplier = 1;
  let at = offset;
  for (;;) {
    const byte = data[at]!;
    value += (byte & 0x7f) * multiplier;
    multiplier *= 128;
    at += 1;
    if ((byte & 0x80) === 0) {
      return [value, at];
    }
  }
}

/** A 2-byte-length string or binary field at `offset`: its bytes and the offset after it. */
function field(data: Buffer, offset: number): [Buffer, number] {
  const length = data.readUInt16BE(offset);
  return [data.subarray(offset + 2, offset + 2 + length), offset + 2 + length];
}

/** The CONNECT packet (MQTT 5) in `data`, once it has fully arrived; null before. */
function parseConnect(data: Buffer): { usernameFlag: boolean; passwordFlag: boolean; password: string | null } | null {
  if (data.length < 2) {
    return null;
  }
  let remaining: number;
  let offset: number;
  try {
    [remaining, offset] = varint(data, 1);
  } catch {
    return null;
  }
  if (data.length < offset + remaining) {
    return null;
  }
  // Variable header: protocol name, level, connect flags, keep alive, properties.
  [, offset] = field(data, offset);
  const flags = data[offset + 1]!;
  offset += 4;
  const [propertiesLength, afterLength] = varint(data, offset);
  offset = afterLength + propertiesLength;
  // Payload: client id, the will (properties, topic, payload) if flagged, user name, password.
  [, offset] = field(data, offset);
  if ((flags & 0x04) !== 0) {
    const [willProperties, afterWill] = varint(data, offset);
    offset = afterWill + willProperties;
    [, offset] = field(data, offset);
    [, offset] = field(data, offset);
  }
  const usernameFlag = (flags & 0x80) !== 0;
  const passwordFlag = (flags & 0x40) !== 0;
  if (usernameFlag) {
    [, offset] = field(data, offset);
  }
  const password = passwordFlag ? field(data, offset)[0].toString("utf8") : null;
  return { usernameFlag, passwordFlag, password };
}

export async function startFakeBroker(host: string, port: number): Promise<FakeBroker> {
  const connects: RecordedConnect[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    let data = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const parsed = parseConnect(data);
      if (parsed !== null) {
        connects.push({ at: Date.now(), ...parsed, raw: data });
        socket.destroy();
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    host,
    port,
    connects,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) {
          socket.destroy();
        }
        server.close(() => resolve());
      }),
  };
}
