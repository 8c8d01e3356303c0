"""`settings`: a committee's reminder policy, shown to anyone and changed by its admins.

settings                  show the policy
settings lead 7,1         remind 7 days and 1 day before each meeting (`none` for no reminders)
settings time 09:00       at this local time
settings stale 21         nudge owners after this many days without an update
settings digest monday    send the weekly digest on this day (`off` for none)
settings timezone Europe/London
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import permissions, resolve
from handlers.changes import guarded
from handlers.context import Context
from handlers.grammar import Args, verb
from handlers.registry import handles
from handlers.replies import Reply, Table, error, ok
from storage import committees
from storage.db import Database
from storage.models import Committee

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_LEAD = 60
MAX_STALE = 365
USAGE = (
    "settings | settings lead 7,1 | settings time 09:00 | settings stale 21 | "
    "settings digest monday|off | settings timezone Europe/London"
)


class Setting(enum.StrEnum):
    show = "show"
    lead = "lead"
    time = "time"
    stale = "stale"
    digest = "digest"
    timezone = "timezone"


@dataclass(frozen=True)
class ReminderSettings:
    setting: Setting = Setting.show
    value: str = ""


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


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
    matches = [i for i, d in enumerate(DAYS) if len(low) >= 3 and d.startswith(low)]
    if len(matches) != 1:
        raise args.fail(f"`{text}` is not a day of the week; write e.g. `monday` (or `off`).")
    return str(matches[0])


@verb(
    "settings",
    usage=USAGE,
    summary="show or change when reminders, nudges and digests are sent (admins change)",
    group="Admin",
    details=(
        "lead: days before each meeting; time: local time of day; stale: days without an update "
        "before the owner is nudged (then the admin, then the chair); digest: day of the weekly digest."
    ),
)
def parse_settings(args: Args) -> ReminderSettings:
    if not args.words:
        return ReminderSettings()
    name = args.words[0].lower()
    if name in ("show", "list"):
        return ReminderSettings()
    try:
        setting = Setting(name)
    except ValueError:
        raise args.fail(
            f"`{args.words[0]}` is not a setting; settings are lead, time, stale, digest, timezone."
        ) from None
    if len(args.words) != 2:
        what = "a value" if len(args.words) < 2 else "one value"
        raise args.fail(f"Give {what} after `settings {name}`.")
    raw = args.words[1]
    if setting is Setting.lead:
        return ReminderSettings(setting, _lead(raw, args))
    if setting is Setting.time:
        m = _TIME.match(raw)
        if not m:
            raise args.fail(f"`{raw}` is not a time of day; write it as HH:MM, like 09:00.")
        return ReminderSettings(setting, f"{int(m.group(1)):02d}:{m.group(2)}")
    if setting is Setting.stale:
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_STALE:
            raise args.fail(f"`{raw}`: give a number of days from 1 to {MAX_STALE}, like 21.")
        return ReminderSettings(setting, str(int(raw)))
    if setting is Setting.digest:
        return ReminderSettings(setting, _day(raw, args))
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise args.fail(f"`{raw}` is not a timezone I know; write it like Europe/London.") from None
    return ReminderSettings(setting, raw)


def policy_table(committee: Committee) -> Table:
    leads = [d for d in committee.reminder_lead_days.split(",") if d.strip()]
    lead_text = ", ".join(f"{d} day{'s' if d != '1' else ''}" for d in leads) + " before" if leads else "none"
    day = DAYS[committee.digest_weekday].capitalize() if 0 <= committee.digest_weekday <= 6 else "off"
    return Table(
        title=f"Reminder settings of {committee.name} ({committee.code})",
        columns=("setting", "value", "what it means"),
        rows=(
            ("lead", lead_text, "channel post and owner DMs before each meeting"),
            ("time", committee.reminder_time, f"local time ({committee.timezone}) reminders go out"),
            ("stale", f"{committee.stale_days} days", "no update for this long nudges the owner"),
            ("digest", day, "the weekly digest to each person with open actions"),
            ("timezone", committee.timezone, "the committee's clock"),
        ),
        notes=("Admins change them with e.g. `settings lead 7,1`, `settings digest monday`.",),
    )


@handles(ReminderSettings)
async def settings_handler(cmd: ReminderSettings, ctx: Context, db: Database) -> Reply:
    async def work(session: AsyncSession) -> Reply:
        if ctx.committee is None or ctx.committee.id is None:
            return error("Use `settings` in a committee's channel.")
        committee = await committees.committee_by_id(session, committee_id=ctx.committee.id)
        if committee is None:
            raise resolve.NotFound("This channel's committee no longer exists.")
        if cmd.setting is Setting.show:
            return policy_table(committee)
        await permissions.require_admin(session, ctx, committee, "change the reminder settings")
        if cmd.setting is Setting.lead:
            committee.reminder_lead_days = cmd.value
        elif cmd.setting is Setting.time:
            committee.reminder_time = cmd.value
        elif cmd.setting is Setting.stale:
            committee.stale_days = int(cmd.value)
        elif cmd.setting is Setting.digest:
            committee.digest_weekday = int(cmd.value)
        else:
            committee.timezone = cmd.value
        session.add(committee)
        await session.flush()
        table = policy_table(committee)
        return ok(
            f"{committee.code}: {cmd.setting} is now {_shown(cmd, committee)}. Reminders follow it from the next minute.\n"
            + "\n".join(f"{r[0]}: {r[1]}" for r in table.rows)
        )

    return await guarded(db, work)


def _shown(cmd: ReminderSettings, committee: Committee) -> str:
    if cmd.setting is Setting.lead:
        return f"{cmd.value} days before each meeting" if cmd.value else "none (no pre-meeting reminders)"
    if cmd.setting is Setting.digest:
        return DAYS[committee.digest_weekday].capitalize() if committee.digest_weekday >= 0 else "off"
    if cmd.setting is Setting.stale:
        return f"{cmd.value} days"
    return cmd.value
