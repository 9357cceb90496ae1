"""The per-user search index file (services.search_index): reused at the next
login, never holding a case the user lost, refused when tampered with or copied,
no plaintext at rest, dropped at logout; results equal to decrypting afresh."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.files import POSIX
from wbs_desktop.services import search_index
from wbs_desktop.services import search_index_file as index_file
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.services.errors import Cancelled
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import AuditEntry, CaseKeyGrant

MARKER = "Zebrakuda-Marker-7391"
WORDS = [
    "kupang",
    "ende",
    "sabu",
    "rote",
    "lelo",
    "mbete",
    "pungutan",
    "mutasi",
    "rp",
    "2026",
    "berkas",
    "loket",
    "alor",
    "sumba",
    MARKER.casefold()[:9],
]


def _ids(ws: Workspace, text: str) -> list[str]:
    return ws.cases.listing(CaseFilter(text=text)).ids


def _fill(admin: Workspace, n: int = 8) -> list[str]:
    rng = random.Random(17)
    places = ["Kupang", "Ende", "Sabu", "Rote", "Alor", "Sumba"]
    ids = []
    for i in range(n):
        c = complaint(
            received_at=datetime(2026, 11, 12, 1, tzinfo=UTC) + timedelta(days=i),
            accused={"name": f"{rng.choice(['Yosef', 'Maria', 'Lelo'])} {i}"},
            location=f"Kantor {rng.choice(places)}",
            chronology=" ".join(rng.choice(WORDS) for _ in range(30)),
        )
        ids.append(admin.cases.submit(c).case_id)
    return ids


def _relogin(office: Office, ws: Workspace, username: str, password: str) -> Workspace:
    ws.logout()
    return office.login(username, password)


def test_reused_at_the_next_login_with_the_same_results(office: Office, admin: Workspace) -> None:
    ids = _fill(admin)
    marked = admin.cases.submit(complaint(chronology=f"Uang diminta. {MARKER}")).case_id
    queries = [*WORDS, MARKER, "kantor", "zzz-none", "l"]
    cold = {q: _ids(admin, q) for q in queries}
    assert cold[MARKER] == [marked]
    assert admin.actor.search_index.reused == 0
    path = search_index.index_path(admin)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    assert path.exists()
    warm = {q: _ids(admin, q) for q in queries}
    assert warm == cold
    assert admin.actor.search_index.reused == len(ids) + 1  # nothing decrypted again
    # A case changed since: only it is read again, and its new text is found.
    admin.cases.submit(complaint(chronology="Kasus baru di Lembata"))
    assert len(_ids(admin, "lembata")) == 1


def _keys_are_the_lists(ws: Workspace) -> bool:
    """Whether the search texts are held under the list's own id strings (not a
    second copy of each id, read from the database or the file)."""
    state = ws.actor.listing.peek()
    assert state is not None
    return all(key is state.meta[key].id for key in ws.actor.search_text)


def test_the_texts_are_held_under_the_lists_ids(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(admin, 12)
    monkeypatch.setattr(search_index, "BLOCK", 2)  # the many-cases path, by blocks
    _ids(admin, "kantor")  # decrypted
    assert len(admin.actor.search_text) == 12 and _keys_are_the_lists(admin)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    _ids(admin, "kantor")  # from the file
    assert admin.actor.search_index.reused == 12 and _keys_are_the_lists(admin)


def test_a_case_changed_while_logged_out_is_read_again(office: Office, admin: Workspace) -> None:
    _fill(admin, 3)
    _ids(admin, "kantor")
    admin.logout()
    other = office.login("admin", ADMIN_PASSWORD)
    fresh = other.cases.submit(complaint(chronology=f"Baru: {MARKER}")).case_id
    # The other session wrote nothing to the index since (it never searched).
    other.logout()
    admin = office.login("admin", ADMIN_PASSWORD)
    assert _ids(admin, MARKER) == [fresh]
    assert admin.actor.search_index.reused == 3


def test_never_holds_a_case_the_user_lost(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER)
    kept, never = _fill(admin, 2)
    lost_text = admin.cases.submit(complaint(chronology=f"Rahasia {MARKER}")).case_id
    for case_id in (kept, lost_text):
        admin.cases.assign(case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert _ids(officer, MARKER) == [lost_text]
    officer = _relogin(office, officer, "yosef", OFFICER_PASSWORD)  # saved at logout

    # Lost while logged out: not taken from the file, not found.
    admin.cases.unassign(lost_text, officer_id)
    officer = _relogin(office, officer, "yosef", OFFICER_PASSWORD)
    assert _ids(officer, MARKER) == []
    assert "\n" not in officer.actor.search_text[lost_text][1]
    _token, entries = index_file.decode(officer, search_index.index_path(officer).read_bytes())
    assert any(MARKER.casefold() in text for text in entries.texts)  # read before the loss
    officer = _relogin(office, officer, "yosef", OFFICER_PASSWORD)  # the file written again
    _token, entries = index_file.decode(officer, search_index.index_path(officer).read_bytes())
    assert all(MARKER.casefold() not in text for text in entries.texts)
    assert _ids(officer, MARKER) == []
    assert officer.actor.search_text[kept][1].count("\n") == 6  # still readable
    assert "\n" not in officer.actor.search_text[never][1]  # never assigned

    # Lost during the session: gone at the next search of the same session.
    admin.cases.assign(lost_text, officer_id)
    assert _ids(officer, MARKER) == [lost_text]
    admin.cases.unassign(lost_text, officer_id)
    assert _ids(officer, MARKER) == []
    # ...and from the file written at logout.
    path = search_index.index_path(officer)
    officer.logout()
    officer = office.login("yosef", OFFICER_PASSWORD)
    _token, entries = index_file.decode(officer, path.read_bytes())
    assert all(MARKER.casefold() not in text for text in entries.texts)


@pytest.mark.parametrize("block", [1000, 1], ids=["by-blocks", "one-pass"])
def test_an_officer_decrypts_only_the_cases_he_holds(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    """The others are searched by their register number, their ciphertexts
    neither read nor tried (an officer holds a fifth of the register); many
    of them (``block`` 1: more than four blocks) from one pass over the
    register, which a cancel stops."""
    monkeypatch.setattr(search_index, "BLOCK", block)
    officer_id = add_user(admin, "yosef", Role.OFFICER)
    ids = _fill(admin, 8)
    held = ids[:2]
    for case_id in held:
        admin.cases.assign(case_id, officer_id)
    tried: list[str] = []
    real_text = search_index._text

    def spy(actor, r, grants):  # type: ignore[no-untyped-def]
        tried.append(r.id)
        return real_text(actor, r, grants)

    monkeypatch.setattr(search_index, "_text", spy)
    officer = office.login("yosef", OFFICER_PASSWORD)
    asked = []

    def cancel_at_the_unreadable() -> bool:  # asked before the first step, then in it
        asked.append(1)
        return len(asked) > 1

    if block == 1:
        with pytest.raises(Cancelled):
            officer.cases.listing(CaseFilter(text="kantor"), cancelled=cancel_at_the_unreadable)
        assert officer.actor.search_text == {} and tried == []
    assert _ids(officer, "kantor") == sorted(held, key=ids.index, reverse=True)
    assert sorted(tried) == sorted(held)
    assert len(officer.actor.search_text) == len(ids) and _keys_are_the_lists(officer)
    number = admin.cases.detail(ids[-1]).register_number
    assert _ids(officer, number) == [ids[-1]]  # the others by their number


def test_an_officer_s_grants_are_read_in_one_pass_key_chain_included(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many stale cases of which he may read at most half: his content grants
    and the key chain's in one statement, not block by block — and a case
    re-keyed since its text was written (another officer taken off it) still
    opens, through the chain, and is found by its text."""
    monkeypatch.setattr(search_index, "BLOCK", 1)
    yosef = add_user(admin, "yosef", Role.OFFICER)
    maria = add_user(admin, "maria", Role.OFFICER)
    ids = _fill(admin, 8)
    target = admin.cases.submit(complaint(chronology=f"Rahasia {MARKER}")).case_id
    admin.cases.assign(target, yosef)
    admin.cases.assign(ids[0], yosef)
    admin.cases.assign(target, maria)
    admin.cases.unassign(target, maria)  # a new key version; the text stays at the old one
    with office.db.read() as session:
        assert session.scalar(select(func.count()).where(
            CaseKeyGrant.case_id == target, CaseKeyGrant.holder == keystore.CHAIN_HOLDER))
    by_blocks: list[int] = []
    real = keystore.load_case_grants

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        by_blocks.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(keystore, "load_case_grants", counting)
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert _ids(officer, MARKER) == [target]
    found = _ids(officer, "kantor")  # his other case; the others' text is not his
    assert ids[0] in found and set(found) <= {ids[0], target}
    assert by_blocks == []
    # An administrator reads most of the register: his grants block by block.
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    admin.actor.search_text.clear()
    search_index.index_path(admin).unlink(missing_ok=True)
    assert _ids(admin, MARKER) == [target]
    assert by_blocks


