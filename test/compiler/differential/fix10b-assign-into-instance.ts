// Object.assign into a class instance (`Object.assign(this, opts)` in a constructor): each key the
// source holds is written to the field the class declares for it, under the Python name the
// compiler gave the field (`maxRetries` is `max_retries`, `private tag` is `_tag`); a setter runs,
// keys the source leaves out keep their value, null and undefined sources are skipped.

interface ClientOptions {
  host: string;
  port: number;
  secure: boolean;
  maxRetries: number;
}

class Client {
  host = "localhost";
  port = 80;
  secure = false;
  maxRetries = 3;
  private tag = "t";
  constructor(opts: Partial<ClientOptions> = {}) {
    Object.assign(this, opts);
  }
  url(): string {
    return `${this.secure ? "https" : "http"}://${this.host}:${this.port}/${this.maxRetries}/${this.tag}`;
  }
  retag(tag: string): void {
    Object.assign(this, { tag });
  }
}

class Box {
  private stored = 1;
  writes = 0;
  get width(): number {
    return this.stored;
  }
  set width(value: number) {
    this.writes += 1;
    this.stored = value * 2;
  }
}

class Named extends Error {
  code = 0;
  detail = "";
}

export function testAssignIntoThisInConstructor(): string[] {
  return [new Client().url(), new Client({ port: 8443, secure: true }).url(), new Client({ maxRetries: 5, host: "h" }).url()];
}

export function testAssignOfAShorthandLiteralInAMethod(): string[] {
  const client = new Client({ port: 1 });
  client.retag("u");
  return [client.url()];
}

export function testAssignRunsSetterAndReturnsTarget(): unknown[] {
  const box = new Box();
  Object.assign(box, { width: 5 });
  const empty: { width?: number } = {};
  const same = Object.assign(box, empty, null, undefined, { width: 1 }, { writes: 10 }) === box;
  return [box.width, box.writes, same];
}

export function testAssignIntoAnErrorSubclass(): unknown[] {
  const error = new Named("boom");
  Object.assign(error, { code: 7, detail: "d" });
  return [error.message, error.code, error.detail, error instanceof Named];
}

export function testAssignFromOptionalAndNullableSources(): string[] {
  const flag = Math.random() < 2;
  const client = new Client();
  const maybe: Partial<ClientOptions> | undefined = flag ? { host: "m" } : undefined;
  Object.assign(client, maybe, flag && { port: 2 }, !flag && { port: 3 });
  return [client.url()];
}
