/**
 * Kodi's JSON-RPC notifications as a remote app hears them: a TCP connection to Kodi's JSON-RPC
 * server (advancedsettings.xml's <jsonrpc><tcpport>), on which Kodi writes one JSON object per
 * announcement, with no separator between them. The latency bench times device B by the
 * VideoLibrary.OnUpdate its write announces, instead of asking B's database again and again; the
 * e2e tests check that a live change is announced and a burst is not.
 */
import { Socket, createConnection } from "node:net";

export interface KodiNotification {
  method: string;
  data: Record<string, unknown>;
  /** Date.now() when the object's last byte arrived. */
  arrivedAt: number;
}

export class NotificationStream {
  readonly notifications: KodiNotification[] = [];
  private pending = "";

  private constructor(private readonly socket: Socket) {
    socket.setEncoding("utf8");
    socket.setNoDelay(true);
    socket.on("data", (chunk: string) => this.receive(chunk));
  }

  static async open(port: number): Promise<NotificationStream> {
    const socket = createConnection({ host: "127.0.0.1", port });
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("error", reject);
    });
    return new NotificationStream(socket);
  }

  /** The first VideoLibrary.OnUpdate for this item at or after `since` (index into `notifications`), or undefined. */
  libraryUpdate(type: string, id: number, since: number): KodiNotification | undefined {
    return this.notifications.slice(since).find((notification) => {
      const item = notification.data["item"] as { type?: unknown; id?: unknown } | undefined;
      return notification.method === "VideoLibrary.OnUpdate" && item?.type === type && item.id === id;
    });
  }

  close(): void {
    this.socket.destroy();
  }

  /** Splits the stream into whole JSON objects by counting braces outside strings. */
  private receive(chunk: string): void {
    const arrivedAt = Date.now();
    this.pending += chunk;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let start = 0;
    for (let index = 0; index < this.pending.length; index++) {
      const character = this.pending[index];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (character === "\\") {
          escaped = true;
        } else if (character === '"') {
          inString = false;
        }
      } else if (character === '"') {
        inString = true;
      } else if (character === "{") {
        depth += 1;
      } else if (character === "}") {
        depth -= 1;
        if (depth === 0) {
          this.take(this.pending.slice(start, index + 1), arrivedAt);
          start = index + 1;
        }
      }
    }
    this.pending = this.pending.slice(start);
  }

  private take(text: string, arrivedAt: number): void {
    const parsed = JSON.parse(text) as { method?: unknown; params?: { data?: unknown } };
    if (typeof parsed.method === "string") {
      const data = typeof parsed.params?.data === "object" && parsed.params.data !== null ? (parsed.params.data as Record<string, unknown>) : {};
      this.notifications.push({ method: parsed.method, data, arrivedAt });
    }
  }
}
