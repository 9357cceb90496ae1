"""Roles and the permission table. Enforced by the services, not only by hidden buttons."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    STAFF = "staff"  # Petugas
    OFFICER = "officer"  # Pemeriksa
    ADMIN = "admin"  # Administrator


class Action(StrEnum):
    SUBMIT_CASE = "submit_case"
    LOOKUP_TRACKING = "lookup_tracking"
    LIST_CASES = "list_cases"
    VIEW_CASE = "view_case"  # the decrypted content (still needs a key grant)
    VIEW_IDENTITY = "view_identity"  # the reporter's identity (grant + stated reason)
    TRANSITION = "transition"  # forward steps of the procedure
    STEP_BACK = "step_back"  # going back a stage / reopening
    ASSIGN = "assign"
    EDIT_CASE = "edit_case"  # parties, notes, hearings, attachments
    GENERATE_LETTER = "generate_letter"
    GENERATE_RECEIPT = "generate_receipt"
    APPROVE_LETTER = "approve_letter"
    PRINT_LETTER = "print_letter"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    READ_AUDIT = "read_audit"
    VERIFY_AUDIT = "verify_audit"
    EXPORT = "export"
    BACKUP = "backup"
    DEMO_DATA = "demo_data"
    MARK_CASE = "mark_case"  # test / duplicate / demo: left out of the figures
    VIEW_REPORTS = "view_reports"  # the dashboard and the recap


_ALL = frozenset(Role)
_WORKERS = frozenset({Role.OFFICER, Role.ADMIN})
_ADMIN = frozenset({Role.ADMIN})

#: Which roles may do what. One table; the services consult it on every call.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.SUBMIT_CASE: _ALL,
    Action.LOOKUP_TRACKING: _ALL,
    Action.LIST_CASES: _ALL,
    Action.VIEW_CASE: _WORKERS,
    Action.VIEW_IDENTITY: _WORKERS,
    Action.TRANSITION: _WORKERS,
    Action.STEP_BACK: _ADMIN,
    Action.ASSIGN: _ADMIN,
    Action.EDIT_CASE: _WORKERS,
    Action.GENERATE_LETTER: _WORKERS,
    Action.GENERATE_RECEIPT: _ALL,
    Action.APPROVE_LETTER: _ADMIN,
    Action.PRINT_LETTER: _ALL,
    Action.MANAGE_USERS: _ADMIN,
    Action.MANAGE_SETTINGS: _ADMIN,
    Action.READ_AUDIT: _ADMIN,
    Action.VERIFY_AUDIT: _ALL,
    Action.EXPORT: _ADMIN,
    Action.BACKUP: _ADMIN,
    Action.DEMO_DATA: _ADMIN,
    Action.MARK_CASE: _ADMIN,
    Action.VIEW_REPORTS: _ADMIN,
}

assert set(PERMISSIONS) == set(Action), "every action needs a row in the permission table"


def is_allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]
