"""The case file's field encryption: bound to its table, column and row (derived
from the mapped column), read with the key version it was written with, and a
failed check reported as IntegrityBroken, never as a raw crypto error."""

from __future__ import annotations

import pytest

from wbs_desktop.services.casefile import binding, open_field, open_json, seal_field, to_json
from wbs_desktop.services.errors import IntegrityBroken, NoGrant
from wbs_desktop.storage.keys import CaseKeys
from wbs_desktop.storage.models import Case, CaseNote, CaseParty, Letter


def test_the_binding_comes_from_the_model() -> None:
    assert binding(CaseParty.data_ct) == ("case_parties", "data_ct")
    assert binding(Case.identity_ct) == ("cases", "identity_ct")
    assert binding(Letter.pdf_ct) == ("letters", "pdf_ct")


def test_a_field_opens_only_in_its_own_place() -> None:
    keys = CaseKeys.generate()
    note = {"text": "catatan <rahasia> & 'kutip' 🙂"}
    blob = seal_field(keys, CaseNote.body_ct, 7, to_json(note))
    assert open_json(keys, CaseNote.body_ct, 7, blob) == note
    for column, row in ((CaseNote.body_ct, 8), (CaseParty.data_ct, 7)):
        with pytest.raises(IntegrityBroken, match="failed its check"):
            open_field(keys, column, row, blob)
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(IntegrityBroken):
        open_field(keys, CaseNote.body_ct, 7, tampered)


def test_after_a_rekeying_older_fields_open_with_their_own_version() -> None:
    old = CaseKeys.generate(version=1)
    blob = seal_field(old, CaseNote.body_ct, 1, b"ditulis sebelum")
    assert old.identity is not None
    new = CaseKeys.generate(version=2)
    new.older[1] = (old.content, old.identity)
    assert open_field(new, CaseNote.body_ct, 1, blob) == b"ditulis sebelum"
    assert seal_field(new, CaseNote.body_ct, 1, b"x")[1:5] == (2).to_bytes(4, "big")
    stranger = CaseKeys.generate(version=2)  # never held version 1
    with pytest.raises(IntegrityBroken):
        open_field(stranger, CaseNote.body_ct, 1, blob)


def test_the_identity_column_needs_the_identity_key() -> None:
    keys = CaseKeys.generate()
    blob = seal_field(keys, Case.identity_ct, "c1", to_json({"name": "Pelapor"}))
    with pytest.raises(IntegrityBroken):  # the content key does not open it
        open_field(CaseKeys(content=keys.content, identity=None), Case.content_ct, "c1", blob)
    content_only = CaseKeys(content=keys.content, identity=None, version=keys.version)
    with pytest.raises(NoGrant):
        open_field(content_only, Case.identity_ct, "c1", blob)
    assert open_json(keys, Case.identity_ct, "c1", blob) == {"name": "Pelapor"}
