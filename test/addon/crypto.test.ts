/**
 * cloudsync_host/crypto.py, the group passphrase's construction (docs/security.md), on Python 3.8,
 * 3.11 and 3.13:
 * - known answers against an independent implementation in Node (node:crypto's pbkdf2Sync,
 *   hkdfSync and createHmac, the construction written out again here);
 * - tampering: every byte of a sealed message flipped, every truncation, another topic, another
 *   passphrase or group, malformed text: each opens to None;
 * - nonces never repeat; a replayed message opens (replays are the conflict rule's business);
 * - a benchmark of messages opened (checked and decrypted) per second, and the key derivation's time.
 */
import { createHash, createHmac, hkdfSync, pbkdf2Sync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { pythonVersions, runPython } from "../support/python";

const repoRoot = path.resolve(__dirname, "../..");
const shims = path.join(repoRoot, "addon-template", "resources", "lib");

const PASSPHRASE = "correct horse battery staple ✓";
const GROUP = "home";
const TOPIC = "cloudsync/v2/3f1c/item/9a0b";
const PAYLOAD =
  '{"v":1,"device":"kodi-482913","time":1763928900000,"present":true,"title":"Nouveaux films é","type":"window","path":"","window":"videos","windowparameter":"videodb://movies/titles/","thumbnail":""}';
const NONCE = Buffer.from("000102030405060708090a0b0c0d0e0f", "hex");

const DRIVER = String.raw`
import base64, json, sys, time
sys.path.insert(0, sys.argv[1])
from cloudsync_host import crypto
request = json.loads(sys.stdin.read())
started = time.perf_counter()
keys = crypto.derive_group_keys(request["passphrase"], request["group"])
kdf_seconds = time.perf_counter() - started
topic, payload = request["topic"], request["payload"]
fixed = keys._seal(topic, payload, bytes.fromhex(request["nonce"]))
raw = base64.b64decode(fixed)
flipped_open = [keys.open(topic, base64.b64encode(raw[:i] + bytes([raw[i] ^ (1 << (i % 8))]) + raw[i + 1:]).decode()) for i in range(len(raw))]
truncated_open = [keys.open(topic, base64.b64encode(raw[:n]).decode()) for n in range(len(raw))]
other_passphrase = crypto.derive_group_keys(request["passphrase"] + "!", request["group"])
other_group = crypto.derive_group_keys(request["passphrase"], request["group"] + "2")
sealed = keys.seal(topic, payload)
nonces = set(base64.b64decode(keys.seal(topic, "x"))[1:17] for _ in range(10000))
count = 20000
batch = [keys.seal(topic, payload) for _ in range(100)]
started = time.perf_counter()
opened = 0
for index in range(count):
    if keys.open(topic, batch[index % 100]) is not None:
        opened += 1
per_second = count / (time.perf_counter() - started)
print(json.dumps({
    "fixed": fixed, "name": keys.name(request["name"]), "root": keys.root_name(request["group"]),
    "opens": keys.open(topic, sealed), "replayed": keys.open(topic, sealed),
    "flipped_opened": [i for i, value in enumerate(flipped_open) if value is not None],
    "truncated_opened": [n for n, value in enumerate(truncated_open) if value is not None],
    "other_topic": keys.open(topic + "x", sealed), "sibling_topic": keys.open(topic[:-1] + "c", sealed),
    "other_passphrase": other_passphrase.open(topic, sealed), "other_group": other_group.open(topic, sealed),
    "malformed": [keys.open(topic, text) for text in ["", "not base64!", "AA==", "A" * 100]],
    "distinct_nonces": len(nonces), "opened": opened, "per_second": per_second, "kdf_seconds": kdf_seconds,
    "sealed_length": len(sealed),
}))
`;

/** The construction written out again with node:crypto, for known answers. */
function reference(passphrase: string, group: string, topic: string, payload: string, nonce: Buffer): { sealed: string; nameOf: (text: string) => string } {
  const master = pbkdf2Sync(
    Buffer.from(passphrase, "utf8"),
    Buffer.concat([Buffer.from("cloudsync/v1 group key salt\0"), Buffer.from(group, "utf8")]),
    600_000,
    32,
    "sha256",
  );
  const key = (info: string) => Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), Buffer.from(info), 32));
  const encryption = key("cloudsync/v1 encryption");
  const authentication = key("cloudsync/v1 authentication");
  const names = key("cloudsync/v1 names");
  const plaintext = Buffer.from(payload, "utf8");
  const ciphertext = Buffer.alloc(plaintext.length);
  for (let offset = 0, block = 0; offset < plaintext.length; offset += 32, block++) {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(block);
    const stream = createHmac("sha256", encryption)
      .update(Buffer.concat([nonce, counter]))
      .digest();
    for (let index = 0; index < 32 && offset + index < plaintext.length; index++) {
      ciphertext[offset + index] = (plaintext[offset + index] ?? 0) ^ (stream[index] ?? 0);
    }
  }
  const topicBytes = Buffer.from(topic, "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(topicBytes.length);
  const version = Buffer.from([1]);
  const tag = createHmac("sha256", authentication)
    .update(Buffer.concat([version, length, topicBytes, nonce, ciphertext]))
    .digest();
  return {
    sealed: Buffer.concat([version, nonce, ciphertext, tag]).toString("base64"),
    nameOf: (text: string) => createHmac("sha256", names).update(text, "utf8").digest().subarray(0, 16).toString("hex"),
  };
}

