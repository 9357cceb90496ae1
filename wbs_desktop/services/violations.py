"""The words a summons prints after "dugaan pelanggaran disiplin berupa", per
complaint type: an office setting the administrator can edit. The type
``other`` has none: the officer writes the words in the draft."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from wbs_desktop.domain.catalog import OTHER_TYPE_CODE
from wbs_desktop.services import settings as settings_store

VIOLATION_WORDS_KEY = "letters.violation_words"

DEFAULT_VIOLATION_WORDS: dict[str, str] = {
    "abuse_of_authority": "penyalahgunaan wewenang",
    "bribery_gratification": "menerima suap dan/atau gratifikasi",
    "discipline_violation": "tidak menaati kewajiban dan/atau melanggar larangan sebagai "
    "Pegawai Negeri Sipil",
    "conflict_of_interest": "melakukan kegiatan yang mengandung benturan kepentingan",
    "code_of_ethics": "pelanggaran kode etik dan kode perilaku Pegawai Negeri Sipil",
    "illegal_levies": "melakukan pungutan di luar ketentuan peraturan perundang-undangan "
    "(pungutan liar)",
}


def violation_words(session: Session) -> dict[str, str]:
    """The words per type code: the defaults overlaid with the office's own."""
    words = dict(DEFAULT_VIOLATION_WORDS)
    stored: dict[str, Any] = settings_store.get(session, VIOLATION_WORDS_KEY) or {}
    words.update({str(k): str(v) for k, v in stored.items()})
    words.pop(OTHER_TYPE_CODE, None)
    return words
