"""Errors the services raise. ``code`` is stable (the GUI translates by it);
``str(error)`` is an English sentence for logs and the CLI."""

from __future__ import annotations

from datetime import datetime

from wbs_desktop.domain.complaint import FieldError
from wbs_desktop.domain.errors import DomainError


class ServiceError(Exception):
    code = "service_error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code  # a more precise, still stable, code (e.g. a domain rule's)
        self.params = params


class PermissionDenied(ServiceError):
    code = "permission_denied"


class ConflictOfInterest(PermissionDenied):
    """The officer is the accused of the case: never granted its keys."""

    code = "conflict_of_interest"


class NotFound(ServiceError):
    code = "not_found"


class NoGrant(PermissionDenied):
    """The user holds no key for this case: the data cannot be decrypted."""

    code = "no_grant"


class WrongCredentials(ServiceError):
    code = "wrong_credentials"


class AccountLocked(ServiceError):
    code = "account_locked"

    def __init__(self, message: str, *, until: datetime) -> None:
        super().__init__(message, until=until)
        self.until = until


class AccountInactive(ServiceError):
    code = "account_inactive"


class PasswordPolicyError(ServiceError):
    code = "password_policy"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message, reason=reason)
        self.reason = reason  # too_short | same_as_username | too_common | mismatch


class ReasonRequired(ServiceError):
    code = "reason_required"


class ValidationFailed(ServiceError):
    code = "validation_failed"

    def __init__(self, message: str, errors: list[FieldError]) -> None:
        super().__init__(message)
        self.errors = errors


class Conflict(ServiceError):
    """Someone else saved the case since it was read (optimistic locking)."""

    code = "conflict"

    def __init__(self, message: str, *, changed_by: str, changed_at: datetime | None) -> None:
        super().__init__(message, changed_by=changed_by, changed_at=changed_at)
        self.changed_by = changed_by
        self.changed_at = changed_at


class DatabaseUnavailable(ServiceError):
    code = "database_unavailable"


class NotInitialized(ServiceError):
    code = "not_initialized"


class IntegrityBroken(ServiceError):
    """Stored data failed its authentication (tampered ciphertext, wrong key)."""

    code = "integrity"


class Cancelled(ServiceError):
    """The user cancelled a long operation; nothing of it was saved."""

    code = "cancelled"


class SummonsRuleBroken(ServiceError):
    """A summons rule (PP 94/2021) refused a date. ``code`` is the rule's name
    (``summons_too_late``, ``letter_in_past``, …); ``params`` hold ``rule`` and the
    earliest lawful date (``earliest``) or, for a window that closed, ``latest``."""

    code = "summons_rule"

    @classmethod
    def of(cls, exc: DomainError) -> SummonsRuleBroken:
        return cls(str(exc), code=exc.code, **exc.params)


class SchemaTooNew(ServiceError):
    """The database was upgraded by a newer WBS Desktop than this one.

    ``version``: the newest app version recorded in the database ("" when an
    app too old to record it did the upgrade); ``revision``: its schema revision.
    """

    code = "schema_too_new"

    def __init__(self, message: str, *, version: str = "", revision: str = "") -> None:
        super().__init__(message, version=version, revision=revision)
        self.version = version
        self.revision = revision


class SchemaOutdated(ServiceError):
    """A read-only command met a database that needs an upgrade first."""

    code = "schema_outdated"


class NotAnOfficeDatabase(ServiceError):
    """The file is not an SQLite database, or one without WBS Desktop's tables."""

    code = "not_an_office_database"
