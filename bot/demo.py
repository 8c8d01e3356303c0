"""The sample committee the terminal demo starts with.

It is built the way a real one is: people and roles are added, then minutes we wrote ourselves (in
the numbered RESOLVED style many councils use) are imported, the proposals are confirmed, and a few
actions get updates, a reassignment and a completion, so every listing has something to show.
Dates are relative to today, so "overdue" and "next meeting" always mean something.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.context import Context
from handlers.dispatch import respond
from handlers.importing import import_extraction
from minutes.extract import extract_text
from storage import committees, people
from storage.db import Database
from storage.models import Role

CODE = "ASC"
NAME = "Adult Social Care Scrutiny Commission"

PEOPLE = [
    ("Sam Patel", ["Scrutiny Support Officer"], [Role.admin], "sam.patel@borsetshire.example"),
    ("Cllr Joan Archer", [], [Role.chair, Role.member], "joan.archer@borsetshire.example"),
    ("Cllr Ed Grundy", [], [Role.member], "ed.grundy@borsetshire.example"),
    ("Priya Shah", ["Director of Adult Social Care"], [Role.officer], "priya.shah@borsetshire.example"),
    ("Tom Reed", ["Head of Commissioning"], [Role.officer], "tom.reed@borsetshire.example"),
    ("Ruth Okafor", ["Policy and Improvement Officer"], [Role.officer], "ruth.okafor@borsetshire.example"),
]


def _long(d: date) -> str:
    return f"{d:%A}, {d.day} {d:%B %Y}".upper()


def sample_minutes(held: date, earlier: date, later: list[date]) -> str:
    dates = "\n".join(f"{d.day} {d:%B %Y}" for d in later)
    return f"""Borsetshire County Council

Minutes of the Meeting of the
ADULT SOCIAL CARE SCRUTINY COMMISSION

Held: {_long(held)} at 5:30 pm

PRESENT:
Councillor Archer (Chair)
Councillor Grundy
Councillor Lloyd

* * * * *

21. MINUTES OF THE PREVIOUS MEETING

RESOLVED:
That the minutes of the meeting held {earlier.day} {earlier:%B %Y} be confirmed as a correct record.

22. HOME CARE RECOMMISSIONING

The Director of Adult Social Care presented a report on the recommissioning of home care.
Members asked about travel time for care workers in rural areas.

The Chair requested that the Head of Commissioning circulate the list of providers on the framework.

AGREED:
1. That the report be noted.
2. That the Head of Commissioning provide details of travel time payments to care workers to the next meeting.
3. That an update on the recruitment campaign be brought to a future meeting of the Commission.

23. CARERS STRATEGY

The Policy and Improvement Officer introduced the draft carers strategy.

RESOLVED:
1. That the Director of Adult Social Care circulate the results of the carers survey to Members.
2. That the Commission's comments be forwarded to the Executive Lead Member.

24. WORK PROGRAMME

The Commission considered its work programme. The following topics were suggested:
- Direct payments
- Reablement outcomes

AGREED:
That the Policy and Improvement Officer add reablement outcomes to the work programme.

25. DATES OF FUTURE MEETINGS

The Commission noted the dates of its future meetings:
{dates}

The meeting closed at 7:10 pm.
"""


async def seed_demo(db: Database, *, now: datetime) -> bool:
    """Build the sample committee once; False when it is already there."""
    tz = ZoneInfo("Europe/London")
    async with db.transaction() as session:
        if await committees.get_committee(session, code=CODE):
            return False
        committee = await committees.create_committee(session, code=CODE, name=NAME)
        assert committee.id is not None
        for name, titles, roles, email in PEOPLE:
            person = await people.add_person(session, display_name=name, role_titles=titles, email=email)
            assert person.id is not None
            for role in roles:
                await people.grant_role(session, committee_id=committee.id, person_id=person.id, role=role)
        today = now.astimezone(tz).date()
        held = today - timedelta(days=35)
        later = [today + timedelta(days=9), today + timedelta(days=51), today + timedelta(days=93)]
        await committees.add_meeting(
            session,
            committee_id=committee.id,
            starts_at=datetime.combine(held - timedelta(days=42), time(17, 30), tzinfo=tz),
            location="Council Chamber",
        )
        for d in later:
            await committees.add_meeting(
                session,
                committee_id=committee.id,
                starts_at=datetime.combine(d, time(17, 30), tzinfo=tz),
                location="Council Chamber, County Hall",
            )
        extraction = extract_text(
            sample_minutes(held, held - timedelta(days=42), later), source="demo: minutes of the last meeting"
        )
        admin = (await people.find_people(session, name="Sam Patel"))[0]
        await import_extraction(
            session,
            extraction=extraction,
            committee=committee,
            actor=admin,
            now=datetime.combine(held + timedelta(days=3), time(10), tzinfo=tz),
        )

    async def say(who: str, text: str, at: datetime) -> None:
        async with db.transaction() as session:
            actor = (await people.find_people(session, name=who))[0]
            committee = await committees.get_committee(session, code=CODE)
        await respond(
            text, ctx=Context(actor=actor, now=at, committee=committee, channel_id="console:ASC"), db=db
        )

    confirm_at = datetime.combine(held + timedelta(days=4), time(9, 30), tzinfo=tz)
    await say("Sam Patel", "review confirm all", confirm_at)
    refs = await _refs(db)
    if len(refs) >= 3:
        await say("Sam Patel", f'assign {refs[0]} "Head of Commissioning"', confirm_at)
        await say(
            "Tom Reed",
            f"update {refs[0]} Figures requested from the three largest providers",
            confirm_at + timedelta(days=6),
        )
        await say("Sam Patel", f"assign {refs[1]} Tom Reed", confirm_at)
        await say(
            "Priya Shah",
            f"update {refs[2]} Survey results are with the analysts",
            confirm_at + timedelta(days=2),
        )
        await say(
            "Sam Patel", f"done {refs[-1]} Provider list circulated by email", confirm_at + timedelta(days=8)
        )
    await say(
        "Sam Patel",
        "add Circulate the revised carers strategy consultation timetable owner Ruth Okafor due next meeting",
        now - timedelta(days=2),
    )
    await say("Sam Patel", "programme confirm all", confirm_at)
    recruitment = next((r for r in refs if r == "A2"), None)
    link = f" for {recruitment}" if recruitment else ""
    await say(
        "Sam Patel",
        f"programme add {later[1].isoformat()} Home care recruitment campaign lead Tom Reed{link}",
        confirm_at,
    )
    await say(
        "Sam Patel",
        f"programme add {later[0].isoformat()} Carers strategy consultation lead Ruth Okafor",
        confirm_at,
    )
    await say(
        "Sam Patel",
        f"programme add {later[2].isoformat()} Annual complaints report lead Priya Shah",
        confirm_at,
    )
    return True


async def _refs(db: Database) -> list[str]:
    from storage.actions import open_refs

    async with db.transaction() as session:
        return await open_refs(session)
