"""A generated store the size of a busy council's: 200 committees, 5,000 meetings, 100,000 actions,
500,000 audit events (at --scale 1.0), written in bulk.

The shape is what a few years of real use leaves behind: each committee has an admin, a chair,
members and officers (officers serve on two committees each), 25 meetings from 18 months ago to
6 months ahead, and 500 actions agreed at its past meetings. Old actions are mostly done; recent
ones are open, in progress or still proposed; some live ones are overdue, some stale, some
snoozed, a few restricted. Each action has 5 events (create, assign, two updates, and its closing
or latest change). Ids grow with time, as they would in use.

The schema comes from the migrations (`storage.migrate.upgrade`). SQLite is filled with SQLAlchemy
Core executemany on the model tables (so values are stored exactly as the app stores them);
PostgreSQL with asyncpg's COPY (`copy_records_to_table`). A generated SQLite file is cached in
bench/.cache per scale and day (the data is relative to today) and copied for each run, because
the benchmarks change it.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy as sa

from storage import rules, workspaces
from storage.migrate import MIGRATIONS, upgrade
from storage.models import (
    Action,
    ActionEvent,
    ActionStatus,
    ChannelBinding,
    Committee,
    CommitteeRole,
    DueKind,
    Meeting,
    MeetingStatus,
    Person,
    Role,
    WorkProgrammeItem,
)

CACHE = Path(__file__).resolve().parent / ".cache"
BATCH = 5_000
MEETINGS_PER_COMMITTEE = 25
PAST_MEETINGS = 18
ACTIONS_PER_COMMITTEE = 500
EVENTS_PER_ACTION = 5
MEMBERS_PER_COMMITTEE = 4
OFFICERS_PER_COMMITTEE = 6
CYCLE = timedelta(days=28)
SLACK_TEAM = "TBENCH0001"
WORKSPACE = workspaces.slack(team_id=SLACK_TEAM)
"""The workspace of every generated committee and person: the Slack team the bench's requests
come from (a committee of another workspace is, to them, not there)."""
CADENCE = rules.Cadence(tz=rules.zone("Europe/London"), at=rules.reminder_time("09:00"), stale_days=21)
"""Every generated committee's: the next reminder time of each live action is stored as the app
keeps it (storage.rules.next_reminder_at)."""


class _Facts(NamedTuple):
    committee_id: int
    assignee_id: int | None
    status: ActionStatus
    due_kind: DueKind
    due_date: date | None
    last_progress_at: datetime
    snoozed_until: datetime | None


AREAS = ["Adult Social Care", "Children's Services", "Housing", "Planning", "Audit", "Health",
         "Environment", "Transport", "Licensing", "Finance", "Economy", "Communities"]  # fmt: skip
TITLES = ["Director of Adult Social Care", "Director of Children's Services", "Head of Housing",
          "Head of Planning", "Chief Finance Officer", "Director of Public Health", "Head of Highways",
          "Monitoring Officer", "Head of Environmental Services", "Director of Place"]  # fmt: skip
VERBS = ["report back on", "circulate a briefing note on", "provide figures for", "review",
         "arrange a site visit about", "write to the Secretary of State about", "bring a progress update on",
         "consult ward members on", "publish the results of", "set up a task and finish group on"]  # fmt: skip
TOPICS = ["the waiting list for adaptations", "temporary accommodation costs", "pothole repairs",
          "the school transport contract", "the Local Plan timetable", "air quality monitoring",
          "agency staff spending", "the domestic abuse strategy", "recycling contamination rates",
          "the capital programme slippage", "delayed transfers of care", "planning enforcement backlog"]  # fmt: skip


@dataclass(frozen=True)
class Shape:
    committees: int

    @classmethod
    def at(cls, scale: float) -> Shape:
        return cls(committees=max(2, round(200 * scale)))

    @property
    def actions(self) -> int:
        return self.committees * ACTIONS_PER_COMMITTEE

    def describe(self) -> str:
        return (
            f"{self.committees} committees, {self.committees * MEETINGS_PER_COMMITTEE:,} meetings, "
            f"{self.actions:,} actions, {self.actions * EVENTS_PER_ACTION:,} events"
        )


def complete(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    """Every column of the table, the model's scalar default where the generator set nothing.

    Other engineers add columns; filling them from the model keeps COPY working without edits here.
    """
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name in row:
            out[column.name] = row[column.name]
        elif column.default is not None and getattr(column.default, "is_scalar", False):
            out[column.name] = column.default.arg  # type: ignore[attr-defined]
        else:
            out[column.name] = None
    return out


class Generator:
    """Produces the rows table by table; actions and events are streamed."""

    def __init__(self, shape: Shape, now: datetime, seed: int = 8) -> None:
        self.shape = shape
        self.now = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        self.rnd = random.Random(seed)
        n = shape.committees
        self.officer_pool = max(OFFICERS_PER_COMMITTEE, n * OFFICERS_PER_COMMITTEE // 2)
        # person ids: admins, chairs, members, then the shared officer pool
        self.admin_base, self.chair_base, self.member_base = 0, n, 2 * n
        self.officer_base = 2 * n + n * MEMBERS_PER_COMMITTEE
        self.people_count = self.officer_base + self.officer_pool
        self.meetings: dict[int, list[tuple[int, datetime]]] = {}

    def person_id(self, base: int, index: int) -> int:
        return base + index + 1

    def officers_of(self, committee: int) -> list[int]:
        return [
            self.person_id(self.officer_base, (3 * committee + k) % self.officer_pool)
            for k in range(OFFICERS_PER_COMMITTEE)
        ]

    def committees(self) -> Iterator[dict[str, Any]]:
        for i in range(1, self.shape.committees + 1):
            yield {
                "id": i,
                "code": f"C{i:03d}",
                "workspace": WORKSPACE,
                "name": f"{AREAS[i % len(AREAS)]} Scrutiny Committee {i:03d}",
                "timezone": "Europe/London",
                "reminder_lead_days": "7,1",
                "reminder_time": "09:00",
                "stale_days": 21,
                "digest_weekday": i % 5,
            }

    def people(self) -> Iterator[dict[str, Any]]:
        for pid in range(1, self.people_count + 1):
            officer = pid > self.officer_base
            title = TITLES[pid % len(TITLES)] if officer else ""
            yield {
                "id": pid,
                "display_name": f"Person {pid:05d}",
                "workspace": WORKSPACE,
                "role_titles": title,
                "slack_user_id": f"U{pid:08d}",
                "email": f"person{pid}@council.example",
            }

    def roles(self) -> Iterator[dict[str, Any]]:
        rid = 0
        for c in range(1, self.shape.committees + 1):
            held = [
                (self.person_id(self.admin_base, c - 1), Role.admin),
                (self.person_id(self.chair_base, c - 1), Role.chair),
            ]
            held += [
                (self.person_id(self.member_base, (c - 1) * MEMBERS_PER_COMMITTEE + k), Role.member)
                for k in range(MEMBERS_PER_COMMITTEE)
            ]
            held += [(p, Role.officer) for p in self.officers_of(c)]
            for person_id, role in held:
                rid += 1
                yield {"id": rid, "committee_id": c, "person_id": person_id, "role": role}

    def meeting_rows(self) -> Iterator[dict[str, Any]]:
        mid = 0
        today = datetime.combine(self.now.date(), datetime.min.time(), tzinfo=UTC)
        for c in range(1, self.shape.committees + 1):
            first = today - PAST_MEETINGS * CYCLE + timedelta(days=c % 28, hours=17)
            self.meetings[c] = []
            for k in range(MEETINGS_PER_COMMITTEE):
                mid += 1
                starts = first + k * CYCLE
                cancelled = self.rnd.random() < 0.02
                status = (
                    MeetingStatus.cancelled if cancelled
                    else MeetingStatus.held if starts < self.now
                    else MeetingStatus.scheduled
                )  # fmt: skip
                self.meetings[c].append((mid, starts))
                yield {
                    "id": mid,
                    "committee_id": c,
                    "starts_at": starts,
                    "location": "Council Chamber, Town Hall",
                    "status": status,
                    "title": f"Meeting {k + 1}",
                }

    def bindings(self) -> Iterator[dict[str, Any]]:
        for c in range(1, self.shape.committees + 1):
            yield {
                "id": c,
                "committee_id": c,
                "platform": "slack",
                "channel_id": channel_id(c),
                "team_id": SLACK_TEAM,
                "name": f"#c{c:03d}",
                "enabled": True,
                "created_at": self.now - timedelta(days=600),
            }

    def programme(self) -> Iterator[dict[str, Any]]:
        iid = 0
        for c, meetings in self.meetings.items():
            for mid, starts in meetings:
                if starts > self.now:
                    iid += 1
                    yield {
                        "id": iid,
                        "committee_id": c,
                        "meeting_id": mid,
                        "topic": self.rnd.choice(TOPICS).capitalize(),
                        "lead_officer": self.rnd.choice(TITLES),
                        "proposed": False,
                    }

    def _status(self, k: int) -> ActionStatus:
        r = self.rnd.random()
        live = ActionStatus.in_progress if self.rnd.random() < 0.45 else ActionStatus.open
        if k == PAST_MEETINGS - 1:
            return ActionStatus.proposed if r < 0.4 else live if r < 0.85 else ActionStatus.done
        if k >= PAST_MEETINGS - 4:
            return live if r < 0.45 else ActionStatus.done if r < 0.95 else ActionStatus.dropped
        if r < 0.08:
            return live
        return ActionStatus.done if r < 0.92 else ActionStatus.dropped if r < 0.97 else ActionStatus.discarded

    def actions(self) -> list[dict[str, Any]]:
        """All actions, ordered by when they were agreed, with ids in that order."""
        rows: list[dict[str, Any]] = []
        for c, meetings in self.meetings.items():
            past = [m for m in meetings if m[1] < self.now][-PAST_MEETINGS:]
            officers = self.officers_of(c)
            for j in range(ACTIONS_PER_COMMITTEE):
                k = j * len(past) // ACTIONS_PER_COMMITTEE + PAST_MEETINGS - len(past)
                meeting_id, held = past[j * len(past) // ACTIONS_PER_COMMITTEE]
                created = held + timedelta(days=1, minutes=j % 60)
                rows.append(self._action(c, j, k, meeting_id, held, created, meetings, officers))
        rows.sort(key=lambda a: (a["created_at"], a["committee_id"]))
        for i, a in enumerate(rows, start=1):
            a["id"] = i
            a["ref"] = f"A{i}"
        return rows

    def _action(
        self,
        c: int,
        j: int,
        k: int,
        meeting_id: int,
        held: datetime,
        created: datetime,
        meetings: list[tuple[int, datetime]],
        officers: list[int],
    ) -> dict[str, Any]:
        rnd = self.rnd
        later = [m for m in meetings if m[1] > held]
        r = rnd.random()
        due_kind, due_meeting, due_date = DueKind.none, None, None
        if r < 0.5 and later:
            due_kind, due_meeting = DueKind.next_meeting, later[0][0]
        elif r < 0.7 and len(later) > 2:
            due_kind, due_meeting = DueKind.meeting, rnd.choice(later[1:3])[0]
        elif r < 0.85:
            due_kind, due_date = DueKind.date, (created + timedelta(days=rnd.randint(30, 120))).date()
        elif r < 0.9:
            due_kind = DueKind.future_meeting
        status = self._status(k)
        title = TITLES[(c + j) % len(TITLES)]
        assignee = rnd.choice(officers) if rnd.random() < 0.85 else None
        span = (self.now - created).total_seconds()
        if status is ActionStatus.done:
            progress = created + timedelta(seconds=rnd.uniform(0, min(span, 60 * 86400)))
        elif status.is_live and rnd.random() < 0.4:
            progress = self.now - timedelta(seconds=rnd.uniform(0, min(span, 20 * 86400)))
        else:
            progress = created + timedelta(seconds=rnd.uniform(0, span))
        snoozed = None
        if status.is_live and rnd.random() < 0.05:
            snoozed = self.now + timedelta(days=rnd.randint(1, 30))
        facts = _Facts(c, assignee, status, due_kind, due_date, progress, snoozed)
        return {
            "committee_id": c,
            "meeting_id": meeting_id,
            "minute": f"{k + 1}.{j % 28 + 1}",
            "text": f"The {title} to {rnd.choice(VERBS)} {rnd.choice(TOPICS)}.",
            "owner_text": title,
            "assignee_id": assignee,
            "due_kind": due_kind,
            "due_meeting_id": due_meeting,
            "due_date": due_date,
            "status": status,
            "work_programme": rnd.random() < 0.05,
            "restricted": rnd.random() < 0.02,
            "is_request": rnd.random() < 0.05,
            "created_at": created,
            "last_progress_at": progress,
            "snoozed_until": snoozed,
            "next_reminder_at": rules.next_reminder_at(facts, CADENCE, now=self.now),
            "version": EVENTS_PER_ACTION,
        }

    def events(self, actions: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        eid = 0
        for a in actions:
            start, end = a["created_at"], a["last_progress_at"]
            step = (end - start) / EVENTS_PER_ACTION
            actor = a["assignee_id"] or self.person_id(self.admin_base, a["committee_id"] - 1)
            status = a["status"]
            last = {
                ActionStatus.done: ("done", "in progress", "done", "Completed; report circulated."),
                ActionStatus.dropped: ("drop", "open", "dropped", "No longer needed."),
                ActionStatus.discarded: ("discard", "proposed", "discarded", None),
            }.get(status, ("progress", None, None, "Still in hand."))
            kinds = [
                ("create", None, "proposed", None),
                ("confirm", "proposed", "open", None),
                ("assign", None, f"Person {actor:05d}", None),
                ("progress", "open", "in progress", "Work has started."),
                last,
            ]
            for n, (kind, before, after, note) in enumerate(kinds):
                eid += 1
                yield {
                    "id": eid,
                    "action_id": a["id"],
                    "at": start + step * n if n < EVENTS_PER_ACTION - 1 else end,
                    "actor_id": actor,
                    "actor_name": f"Person {actor:05d}",
                    "kind": kind,
                    "before": before,
                    "after": after,
                    "note": note,
                }


def channel_id(committee_id: int) -> str:
    return f"CB{committee_id:07d}"


def _tables() -> list[tuple[sa.Table, str]]:
    models: list[tuple[Any, str]] = [
        (Committee, "committees"),
        (Person, "people"),
        (CommitteeRole, "roles"),
        (Meeting, "meeting_rows"),
        (ChannelBinding, "bindings"),
        (WorkProgrammeItem, "programme"),
    ]
    return [(m.__table__, name) for m, name in models]


def _batches(
    rows: Iterator[dict[str, Any]] | list[dict[str, Any]], table: sa.Table
) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(complete(table, row))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _streams(gen: Generator) -> Iterator[tuple[sa.Table, Iterator[list[dict[str, Any]]]]]:
    for table, name in _tables():
        yield table, _batches(getattr(gen, name)(), table)
    actions = gen.actions()
    yield Action.__table__, _batches(actions, Action.__table__)  # type: ignore[attr-defined]
    yield ActionEvent.__table__, _batches(gen.events(actions), ActionEvent.__table__)  # type: ignore[attr-defined]


def write_sqlite(path: Path, shape: Shape, now: datetime) -> None:
    path.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        for table, batches in _streams(Generator(shape, now)):
            for batch in batches:
                conn.execute(table.insert(), batch)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    engine.dispose()


async def write_postgres(url: str, shape: Shape, now: datetime) -> None:
    import asyncpg  # type: ignore[import-untyped]

    await asyncio.to_thread(upgrade, url)
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        for table, batches in _streams(Generator(shape, now)):
            columns = [c.name for c in table.columns]
            for batch in batches:
                records = [tuple(_pg_value(row[c]) for c in columns) for row in batch]
                await conn.copy_records_to_table(table.name, records=records, columns=columns)
            if "id" in columns and isinstance(table.c.id.type, sa.Integer):
                await conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                    f'(SELECT coalesce(max(id), 1) FROM "{table.name}"))'
                )
        # as a store in service has been: vacuumed and analysed, so autovacuum doesn't take its turn
        # on 600,000 freshly copied rows in the middle of the measurements (2 cores)
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()


def _pg_value(value: Any) -> Any:
    if isinstance(value, ActionStatus | DueKind | MeetingStatus | Role):
        return value.value
    return value


def sqlite_store(scale: float, workdir: Path, now: datetime) -> tuple[Path, float | None]:
    """A fresh copy of the cached store for this scale and day; (path, seconds to generate or None)."""
    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    cached = CACHE / f"store-{scale:g}-{now.date().isoformat()}-{_schema_digest()}.db"
    took = None
    if not cached.exists():
        for old in CACHE.glob(f"store-{scale:g}-*.db"):
            old.unlink()
        start = time.perf_counter()
        partial = cached.with_suffix(".partial")
        write_sqlite(partial, Shape.at(scale), now)
        partial.rename(cached)
        took = time.perf_counter() - start
    target = workdir / "store.db"
    shutil.copyfile(cached, target)
    return target, took


def _schema_digest() -> str:
    """Part of the cache key: a store made before the migrations or this generator changed is made
    again."""
    versions = sorted((MIGRATIONS / "versions").glob("*.py"))
    sources = [*versions, Path(__file__)]
    return hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:10]
