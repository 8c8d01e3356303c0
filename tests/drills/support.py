"""The real `committee-bot serve` as a child process, a fake Slack in the test, and a committee to remind.

Drills run the server exactly as an operator would (environment variables, a database URL, a port)
and break what is around it: the Slack Web API, the database, the process itself. Everything listens
on 127.0.0.1; every wait is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import aiohttp
from slack_sdk.signature import SignatureVerifier

from storage import actions, bindings, committees, people
from storage import deliveries as ledger
from storage.actions import Due
from storage.db import Database
from storage.models import Action, Delivery, DueKind, Person, Role
from tests.slack.fake_slack import TEAM_ID, FakeSlack
from tests.support.postgres import free_port

SLACK_WORKSPACE = f"slack:{TEAM_ID}"

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
LONDON = ZoneInfo("Europe/London")
T = TypeVar("T")


def committee_bot() -> list[str]:
    found = shutil.which("committee-bot", path=str(Path(sys.executable).parent))
    return (
        [found] if found else [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
    )


def serve_env(fake: FakeSlack, database_url: str, port: int, **extra: str) -> dict[str, str]:
    """The environment of `serve`: Slack against the fake, quick ticks, nothing from the caller's shell."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MICROSOFT_", "DATABASE_"))}
    return {
        **keep,
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": fake.token,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "REMINDER_TICK_SECONDS": "1",
        "REMINDER_LEASE_SECONDS": "3",
        "LOG_LEVEL": "INFO",
        **extra,
    }


