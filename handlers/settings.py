"""`settings`: a committee's reminder policy, shown to anyone and changed by its admins.

settings                  show the policy
settings lead 7,1         remind 7 days and 1 day before each meeting (`none` for no reminders)
settings time 09:00       at this local time
settings stale 21         nudge owners after this many days without an update
settings digest monday    send the weekly digest on this day (`off` for none)
settings timezone Europe/London
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import permissions, resolve
from handlers.commands import DAYS, ReminderSettings, Setting
from handlers.context import Context
from handlers.registry import handles
from handlers.replies import Reply, Table, error, ok, plural
from storage import committees, next_reminders
from storage.models import Committee


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
            ("stale", plural(committee.stale_days, "day"), "no update for this long nudges the owner"),
            ("digest", day, "the weekly digest to each person with open actions"),
            ("timezone", committee.timezone, "the committee's clock"),
        ),
        notes=("Admins change them with e.g. `settings lead 7,1`, `settings digest monday`.",),
    )


@handles(ReminderSettings, writes=True)
async def settings_handler(cmd: ReminderSettings, ctx: Context, session: AsyncSession) -> Reply:
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
    await committees.save_committee(session, committee=committee)
    await next_reminders.refresh_committee(session, committee=committee, now=ctx.now)
    table = policy_table(committee)
    return ok(
        f"{committee.code}: {cmd.setting} is now {_shown(cmd, committee)}. Reminders follow it from the next minute.\n"
        + "\n".join(f"{r[0]}: {r[1]}" for r in table.rows)
    )


def _shown(cmd: ReminderSettings, committee: Committee) -> str:
    if cmd.setting is Setting.lead:
        return (
            f"{cmd.value} {'day' if cmd.value == '1' else 'days'} before each meeting"
            if cmd.value
            else "none (no pre-meeting reminders)"
        )
    if cmd.setting is Setting.digest:
        return DAYS[committee.digest_weekday].capitalize() if committee.digest_weekday >= 0 else "off"
    if cmd.setting is Setting.stale:
        return plural(int(cmd.value), "day")
    return cmd.value
