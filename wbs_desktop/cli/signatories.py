"""Who signs the letters and what they say: signatories, users' profiles,
examination teams and the summons' violation words:

    wbs-admin signatories list
    wbs-admin signatories official KEY --name N --nip NIP --pangkat P --jabatan J
    wbs-admin signatories remove-official KEY
    wbs-admin signatories head --jabatan "Kepala Badan …"
    wbs-admin signatories set KIND|default OFFICIAL [--form own|a.n.|Plt.|Plh.]
    wbs-admin signatories unset KIND|default
    wbs-admin user profile NAME [--nip] [--pangkat] [--jabatan] [--full-name]
    wbs-admin team set REGISTER USER [USER …]      (the first is the chair)
    wbs-admin team show REGISTER
    wbs-admin violations list | set CODE "WORDS"   (the summons' "… disiplin berupa WORDS")

OFFICIAL is the key of an official, or ``user:USERNAME`` for a user's profile.
Every command takes the global ``--json``. (``wbs-admin register``, the
outgoing-letter register, is in cli/register.py.)
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from wbs_desktop.cli.output import EXIT_OK, CliError, Output
from wbs_desktop.cli.session import find_case, logged_in
from wbs_desktop.domain.signatories import Official, SignForm
from wbs_desktop.letters.kinds import SIGNED_KINDS, SPECS

if TYPE_CHECKING:
    from wbs_desktop.letters.model import LetterKind

SIGNED = sorted(k.value for k in SIGNED_KINDS)


def _official_line(o: Official) -> str:
    extra = ", ".join(x for x in (o.rank, f"NIP {o.nip}" if o.nip else "") if x)
    return f"{o.key:<14} {o.name} — {o.position}" + (f" ({extra})" if extra else "")


def cmd_signatories_list(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        sig = ws.signatories
        officials = sig.officials()
        signers = sig.signers()
        head = sig.head_position()
        resolved = {k: sig.signer_of(SPECS[k].kind) for k in SIGNED_KINDS}
    if out.json:
        out.dump(
            {
                "head_position": head,
                "officials": [o.to_json() for o in officials],
                "signers": {k: v.to_json() for k, v in signers.items()},
                "letters": {
                    k.value: {
                        "position": s.signatory.position,
                        "name": s.signatory.name,
                        "rank": s.signatory.rank,
                        "nip": s.signatory.nip,
                        "configured": s.configured,
                    }
                    for k, s in sorted(resolved.items())
                },
            }
        )
        return EXIT_OK
    out.line(f"Head of the office: {head}")
    out.line("Officials:")
    for o in officials:
        out.line("  " + _official_line(o))
    if not officials:
        out.line("  (none)")
    out.line("Who signs:")
    for kind, s in sorted(resolved.items()):
        who = s.signatory.name if s.configured else "(nobody set: a line to sign on)"
        position = " / ".join(s.signatory.position.splitlines())
        out.line(f"  {kind.value:<20} {who} — {position}")
    return EXIT_OK


def cmd_signatories_official(args: argparse.Namespace, out: Output) -> int:
    official = Official(
        key=args.key,
        name=args.name,
        nip=args.nip or "",
        rank=args.pangkat or "",
        position=args.jabatan,
    )
    with logged_in(args, out) as ws:
        ws.signatories.set_official(official)
    return out.done(official.to_json(), f"official {_official_line(official)}")


def cmd_signatories_remove(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        ws.signatories.remove_official(args.key)
    return out.done({"removed": args.key}, f"removed official {args.key}")


def cmd_signatories_head(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        ws.signatories.set_head_position(args.jabatan)
    return out.done(
        {"head_position": args.jabatan.strip()},
        f"head of the office: {args.jabatan.strip()}",
    )


def cmd_signatories_set(args: argparse.Namespace, out: Output) -> int:
    form = SignForm(args.form)
    with logged_in(args, out) as ws:
        ws.signatories.set_signer(args.kind, args.official, form)
        kinds = SIGNED_KINDS if args.kind == "default" else [SPECS[_kind(args.kind)].kind]
        shown = {k.value: ws.signatories.signer_of(k).signatory for k in kinds}
    return out.done(
        {
            "kind": args.kind,
            "official": args.official,
            "form": form.value,
            "signs": {k: v.position for k, v in shown.items()},
        },
        f"{args.kind}: signed by {args.official} ({form.value})",
    )


def cmd_signatories_unset(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        ws.signatories.set_signer(args.kind, None)
    return out.done({"kind": args.kind, "official": None}, f"{args.kind}: no signer of its own")


def _kind(value: str) -> LetterKind:
    from wbs_desktop.letters.model import LetterKind

    return LetterKind(value)


def cmd_user_profile(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        user = ws.signatories.update_profile(
            args.name,
            full_name=args.full_name,
            nip=args.nip,
            rank=args.pangkat,
            position=args.jabatan,
        )
    if out.json:
        out.dump(user)
    else:
        out.line(
            f"{user.username}: {user.full_name}, NIP {user.nip or '-'}, "
            f"{user.rank or '-'}, {user.position or '-'}"
        )
    return EXIT_OK


def cmd_team_set(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        team = ws.signatories.set_team(find_case(ws, args.register), args.users)
    return _team_out(out, args.register, team)


def cmd_team_show(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        team = ws.signatories.team(find_case(ws, args.register))
    return _team_out(out, args.register, team)


def _team_out(out: Output, register: str, team: list[Official]) -> int:
    if out.json:
        out.dump({"register": register.strip(), "team": [o.to_json() for o in team]})
        return EXIT_OK
    out.line(f"{register.strip()}: examination team")
    for i, o in enumerate(team, 1):
        out.line(
            f"  {i}. {o.name}, NIP {o.nip or '-'}, {o.rank or '-'}, {o.position or '-'}"
            + (" (ketua)" if i == 1 else "")
        )
    if not team:
        out.line("  (none)")
    return EXIT_OK


def cmd_violations_list(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services.violations import violation_words

    with logged_in(args, out) as ws:
        types = ws.settings.complaint_types()
        with ws.read() as session:
            words = violation_words(session)
    rows = [{"code": t.code, "label": t.label_id, "words": words.get(t.code, "")} for t in types]
    if out.json:
        out.dump(rows)
        return EXIT_OK
    for r in rows:
        shown = r["words"] or "(the officer writes them in each summons)"
        out.line(f"{r['code']:<24} dugaan pelanggaran disiplin berupa {shown}")
    return EXIT_OK


def cmd_violations_set(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.domain.catalog import OTHER_TYPE_CODE
    from wbs_desktop.services.violations import VIOLATION_WORDS_KEY

    if args.code == OTHER_TYPE_CODE:
        raise CliError('type "other" has no words: the officer writes them in each summons')
    with logged_in(args, out) as ws:
        if args.code not in {t.code for t in ws.settings.complaint_types()}:
            raise CliError(f"there is no complaint type {args.code} (see: types)")
        current = dict(ws.settings.get(VIOLATION_WORDS_KEY) or {})
        current[args.code] = " ".join(args.words.split())
        ws.settings.put(VIOLATION_WORDS_KEY, current)
    return out.done(
        {"code": args.code, "words": current[args.code]},
        f"{args.code}: dugaan pelanggaran disiplin berupa {current[args.code]}",
    )


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("signatories", parents=common, help="officials and who signs each letter")
    acts = p.add_subparsers(dest="signatories_command", metavar="ACTION")
    acts.required = True
    q = acts.add_parser("list", parents=common, help="the officials and who signs what")
    q.set_defaults(func=cmd_signatories_list)
    q = acts.add_parser("official", parents=common, help="add or change an official (admin)")
    q.add_argument("key", help='a short key, e.g. "kepala", "sekretaris"')
    q.add_argument("--name", required=True, help="the full name with titles")
    q.add_argument("--nip", help="the 18-digit NIP")
    q.add_argument("--pangkat", help="pangkat/golongan, e.g. 'Pembina Utama Muda (IV/c)'")
    q.add_argument("--jabatan", required=True, help="the position")
    q.set_defaults(func=cmd_signatories_official)
    q = acts.add_parser("remove-official", parents=common, help="remove an official (admin)")
    q.add_argument("key")
    q.set_defaults(func=cmd_signatories_remove)
    q = acts.add_parser("head", parents=common, help="the head's jabatan (for a.n., Plt., Plh.)")
    q.add_argument("--jabatan", required=True)
    q.set_defaults(func=cmd_signatories_head)
    q = acts.add_parser("set", parents=common, help="who signs a letter kind (admin)")
    q.add_argument("kind", choices=["default", *SIGNED])
    q.add_argument("official", help="an official's key, or user:USERNAME")
    q.add_argument("--form", default=SignForm.OWN.value, choices=[f.value for f in SignForm])
    q.set_defaults(func=cmd_signatories_set)
    q = acts.add_parser("unset", parents=common, help="a kind signs as the default again")
    q.add_argument("kind", choices=["default", *SIGNED])
    q.set_defaults(func=cmd_signatories_unset)

    # `user profile` joins the user group of core
    user_parser = sub.choices["user"]
    users = next(a for a in user_parser._actions if isinstance(a, argparse._SubParsersAction))
    q = users.add_parser("profile", parents=common, help="NIP, pangkat, jabatan, name (admin)")
    q.add_argument("name")
    q.add_argument("--nip")
    q.add_argument("--pangkat", help="pangkat/golongan")
    q.add_argument("--jabatan", help="position")
    q.add_argument("--full-name")
    q.set_defaults(func=cmd_user_profile)

    p = sub.add_parser("team", parents=common, help="a case's examination team")
    acts = p.add_subparsers(dest="team_command", metavar="ACTION")
    acts.required = True
    q = acts.add_parser("set", parents=common, help="choose the team from users (chair first)")
    q.add_argument("register", metavar="REGISTER")
    q.add_argument("users", nargs="+", metavar="USER")
    q.set_defaults(func=cmd_team_set)
    q = acts.add_parser("show", parents=common, help="the case's team")
    q.add_argument("register", metavar="REGISTER")
    q.set_defaults(func=cmd_team_show)

    p = sub.add_parser(
        "violations", parents=common, help='the summons\' words after "… disiplin berupa"'
    )
    acts = p.add_subparsers(dest="violations_command", metavar="ACTION")
    acts.required = True
    q = acts.add_parser("list", parents=common, help="the words per complaint type")
    q.set_defaults(func=cmd_violations_list)
    q = acts.add_parser("set", parents=common, help="the words of one complaint type (admin)")
    q.add_argument("code", help="the complaint type's code")
    q.add_argument("words")
    q.set_defaults(func=cmd_violations_set)
