"""The group passphrase's cryptography, on Python's standard library alone (hashlib, hmac, secrets).

Kodi on Android, LibreELEC and Windows cannot load compiled extensions we ship, and Kodi's own
pycryptodome is broken on Android Kodi 20/21, so no AES here. The construction, named and cited in
docs/security.md:

- key: PBKDF2-HMAC-SHA256 (RFC 8018) of the passphrase, 600,000 iterations, salted with the
  group's name, run once per passphrase or group (hashlib.pbkdf2_hmac is in every Python Kodi
  embeds; hashlib.scrypt is not everywhere);
- separate keys per purpose from it with HKDF-SHA256 (RFC 5869): encryption, authentication, names;
- encryption: a stream cipher from HMAC-SHA256 as a PRF in counter mode (NIST SP 800-108's counter
  mode construction): keystream block i = HMAC(k_enc, nonce || i as 4 bytes), XORed with the text;
  a fresh random 16-byte nonce from secrets per message;
- authentication: Encrypt-then-MAC (Bellare and Namprempre, 2000): tag = HMAC-SHA256(k_mac,
  version || length of topic || topic || nonce || ciphertext), so a message moved to another topic
  fails; checked with hmac.compare_digest (constant time) before anything is decrypted;
- names: HMAC-SHA256(k_name, text), 128 bits, as 32 hexadecimal characters (topic levels that
  reveal nothing).

Sealed messages travel as base64 text: version (1 byte) || nonce (16) || ciphertext || tag (32).
This module decides nothing: what to seal and what a failure means is TypeScript's.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from typing import Optional

VERSION = 1
KDF_ITERATIONS = 600_000
NONCE_BYTES = 16
TAG_BYTES = 32
BLOCK_BYTES = 32
NAME_BYTES = 16
_SALT_PREFIX = b"cloudsync/v1 group key salt\x00"
_VERSION_BYTE = bytes([VERSION])
_ROOT_PREFIX = b"cloudsync/p1 group root\x00"


def _hkdf(master: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA256 (RFC 5869), extract with an empty salt then expand."""
    prk = hmac.new(b"\x00" * 32, master, hashlib.sha256).digest()
    output = b""
    block = b""
    counter = 1
    while len(output) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        output += block
        counter += 1
    return output[:length]


class GroupKeys:
    """The keys of one group and passphrase; derived once (the slow part), then used per message."""

    def __init__(self, master: bytes) -> None:
        self._encryption = _hkdf(master, b"cloudsync/v1 encryption")
        self._authentication = _hkdf(master, b"cloudsync/v1 authentication")
        self._names = _hkdf(master, b"cloudsync/v1 names")

    def root_name(self, group: str) -> str:
        """The group's topic level, the same for every passphrase (so that messages sealed with another
        passphrase reach the device, fail, and are counted): SHA-256 of the group's name, 128 bits."""
        return hashlib.sha256(_ROOT_PREFIX + group.encode("utf-8")).digest()[:NAME_BYTES].hex()

    def name(self, text: str) -> str:
        """A keyed name for `text` (an item's identity, a device id): the same on every device of the group."""
        return hmac.new(self._names, text.encode("utf-8"), hashlib.sha256).digest()[:NAME_BYTES].hex()

    def seal(self, topic: str, plaintext: str) -> str:
        """`plaintext` encrypted and authenticated for `topic`, as base64 text."""
        return self._seal(topic, plaintext, secrets.token_bytes(NONCE_BYTES))

    def open(self, topic: str, sealed: str) -> Optional[str]:
        """The plaintext, or None when `sealed` was not made for this topic with these keys, or was changed."""
        try:
            data = base64.b64decode(sealed, validate=True)
        except (binascii.Error, ValueError):
            return None
        if len(data) < 1 + NONCE_BYTES + TAG_BYTES or data[0] != VERSION:
            return None
        nonce = data[1:1 + NONCE_BYTES]
        ciphertext = data[1 + NONCE_BYTES:-TAG_BYTES]
        if not hmac.compare_digest(data[-TAG_BYTES:], self._tag(topic, nonce, ciphertext)):
            return None
        try:
            return self._xor_keystream(nonce, ciphertext).decode("utf-8")
        except UnicodeDecodeError:
            return None

    def _seal(self, topic: str, plaintext: str, nonce: bytes) -> str:
        ciphertext = self._xor_keystream(nonce, plaintext.encode("utf-8"))
        tag = self._tag(topic, nonce, ciphertext)
        return base64.b64encode(_VERSION_BYTE + nonce + ciphertext + tag).decode("ascii")

    def _tag(self, topic: str, nonce: bytes, ciphertext: bytes) -> bytes:
        topic_bytes = topic.encode("utf-8")
        message = _VERSION_BYTE + len(topic_bytes).to_bytes(4, "big") + topic_bytes + nonce + ciphertext
        return hmac.digest(self._authentication, message, "sha256")

    def _xor_keystream(self, nonce: bytes, data: bytes) -> bytes:
        blocks = (len(data) + BLOCK_BYTES - 1) // BLOCK_BYTES
        key = self._encryption
        stream = b"".join(hmac.digest(key, nonce + index.to_bytes(4, "big"), "sha256") for index in range(blocks))
        length = len(data)
        mixed = int.from_bytes(data, "big") ^ int.from_bytes(stream[:length], "big")
        return mixed.to_bytes(length, "big")


def derive_group_keys(passphrase: str, group: str) -> GroupKeys:
    """The group's keys from its passphrase: PBKDF2-HMAC-SHA256, salted with the group (slow on purpose)."""
    master = hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), _SALT_PREFIX + group.encode("utf-8"), KDF_ITERATIONS, 32)
    return GroupKeys(master)
