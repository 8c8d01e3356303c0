"""`/actions settings`: anyone sees the policy, admins change it, bad input changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.commands import ReminderSettings, Setting
from handlers.context import Context
from handlers.dispatch import respond
from handlers.grammar import ParseError, parse
from handlers.replies import Level, Notice, Table
from storage import committees
from storage.db import Database
from tests.conftest import NOW
from tests.scheduler.support import build_world, local


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("settings", ReminderSettings()),
        ("/actions settings show", ReminderSettings()),
        ("settings lead 1,7", ReminderSettings(Setting.lead, "7,1")),
        ("settings lead 14,7,7,1", ReminderSettings(Setting.lead, "14,7,1")),
        ("settings lead none", ReminderSettings(Setting.lead, "")),
        ("settings time 9:30", ReminderSettings(Setting.time, "09:30")),
        ("settings stale 21", ReminderSettings(Setting.stale, "21")),
        ("settings digest Mon", ReminderSettings(Setting.digest, "0")),
        ("settings digest friday", ReminderSettings(Setting.digest, "4")),
        ("settings digest off", ReminderSettings(Setting.digest, "-1")),
        ("settings timezone Europe/Dublin", ReminderSettings(Setting.timezone, "Europe/Dublin")),
    ],
)
def test_parse(text: str, expected: ReminderSettings) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("settings colour blue", "`colour` is not a setting"),
        ("settings lead", "Give a value after `settings lead`"),
        ("settings lead seven", "`seven` is not a list of days"),
        ("settings lead 90,7", "at most 60 days"),
        ("settings time 25:00", "HH:MM"),
        ("settings stale 0", "from 1 to 365"),
        ("settings digest t", "not a day of the week"),
        ("settings timezone Mars/Olympus", "not a timezone I know"),
        ("settings time 09:00 10:00", "Give one value"),
    ],
)
def test_bad_input_gets_a_specific_message(text: str, message: str) -> None:
    with pytest.raises(ParseError) as err:
        parse(text)
    assert message in err.value.message and err.value.usage


async def test_admins_change_the_policy_others_are_refused(db: Database) -> None:
    world = await build_world(db, meeting_at=local(date(2024, 4, 4), 17), created=NOW)
    async with db.transaction() as s:
        committee = await committees.committee_by_id(s, committee_id=world.committee_id)

    def ctx(actor: object) -> Context:
        return Context(actor=actor, now=NOW, committee=committee, channel_id="CASC")  # type: ignore[arg-type]

    shown = await respond("settings", ctx=ctx(world.owner), db=db)
    assert isinstance(shown, Table)
    assert {r[0]: r[1] for r in shown.rows} == {
        "lead": "7 days, 1 day before",
        "time": "09:00",
        "stale": "21 days",
        "digest": "off",
        "timezone": "Europe/London",
    }
    refused = await respond("settings stale 10", ctx=ctx(world.owner), db=db)
    assert isinstance(refused, Notice) and refused.level is Level.error and "Sam Admin" in refused.text
    for text in ("settings stale 10", "settings lead 14,3", "settings time 08:30", "settings digest friday"):
        reply = await respond(text, ctx=ctx(world.admin), db=db)
        assert isinstance(reply, Notice) and reply.level is Level.ok, reply
    async with db.transaction() as s:
        changed = await committees.committee_by_id(s, committee_id=world.committee_id)
    assert changed is not None
    assert (
        changed.stale_days,
        changed.reminder_lead_days,
        changed.reminder_time,
        changed.digest_weekday,
    ) == (
        10,
        "14,3",
        "08:30",
        4,
    )
    table = await respond("settings", ctx=ctx(world.other), db=db)
    assert isinstance(table, Table)
    assert {r[0]: r[1] for r in table.rows}["digest"] == "Friday"
