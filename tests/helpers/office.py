"""Building offices, users and complaints for the service tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.complaint import AccusedInput, ComplaintInput, ReporterInput
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.audit import WorkstationState
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace

ADMIN_PASSWORD = "Sasando-Lontar-Kepala-2026"
OFFICER_PASSWORD = "Kerbau-Merah-Lompat-2026"
STAFF_PASSWORD = "Tenun-Ikat-Sabu-Rote-2026"
PASSWORDS = {Role.ADMIN: ADMIN_PASSWORD, Role.OFFICER: OFFICER_PASSWORD, Role.STAFF: STAFF_PASSWORD}


def workstation(tmp_path: Path, name: str = "ws1") -> WorkstationState:
    return WorkstationState(tmp_path / f"{name}.json")


def create_office(db_url: str, tmp_path: Path) -> tuple[Office, str]:
    """A new office with admin ``admin``; returns it and the recovery key."""
    office, setup = Office.create(
        db_url,
        admin_username="admin",
        admin_full_name="Maria Goreti Bria",
        password=ADMIN_PASSWORD,
        workstation=workstation(tmp_path),
    )
    return office, setup.recovery_key


def add_user(
    admin: Workspace, username: str, role: Role, full_name: str | None = None, **kw: Any
) -> int:
    info = admin.accounts.add_user(
        username, full_name or username.title(), role, PASSWORDS[role], **kw
    )
    return info.id


def complaint(**overrides: Any) -> ComplaintInput:
    """A realistic paper complaint; keyword overrides replace fields."""
    base = ComplaintInput(
        channel=Channel.PAPER,
        received_at=datetime(2026, 11, 23, 1, 30, tzinfo=UTC),  # Mon 09.30 WITA
        reporter=ReporterInput(
            name="Yohanes Mbete",
            phone="0812-3456-7890",
            email="yohanes.mbete@example.id",
            consent_to_contact=True,
        ),
        complaint_type="illegal_levies",
        accused=AccusedInput(
            name="Drs. Stefanus Lelo",
            nip="197805122005011003",
            position="Kepala Seksi Mutasi",
            unit="Bidang Mutasi dan Promosi",
        ),
        location="Kantor BKD Provinsi NTT, Jl. Basuki Rachmat, Kupang",
        incident_date=date(2026, 11, 10),
        chronology=(
            "Pada tanggal 10 November 2026 sekitar pukul 10.00 WITA saya mengurus berkas "
            "kenaikan pangkat di loket mutasi. Petugas meminta uang sebesar Rp 2.500.000 "
            "agar berkas saya diproses lebih cepat dan mengatakan bahwa tanpa uang itu "
            "berkas akan tertahan berbulan-bulan. Uang diminta ditransfer ke rekening pribadi."
        ),
        material_loss=True,
        loss_estimate=2_500_000,
        evidence_links=("https://drive.example.id/bukti/transfer.jpg",),
    )
    if "reporter" in overrides and isinstance(overrides["reporter"], dict):
        overrides["reporter"] = replace(base.reporter, **overrides["reporter"])
    if "accused" in overrides and isinstance(overrides["accused"], dict):
        overrides["accused"] = replace(base.accused, **overrides["accused"])
    return replace(base, **overrides)


def recent(days_ago: int = 1) -> datetime:
    return datetime.now(UTC) - timedelta(days=days_ago)
