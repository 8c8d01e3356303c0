"""The real `committee-bot serve`: hostile uploads and URL imports are refused with a clear answer,
change nothing, and do not hold up anyone else.

Serve runs as an operator would run it, with FETCH_ALLOWED_HOSTS=localhost (so the hostile site,
on 127.0.0.1, is reachable by that name only: every other spelling of loopback stays refused),
FETCH_TIMEOUT_SECONDS=2 and EXTRACT_TIMEOUT_SECONDS=3, small budgets that keep each test short.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from storage import bindings, committees, people
from storage.db import Database
from storage.models import Action, Role
from tests.drills.support import Commands, Serve, new_serve, stop_quietly
from tests.hostile.conftest import LOOPBACK_SPELLINGS, HostileSite
from tests.hostile.hostile_files import docx_bomb, pdf_of_pages
from tests.slack.fake_slack import TEAM_ID, FakeSlack

ADMIN = "U0ADMIN001"
MEMBER = "U0MEMBER01"
CHANNEL = "C0ASCSCRU"


@dataclass
class Served:
    serve: Serve
    fake: FakeSlack
    slack: Commands
    db: Database

    async def share_file(self, file_id: str, name: str, data: bytes) -> None:
        """An admin shares a file in the committee's channel (Slack's file_shared event)."""
        self.fake.add_file(file_id, name, data)
        body = {
            "team_id": TEAM_ID,
            "api_app_id": "A0COMMBOT",
            "type": "event_callback",
            "event_id": f"Ev{file_id}",
            "event_time": int(time.time()),
            "event": {"type": "file_shared", "file_id": file_id, "user_id": ADMIN, "channel_id": CHANNEL},
            "authorizations": [{"team_id": TEAM_ID, "user_id": "UBOTCOMM1", "is_bot": True}],
        }
        assert await self.slack.post(json.dumps(body), "application/json") == 200

    async def told(self, timeout: float = 15) -> str:
        """What the admin was told privately about the shared file."""
        [call] = await self.fake.wait_calls("chat.postEphemeral", timeout=timeout)
        assert call.args["user"] == ADMIN
        return str(call.args["text"])

    async def import_url(self, url: str) -> str:
        return await self.slack.answer(
            await self.slack.command(f"import <{url}>", user=ADMIN, channel=CHANNEL)
        )

    async def actions(self) -> int:
        async with self.db.transaction() as session:
            return len((await session.exec(select(Action))).all())

    def peak_rss_mb(self) -> float:
        assert self.serve.proc is not None
        status = Path(f"/proc/{self.serve.proc.pid}/status").read_text()
        line = next(ln for ln in status.splitlines() if ln.startswith("VmHWM:"))
        return int(line.split()[1]) / 1000


async def _seed(db: Database) -> None:
    async with db.transaction() as s:
        committee = await committees.create_committee(
            s, code="ASC", name="Adult Social Care Scrutiny", workspace=f"slack:{TEAM_ID}"
        )
        assert committee.id is not None
        for slack_id, name, role in ((ADMIN, "Sam Patel", Role.admin), (MEMBER, "Ed Grundy", Role.member)):
            person = await people.add_person(
                s, display_name=name, slack_user_id=slack_id, workspace=f"slack:{TEAM_ID}"
            )
            assert person.id is not None
            await people.grant_role(s, committee_id=committee.id, person_id=person.id, role=role)
        await bindings.upsert_binding(
            s,
            platform="slack",
            channel_id=CHANNEL,
            now=datetime.now(UTC),
            committee_id=committee.id,
            name="#asc",
        )


@pytest.fixture
async def served(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Served]:
    fake = FakeSlack()
    await fake.start()
    db = Database(sqlite_url)
    await _seed(db)
    serve = new_serve(
        tmp_path,
        fake,
        sqlite_url,
        FETCH_ALLOWED_HOSTS="localhost",
        FETCH_TIMEOUT_SECONDS="2",
        EXTRACT_TIMEOUT_SECONDS="3",
        REMINDER_TICK_SECONDS="60",
    )
    try:
        await serve.start()
        yield Served(serve, fake, Commands(fake, serve.url), db)
    finally:
        await stop_quietly(serve)
        await db.dispose()
        await fake.stop()


# ---- files shared in Slack ----------------------------------------------------------------------


async def test_a_zip_bomb_docx_shared_in_slack_is_refused_and_imports_nothing(served: Served) -> None:
    await served.share_file("F0BOMB0001", "minutes.docx", docx_bomb(1_000_000_000))
    told = await served.told()
    assert "minutes.docx expands to more than 50 MB when unzipped (1.0 GB from a 3.5 MB file)" in told
    assert "send the PDF" in told
    assert await served.actions() == 0
    assert await served.serve.health() == 200


async def test_a_30000_page_pdf_shared_in_slack_is_refused_and_imports_nothing(served: Served) -> None:
    await served.share_file("F0PAGES001", "agenda-pack.pdf", pdf_of_pages(30_000))
    told = await served.told()
    assert "agenda-pack.pdf has 30,000 pages; I read PDFs of up to 2,000 pages" in told
    assert await served.actions() == 0


async def test_others_are_answered_promptly_while_an_upload_is_read(served: Served) -> None:
    """A 1,999-page pack (within the caps, about 12 s to read) is read in a worker: meanwhile a
    member's /actions is answered in well under Slack's 3 s, and at 3 s the read is stopped."""
    pack = pdf_of_pages(1_999, lines_per_page=45)
    await served.share_file("F0SLOWPACK", "agenda-pack.pdf", pack)
    await served.fake.wait_calls("file_download", timeout=10)
    waits = []
    for _ in range(4):
        started = time.monotonic()
        answer = await served.slack.answer(await served.slack.command("", user=MEMBER, channel=CHANNEL))
        waits.append(time.monotonic() - started)
        assert "open actions" in answer.lower() or "no " in answer.lower(), answer
        await asyncio.sleep(0.3)
    assert max(waits) < 2.0, waits
    assert not served.fake.of("chat.postEphemeral"), "the pack was still being read"
    told = await served.told(timeout=15)
    assert (
        "reading agenda-pack.pdf took longer than 3 s, the limit, so I stopped; nothing was imported" in told
    )
    assert await served.actions() == 0


# ---- /actions import <url> ----------------------------------------------------------------------


async def test_url_import_refuses_loopback_in_every_spelling(
    served: Served, hostile_site: HostileSite
) -> None:
    for host in [h for h in LOOPBACK_SPELLINGS if "localhost" not in h.lower()]:
        answer = await served.import_url(hostile_site.url("minutes.txt", host=host))
        assert "I couldn't read" in answer and "FETCH_ALLOWED_HOSTS" in answer, (host, answer)
        assert "loopback" in answer or "unspecified" in answer, (host, answer)
    assert hostile_site.total_hits == 0
    answer = await served.import_url(hostile_site.url("minutes.txt", host="localhost"))
    assert "2 new proposals" in answer, "the host the setting names is reachable"
    assert hostile_site.hits == {"/minutes.txt": 1}


async def test_url_import_refuses_a_redirect_to_an_internal_host(
    served: Served, hostile_site: HostileSite
) -> None:
    for inward in (
        hostile_site.url("minutes.txt"),
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://10.0.0.1/minutes.pdf",
    ):
        answer = await served.import_url(hostile_site.url(f"redirect?to={inward}", host="localhost"))
        assert f"redirects to {inward}, and" in answer, answer
    assert hostile_site.hits == {"/redirect": 3}
    assert await served.actions() == 0


async def test_url_import_of_a_300_mb_body_is_cut_at_50_mb(served: Served, hostile_site: HostileSite) -> None:
    for path in ("huge", "huge-declared"):
        answer = await served.import_url(hostile_site.url(path, host="localhost"))
        assert "I fetch documents up to 50 MB" in answer, answer
    assert hostile_site.sent["/huge"] < 80_000_000
    assert served.peak_rss_mb() < 500, "serve never held the body"
    assert await served.actions() == 0


async def test_url_import_of_a_gzip_bomb_stops_at_50_mb_unpacked(
    served: Served, hostile_site: HostileSite
) -> None:
    answer = await served.import_url(hostile_site.url("gzip-bomb", host="localhost"))
    assert "is more than 50 MB once unpacked (gzip)" in answer, answer
    assert served.peak_rss_mb() < 500
    assert await served.actions() == 0


async def test_url_import_of_a_slow_drip_is_cut_at_the_deadline(
    served: Served, hostile_site: HostileSite
) -> None:
    started = time.monotonic()
    answer = await served.import_url(hostile_site.url("drip", host="localhost"))
    assert "did not finish sending within 2 s" in answer, answer
    assert time.monotonic() - started < 6
    assert hostile_site.sent["/drip"] == 1
