/**
 * The group passphrase's construction (cloudsync_host/crypto.py) written again with node:crypto,
 * so the session's unit tests run with real cryptography; test/addon/crypto.test.ts checks that both
 * give the same bytes.
 */
import { createHash, createHmac, hkdfSync, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";
import { GroupCipher } from "../../../src/core/group-cipher";

export class NodeGroupCipher implements GroupCipher {
  private readonly encryption: Buffer;
  private readonly authentication: Buffer;
  private readonly names: Buffer;

  constructor(passphrase: string, group: string) {
    const master = pbkdf2Sync(
      Buffer.from(passphrase, "utf8"),
      Buffer.concat([Buffer.from("cloudsync/v1 group key salt\0"), Buffer.from(group, "utf8")]),
      600_000,
      32,
      "sha256",
    );
    const key = (info: string) => Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), Buffer.from(info), 32));
    this.encryption = key("cloudsync/v1 encryption");
    this.authentication = key("cloudsync/v1 authentication");
    this.names = key("cloudsync/v1 names");
  }

  root_name(group: string): string {
    return createHash("sha256")
      .update(Buffer.concat([Buffer.from("cloudsync/p1 group root\0"), Buffer.from(group, "utf8")]))
      .digest()
      .subarray(0, 16)
      .toString("hex");
  }

  name(text: string): string {
    return createHmac("sha256", this.names).update(text, "utf8").digest().subarray(0, 16).toString("hex");
  }

  seal(topic: string, plaintext: string, nonce: Buffer = randomBytes(16)): string {
    const ciphertext = this.xor(nonce, Buffer.from(plaintext, "utf8"));
    return Buffer.concat([Buffer.from([1]), nonce, ciphertext, this.tag(topic, nonce, ciphertext)]).toString("base64");
  }

  open(topic: string, sealed: string): string | null {
    const data = Buffer.from(sealed, "base64");
    if (data.length < 49 || data[0] !== 1 || data.toString("base64") !== sealed) {
      return null;
    }
    const nonce = data.subarray(1, 17);
    const ciphertext = data.subarray(17, data.length - 32);
    if (!timingSafeEqual(data.subarray(data.length - 32), this.tag(topic, nonce, ciphertext))) {
      return null;
    }
    return this.xor(nonce, ciphertext).toString("utf8");
  }

  private tag(topic: string, nonce: Buffer, ciphertext: Buffer): Buffer {
    const topicBytes = Buffer.from(topic, "utf8");
    const length = Buffer.alloc(4);
    length.writeUInt32BE(topicBytes.length);
    return createHmac("sha256", this.authentication)
      .update(Buffer.concat([Buffer.from([1]), length, topicBytes, nonce, ciphertext]))
      .digest();
  }

  private xor(nonce: Buffer, data: Buffer): Buffer {
    const out = Buffer.alloc(data.length);
    for (let offset = 0, block = 0; offset < data.length; offset += 32, block++) {
      const counter = Buffer.alloc(4);
      counter.writeUInt32BE(block);
      const stream = createHmac("sha256", this.encryption)
        .update(Buffer.concat([nonce, counter]))
        .digest();
      for (let index = 0; index < 32 && offset + index < data.length; index++) {
        out[offset + index] = (data[offset + index] ?? 0) ^ (stream[index] ?? 0);
      }
    }
    return out;
  }
}
