"""The search index's file format (see :mod:`wbs_desktop.services.search_index`).

``WBSIDX`` + a format byte + newline, a nonce, and under AES-256-GCM (a key
derived from the user's data key, the office and user ids as associated data)
the columns: a head (format, audit head, count), the case versions as one
``array('q')``, one byte per entry (decrypted or not), and three string columns
(ids, texts, sort keys), each one UTF-8 text, joined by a separator no stored
text holds or, should one hold it, with character offsets. Encrypted and
written a part at a time (a block of strings, not the whole text, is held beside
the session's texts); read back (:func:`read`) as it is decrypted, a piece at a
time, the entries handed out only once the tag has checked. A file of format 1
(JSON) is :class:`Outdated`; anything else that fails is ``ValueError``.
"""

from __future__ import annotations

import io
import os
import struct
import sys
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import (
    AEADDecryptionContext,
    Cipher,
    algorithms,
    modes,
)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

if TYPE_CHECKING:
    from wbs_desktop.services.context import Actor, Context

#: The file's header: "WBSIDX", the format version (one byte), "\n". Format 1
#: (b"WBSIDX1\n", a JSON object) is not read: such a file is deleted and rebuilt.
FORMAT = 2
PREFIX = b"WBSIDX"
MAGIC = PREFIX + bytes([FORMAT]) + b"\n"
_NONCE = 12
_INFO = b"wbs/search-index/v1"

#: One case's entry in ``Actor.search_text``: (case version, "accused name\x00
#: case-folded searchable text", the accused's sort key: the name case-folded,
#: "" when the user may not read the case).
Entry = tuple[int, str, str]

#: The plaintext's head: format, audit seq, length of the audit hash, entries.
_HEAD = struct.Struct("<BqII")
_LENGTH = struct.Struct("<Q")
#: A string column is joined by a separator no stored text holds (control
#: characters are refused in every field), or, should one hold it, stored with
#: offsets.
_SEP = "\x1f"
_JOINED, _OFFSETS = 0, 1
_BLOCK = 4096  # strings encoded at a time
_PIECE = 1 << 22  # bytes of a column decoded at a time


class Outdated(Exception):
    """An index file of an earlier format: not refused (nothing is wrong with it),
    deleted and rebuilt."""



@dataclass(slots=True)
class Entries:
    """A decoded index file: one column per field, entry ``i`` across them."""

    ids: list[str]
    versions: array[int]
    #: 1 where the text was decrypted (the user could read the case), else 0.
    readable: bytes
    texts: list[str]
    keys: list[str]

    def __len__(self) -> int:
        return len(self.ids)



def file_key(actor: Actor, info: bytes = _INFO) -> bytes:
    """The key of one of the user's private files (``info``: its label)."""
    data_key = actor.secrets.data_key
    return HKDF(hashes.SHA256(), 32, salt=None, info=info).derive(data_key)


def associated_data(ws: Context, info: bytes = _INFO) -> bytes:
    return b"\x00".join((info, ws.office.office_id.encode(), str(ws.actor.id).encode()))


def little_endian(column: array[int]) -> bytes:
    if sys.byteorder != "little":
        column = array("q", column)
        column.byteswap()
    return column.tobytes()


def int_column(raw: bytes | memoryview) -> array[int]:
    column = array("q")
    column.frombytes(raw)
    if sys.byteorder != "little":
        column.byteswap()
    return column


def _pack_strings(strings: list[str]) -> Iterator[bytes]:
    """n strings as one UTF-8 text, in parts: joined by ``_SEP`` when none holds it
    (split back in one call; encoded a block at a time after its length is
    counted, so the column is never also held whole as bytes), else with n + 1
    character offsets before it."""
    if any(_SEP in s for s in strings):
        ends = array("q", [0])
        ends.extend(accumulate(map(len, strings)))
        blob = "".join(strings).encode("utf-8")
        yield bytes([_OFFSETS]) + _LENGTH.pack(len(blob)) + little_endian(ends)
        yield blob
        return
    # UTF-8 length: a str's own length when it is ASCII (known without a scan).
    size = sum(len(s) if s.isascii() else len(s.encode("utf-8")) for s in strings)
    yield bytes([_JOINED]) + _LENGTH.pack(size + max(len(strings) - 1, 0) * len(_SEP))
    for start in range(0, len(strings), _BLOCK):
        part = _SEP.join(strings[start : start + _BLOCK]).encode("utf-8")
        yield _SEP.encode() + part if start else part


