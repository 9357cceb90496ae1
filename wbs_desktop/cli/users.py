"""``wbs-admin user …``: add, list, deactivate, unlock users; reset or change a password."""

from __future__ import annotations

import argparse
from typing import Any

from wbs_desktop.cli.output import EXIT_OK, Output, progress_printer
from wbs_desktop.cli.render import short_when
from wbs_desktop.cli.session import acting_password, find_user, logged_in, new_password
from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.services.dto import UserInfo


def _user_line(u: UserInfo) -> str:
    flags = []
    if not u.active:
        flags.append("inactive")
    if u.locked_until is not None and u.locked_until > utc_now():
        flags.append(f"locked until {short_when(u.locked_until)}")
    if u.must_change_password:
        flags.append("must change password")
    return f"{u.username} ({u.full_name}, {u.role.value})" + (
        f" [{', '.join(flags)}]" if flags else ""
    )


def cmd_user_add(args: argparse.Namespace, out: Output) -> int:
    role = Role(args.role)
    with logged_in(args, out) as ws:
        ws.actor.require(Action.MANAGE_USERS)  # before asking for the new password
        password = new_password("WBS_NEW_PASSWORD", args.name.strip().casefold())
        progress = progress_printer(out, "granting cases") if role == Role.ADMIN else None
        user = ws.accounts.add_user(
            args.name,
            args.full_name,
            role,
            password,
            nip=args.nip or "",
            position=args.position or "",
            progress=progress,
        )
    return out.done(user, f"added {_user_line(user)}")


def cmd_user_list(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        users = ws.accounts.list_users()
    if out.json:
        out.dump(users)
        return EXIT_OK
    rows = [("USERNAME", "FULL NAME", "ROLE", "NIP", "POSITION", "STATUS")]
    now = utc_now()
    for u in sorted(users, key=lambda u: u.username):
        status = "active" if u.active else "inactive"
        if u.locked_until is not None and u.locked_until > now:
            status += f", locked until {short_when(u.locked_until)}"
        if u.must_change_password:
            status += ", must change password"
        rows.append((u.username, u.full_name, u.role.value, u.nip, u.position, status))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.line("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return EXIT_OK


def cmd_user_deactivate(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        user = ws.accounts.deactivate(find_user(ws, args.name).id)
    return out.done(user, f"deactivated {user.username}: their keys to every case are revoked")


def cmd_user_reset_password(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        ws.actor.require(Action.MANAGE_USERS)
        target = find_user(ws, args.name)
        password = new_password("WBS_NEW_PASSWORD", f"{target.username} (temporary)")
        user = ws.accounts.reset_password(
            target.id, password, progress=progress_printer(out, "re-granting cases")
        )
    return out.done(
        user, f"reset the password of {user.username}: they must choose a new one at the next login"
    )


def cmd_user_unlock(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        user = ws.accounts.unlock(find_user(ws, args.name).id)
    return out.done(user, f"unlocked {user.username}")


def cmd_user_passwd(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        old = acting_password(ws.user.username)
        ws.accounts.change_password(old, new_password("WBS_NEW_PASSWORD", ws.user.username))
        username = ws.user.username
    return out.done({"username": username, "password_changed": True},
                    f"changed the password of {username}")


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("user", parents=common, help="manage users")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", parser_class=type(p))
    users.required = True
    q = users.add_parser("add", parents=common, help="add a user")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument("--full-name", required=True)
    q.add_argument("--nip", help="the 18-digit NIP")
    q.add_argument("--position", help="jabatan")
    q.set_defaults(func=cmd_user_add)
    q = users.add_parser("list", parents=common, help="list the users")
    q.set_defaults(func=cmd_user_list)
    q = users.add_parser("deactivate", parents=common, help="deactivate a user")
    q.add_argument("name")
    q.set_defaults(func=cmd_user_deactivate)
    q = users.add_parser(
        "reset-password", parents=common, help="give a user a temporary password (new keys)"
    )
    q.add_argument("name")
    q.set_defaults(func=cmd_user_reset_password)
    q = users.add_parser("unlock", parents=common, help="lift a lock-out")
    q.add_argument("name")
    q.set_defaults(func=cmd_user_unlock)
    q = users.add_parser("passwd", parents=common, help="change the acting user's own password")
    q.set_defaults(func=cmd_user_passwd)
