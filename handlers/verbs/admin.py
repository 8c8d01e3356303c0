"""The verbs of help and administration: roles, titles, channel setup, reviewing imported
actions, importing minutes, exporting the tracker paper and the reminder settings."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers import commands as c
from handlers.args import Args, Verbs, no_more, person_spec, ref_arg, rest_after
from handlers.replies import plural
from storage.committees import MAX_NAME

VERBS = Verbs()

MAX_LEAD = 60
MAX_STALE = 365
SETTINGS_USAGE = (
    "settings | settings lead 7,1 | settings time 09:00 | settings stale 21 | "
    "settings digest monday|off | settings timezone Europe/London"
)


@VERBS.verb("help", usage="help [command]", summary="this list, or how to use one command", group="Help")
def _parse_help(args: Args) -> c.Help:
    return c.Help(topic=(args.words[0].lower() if args.words else ""))


@VERBS.verb(
    "role",
    usage="role add|remove <@user | name> admin|chair|member|officer  |  role list",
    summary="manage who is admin, chair, member or officer of this committee (admins)",
    group="Admin",
    aliases=("roles",),
)
def _parse_role(args: Args) -> c.Roles:
    if not args.words or args.words[0].lower() in ("list", "ls"):
        return c.Roles(change=c.RoleChange.list)
    op = args.words[0].lower()
    if op not in ("add", "remove") or len(args.words) < 3:
        raise args.fail("Say `role add <person> <role>`, `role remove <person> <role>` or `role list`.")
    role = args.words[-1].lower()
    if role not in ("admin", "chair", "member", "officer"):
        raise args.fail(f"`{args.words[-1]}` is not a role; roles are admin, chair, member and officer.")
    who = " ".join(args.words[1:-1])
    return c.Roles(change=c.RoleChange(op), who=person_spec(who, args), role=role)


@VERBS.verb(
    "title",
    usage='title <@user | name> "Director of Adult Social Care"',
    summary="record a person's role title, so minutes that name the role reach them (admins)",
    group="Admin",
)
def _parse_title(args: Args) -> c.Title:
    if len(args.words) < 2:
        raise args.fail("Give the person and then the title in quotes.")
    return c.Title(who=person_spec(" ".join(args.words[:-1]), args), title=args.words[-1])


CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,31}$")


@VERBS.verb(
    "setup",
    usage='setup <committee code> ["Committee name"]',
    summary="bind this channel to a committee (admins), or create one (workspace admins, organisers)",
    group="Admin",
    details='`setup ASC "Adult Social Care Scrutiny Commission"` creates ASC, makes you its admin and '
    "binds this channel; `setup ASC` binds this channel to ASC.",
)
def _parse_setup(args: Args) -> c.Setup:
    if not args.words:
        raise args.fail('Give the committee\'s short code, e.g. `setup ASC` or `setup ASC "Its full name"`.')
    code = args.words[0]
    if not CODE.match(code):
        raise args.fail(
            f"`{code}` is not a committee code: use up to 32 letters, digits, - or _, starting with a letter."
        )
    name = " ".join(args.words[1:]).strip()
    if len(name) > MAX_NAME:
        raise args.fail(
            f"That name is {plural(len(name), 'character')} long; give the committee a name of at most {MAX_NAME}."
        )
    return c.Setup(committee=code.upper(), name=name or None)


@VERBS.verb(
    "review",
    usage="review | review confirm A12|all | review discard A12 | review edit A12 <text>",
    summary="confirm, edit or discard the actions found in imported minutes (admins)",
    group="Admin",
)
def _parse_review(args: Args) -> c.Review | c.ReviewChange:
    if not args.words:
        return c.Review()
    op = args.words[0].lower()
    if op not in ("confirm", "discard", "edit"):
        raise args.fail(f"`{args.words[0]}`: review takes confirm, discard or edit.")
    if len(args.words) < 2:
        raise args.fail(f"{op.capitalize()} which proposal? Give its reference, or `all` to confirm all.")
    if op == "confirm" and args.words[1].lower() == "all":
        no_more(args, 2)
        return c.ReviewChange(verb=c.ReviewVerb.confirm, ref="all")
    ref = ref_arg(Args(args.words[1:], rest_after(args, 1), args.usage))
    text = rest_after(args, 2)
    if op == "edit" and not text:
        raise args.fail(f"Give the corrected text after {ref}.")
    return c.ReviewChange(verb=c.ReviewVerb(op), ref=ref, text=text)


@VERBS.verb(
    "confirm",
    usage="confirm A12|all",
    summary="confirm a proposed action (same as review confirm)",
    group="Admin",
)
def _parse_confirm(args: Args) -> c.Review | c.ReviewChange:
    return _parse_review(Args(("confirm", *args.words), "confirm " + args.rest, args.usage))


@VERBS.verb(
    "discard",
    usage="discard A12",
    summary="discard a proposed action (same as review discard)",
    group="Admin",
)
def _parse_discard(args: Args) -> c.Review | c.ReviewChange:
    return _parse_review(Args(("discard", *args.words), "discard " + args.rest, args.usage))


@VERBS.verb(
    "import", usage="import <url>", summary="import minutes from a web address (admins)", group="Admin"
)
def _parse_import(args: Args) -> c.ImportMinutes:
    if len(args.words) != 1:
        raise args.fail("Give one web address of the minutes (http or https).")
    url = args.words[0].strip("<>")
    url = url.split("|", 1)[0]
    if not re.match(r"^https?://", url, re.IGNORECASE):
        raise args.fail(f"`{url}` is not a web address; give one starting with https://.")
    return c.ImportMinutes(url=url)


@VERBS.verb(
    "export",
    usage="export csv|md|html|ics [committee code]",
    summary="the action tracker paper for the agenda pack (CSV, Markdown or printable HTML), or the "
    "meetings calendar: anyone who can list the committee's actions (exempt items without their text)",
    group="Listings",
    details=(
        "RAG: red is overdue; amber has no owner or no due point, is due by the next meeting, or is stale; "
        "green is on track. Actions from "
        "exempt items are listed as \u201cExempt item\u201d, without their text."
    ),
)
def _parse_export(args: Args) -> c.Export:
    if not args.words:
        raise args.fail("Export as what? `export csv`, `export html`, `export md` or `export ics`.")
    word = args.words[0].lower().lstrip(".")
    aliases = {"markdown": "md", "htm": "html", "ical": "ics", "calendar": "ics"}
    word = aliases.get(word, word)
    if word not in c.Format.__members__:
        raise args.fail(f"`{args.words[0]}` is not a format I can export; use csv, md, html or ics.")
    if len(args.words) > 2:
        raise args.fail(f"I didn't expect `{' '.join(args.words[2:])}` here.")
    code = args.words[1].upper() if len(args.words) == 2 else None
    return c.Export(fmt=c.Format(word), committee=code)


_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _lead(text: str, args: Args) -> str:
    if text.lower() in ("none", "off"):
        return ""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise args.fail(f"`{text}` is not a list of days; write them like `7,1` (or `none`).")
    days = sorted({int(p) for p in parts}, reverse=True)
    if days[0] > MAX_LEAD:
        raise args.fail(f"Remind at most {MAX_LEAD} days before a meeting; {days[0]} is too many.")
    return ",".join(str(d) for d in days)


def _day(text: str, args: Args) -> str:
    low = text.lower()
    if low in ("off", "none", "never"):
        return "-1"
    matches = [i for i, d in enumerate(c.DAYS) if len(low) >= 3 and d.startswith(low)]
    if len(matches) != 1:
        raise args.fail(f"`{text}` is not a day of the week; write e.g. `monday` (or `off`).")
    return str(matches[0])


@VERBS.verb(
    "settings",
    usage=SETTINGS_USAGE,
    summary="show or change when reminders, nudges and digests are sent (admins change)",
    group="Admin",
    details=(
        "lead: days before each meeting; time: local time of day; stale: days without an update "
        "before the owner is nudged (then the admin, then the chair); digest: day of the weekly digest."
    ),
)
def _parse_settings(args: Args) -> c.ReminderSettings:
    if not args.words:
        return c.ReminderSettings()
    name = args.words[0].lower()
    if name in ("show", "list"):
        return c.ReminderSettings()
    try:
        setting = c.Setting(name)
    except ValueError:
        raise args.fail(
            f"`{args.words[0]}` is not a setting; settings are lead, time, stale, digest, timezone."
        ) from None
    if len(args.words) != 2:
        what = "a value" if len(args.words) < 2 else "one value"
        raise args.fail(f"Give {what} after `settings {name}`.")
    raw = args.words[1]
    if setting is c.Setting.lead:
        return c.ReminderSettings(setting, _lead(raw, args))
    if setting is c.Setting.time:
        m = _CLOCK.match(raw)
        if not m:
            raise args.fail(f"`{raw}` is not a time of day; write it as HH:MM, like 09:00.")
        return c.ReminderSettings(setting, f"{int(m.group(1)):02d}:{m.group(2)}")
    if setting is c.Setting.stale:
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_STALE:
            raise args.fail(f"`{raw}`: give a number of days from 1 to {MAX_STALE}, like 21.")
        return c.ReminderSettings(setting, str(int(raw)))
    if setting is c.Setting.digest:
        return c.ReminderSettings(setting, _day(raw, args))
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise args.fail(f"`{raw}` is not a timezone I know; write it like Europe/London.") from None
    return c.ReminderSettings(setting, raw)
