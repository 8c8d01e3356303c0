"""The `meetings` verb: the calendar, and the admin changes to it."""

from __future__ import annotations

import re
from datetime import time

from handlers import commands as c
from handlers.args import Args, Verbs, date_arg, is_date, no_more, rest_after

VERBS = Verbs()

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_TIMEISH = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$|^\d{1,2}[:.]\d{2}$", re.IGNORECASE)


def _time_arg(word: str, args: Args) -> time:
    m = _TIME.match(word)
    if not m:
        raise args.fail(f"`{word}` is not a time; write times as HH:MM, like 18:30.")
    return time(int(m.group(1)), int(m.group(2)))


def _is_time(word: str) -> bool:
    """Whether a word was meant as a time (so a malformed one is an error, not a location)."""
    return bool(_TIME.match(word) or (_TIMEISH.match(word) and not word.isdigit()))


@VERBS.verb(
    "meetings",
    usage="meetings [past] | meetings add YYYY-MM-DD [HH:MM] [location] | meetings move YYYY-MM-DD "
    "[to] YYYY-MM-DD [HH:MM] | meetings cancel YYYY-MM-DD [reason] | meetings sync | "
    "meetings moderngov <site url> <committee id>",
    summary="the committee's upcoming meetings; admins add, move, cancel and sync them",
    group="Meetings",
    details=(
        "Moving a meeting keeps the actions due at it pointing at it, so they follow it. Cancelling "
        "one carries its actions to the next meeting. `meetings sync` picks up new and moved meetings "
        "from the council's ModernGov site, once `meetings moderngov` has said which site and committee."
    ),
    aliases=("meeting", "calendar"),
)
def _parse_meetings(
    args: Args,
) -> c.ListMeetings | c.AddMeeting | c.MoveMeeting | c.CancelMeeting | c.SyncMeetings | c.LinkModernGov:
    words = args.words
    if not words or words[0].lower() in ("list", "upcoming"):
        no_more(args, 1 if words else 0)
        return c.ListMeetings()
    op = words[0].lower()
    if op in ("past", "all"):
        no_more(args, 1)
        return c.ListMeetings(past=True)
    if op == "sync":
        no_more(args, 1)
        return c.SyncMeetings()
    if op == "moderngov":
        if len(words) != 3 or not words[2].isdigit():
            raise args.fail(
                "Give the ModernGov site and the committee's id there, e.g. "
                "`meetings moderngov https://democracy.example.gov.uk 142`."
            )
        site = words[1].strip("<>").split("|", 1)[0]
        if not re.match(r"^https?://", site, re.IGNORECASE):
            raise args.fail(f"`{site}` is not a web address; give one starting with https://.")
        return c.LinkModernGov(site=site.rstrip("/"), committee_id=int(words[2]))
    if op not in ("add", "move", "cancel"):
        raise args.fail(f"`{words[0]}`: meetings takes add, move, cancel, sync, moderngov or past.")
    if len(words) < 2:
        raise args.fail(f"{op.capitalize()} the meeting on which date? Give it as YYYY-MM-DD.")
    on = date_arg(words[1], args)
    if op == "add":
        at = None
        used = 2
        if len(words) > 2 and _is_time(words[2]):
            at, used = _time_arg(words[2], args), 3
        return c.AddMeeting(on=on, at=at, location=rest_after(args, used))
    if op == "cancel":
        return c.CancelMeeting(on=on, reason=rest_after(args, 2))
    rest = list(words[2:])
    if rest and rest[0].lower() == "to":
        rest = rest[1:]
    if not rest:
        raise args.fail(
            f"Move the meeting of {on.isoformat()} to when? e.g. `meetings move {on} to 2024-03-12`."
        )
    if not is_date(rest[0]):
        raise args.fail(f"`{rest[0]}` is not a date; write the new date as YYYY-MM-DD.")
    to = date_arg(rest[0], args)
    at = _time_arg(rest[1], args) if len(rest) > 1 else None
    if len(rest) > 2:
        raise args.fail(f"I didn't expect `{' '.join(rest[2:])}` here.")
    return c.MoveMeeting(on=on, to=to, at=at)
