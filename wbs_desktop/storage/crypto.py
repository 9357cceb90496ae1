"""The cryptographic primitives of DESIGN.md "Data and encryption".

Everything here is bytes in, bytes out; no database. Formats are versioned:
the first byte of every blob names its layout.

* Password → key-encryption key: Argon2id (parameters stored with the blob).
* Symmetric wrap / field encryption: AES-256-GCM with a random 96-bit nonce.
  Field ciphertexts bind table, column, row and key version in the associated
  data, so a value copied to another row or column fails to decrypt.
* Sealing a key to a user: ephemeral X25519 + HKDF-SHA256 + AES-256-GCM.
* Signatures (audit log): Ed25519.
* Look-ups on encrypted values: HMAC-SHA256 under the office index key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_SIZE = 32
NONCE_SIZE = 12

FIELD_V1 = 0x01
WRAP_V1 = 0x11
SEAL_V1 = 0x21


class CryptoError(Exception):
    """Base of our crypto failures; never carries key material."""


class DecryptionFailed(CryptoError):
    """Wrong key, tampered bytes, or a ciphertext moved to another place."""


class WrongPassword(CryptoError):
    """The password did not unwrap the user's keys."""

    def __init__(self) -> None:
        super().__init__("the password is not correct")


class BadFormat(CryptoError):
    """A blob of an unknown version or a wrong length."""


# --------------------------------------------------------------------------
# Password-based key derivation


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> str:
        return json.dumps(
            {"alg": "argon2id", "m": self.memory_kib, "t": self.iterations, "p": self.lanes}
        )

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        data = json.loads(text)
        if data.get("alg") != "argon2id":
            raise BadFormat("unknown key derivation")
        return cls(memory_kib=int(data["m"]), iterations=int(data["t"]), lanes=int(data["p"]))


#: OWASP's recommended Argon2id settings are m=19 MiB/t=2; we use more memory,
#: as a login happens once a session on a desktop.
STRONG_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
#: For the test suite only: the parameters are stored with each wrapped secret,
#: so a database made this way stays readable (and a login with today's
#: parameters upgrades it, see :func:`is_weaker`).
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)

# The fast profile is switched on by code, never by the environment: an
# environment variable left set (or planted) on an office machine would make
# every new password ~30x cheaper to guess. Only the test suite's own start-up
# code (tests/helpers/env.py, the CLI launcher it uses for subprocesses, the
# benchmark runner) calls :func:`use_fast_kdf_for_tests`; the application's
# entry points never do, and nothing in wbs_desktop reads WBS_KDF_PROFILE.
_fast_kdf_for_tests = False


def use_fast_kdf_for_tests(enabled: bool = True) -> None:
    """Make new keys with :data:`FAST_KDF` in this process (the test suite only)."""
    global _fast_kdf_for_tests
    _fast_kdf_for_tests = enabled


def default_kdf_params() -> KdfParams:
    """Today's parameters for new or re-wrapped keys."""
    return FAST_KDF if _fast_kdf_for_tests else STRONG_KDF


def is_weaker(params: KdfParams, than: KdfParams) -> bool:
    """True when ``params`` costs less than ``than`` in memory or in passes."""
    return params.memory_kib < than.memory_kib or params.iterations < than.iterations


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


def random_key() -> bytes:
    return os.urandom(KEY_SIZE)


# --------------------------------------------------------------------------
# Symmetric wrapping (keys under keys) and field encryption


def _purpose_ad(prefix: bytes, purpose: str) -> bytes:
    return prefix + b"\x00" + purpose.encode("utf-8")


def wrap(key: bytes, secret: bytes, *, purpose: str) -> bytes:
    """Encrypt ``secret`` under ``key``; ``purpose`` must match on unwrap."""
    nonce = os.urandom(NONCE_SIZE)
    ct = AESGCM(key).encrypt(nonce, secret, _purpose_ad(b"wbs/wrap/v1", purpose))
    return bytes([WRAP_V1]) + nonce + ct


def unwrap(key: bytes, blob: bytes, *, purpose: str) -> bytes:
    if len(blob) < 1 + NONCE_SIZE + 16 or blob[0] != WRAP_V1:
        raise BadFormat("not a wrapped key of a known version")
    nonce, ct = blob[1 : 1 + NONCE_SIZE], blob[1 + NONCE_SIZE :]
    try:
        return AESGCM(key).decrypt(nonce, ct, _purpose_ad(b"wbs/wrap/v1", purpose))
    except InvalidTag as exc:
        raise DecryptionFailed("the wrapped key did not authenticate") from exc


