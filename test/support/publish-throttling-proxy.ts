/**
 * A TCP proxy between MQTT clients and a real broker that limits each client to N PUBLISH packets
 * per sliding second, the way EMQX's per-client rate limit does: it does not disconnect, it stops
 * reading from the client (TCP then holds the client back) until the second allows more. Mosquitto
 * has no such limit, so tests put this in front of it.
 *
 * It records when each PUBLISH from a client arrived (fully read) and its topic, so a test can
 * check what the client sent: a client that respects the limit never has more than N arrivals in
 * any second, and is never throttled.
 */
import { createServer, connect, Server, Socket } from "node:net";
import { freePort } from "./ports";

/** MQTT control packet type 3: PUBLISH (the high four bits of the fixed header's first byte). */
const PUBLISH = 3;
const SECOND_MS = 1000;

export interface ArrivedPublish {
  /** Date.now() when the whole packet had been read from the client. */
  at: number;
  topic: string;
  bytes: number;
}

/** A complete packet's length at the start of `data` (fixed header included), or -1 while it is incomplete. */
function packetLength(data: Buffer): number {
  let value = 0;
  let multiplier = 1;
  for (let at = 1; at < 5; at++) {
    if (at >= data.length) {
      return -1;
    }
    const byte = data[at]!;
    value += (byte & 0x7f) * multiplier;
    multiplier *= 128;
    if ((byte & 0x80) === 0) {
      const total = at + 1 + value;
      return data.length >= total ? total : -1;
    }
  }
  throw new Error("malformed MQTT remaining length");
}

export class PublishThrottlingProxy {
  readonly arrivals: ArrivedPublish[] = [];
  /** PUBLISH packets that arrived when the client had already sent its limit in the last second. */
  throttled = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly perSecond: number,
  ) {}

  /** Listens on a free loopback port, forwarding to the broker at `brokerPort`. */
  static async start(brokerPort: number, perSecond: number): Promise<PublishThrottlingProxy> {
    const port = await freePort();
    const server = createServer();
    const proxy = new PublishThrottlingProxy(server, port, perSecond);
    server.on("connection", (client) => proxy.serve(client, brokerPort));
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    return proxy;
  }

  /** The most PUBLISH arrivals within any window of `windowMs` (a sliding second by default). */
  maxInAnyWindow(windowMs = SECOND_MS, since = 0): number {
    const times = this.arrivals.filter((arrival) => arrival.at >= since).map((arrival) => arrival.at);
    let most = 0;
    let first = 0;
    for (let last = 0; last < times.length; last++) {
      while (times[last]! - times[first]! >= windowMs) {
        first += 1;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(client: Socket, brokerPort: number): void {
    const broker = connect({ host: "127.0.0.1", port: brokerPort });
    this.sockets.add(client);
    this.sockets.add(broker);
    const closeBoth = (): void => {
      client.destroy();
      broker.destroy();
      this.sockets.delete(client);
      this.sockets.delete(broker);
    };
    client.on("error", closeBoth);
    broker.on("error", closeBoth);
    client.on("close", closeBoth);
    broker.on("close", closeBoth);
    broker.pipe(client);
    let pending = Buffer.alloc(0);
    /** When this connection's forwarded PUBLISH packets went, for the broker-side limit. */
    const forwardedAt: number[] = [];
    const waiting: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const forward = (): void => {
      timer = undefined;
      while (waiting.length > 0) {
        const packet = waiting[0]!;
        if (packet[0]! >> 4 === PUBLISH) {
          const now = Date.now();
          while (forwardedAt.length > 0 && now - forwardedAt[0]! >= SECOND_MS) {
            forwardedAt.shift();
          }
          if (forwardedAt.length >= this.perSecond) {
            // Over the limit: stop reading from the client until the second allows one more.
            client.pause();
            timer = setTimeout(forward, forwardedAt[0]! + SECOND_MS - now + 1);
            return;
          }
          forwardedAt.push(now);
        }
        waiting.shift();
        broker.write(packet);
      }
      client.resume();
    };
    client.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (let length = packetLength(pending); length > 0; length = packetLength(pending)) {
        const packet = pending.subarray(0, length);
        pending = pending.subarray(length);
        if (packet[0]! >> 4 === PUBLISH) {
          this.recordPublish(packet);
        }
        waiting.push(Buffer.from(packet));
      }
      if (timer === undefined) {
        forward();
      }
    });
  }

  private recordPublish(packet: Buffer): void {
    const at = Date.now();
    // The variable header starts after the fixed header (type byte and 1–4 length bytes) with the topic's length and the topic.
    let headerEnd = 1;
    while ((packet[headerEnd]! & 0x80) !== 0) {
      headerEnd += 1;
    }
    headerEnd += 1;
    const topicLength = packet.readUInt16BE(headerEnd);
    const topic = packet.subarray(headerEnd + 2, headerEnd + 2 + topicLength).toString("utf8");
    let recent = 0;
    for (let index = this.arrivals.length - 1; index >= 0 && at - this.arrivals[index]!.at < SECOND_MS; index--) {
      recent += 1;
    }
    if (recent >= this.perSecond) {
      this.throttled += 1;
    }
    this.arrivals.push({ at, topic, bytes: packet.length });
  }
}
