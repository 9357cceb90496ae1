"""Who takes part in a case's hearings and whom its letters address.

Stored as these enums' values (``hearings.party_kind``, ``hearings.attendance``,
``letters.addressee_role``); a StrEnum compares equal to its stored string, so
rows written before the enums existed read the same.
"""

from __future__ import annotations

from enum import StrEnum


class Party(StrEnum):
    """A party heard in a hearing."""

    REPORTER = "reporter"  # Pelapor
    WITNESS = "witness"  # Saksi
    ACCUSED = "accused"  # Terlapor


class Attendance(StrEnum):
    """A hearing's attendance: scheduled until recorded."""

    SCHEDULED = "scheduled"
    PRESENT = "present"
    ABSENT = "absent"


class AddresseeRole(StrEnum):
    """Whom a letter is about or addressed to; it also says which case key holds it:
    everything that names the reporter goes under the case's identity key."""

    ACCUSED = "accused"
    REPORTER = "reporter"
    WITNESS = "witness"
    OFFICE = "office"  # internal documents (minutes, routing slip, assignment, report)


#: The party's name as printed in letters and the timeline when the party is not
#: named (the reporter's identity never leaves the identity key).
PARTY_TITLES_ID: dict[Party, str] = {
    Party.REPORTER: "Pelapor",
    Party.WITNESS: "Saksi",
    Party.ACCUSED: "Terlapor",
}