def field_ad(table: str, column: str, row_id: str, key_version: int) -> bytes:
    parts = (b"wbs/field/v1", table.encode(), column.encode(), row_id.encode())
    return b"\x00".join(parts) + struct.pack(">I", key_version)


def encrypt_field(
    key: bytes, plaintext: bytes, *, table: str, column: str, row_id: str, key_version: int
) -> bytes:
    """``0x01 | key_version (u32) | nonce (12) | ciphertext+tag``."""
    nonce = os.urandom(NONCE_SIZE)
    ad = field_ad(table, column, row_id, key_version)
    return (
        bytes([FIELD_V1])
        + struct.pack(">I", key_version)
        + nonce
        + AESGCM(key).encrypt(nonce, plaintext, ad)
    )


def field_key_version(blob: bytes) -> int:
    if len(blob) < 5 or blob[0] != FIELD_V1:
        raise BadFormat("not an encrypted field of a known version")
    return int(struct.unpack(">I", blob[1:5])[0])


def decrypt_field(key: bytes, blob: bytes, *, table: str, column: str, row_id: str) -> bytes:
    version = field_key_version(blob)
    if len(blob) < 5 + NONCE_SIZE + 16:
        raise BadFormat("encrypted field too short")
    nonce, ct = blob[5 : 5 + NONCE_SIZE], blob[5 + NONCE_SIZE :]
    try:
        return AESGCM(key).decrypt(nonce, ct, field_ad(table, column, row_id, version))
    except InvalidTag as exc:
        raise DecryptionFailed(f"{table}.{column} of {row_id} did not authenticate") from exc


class ColumnDecryptor:
    """``decrypt_field`` for one column over many rows (the case table's column):
    the same checks and associated data, with the AD prefix built once."""

    __slots__ = ("_column", "_prefix", "_table")

    def __init__(self, table: str, column: str) -> None:
        self._table, self._column = table, column
        # field_ad() is prefix + row id + the key version as 4 big-endian bytes,
        # which are exactly bytes 1..5 of the blob's header.
        self._prefix = b"\x00".join((b"wbs/field/v1", table.encode(), column.encode(), b""))

    def __call__(self, key: bytes, blob: bytes, row_id: str) -> bytes:
        if len(blob) < 5 + NONCE_SIZE + 16 or blob[0] != FIELD_V1:
            raise BadFormat("not an encrypted field of a known version")
        try:
            return AESGCM(key).decrypt(
                blob[5 : 5 + NONCE_SIZE], blob[5 + NONCE_SIZE :],
                self._prefix + row_id.encode() + blob[1:5],
            )
        except InvalidTag as exc:
            raise DecryptionFailed(
                f"{self._table}.{self._column} of {row_id} did not authenticate"
            ) from exc


# --------------------------------------------------------------------------
# Sealing to a public key (grants)


def _seal_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_SIZE,
        salt=eph_pub + recipient_pub,
        info=_purpose_ad(b"wbs/seal/v1", purpose),
    ).derive(shared)


def seal(recipient_public: bytes, secret: bytes, *, purpose: str) -> bytes:
    """``0x21 | ephemeral public (32) | nonce | ciphertext+tag``."""
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _seal_key(shared, eph_pub, recipient_public, purpose)
    nonce = os.urandom(NONCE_SIZE)
    ct = AESGCM(key).encrypt(nonce, secret, _purpose_ad(b"wbs/seal/v1", purpose))
    return bytes([SEAL_V1]) + eph_pub + nonce + ct


def unseal(
    private: X25519PrivateKey, blob: bytes, *, purpose: str, public: bytes | None = None
) -> bytes:
    """``public``: the private key's public key, when the caller keeps it (an
    officer's first search unseals thousands of grants with one key pair)."""
    if len(blob) < 1 + 32 + NONCE_SIZE + 16 or blob[0] != SEAL_V1:
        raise BadFormat("not a sealed key of a known version")
    eph_pub = blob[1:33]
    nonce, ct = blob[33 : 33 + NONCE_SIZE], blob[33 + NONCE_SIZE :]
    recipient_pub = public if public is not None else private.public_key().public_bytes_raw()
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    key = _seal_key(shared, eph_pub, recipient_pub, purpose)
    try:
        return AESGCM(key).decrypt(nonce, ct, _purpose_ad(b"wbs/seal/v1", purpose))
    except InvalidTag as exc:
        raise DecryptionFailed("the sealed key is not for this key pair") from exc