def test_a_lost_grant_without_a_new_version_drops_the_entry(
    office: Office, admin: Workspace
) -> None:
    """Defence in depth: the grant itself is checked, not only the case's version."""
    officer_id = add_user(admin, "yosef", Role.OFFICER)
    case_id = admin.cases.submit(complaint(chronology=f"Rahasia {MARKER}")).case_id
    admin.cases.assign(case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert _ids(officer, MARKER) == [case_id]
    officer.logout()
    with office.db.write() as session:  # the grant removed behind the services' back
        for grant in session.scalars(
            select(CaseKeyGrant).where(CaseKeyGrant.holder == f"u:{officer_id}")
        ):
            session.delete(grant)
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert _ids(officer, MARKER) == []


def test_search_opens_content_keys_only(office: Office, admin: Workspace) -> None:
    """Search unwraps no identity key: the officer's identity grants stay sealed
    (first use re-wraps a grant), the content grants are re-wrapped in one batch."""
    officer_id = add_user(admin, "yosef", Role.OFFICER)
    for case_id in _fill(admin, 3):
        admin.cases.assign(case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert len(_ids(officer, "kantor")) == 3
    with office.db.read() as session:
        forms = set(
            session.execute(
                select(CaseKeyGrant.key_kind, CaseKeyGrant.form).where(
                    CaseKeyGrant.holder == f"u:{officer_id}"
                )
            ).all()
        )
    assert forms == {("content", "wrapped"), ("identity", "sealed")}
    assert officer.actor.case_keys == {}  # content-only keys are not cached as the case's


def test_re_wrapped_grants_open_at_the_next_login(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An officer's first search re-wraps his sealed content grants, the case
    detail the identity grants, stored a block at a time (three blocks here);
    logged in again with no index file, he searches and reads every case
    through the wrapped grants alone: the same keys, bound to the same case,
    kind and version. Storing them writes nothing to the audit log."""
    monkeypatch.setattr(keystore, "REWRAP_BLOCK", 2)
    officer_id = add_user(admin, "yosef", Role.OFFICER)
    ids = [
        admin.cases.submit(complaint(chronology=f"Kasus {i}: {MARKER}")).case_id for i in range(5)
    ]
    for case_id in ids:
        admin.cases.assign(case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)

    def grants() -> dict[tuple[str, str], tuple[str, bytes]]:
        with office.db.read() as session:
            return {
                (g.case_id, g.key_kind): (g.form, g.blob)
                for g in session.execute(
                    select(CaseKeyGrant).where(CaseKeyGrant.holder == f"u:{officer_id}")
                ).scalars()
            }

    sealed = grants()
    with office.db.read() as session:
        logged = session.scalar(select(func.count()).select_from(AuditEntry))
    assert sorted(_ids(officer, MARKER)) == sorted(ids)
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == logged
    before = {c: officer.cases.detail(c) for c in ids}
    who = officer.cases.reveal_identity(ids[0], "klarifikasi pelapor")
    rewrapped = grants()
    assert {form for form, _b in rewrapped.values()} == {"wrapped"}
    assert len(rewrapped) == 2 * len(ids)
    assert all(rewrapped[k][1] != sealed[k][1] for k in sealed)
    path = search_index.index_path(officer)
    officer.logout()
    path.unlink()  # the next search decrypts every case again, through the wrapped grants
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert sorted(_ids(officer, MARKER)) == sorted(ids)
    for case_id in ids:
        d = officer.cases.detail(case_id)
        assert (d.accused, d.chronology) == (before[case_id].accused, before[case_id].chronology)
    assert officer.cases.reveal_identity(ids[0], "klarifikasi pelapor") == who
    assert grants() == rewrapped  # nothing left to re-wrap


def test_a_tampered_file_is_refused_and_rebuilt(office: Office, admin: Workspace) -> None:
    _fill(admin, 4)
    cold = _ids(admin, "kantor")
    path = search_index.index_path(admin)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    assert _ids(admin, "kantor") == cold
    assert admin.actor.search_index.refused == 1
    assert admin.actor.search_index.reused == 0
    with office.db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert actions.count("search_index_refused") == 1
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)  # written again: trusted
    assert _ids(admin, "kantor") == cold
    assert admin.actor.search_index.reused == 4


def test_a_file_of_another_user_is_refused(office: Office, admin: Workspace) -> None:
    add_user(admin, "maria", Role.ADMIN)
    _fill(admin, 2)
    _ids(admin, "kantor")
    mine = search_index.index_path(admin)
    admin.logout()
    maria = office.login("maria", ADMIN_PASSWORD)
    theirs = search_index.index_path(maria)
    assert theirs != mine
    theirs.parent.mkdir(exist_ok=True)
    theirs.write_bytes(mine.read_bytes())  # her own keys and id: refused
    assert len(_ids(maria, "kantor")) == 2
    assert maria.actor.search_index.refused == 1


def test_no_plaintext_at_rest(office: Office, admin: Workspace, tmp_path: Path) -> None:
    admin.cases.submit(
        complaint(chronology=f"Uang diminta. {MARKER}", accused={"name": "Yoakim Marker Neno"})
    )
    assert len(_ids(admin, MARKER)) == 1
    path = search_index.index_path(admin)
    admin.logout()
    stored = path.read_bytes()
    assert stored.startswith(index_file.MAGIC)
    for needle in (MARKER, MARKER.casefold(), "Yoakim Marker Neno", "yoakim marker neno"):
        assert needle.encode() not in stored
        for file in tmp_path.rglob("*"):
            if file.is_file():
                assert needle.encode() not in file.read_bytes(), file
    if POSIX:
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700


def test_dropped_from_memory_at_logout(office: Office, admin: Workspace) -> None:
    _fill(admin, 2)
    _ids(admin, "kantor")
    actor = admin.actor
    assert actor.search_text and actor.search_index.loaded
    admin.logout()
    assert actor.search_text == {} and not actor.search_index.loaded


def test_cancel_stops_the_decrypting(office: Office, admin: Workspace) -> None:
    _fill(admin, 3)
    with pytest.raises(Cancelled):
        admin.cases.listing(CaseFilter(text="kantor"), cancelled=lambda: True)
    assert admin.actor.search_text == {}
    assert len(admin.cases.listing(CaseFilter(text="kantor")).ids) == 3


def test_a_file_written_against_another_audit_log_is_not_used(
    office: Office, admin: Workspace
) -> None:
    """After a restore a case may reach the version the file holds with other
    content: a file whose audit head is not in the log is left aside whole."""
    _fill(admin, 3)
    cold = _ids(admin, "kantor")
    path = search_index.index_path(admin)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    (seq, _head), entries = index_file.decode(admin, path.read_bytes())
    rows = zip(entries.versions, entries.texts, entries.keys, strict=True)
    forged = dict(zip(entries.ids, rows, strict=True))
    path.write_bytes(index_file.encode(admin, (seq, b"\x01" * 32), forged))
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    assert _ids(admin, "kantor") == cold
    assert admin.actor.search_index.reused == 0 and admin.actor.search_index.refused == 0
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)  # written again: used
    assert _ids(admin, "kantor") == cold
    assert admin.actor.search_index.reused == 3


def test_a_file_of_the_earlier_format_is_rebuilt_not_refused(
    office: Office, admin: Workspace
) -> None:
    """Format 1 (JSON) files exist on workstations: deleted and rebuilt quietly
    (nothing is wrong with them), not a refusal in the audit log; the same JSON
    behind the new header (authenticated, but not columns) is refused."""
    import json
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    _fill(admin, 3)
    cold = _ids(admin, "kantor")
    path = search_index.index_path(admin)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    (seq, head), entries = index_file.decode(admin, path.read_bytes())
    plain = json.dumps(
        {"seq": seq, "head": head.hex(), "ids": entries.ids,
         "versions": list(entries.versions), "texts": entries.texts}
    ).encode()
    aead = AESGCM(index_file.file_key(admin.actor))
    nonce = os.urandom(12)
    sealed = aead.encrypt(nonce, plain, index_file.associated_data(admin))
    path.write_bytes(b"WBSIDX1\n" + nonce + sealed)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    assert _ids(admin, "kantor") == cold
    book = admin.actor.search_index
    assert (book.reused, book.refused) == (0, 0)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)  # written in the new format
    assert path.read_bytes().startswith(index_file.MAGIC)
    assert _ids(admin, "kantor") == cold
    assert admin.actor.search_index.reused == 3

    sealed = aead.encrypt(nonce, plain, index_file.associated_data(admin))
    path.write_bytes(index_file.MAGIC + nonce + sealed)
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    assert _ids(admin, "kantor") == cold
    assert admin.actor.search_index.refused == 1
    with office.db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert actions.count("search_index_refused") == 1


def test_sort_by_accused_uses_the_index(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first sort by the accused of a session takes the names' sort keys from
    the index file: nothing decrypted but the case changed while logged out."""
    from wbs_desktop.services.dto import SortKey

    ids = _fill(admin, 6)
    names = {i: admin.cases.detail(i).accused.name for i in ids}
    expected = sorted(ids, key=lambda i: (names[i].casefold(), ids.index(i)))
    assert admin.cases.listing(CaseFilter(), SortKey.ACCUSED, descending=False).ids == expected
    admin.logout()
    other = office.login("admin", ADMIN_PASSWORD)
    changed = other.cases.submit(complaint(accused={"name": "aaron Baru"})).case_id
    other.logout()
    decrypted: list[str] = []
    real = search_index._decrypt_block

    def counting(session, actor, chunk, *rest):  # type: ignore[no-untyped-def]
        decrypted.extend(chunk)
        return real(session, actor, chunk, *rest)

    monkeypatch.setattr(search_index, "_decrypt_block", counting)
    admin = office.login("admin", ADMIN_PASSWORD)
    result = admin.cases.listing(CaseFilter(), SortKey.ACCUSED, descending=False).ids
    assert result == [changed, *expected]
    assert decrypted == [changed]
    assert admin.cases.listing(CaseFilter(), SortKey.ACCUSED, descending=True).ids == [
        *expected[::-1], changed
    ]


def test_preload_after_login_serves_the_first_search(office: Office, admin: Workspace) -> None:
    ids = _fill(admin, 4)
    cold = _ids(admin, "kantor")
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    assert admin.cases.preload_search() is True
    book = admin.actor.search_index
    assert book.loaded and book.reused == len(ids)
    state = admin.actor.listing.peek()
    assert state is not None
    assert admin.actor.listing.aligned_texts(state, lambda: pytest.fail("built again")) is not None
    assert _ids(admin, "kantor") == cold
    assert book.reused == len(ids)  # the file was read once


def test_a_search_waits_for_the_preload_and_cancel_stops_the_wait(
    office: Office, admin: Workspace
) -> None:
    import threading
    import time

    _fill(admin, 3)
    cold = _ids(admin, "kantor")
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    busy = admin.actor.search_index.busy
    busy.acquire()  # the preload holds it
    try:
        t0 = time.monotonic()
        with pytest.raises(Cancelled):
            admin.cases.listing(CaseFilter(text="kantor"), cancelled=lambda: True)
        assert time.monotonic() - t0 < 1
        found: list[list[str]] = []
        waiting = threading.Thread(target=lambda: found.append(_ids(admin, "kantor")))
        waiting.start()
        time.sleep(0.3)
        assert waiting.is_alive() and not found  # waits, does not load a second time
    finally:
        busy.release()
    waiting.join(30)
    assert found == [cold]
    assert admin.actor.search_index.reused == 3


def test_a_logout_during_the_preload_keeps_nothing(office: Office, admin: Workspace) -> None:
    _fill(admin, 3)
    _ids(admin, "kantor")
    admin = _relogin(office, admin, "admin", ADMIN_PASSWORD)
    actor = admin.actor

    def log_out_meanwhile() -> bool:  # asked once the file is decoded
        if not admin._closed:
            admin.logout()
        return False

    with pytest.raises(Cancelled):
        admin.cases.preload_search(cancelled=log_out_meanwhile)
    assert actor.search_text == {} and not actor.search_index.loaded
    assert actor.listing.peek() is None


def test_the_columns_hold_any_text(office: Office, admin: Workspace) -> None:
    """Strings holding the columns' separator are stored with offsets instead;
    an empty index decodes as empty."""
    entries = {
        "a": (1, "Nama\x00x\x1fy\nz", "nama\x1f"),
        "b": (2, "\x002026/0001", ""),
        "c": (3, "Élodie 😀\x00é\nx", "élodie 😀"),
    }
    token = (5, b"\x02" * 32)
    got_token, got = index_file.decode(admin, index_file.encode(admin, token, entries))
    assert got_token == token
    assert dict(zip(got.ids, zip(got.versions, got.texts, got.keys, strict=True), strict=True)) == (
        entries
    )
    assert got.readable == bytes([1, 0, 1])
    (seq, head), empty = index_file.decode(admin, index_file.encode(admin, (0, b""), {}))
    assert (seq, head, len(empty)) == (0, b"", 0)
    # Columns longer than the block written at a time (joined across blocks,
    # empty strings at the seams included).
    many = {f"id{i:05d}": (i, "" if i % index_file._BLOCK in (0, 1) else f"teks {i} ü", "")
            for i in range(2 * index_file._BLOCK + 3)}
    _token, got = index_file.decode(admin, index_file.encode(admin, token, many))
    assert dict(zip(got.ids, zip(got.versions, got.texts, got.keys, strict=True), strict=True)) == (
        many
    )


def test_the_file_is_written_without_a_second_copy_of_the_texts(
    office: Office, admin: Workspace, tmp_path: Path
) -> None:
    """``write`` encrypts a block of strings at a time: writing 16 blocks of
    texts allocates less than half the texts (``encode`` — one buffer — holds
    all of them), and the file reads back as the buffer does."""
    import tracemalloc

    n = 16 * index_file._BLOCK
    entries = {f"id{i:05d}": (i, f"nama {i}\x00" + "x" * 200 + f" teks {i}", f"nama {i}")
               for i in range(n)}
    text_bytes = sum(len(e[1]) for e in entries.values())
    token = (7, b"\x03" * 32)
    path = tmp_path / "index.idx"
    tracemalloc.start()
    try:
        with path.open("wb") as out:
            index_file.write(out, admin, token, entries)
        _size, streamed = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        whole = index_file.encode(admin, token, entries)
        _size, buffered = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert buffered > text_bytes
    assert streamed < text_bytes / 2
    for blob in (path.read_bytes(), bytes(whole)):
        got_token, got = index_file.decode(admin, blob)
        assert got_token == token
        assert dict(zip(got.ids, zip(got.versions, got.texts, got.keys, strict=True),
                        strict=True)) == entries


def test_a_column_read_back_in_pieces(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A joined column is decoded a piece at a time, cut at separators: pieces
    of a few bytes give the same strings (empty ones, non-ASCII, at the seams)."""
    entries = {f"id{i}": (i, t, t.casefold()) for i, t in enumerate(
        ["", "Élodie 😀 Ndun", "", "x", "Maria\x00a\nb", "", "ü" * 9, ""])}
    blob = bytes(index_file.encode(admin, (1, b"\x04" * 32), entries))
    for piece in (1, 2, 3, 7, 64):
        monkeypatch.setattr(index_file, "_PIECE", piece)
        _token, got = index_file.decode(admin, blob)
        assert dict(zip(got.ids, zip(got.versions, got.texts, got.keys, strict=True),
                        strict=True)) == entries


def _read_file(ws: Workspace, path: Path) -> tuple[tuple[int, bytes], index_file.Entries]:
    with path.open("rb") as fh:
        return index_file.read(ws, fh)


def test_the_file_is_read_as_it_is_decrypted(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``read`` (the login's load) parses the file a piece at a time as it is
    decrypted: the same entries as ``decode`` (at any piece size, with the
    columns' separators in the strings too), no entry handed out unless the
    whole file authenticates (a byte changed anywhere, the file cut or grown),
    and the whole plaintext never held beside the strings."""
    import tracemalloc

    odd = {"a": (1, "Nama\x00x\x1fy\nz", "nama\x1f"), "b": (2, "\x002026/0001", ""),
           "c": (3, "Élodie 😀\x00é\nx", "élodie 😀")}
    n = 16 * index_file._BLOCK
    many = {f"id{i:05d}": (i, f"nama {i} ü\x00" + "x" * 200 + f" teks {i}", f"nama {i} ü")
            for i in range(n)}
    token = (9, b"\x05" * 32)
    path = tmp_path / "index.idx"
    for entries in (odd, many, {}):
        path.write_bytes(bytes(index_file.encode(admin, token, entries)))
        for piece in (3, 4096, 1 << 22):
            monkeypatch.setattr(index_file, "_PIECE", piece)
            got_token, got = _read_file(admin, path)
            assert got_token == token
            assert dict(zip(got.ids, zip(got.versions, got.texts, got.keys, strict=True),
                            strict=True)) == entries
    # The peak: the strings and a piece, not the plaintext as well.
    monkeypatch.setattr(index_file, "_PIECE", 4096)
    text_bytes = sum(len(e[1]) for e in many.values())
    blob = bytes(index_file.encode(admin, token, many))
    path.write_bytes(blob)
    tracemalloc.start()
    try:
        kept = _read_file(admin, path)
        entries_size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert entries_size > text_bytes  # the strings read, kept
    # Beyond what it returns, the read held less than half the texts at once
    # (the whole plaintext, held beside the strings, was more than all of them).
    assert peak - entries_size < text_bytes / 2
    del kept
    # Tampered: refused, whatever the change (the reason is the tag's).
    for at in (len(index_file.MAGIC) + 12, len(index_file.MAGIC) + 20, len(blob) // 2,
               len(blob) - 17, len(blob) - 1):
        bad = bytearray(blob)
        bad[at] ^= 0x01
        path.write_bytes(bytes(bad))
        with pytest.raises(ValueError, match="did not authenticate"):
            _read_file(admin, path)
    for bad_blob in (blob[:-1], blob[: len(blob) // 2], blob + b"\x00"):
        path.write_bytes(bad_blob)
        with pytest.raises(ValueError):
            _read_file(admin, path)


def test_a_search_can_leave_its_storing_for_later(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``listing(finish=False)`` (the window's search) returns the results with
    the re-wrapped grants and the index file still to store; ``finish_search``
    stores both, once. A plain ``listing`` stores them before it returns."""
    monkeypatch.setattr(search_index, "SAVE_AFTER", 1)
    officer_id = add_user(admin, "yosef", Role.OFFICER)
    ids = _fill(admin, 4)
    for case_id in ids:
        admin.cases.assign(case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)

    def forms() -> set[str]:
        with office.db.read() as session:
            return set(
                session.scalars(
                    select(CaseKeyGrant.form).where(
                        CaseKeyGrant.holder == f"u:{officer_id}",
                        CaseKeyGrant.key_kind == keystore.CONTENT,
                    )
                )
            )

    path = search_index.index_path(officer)
    found = officer.cases.listing(CaseFilter(text="kantor"), finish=False).ids
    assert sorted(found) == sorted(ids)
    assert forms() == {"sealed"} and not path.exists()
    assert officer.cases.search_work_pending()
    assert officer.cases.finish_search() is True
    assert forms() == {"wrapped"} and path.exists()
    assert not officer.cases.search_work_pending()
    assert officer.cases.finish_search() is False  # nothing left: no write at all
    officer.logout()
    path.unlink()
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert sorted(_ids(officer, "kantor")) == sorted(ids)  # listing(): stored before it returns
    assert path.exists() and not officer.cases.search_work_pending()


def test_a_store_after_the_logout_writes_no_index(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index file the logout wrote is not replaced by a store of the ended
    session that comes after it (its texts are gone)."""
    monkeypatch.setattr(search_index, "SAVE_AFTER", 1)
    _fill(admin, 3)
    admin.cases.listing(CaseFilter(text="kantor"), finish=False)
    path = search_index.index_path(admin)
    book = admin.actor.search_index
    generation = book.generation
    admin.logout()
    written = path.read_bytes()
    assert book.generation != generation
    assert search_index.save(admin, generation) is False
    assert path.read_bytes() == written