@dataclass
class Serve:
    """One `committee-bot serve` child; its output goes to a file (read it with `output()`)."""

    env: dict[str, str]
    cwd: Path
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    runs: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.env['PORT']}"

    async def start(self, timeout: float = 20.0) -> None:
        self.runs += 1
        with self.log_path.open("ab") as out:
            out.write(f"---- run {self.runs} ----\n".encode())
            out.flush()
            self.proc = subprocess.Popen(
                [*committee_bot(), "serve"],
                env=self.env,
                cwd=self.cwd,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        await self.wait_healthy(timeout)

    async def health(self) -> int:
        try:
            async with (
                aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http,
                http.get(f"{self.url}/healthz") as resp,
            ):
                return resp.status
        except (aiohttp.ClientError, TimeoutError):
            return 0

    async def wait_healthy(self, timeout: float = 20.0) -> None:
        async def ready() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited with {self.proc.returncode}:\n{self.output()[-4000:]}")
            return await self.health() == 200

        await eventually(ready, timeout=timeout, what="serve to answer /healthz")

    def kill(self) -> None:
        """SIGKILL: no cleanup, no finally blocks, sockets closed by the kernel."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout=10)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def new_serve(tmp_path: Path, fake: FakeSlack, database_url: str, **extra: str) -> Serve:
    env = serve_env(fake, database_url, free_port(), **extra)
    return Serve(env=env, cwd=tmp_path, log_path=tmp_path / "serve.log")


async def eventually(
    check: Callable[[], Awaitable[T]], *, timeout: float, what: str, every: float = 0.1
) -> T:
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(every)


# ---- the committee whose reminders are due now ----------------------------------------------------


@dataclass
class Seeded:
    committee_id: int
    channel: str
    owners: list[Person]
    actions: list[Action]
    restricted: Action | None = None
    admin: Person | None = None
    stale: list[Action] = field(default_factory=list)
    """Actions with no update for over 21 days: each nudges its owner in the same run."""

    @property
    def expected_channels(self) -> list[str]:
        """Where each planned delivery goes: the bound channel, and one DM channel per owner."""
        return [self.channel, *(dm_channel(o.slack_user_id or "") for o in self.owners)]


def dm_channel(slack_user_id: str) -> str:
    """The DM channel id the fake Slack's conversations.open gives for a user."""
    return "D" + slack_user_id[1:]


def meeting_tomorrow(now: datetime) -> datetime:
    """A meeting tomorrow evening (London): its 1-day reminder at 00:00 today has already passed."""
    tomorrow = now.astimezone(LONDON).date() + timedelta(days=1)
    return datetime.combine(tomorrow, clock_time(23, 0), tzinfo=LONDON).astimezone(UTC)


async def seed_due_reminders(
    db: Database,
    *,
    code: str = "ASC",
    channel: str = "CASC",
    owners: int = 4,
    restricted: bool = False,
    stale: int = 0,
    now: datetime | None = None,
) -> Seeded:
    """A committee whose pre-meeting reminder (1 day before, 00:00 London) is due now.

    Its channel is bound on Slack and each owner, reachable on Slack, has a live action due at the
    meeting; with `restricted`, the first owner also has an exempt one; with `stale`, each owner
    also has that many actions with no update for 22 days, whose first nudge is due now: all of
    an owner's items go in one message.
    """
    now = now or datetime.now(UTC)
    async with db.transaction() as s:
        c = await committees.create_committee(
            s, code=code, name=f"{code} Scrutiny Committee", workspace=SLACK_WORKSPACE
        )
        assert c.id is not None
        c.reminder_lead_days = "1"
        c.reminder_time = "00:00"
        c.digest_weekday = -1
        s.add(c)
        admin = await people.add_person(
            s, display_name=f"{code} Admin", slack_user_id=f"UADM{code}", workspace=SLACK_WORKSPACE
        )
        assert admin.id is not None
        await people.grant_role(s, committee_id=c.id, person_id=admin.id, role=Role.admin)
        meeting = await committees.add_meeting(s, committee_id=c.id, starts_at=meeting_tomorrow(now))
        await bindings.upsert_binding(
            s,
            platform="slack",
            channel_id=channel,
            now=now,
            committee_id=c.id,
            name=f"#{code.lower()}",
            team_id=TEAM_ID,
        )
        due = Due(DueKind.next_meeting, meeting_id=meeting.id)
        made_owners: list[Person] = []
        made: list[Action] = []
        for i in range(1, owners + 1):
            owner = await people.add_person(
                s,
                display_name=f"{code} Officer {i}",
                slack_user_id=f"U{code}OFF{i:02d}",
                workspace=SLACK_WORKSPACE,
            )
            assert owner.id is not None
            await people.grant_role(s, committee_id=c.id, person_id=owner.id, role=Role.officer)
            made_owners.append(owner)
            made.append(
                await actions.create_action(
                    s,
                    committee_id=c.id,
                    text=f"Report the {code} figures for area {i}",
                    actor=admin,
                    now=now,
                    assignee_id=owner.id,
                    due=due,
                )
            )
        old: list[Action] = []
        for owner in made_owners:
            for k in range(stale):
                old.append(
                    await actions.create_action(
                        s,
                        committee_id=c.id,
                        text=f"Circulate the {code} briefing {k + 1} for {owner.display_name}",
                        actor=admin,
                        now=now - timedelta(days=22),
                        assignee_id=owner.id,
                    )
                )
        secret = None
        if restricted:
            secret = await actions.create_action(
                s,
                committee_id=c.id,
                text="Exempt: renegotiate the Brookfield care home contract",
                actor=admin,
                now=now,
                assignee_id=made_owners[0].id,
                due=due,
                restricted=True,
            )
    return Seeded(c.id, channel, made_owners, made, secret, admin, old)


async def later_ticks(fake: FakeSlack, db: Database, *, ticks: int = 2, timeout: float = 15) -> list[str]:
    """Wait until `serve` has run `ticks` more ticks from now, known by what they sent: each time a
    committee of no owners whose reminder is due now is added and its channel post waited for, so
    the tick that sends it started after the one before was seen. Gives the marker channels."""
    channels = []
    for _ in range(ticks):
        n = len(fake.calls)
        marker = await seed_due_reminders(db, code=f"TK{n}", channel=f"CTK{n}", owners=0)

        async def sent(marker: Seeded = marker) -> bool:
            return await all_sent(fake, db, marker)

        await eventually(sent, timeout=timeout, what="a later tick")
        channels.append(marker.channel)
    return channels


def posts_per_channel(fake: FakeSlack) -> Counter[str]:
    """Messages Slack accepted (answered ok), counted per channel."""
    return Counter(str(c.args.get("channel")) for c in fake.accepted("chat.postMessage"))


async def ledger_rows(db: Database, committee_id: int) -> list[Delivery]:
    """The committee's messages in the ledger, leaving out those merged into a later one."""
    async with db.transaction() as s:
        rows = await ledger.list_deliveries(s)
    return [
        r for r in rows if r.committee_id == committee_id and r.recipient != "*" and r.status != ledger.MERGED
    ]


async def all_sent(fake: FakeSlack, db: Database, seeded: Seeded) -> bool:
    counts = posts_per_channel(fake)
    if any(counts[ch] < 1 for ch in seeded.expected_channels):
        return False
    rows = await ledger_rows(db, seeded.committee_id)
    return len(rows) == len(seeded.expected_channels) and all(r.status == ledger.SENT for r in rows)


def posted_text(call: Any) -> str:
    """All a post shows: its fallback text and its blocks."""
    return json.dumps(call.args.get("blocks") or []) + str(call.args.get("text") or "")


async def assert_sent_exactly_once(fake: FakeSlack, db: Database, seeded: Seeded) -> list[Delivery]:
    """One post per channel and per owner, each recorded once as sent with that message's id; every
    item those messages covered is covered by exactly one sent message; and each owner's message
    shows each of their actions once."""
    counts = posts_per_channel(fake)
    for ch in seeded.expected_channels:
        assert counts[ch] == 1, f"{ch} got {counts[ch]} reminder posts: {dict(counts)}"
    rows = await ledger_rows(db, seeded.committee_id)
    assert len(rows) == len(seeded.expected_channels), [r.key for r in rows]
    assert len({r.key for r in rows}) == len(rows)
    posted = {
        f"{c.args.get('channel')}:{(c.reply or {}).get('ts')}" for c in fake.accepted("chat.postMessage")
    }
    for row in rows:
        assert row.status == ledger.SENT, (row.key, row.status, row.error)
        assert row.message_id in posted, (row.key, row.message_id)
    async with db.transaction() as s:
        items = [i for i in await ledger.list_items(s) if i.message in {r.key for r in rows}]
    assert len({i.key for i in items}) == len(items) and all(i.status == ledger.SENT for i in items)
    for owner in seeded.owners:
        [post] = [
            c
            for c in fake.accepted("chat.postMessage")
            if c.args.get("channel") == dm_channel(owner.slack_user_id or "")
        ]
        shown = posted_text(post)
        theirs = [a for a in [*seeded.actions, *seeded.stale] if a.assignee_id == owner.id]
        for action in theirs:
            assert shown.count(f"*{action.ref}*") == 1, (action.ref, shown[:2000])
    return rows


@dataclass
class Commands:
    """Signed Slack slash commands to `serve`; each answer arrives at the command's response_url."""

    fake: FakeSlack
    url: str
    secret: str = SIGNING_SECRET
    _n: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    in_ack: dict[str, str] = field(default_factory=dict)
    acks: dict[str, str] = field(default_factory=dict)

    def signed(self, body: str, content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
        ts = str(int(time.time()))
        signature = SignatureVerifier(self.secret).generate_signature(timestamp=ts, body=body)
        assert signature is not None
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature, "Content-Type": content_type}

    async def post(self, body: str, content_type: str = "application/x-www-form-urlencoded") -> int:
        return (await self.exchange(body, content_type))[0]

    async def exchange(
        self, body: str, content_type: str = "application/x-www-form-urlencoded"
    ) -> tuple[int, str]:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http,
            http.post(
                f"{self.url}/slack/events", data=body.encode(), headers=self.signed(body, content_type)
            ) as resp,
        ):
            return resp.status, await resp.text()

    async def command(self, text: str, *, user: str, channel: str, team_id: str = TEAM_ID) -> str:
        """Send `/actions text`; the name of its response_url. Slack needs a 200 ack, or it retries."""
        name = f"drill-{next(self._n)}"
        form = {
            "team_id": team_id,
            "channel_id": channel,
            "channel_name": "committee",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/actions",
            "text": text,
            "api_app_id": "A0COMMBOT",
            "response_url": self.fake.response_url(name),
            "trigger_id": f"{name}.{time.time_ns()}.trigger",
        }
        status, body = await self.exchange(urlencode(form))
        assert status == 200, f"/actions {text} was answered {status}"
        if body:
            self.in_ack[name] = str(json.loads(body).get("text") or "")
            self.acks[name] = body
        return name

    async def everything(self, name: str, timeout: float = 15.0) -> str:
        """The whole answer (text and blocks) as JSON: in the ack, else at the response_url."""
        if name in self.acks:
            return self.acks[name]
        calls = await self.fake.wait_calls(f"response_url:{name}", timeout=timeout)
        return json.dumps(calls[-1].args)

    async def answer(self, name: str, timeout: float = 15.0) -> str:
        """The answer: in the ack when it was ready in time, else at the response_url."""
        if name in self.in_ack:
            return self.in_ack[name]
        calls = await self.fake.wait_calls(f"response_url:{name}", timeout=timeout)
        return str(calls[-1].args.get("text") or "")


async def stop_quietly(serve: Serve) -> None:
    with contextlib.suppress(Exception):
        serve.stop()
