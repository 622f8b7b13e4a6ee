import type { WebRequest } from "cloudsync_host/web";
import { PinCheckQueue } from "../../src/web/pin-check-queue";
import { ANSWER_TIMEOUT_SECONDS } from "../../src/web/web-server-rules";

function login(id: number, client: string): WebRequest {
  return {
    id: id,
    method: "POST",
    path: "/login",
    query: {},
    headers: {},
    content_type: "application/x-www-form-urlencoded",
    body: "",
    form: { pin: "1" },
    unread_body: "",
    client: client,
    local_address: "127.0.0.1",
    local_port: 8090,
  };
}

describe("PinCheckQueue", () => {
  test("first come first served, one at a time, only when a check is due", () => {
    const queue = new PinCheckQueue();
    queue.add(login(1, "10.0.0.1"), 0);
    queue.add(login(2, "10.0.0.2"), 0);
    queue.add(login(3, "192.168.1.20"), 10);
    expect(queue.next(20, false)).toBeNull();
    expect(queue.next(20, true)?.id).toBe(1);
    expect(queue.next(120, true)?.id).toBe(2);
    expect(queue.next(220, true)?.id).toBe(3);
    expect(queue.next(320, true)).toBeNull();
    expect(queue.size).toBe(0);
  });

  test("a login older than the server threads wait for an answer was told busy: dropped unchecked", () => {
    const queue = new PinCheckQueue();
    queue.add(login(1, "10.0.0.1"), 0);
    queue.add(login(2, "10.0.0.2"), 5_000);
    expect(queue.next(ANSWER_TIMEOUT_SECONDS * 1000, true)?.id).toBe(2);
    expect(queue.size).toBe(0);
  });
});