def pack_strings(out: bytearray, strings: list[str]) -> None:
    """:func:`_pack_strings` appended to ``out`` (the units file: small, built whole)."""
    for part in _pack_strings(strings):
        out += part


def unpack_strings(view: memoryview, pos: int, n: int) -> tuple[list[str], int]:
    """The n strings of the column at ``pos`` of a plaintext held whole (the
    units file: small, decrypted in one call), and where the column ends."""
    source = _Memory(view, pos)
    return _read_strings(source, n), source.pos


def encode(
    ws: Context,
    token: tuple[int, bytes],
    entries: Mapping[str, Entry],
    order: Sequence[str] | None = None,
) -> bytearray:
    """The file as :func:`write` writes it, in one buffer."""
    out = _Buffer()
    write(out, ws, token, entries, order)
    return out.data


def write(
    out: BinaryIO | _Buffer,
    ws: Context,
    token: tuple[int, bytes],
    entries: Mapping[str, Entry],
    order: Sequence[str] | None = None,
) -> None:
    """The file: header, nonce, and under AES-256-GCM the columns (``order``: the
    ids first in this order, the list's, which makes the next load's check a
    comparison of two arrays; the other entries after them). Encrypted and
    written a part at a time (AES-GCM's streaming form: the same bytes as
    ``AESGCM.encrypt``, the tag last), so neither the whole plaintext nor the
    whole ciphertext is held beside the texts."""
    ids = [i for i in order if i in entries] if order is not None else list(entries)
    if order is not None and len(ids) != len(entries):
        placed = set(ids)
        ids += [i for i in entries if i not in placed]
    nonce = os.urandom(_NONCE)
    cipher = Cipher(algorithms.AES(file_key(ws.actor)), modes.GCM(nonce)).encryptor()
    cipher.authenticate_additional_data(associated_data(ws))
    out.write(MAGIC + nonce)
    for part in _plain(token, [entries[i] for i in ids], ids):
        out.write(cipher.update(part))
    out.write(cipher.finalize() + cipher.tag)


def _plain(token: tuple[int, bytes], rows: list[Entry], ids: list[str]) -> Iterator[bytes]:
    head = token[1]
    yield _HEAD.pack(FORMAT, token[0], len(head), len(ids)) + head
    yield little_endian(array("q", [r[0] for r in rows]))
    texts = [r[1] for r in rows]
    yield bytes(decrypted(t) for t in texts)
    for column in (ids, texts, [r[2] for r in rows]):
        yield from _pack_strings(column)


class _Buffer:
    """What :func:`write` needs of a file, into memory (:func:`encode`)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> int:
        self.data += data
        return len(data)


def decode(ws: Context, blob: bytes) -> tuple[tuple[int, bytes], Entries]:
    """:func:`read` of a file's bytes held in memory."""
    return read(ws, io.BytesIO(blob))