# --------------------------------------------------------------------------
# A user's secrets


@dataclass(frozen=True, slots=True)
class UserSecrets:
    """What logging in unwraps: the X25519 and Ed25519 private keys and the data key."""

    exchange: X25519PrivateKey
    signing: Ed25519PrivateKey
    data_key: bytes

    @classmethod
    def generate(cls) -> UserSecrets:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate(), random_key())

    @property
    def exchange_public(self) -> bytes:
        return self.exchange.public_key().public_bytes_raw()

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes_raw()

    def _raw(self) -> bytes:
        return self.exchange.private_bytes_raw() + self.signing.private_bytes_raw() + self.data_key

    def wrap_with_password(
        self, password: str, *, user_ref: str, params: KdfParams | None = None
    ) -> WrappedSecrets:
        params = params or default_kdf_params()
        salt = os.urandom(16)
        kek = derive_key(password, salt, params)
        blob = wrap(kek, self._raw(), purpose=f"user-secrets:{user_ref}")
        return WrappedSecrets(salt=salt, params=params, blob=blob)

    @classmethod
    def unwrap_with_password(
        cls, password: str, wrapped: WrappedSecrets, *, user_ref: str
    ) -> UserSecrets:
        kek = derive_key(password, wrapped.salt, wrapped.params)
        try:
            raw = unwrap(kek, wrapped.blob, purpose=f"user-secrets:{user_ref}")
        except DecryptionFailed as exc:
            raise WrongPassword() from exc
        if len(raw) != 3 * KEY_SIZE:
            raise BadFormat("user secrets of a wrong length")
        return cls(
            X25519PrivateKey.from_private_bytes(raw[:32]),
            Ed25519PrivateKey.from_private_bytes(raw[32:64]),
            raw[64:],
        )


@dataclass(frozen=True, slots=True)
class WrappedSecrets:
    salt: bytes
    params: KdfParams
    blob: bytes


# --------------------------------------------------------------------------
# Signatures and digests


def sign(private: Ed25519PrivateKey, message: bytes) -> bytes:
    return private.sign(message)


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def index_digest(index_key: bytes, kind: str, normalized_value: str) -> bytes:
    """Keyed look-up digest: equal inputs match, nothing else is revealed."""
    msg = kind.encode("utf-8") + b"\x00" + normalized_value.encode("utf-8")
    return hmac.new(index_key, msg, hashlib.sha256).digest()


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


# --------------------------------------------------------------------------
# The recovery key, printed once

_RECOVERY_PREFIX = "WBSR"


def fingerprint(public: bytes) -> str:
    """A short, readable fingerprint of a public key (``AB12-CD34-EF56-7890``)."""
    digest = hashlib.sha256(b"wbs/fingerprint\x00" + public).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def format_recovery_key(private: X25519PrivateKey) -> str:
    """The private half as text to print: groups of 4 base32 characters + a check."""
    raw = private.private_bytes_raw()
    check = hashlib.sha256(b"wbs/recovery\x00" + raw).digest()[:3]
    text = base64.b32encode(raw + check).decode("ascii").rstrip("=")
    groups = [text[i : i + 4] for i in range(0, len(text), 4)]
    return "-".join([_RECOVERY_PREFIX, *groups])


def parse_recovery_key(text: str) -> X25519PrivateKey:
    """Inverse of :func:`format_recovery_key`; tolerant of spaces, dashes and case."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.removeprefix(_RECOVERY_PREFIX)
    # Characters people misread on paper: base32 has no 0, 1 or 8.
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        data = base64.b32decode(padded)
    except ValueError as exc:
        raise BadFormat("the recovery key contains characters it cannot have") from exc
    if len(data) != KEY_SIZE + 3:
        raise BadFormat("the recovery key has the wrong length")
    raw, check = data[:KEY_SIZE], data[KEY_SIZE:]
    if hashlib.sha256(b"wbs/recovery\x00" + raw).digest()[:3] != check:
        raise BadFormat("the recovery key does not check out (a typing error?)")
    return X25519PrivateKey.from_private_bytes(raw)
