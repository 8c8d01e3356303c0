"""A text-in, reply-out harness, so handler tests read like a conversation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.render_text import render
from handlers.context import Context
from handlers.dispatch import respond
from handlers.replies import Reply
from storage import committees, people
from storage.db import Database
from storage.models import CONSOLE, Committee, Person, Role

LONDON = ZoneInfo("Europe/London")


@dataclass
class Chat:
    db: Database
    now: datetime
    platform: str = "console"
    last: Reply | None = field(default=None, init=False)

    async def person(self, name: str) -> Person:
        async with self.db.transaction() as session:
            return (await people.find_people(session, name=name))[0]

    async def committee(self, code: str) -> Committee:
        async with self.db.transaction() as session:
            found = await committees.get_committee(session, code=code)
        assert found is not None
        return found

    async def reply(
        self, text: str, *, who: str | None, where: str | None = "ASC", ephemeral: bool | None = None
    ) -> Reply:
        """`ephemeral`: whether an answer in a channel is seen by the asker alone; by default as
        on the platform (the terminal and Slack's slash commands: yes; Teams: no)."""
        actor = await self.person(who) if who else None
        committee = await self.committee(where) if where else None
        ctx = Context(
            actor=actor,
            now=self.now,
            committee=committee,
            platform=self.platform,
            channel_id=f"{self.platform}:{where or 'dm'}",
            is_dm=where is None,
            ephemeral=self.platform != "teams" if ephemeral is None else ephemeral,
        )
        self.last = await respond(text, ctx=ctx, db=self.db)
        return self.last

    async def say(
        self, text: str, *, who: str | None, where: str | None = "ASC", ephemeral: bool | None = None
    ) -> str:
        return render(await self.reply(text, who=who, where=where, ephemeral=ephemeral))


async def build_committee(db: Database, *, now: datetime, workspace: str = CONSOLE) -> None:
    """ASC with an admin, a chair, a member, two officers; meetings before and after `now`. All of
    them in one workspace (the console's unless told)."""
    async with db.transaction() as session:
        asc = await committees.create_committee(
            session, code="ASC", name="Adult Social Care Scrutiny Commission", workspace=workspace
        )
        other = await committees.create_committee(
            session, code="HSC", name="Health Scrutiny Commission", workspace=workspace
        )
        assert asc.id and other.id
        cast = [
            ("Sam Patel", ["Scrutiny Support Officer"], [Role.admin]),
            ("Joan Archer", [], [Role.chair]),
            ("Ed Grundy", [], [Role.member]),
            ("Tom Reed", ["Head of Commissioning"], [Role.officer]),
            ("Priya Shah", ["Director of Adult Social Care"], [Role.officer]),
            ("Olive Outsider", [], []),
        ]
        for name, titles, roles in cast:
            p = await people.add_person(session, display_name=name, role_titles=titles, workspace=workspace)
            assert p.id
            for role in roles:
                await people.grant_role(session, committee_id=asc.id, person_id=p.id, role=role)
        today = now.astimezone(LONDON).date()
        for offset in (-30, 10, 52):
            await committees.add_meeting(
                session,
                committee_id=asc.id,
                starts_at=datetime.combine(today + timedelta(days=offset), time(17, 30), tzinfo=LONDON),
            )
