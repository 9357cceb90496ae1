"""The crypto primitives: wrong passwords, moved or flipped ciphertexts, sealing."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from wbs_desktop.storage import crypto


def _field(key: bytes, **where: object) -> bytes:
    place = {"table": "cases", "column": "content_ct", "row_id": "abc", "key_version": 1}
    place.update(where)
    return crypto.encrypt_field(key, b"Kronologi rahasia", **place)  # type: ignore[arg-type]


def test_field_round_trip() -> None:
    key = crypto.random_key()
    blob = _field(key)
    assert blob[0] == crypto.FIELD_V1
    assert crypto.field_key_version(blob) == 1
    plain = crypto.decrypt_field(key, blob, table="cases", column="content_ct", row_id="abc")
    assert plain == b"Kronologi rahasia"


@pytest.mark.parametrize(
    ("table", "column", "row_id"),
    [
        ("cases", "content_ct", "abd"),
        ("cases", "accused_ct", "abc"),
        ("case_events", "content_ct", "abc"),
    ],
)
def test_ciphertext_moved_elsewhere_fails(table: str, column: str, row_id: str) -> None:
    key = crypto.random_key()
    blob = _field(key)
    with pytest.raises(crypto.DecryptionFailed):
        crypto.decrypt_field(key, blob, table=table, column=column, row_id=row_id)


def test_key_version_is_bound() -> None:
    key = crypto.random_key()
    blob = bytearray(_field(key, key_version=1))
    blob[4] = 2  # claim another key version
    with pytest.raises(crypto.DecryptionFailed):
        crypto.decrypt_field(key, bytes(blob), table="cases", column="content_ct", row_id="abc")


def test_every_flipped_byte_fails() -> None:
    key = crypto.random_key()
    blob = _field(key)
    for i in range(len(blob)):
        tampered = bytearray(blob)
        tampered[i] ^= 0x01
        with pytest.raises(crypto.CryptoError):
            crypto.decrypt_field(
                key, bytes(tampered), table="cases", column="content_ct", row_id="abc"
            )


def test_wrong_password_is_our_clear_error() -> None:
    secrets = crypto.UserSecrets.generate()
    wrapped = secrets.wrap_with_password("benar-sekali-123", user_ref="7")
    with pytest.raises(crypto.WrongPassword, match="password is not correct"):
        crypto.UserSecrets.unwrap_with_password("salah-sekali-123", wrapped, user_ref="7")
    opened = crypto.UserSecrets.unwrap_with_password("benar-sekali-123", wrapped, user_ref="7")
    assert opened.data_key == secrets.data_key
    assert opened.exchange_public == secrets.exchange_public
    assert opened.signing_public == secrets.signing_public


def test_wrapped_secrets_are_bound_to_their_user() -> None:
    secrets = crypto.UserSecrets.generate()
    wrapped = secrets.wrap_with_password("benar-sekali-123", user_ref="7")
    with pytest.raises(crypto.WrongPassword):
        crypto.UserSecrets.unwrap_with_password("benar-sekali-123", wrapped, user_ref="8")


def test_kdf_parameters_travel_with_the_blob() -> None:
    params = crypto.KdfParams(memory_kib=16 * 1024, iterations=2, lanes=2)
    assert crypto.KdfParams.from_json(params.to_json()) == params


def test_sealed_key_opens_only_for_its_recipient() -> None:
    alice, bob = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    secret = crypto.random_key()
    blob = crypto.seal(alice.public_key().public_bytes_raw(), secret, purpose="case-key:x")
    assert crypto.unseal(alice, blob, purpose="case-key:x") == secret
    with pytest.raises(crypto.DecryptionFailed):
        crypto.unseal(bob, blob, purpose="case-key:x")
    with pytest.raises(crypto.DecryptionFailed):
        crypto.unseal(alice, blob, purpose="case-key:y")


def test_recovery_key_round_trip_and_typo() -> None:
    key = X25519PrivateKey.generate()
    text = crypto.format_recovery_key(key)
    assert text.startswith("WBSR-")
    again = crypto.parse_recovery_key(" " + text.lower().replace("-", " ") + " ")
    assert again.private_bytes_raw() == key.private_bytes_raw()
    body = text[5:]
    wrong = "A" if body[0] != "A" else "B"
    with pytest.raises(crypto.BadFormat):
        crypto.parse_recovery_key("WBSR-" + wrong + body[1:])
    with pytest.raises(crypto.BadFormat):
        crypto.parse_recovery_key(text[:-5])


def test_signatures_and_index_digests() -> None:
    secrets = crypto.UserSecrets.generate()
    sig = crypto.sign(secrets.signing, b"entry")
    assert crypto.verify_signature(secrets.signing_public, sig, b"entry")
    assert not crypto.verify_signature(secrets.signing_public, sig, b"entrx")
    k1, k2 = crypto.random_key(), crypto.random_key()
    assert crypto.index_digest(k1, "nip", "1") == crypto.index_digest(k1, "nip", "1")
    assert crypto.index_digest(k1, "nip", "1") != crypto.index_digest(k2, "nip", "1")
    assert crypto.index_digest(k1, "nip", "1") != crypto.index_digest(k1, "name", "1")


def test_the_column_decryptor_reads_what_encrypt_field_wrote_and_checks_the_same() -> None:
    key = crypto.random_key()
    decrypt = crypto.ColumnDecryptor("cases", "accused_ct")
    for version in (1, 7, 2**32 - 1):
        blob = crypto.encrypt_field(key, "Ané 🙂 <&>".encode(), table="cases",
                                    column="accused_ct", row_id="c1", key_version=version)
        assert decrypt(key, blob, "c1") == "Ané 🙂 <&>".encode()
        assert decrypt(key, blob, "c1") == crypto.decrypt_field(
            key, blob, table="cases", column="accused_ct", row_id="c1")
    with pytest.raises(crypto.DecryptionFailed):
        decrypt(key, blob, "c2")  # moved to another row
    with pytest.raises(crypto.DecryptionFailed):
        crypto.ColumnDecryptor("cases", "content_ct")(key, blob, "c1")  # another column
    with pytest.raises(crypto.DecryptionFailed):
        decrypt(crypto.random_key(), blob, "c1")
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(crypto.DecryptionFailed):
        decrypt(key, bytes(tampered), "c1")
    relabelled = bytearray(blob)
    relabelled[4] ^= 1  # another key version in the header
    with pytest.raises(crypto.DecryptionFailed):
        decrypt(key, bytes(relabelled), "c1")
    with pytest.raises(crypto.BadFormat):
        decrypt(key, b"\x02" + blob[1:], "c1")
    with pytest.raises(crypto.BadFormat):
        decrypt(key, blob[:20], "c1")
