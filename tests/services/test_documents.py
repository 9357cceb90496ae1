"""Surat Tugas, Lembar Disposisi, Laporan Hasil Pemeriksaan and the notice to
the reporter through the services: numbered, stored encrypted, read back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.helpers.office import add_user, complaint
from tests.letters.pdfcheck import assert_in_order, norm, text
from tests.services.test_signatories import HEAD
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import LetterKind
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.workspace import Workspace


def test_the_examination_documents(admin: Workspace) -> None:
    admin.signatories.set_official(HEAD)
    admin.signatories.set_signer("default", "kepala")
    add_user(admin, "maria", Role.OFFICER, "Maria Goreti Lake, S.H.")
    add_user(admin, "paulus", Role.OFFICER, "Paulus Ndun, S.Sos.")
    admin.signatories.update_profile(
        "maria", nip="198203142006042011", rank="Penata Tingkat I (III/d)", position="Pemeriksa"
    )
    sub = admin.cases.submit(complaint())
    case = sub.case_id

    slip = admin.letters.draft(case, LetterKind.DISPOSITION)
    with pytest.raises(ServiceError) as err:
        admin.letters.generate(case, LetterKind.DISPOSITION, draft=slip)
    assert err.value.code == "required"
    slip = replace(
        slip, extra={**slip.extra, "instruction": "Verifikasi segera.", "officer": "Maria"}
    )
    d = admin.letters.generate(case, LetterKind.DISPOSITION, draft=slip)
    t = text(admin.letters.pdf(d.id))
    assert_in_order(t, ["LEMBAR DISPOSISI", d.number, sub.register_number, "Verifikasi segera."])
    assert "Mbete" not in t  # the reporter (the head is a Yohanes too)

    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        admin.cases.transition(case, stage, "lanjut")
    with pytest.raises(ServiceError) as err:
        admin.letters.generate(case, LetterKind.ASSIGNMENT)
    assert err.value.code == "team_required"
    admin.signatories.set_team(case, ["maria", "paulus"])
    st = admin.letters.generate(case, LetterKind.ASSIGNMENT)
    t = text(admin.letters.pdf(st.id))
    assert_in_order(
        t,
        [
            "SURAT TUGAS",
            st.number,
            "MENUGASKAN",
            "Ketua Tim",
            "Maria Goreti Lake, S.H.",
            "198203142006042011",
            "Anggota Tim",
            "Paulus Ndun, S.Sos.",
            "Untuk:",
            HEAD.name,
        ],
    )
    assert admin.letters.generate(case, LetterKind.ASSIGNMENT).number == st.number  # live

    report = admin.letters.draft(case, LetterKind.EXAMINATION_REPORT)
    report = replace(
        report,
        extra={
            **report.extra,
            "findings": "Terlapor memungut biaya Rp 500.000 per berkas.",
            "evidence": ["BAP terlapor", "Kuitansi"],
            "conclusion": "Terbukti.",
            "recommendation": "Hukuman disiplin sedang.",
        },
    )
    lhp = admin.letters.generate(case, LetterKind.EXAMINATION_REPORT, draft=report)
    t = text(admin.letters.pdf(lhp.id))
    assert_in_order(
        t,
        [
            "LAPORAN HASIL PEMERIKSAAN",
            lhp.number,
            f"Surat Tugas Nomor {st.number}",
            "Fakta dan Temuan",
            "Rp 500.000",
            "Alat Bukti",
            "1. BAP terlapor",
            "2. Kuitansi",
            "Kesimpulan",
            "Terbukti.",
            "Rekomendasi",
            "Hukuman disiplin sedang.",
            "Ketua Tim",
            "Maria Goreti Lake, S.H.",
            "Anggota Tim",
            "Paulus Ndun, S.Sos.",
        ],
    )

    notice = admin.letters.generate(case, LetterKind.REPORTER_NOTICE)
    t = text(admin.letters.pdf(notice.id))
    assert norm("Sdr. Yohanes Mbete") in norm(t) and "telah ditindaklanjuti" in t
    for outcome in ("Terbukti", "Hukuman", "Rp 500.000", "Stefanus Lelo"):
        assert outcome not in t
    kinds = {x.kind for x in admin.letters.for_case(case)}
    assert {"disposition", "assignment", "examination-report", "reporter-notice"} <= kinds