interface Result {
  fixed: string;
  name: string;
  root: string;
  opens: string | null;
  replayed: string | null;
  flipped_opened: number[];
  truncated_opened: number[];
  other_topic: string | null;
  sibling_topic: string | null;
  other_passphrase: string | null;
  other_group: string | null;
  malformed: (string | null)[];
  distinct_nonces: number;
  opened: number;
  per_second: number;
  kdf_seconds: number;
  sealed_length: number;
}

const python313 = [{ label: "3.13", executable: path.join(process.env.HOME ?? "/root", ".pyenv", "versions", "3.13.0", "bin", "python3.13") }];
const figures: Record<string, number> = {};
const expected = reference(PASSPHRASE, GROUP, TOPIC, PAYLOAD, NONCE);

afterAll(() => {
  mkdirSync(path.join(repoRoot, "test-artifacts"), { recursive: true });
  writeFileSync(path.join(repoRoot, "test-artifacts", "crypto-benchmark.json"), JSON.stringify(figures, null, 2) + "\n");
});

describe.each([...pythonVersions(), ...python313])("Python $label", ({ label, executable }) => {
  let result: Result;

  beforeAll(() => {
    const input = JSON.stringify({
      passphrase: PASSPHRASE,
      group: GROUP,
      topic: TOPIC,
      payload: PAYLOAD,
      nonce: NONCE.toString("hex"),
      name: "imdb:tt0111161",
    });
    result = JSON.parse(runPython(executable, ["-c", DRIVER, shims], { input }).trim()) as Result;
    figures[`Python ${label}: messages opened per second`] = Math.round(result.per_second);
    figures[`Python ${label}: key derivation (s)`] = Number(result.kdf_seconds.toFixed(2));
  }, 120_000);

  test("known answers: the sealed message and the keyed name equal node:crypto's", () => {
    expect(result.fixed).toBe(expected.sealed);
    expect(result.name).toBe(expected.nameOf("imdb:tt0111161"));
    expect(result.name).toMatch(/^[0-9a-f]{32}$/);
    expect(result.root).toBe(
      createHash("sha256")
        .update(Buffer.from(`cloudsync/p1 group root\0${GROUP}`, "utf8"))
        .digest()
        .subarray(0, 16)
        .toString("hex"),
    );
  });

  test("a sealed message opens to its text; a replay opens too (the conflict rule decides what it is worth)", () => {
    expect(result.opens).toBe(PAYLOAD);
    expect(result.replayed).toBe(PAYLOAD);
    expect(result.sealed_length).toBeGreaterThan(PAYLOAD.length);
  });

  test("every byte flipped, every truncation, another topic, passphrase or group, malformed text: none opens", () => {
    expect(result.flipped_opened).toEqual([]);
    expect(result.truncated_opened).toEqual([]);
    expect([result.other_topic, result.sibling_topic, result.other_passphrase, result.other_group]).toEqual([null, null, null, null]);
    expect(result.malformed).toEqual([null, null, null, null]);
  });

  test("nonces never repeat (10,000 seals)", () => {
    expect(result.distinct_nonces).toBe(10_000);
  });

  test("at least 5,000 messages are checked and decrypted per second", () => {
    expect(result.opened).toBe(20_000);
    expect(result.per_second).toBeGreaterThanOrEqual(5_000);
  });
});
