"""A committee to remind, and a recording Notifier: the notifier boundary of the scheduler tests."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.render_text import render
from handlers.replies import Reply
from scheduler.notifier import Sent
from storage import actions, bindings, committees, people
from storage.actions import Due
from storage.db import Database
from storage.models import Action, ChannelBinding, DueKind, Person, Role

LONDON = ZoneInfo("Europe/London")

Failure = Callable[[str], Exception | None]


@dataclass
class Post:
    where: str
    text: str
    message_id: str


@dataclass
class RecordingNotifier:
    """Keeps what it was asked to post; `fail(where)` may return an exception to raise instead."""

    platform: str = "slack"
    fail: Failure | None = None
    delay: float = 0.0
    posts: list[Post] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)

    def reaches(self, person: Person) -> bool:
        return bool(person.slack_user_id)

    async def _post(self, where: str, reply: Reply) -> Sent:
        self.calls.append(where)
        if self.delay:
            await asyncio.sleep(self.delay)
        problem = self.fail(where) if self.fail else None
        if problem is not None:
            raise problem
        post = Post(where, render(reply), f"{where}:{len(self.posts) + 1}")
        self.posts.append(post)
        return Sent(post.message_id)

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent:
        return await self._post(f"#{binding.channel_id}", reply)

    async def post_direct(self, person: Person, reply: Reply) -> Sent:
        return await self._post(f"@{person.slack_user_id}", reply)

    def to(self, where: str) -> list[Post]:
        return [p for p in self.posts if p.where == where]


@dataclass
class World:
    committee_id: int
    meeting_id: int
    admin: Person
    chair: Person
    owner: Person
    other: Person
    binding: ChannelBinding
    due_here: Action
    restricted: Action
    undated: Action


def local(d: date, hh: int = 9, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), tzinfo=LONDON)


async def build_world(
    db: Database, *, meeting_at: datetime, created: datetime, digest_weekday: int = -1
) -> World:
    """ASC with admin, chair and two officers, a Slack channel, one meeting and three actions."""
    async with db.transaction() as s:
        c = await committees.create_committee(s, code="ASC", name="Adult Social Care")
        assert c.id is not None
        c.digest_weekday = digest_weekday
        s.add(c)
        admin = await people.add_person(s, display_name="Sam Admin", slack_user_id="UADMIN")
        chair = await people.add_person(s, display_name="Joan Chair", slack_user_id="UCHAIR")
        owner = await people.add_person(s, display_name="Tom Owner", slack_user_id="UOWNER")
        other = await people.add_person(s, display_name="Priya Other", slack_user_id="UOTHER")
        for person, role in (
            (admin, Role.admin),
            (chair, Role.chair),
            (owner, Role.officer),
            (other, Role.officer),
        ):
            assert person.id is not None
            await people.grant_role(s, committee_id=c.id, person_id=person.id, role=role)
        meeting = await committees.add_meeting(s, committee_id=c.id, starts_at=meeting_at)
        binding = await bindings.upsert_binding(
            s, platform="slack", channel_id="CASC", now=created, committee_id=c.id, name="#asc"
        )
        due = Due(DueKind.next_meeting, meeting_id=meeting.id)
        due_here = await actions.create_action(
            s,
            committee_id=c.id,
            text="Report travel time payments",
            actor=admin,
            now=created,
            assignee_id=owner.id,
            due=due,
        )
        restricted = await actions.create_action(
            s,
            committee_id=c.id,
            text="Exempt: review the provider contract",
            actor=admin,
            now=created,
            assignee_id=owner.id,
            due=due,
            restricted=True,
        )
        undated = await actions.create_action(
            s,
            committee_id=c.id,
            text="Circulate the carers survey",
            actor=admin,
            now=created,
            assignee_id=other.id,
        )
        assert meeting.id is not None
    return World(c.id, meeting.id, admin, chair, owner, other, binding, due_here, restricted, undated)