def read(ws: Context, fh: BinaryIO) -> tuple[tuple[int, bytes], Entries]:
    """:func:`decode` of an open file, parsed as it is decrypted a piece at a
    time: neither the file's bytes nor its whole plaintext are held beside the
    entries (at 100,000 cases a 65 MB plaintext was, at the top of the peak of
    every login's load). The tag is checked before anything is returned, so
    nothing read is used unless the whole file authenticates; a file that
    fails to parse is read to its end and reported as not authenticating when
    its tag fails too."""
    at = fh.tell()
    size = fh.seek(0, os.SEEK_END) - at
    fh.seek(at)
    start = fh.read(len(MAGIC) + _NONCE)
    if start.startswith(PREFIX) and len(start) > len(PREFIX) and start[len(PREFIX)] != FORMAT:
        raise Outdated(f"search index format {start[len(PREFIX) : len(PREFIX) + 1]!r}")
    if not start.startswith(MAGIC) or size < len(MAGIC) + _NONCE + 16:
        raise ValueError("not a search index file")
    cipher = Cipher(algorithms.AES(file_key(ws.actor)), modes.GCM(start[len(MAGIC) :])).decryptor()
    cipher.authenticate_additional_data(associated_data(ws))
    plain = _Plain(fh, cipher, size - len(start) - 16)
    try:
        form, seq, head_size, n = _HEAD.unpack(plain.take(_HEAD.size))
        if form != FORMAT:  # authenticated below: the header's byte was changed
            raise ValueError("the search index's format does not match its header")
        head = plain.take(head_size)
        versions = int_column(plain.take(8 * n))
        readable = plain.take(n)
        ids, texts, keys = [_read_strings(plain, n) for _column in range(3)]
        if plain.left:
            raise ValueError("the search index is malformed")
    except (struct.error, ValueError) as exc:
        plain.drain()  # the reason, if the file was changed, is that
        _check_tag(cipher, fh)
        raise ValueError("the search index is malformed") from exc
    _check_tag(cipher, fh)
    return (seq, head), Entries(ids, versions, readable, texts, keys)


class _Plain:
    """A file's plaintext, decrypted in order as it is taken."""

    def __init__(self, fh: BinaryIO, cipher: AEADDecryptionContext, size: int) -> None:
        self._fh, self._cipher, self.left = fh, cipher, size

    def take(self, n: int) -> bytes:
        if n > self.left:  # (a changed count asks for more than there is)
            raise ValueError("the search index is cut short")
        data = self._fh.read(n)
        if len(data) != n:
            raise ValueError("the search index is cut short")
        self.left -= n
        return self._cipher.update(data)

    def drain(self) -> None:
        while self.left:
            self.take(min(_PIECE, self.left))


class _Memory:
    """A plaintext held whole, taken in order as :class:`_Plain` is."""

    def __init__(self, view: memoryview, pos: int) -> None:
        self._view, self.pos, self.left = view, pos, len(view) - pos

    def take(self, n: int) -> bytes:
        if n > self.left:
            raise ValueError("the file is cut short")
        self.pos += n
        self.left -= n
        return bytes(self._view[self.pos - n : self.pos])


def _check_tag(cipher: AEADDecryptionContext, fh: BinaryIO) -> None:
    try:
        cipher.finalize_with_tag(fh.read(16))
    except (InvalidTag, ValueError) as exc:
        raise ValueError("the search index did not authenticate") from exc


def _read_strings(plain: _Plain | _Memory, n: int) -> list[str]:
    """A string column of n strings: a joined one decoded and split a piece of
    about ``_PIECE`` bytes at a time, cut at its last separator (an ASCII byte:
    never inside a UTF-8 character), so it is never also held whole as one str."""
    kind = plain.take(1)[0]
    (size,) = _LENGTH.unpack(plain.take(_LENGTH.size))
    if kind == _OFFSETS:
        ends = int_column(plain.take(8 * (n + 1)))
        text = str(plain.take(size), "utf-8")
        if len(ends) != n + 1 or ends[0] != 0 or ends[-1] != len(text):
            raise ValueError("a column of the search index is cut short")
        return [text[a:b] for a, b in pairwise(ends)]
    if kind != _JOINED:
        raise ValueError("a column of the search index is of no known kind")
    if size > plain.left:
        raise ValueError("a column of the search index is cut short")
    strings: list[str] = []
    sep, carry, left = _SEP.encode(), b"", size
    while left:
        piece = plain.take(min(_PIECE, left))
        left -= len(piece)
        cut = piece.rfind(sep)
        if cut < 0:
            carry += piece
            continue
        strings.extend(str(carry + piece[:cut], "utf-8").split(_SEP))
        carry = piece[cut + 1 :]
    if n:
        strings.extend(str(carry, "utf-8").split(_SEP))
    if len(strings) != n or (n == 0 and size):
        raise ValueError("a column of the search index does not hold its count")
    return strings


def decrypted(text: str) -> bool:
    """A decrypted entry joins seven fields with newlines; a register number
    alone (a case the user may not read) has none."""
    return "\n" in text
