"""The argument parsers of the CLI's committee, admin, organisers and people commands (argparse
alone, so that building the parser for `extract` imports no store)."""

from __future__ import annotations

import argparse


def add_committee_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    committee = sub.add_parser("committee", help="create, list, rename or archive committees")
    verbs = committee.add_subparsers(dest="committee_cmd", required=True)
    add = verbs.add_parser("add", help="create a committee")
    add.add_argument("code", help="its short code, e.g. ASC")
    add.add_argument(
        "--name", required=True, help='its full name, e.g. "Adult Social Care Scrutiny Commission"'
    )
    add.add_argument(
        "--admin", default=None, metavar="WHO", help="its first admin: EMAIL, slack:U123 or teams:AAD-ID"
    )
    add.add_argument(
        "--admin-name", default=None, help="the admin's name, when the bot does not know them yet"
    )
    add.add_argument("--timezone", default=None, help="its timezone (default TZ, else Europe/London)")
    add.add_argument(
        "--meeting-time", default="10:00", metavar="HH:MM", help="the usual start of its meetings"
    )
    add.add_argument("--workspace", default=None, help="slack:T..., teams:<tenant> or console (see README)")
    lst = verbs.add_parser("list", help="list the committees")
    lst.add_argument("--workspace", default=None)
    rename = verbs.add_parser("rename", help="give a committee a new name")
    rename.add_argument("code")
    rename.add_argument("--name", required=True)
    move = verbs.add_parser("move", help="move a committee, and the people only it has, to another workspace")
    move.add_argument("code")
    move.add_argument("--workspace", required=True, help="slack:T..., teams:<tenant> or console")
    archive = verbs.add_parser("archive", help="archive a committee (no more reminders or channels)")
    archive.add_argument("code")
    archive.add_argument("--undo", action="store_true", help="bring an archived committee back")

    admin = sub.add_parser("admin", help="make someone an admin of a committee")
    admin_verbs = admin.add_subparsers(dest="admin_cmd", required=True)
    grant = admin_verbs.add_parser("grant", help="make WHO an admin of the committee")
    grant.add_argument("code")
    grant.add_argument("who", metavar="WHO", help="EMAIL, slack:U123 or teams:AAD-ID")
    grant.add_argument("--name", default=None, help="their name, when the bot does not know them yet")

    organisers = sub.add_parser("organisers", help='who may create committees in chat (`setup CODE "Name"`)')
    org_verbs = organisers.add_subparsers(dest="organisers_cmd", required=True)
    for verb in ("add", "remove"):
        p = org_verbs.add_parser(verb, help=f"{verb} an organiser")
        p.add_argument("who", metavar="WHO", help="EMAIL, slack:U123 or teams:AAD-ID")
        p.add_argument("--workspace", default=None)
        if verb == "add":
            p.add_argument("--name", default=None, help="their name, when the bot does not know them yet")
    org_list = org_verbs.add_parser("list", help="list the organisers")
    org_list.add_argument("--workspace", default=None)


def add_people_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("people", help="import, list or merge the people the bot knows")
    verbs = p.add_subparsers(dest="people_cmd", required=True)
    imp = verbs.add_parser("import", help="import people from a CSV file (name,email,title,committee,role)")
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--workspace", default=None, help="for rows naming no committee")
    lst = verbs.add_parser("list", help="list people, their roles and chat links")
    lst.add_argument("--workspace", default=None)
    lst.add_argument("--committee", default=None, help="only the people with a role on this committee")
    merge = verbs.add_parser("merge", help="merge two records of one person (the second into the first)")
    merge.add_argument("keep", metavar="KEEP", help="the record to keep: its number (#12) or email")
    merge.add_argument("drop", metavar="DROP", help="the record merged into it and removed")
    merge.add_argument("--workspace", default=None, help="when an email is in several workspaces")
