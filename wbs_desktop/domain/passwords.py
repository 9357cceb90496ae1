"""The password policy: at least 10 characters, not the username, not a common one."""

from __future__ import annotations

import unicodedata

from wbs_desktop.domain.errors import DomainError

MIN_LENGTH = 10

#: Frequent passwords (international lists and Indonesian favourites), compared
#: case-insensitively and with trailing digits/punctuation removed.
COMMON_PASSWORDS = frozenset(
    """
    password passw0rd qwerty qwertyuiop asdfghjkl zxcvbnm 1234567890 0987654321
    1q2w3e4r5t qazwsxedc iloveyou letmein welcome admin administrator
    abc123456 abcdefghij football baseball dragon monkey sunshine princess
    superman trustno1 whatever starwars computer internet changeme
    indonesia bismillah alhamdulillah sayangku cintaku rahasia katasandi
    katakunci merdeka garuda pancasila jakarta kupang surabaya bandung
    password123 admin123 kupangntt bkdntt nttprov
    """.split()
)


class PasswordPolicyViolation(DomainError):
    code = "password_policy"


def _core(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().rstrip("0123456789!@#$%^&*.?_- ")


def check_password(password: str, *, username: str = "") -> None:
    """Raise PasswordPolicyViolation (code ``too_short``, ``same_as_username``,
    ``too_common``) when the password breaks the policy."""
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyViolation(
            f"the password needs at least {MIN_LENGTH} characters",
            code="too_short",
            minimum=MIN_LENGTH,
        )
    folded = unicodedata.normalize("NFKC", password).casefold()
    name = username.casefold().strip()
    # The user name itself, or the user name with a few characters added.
    contains_name = len(name) >= 4 and name in folded and len(folded) - len(name) < 4
    if name and (folded == name or _core(password) == name or contains_name):
        raise PasswordPolicyViolation(
            "the password must not be the user name", code="same_as_username"
        )
    core = _core(password)
    if folded in COMMON_PASSWORDS or core in COMMON_PASSWORDS or len(set(folded)) <= 2:
        raise PasswordPolicyViolation("the password is too common", code="too_common")
