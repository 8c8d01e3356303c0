"""Counts read as people write them: "1 action", "2 actions" (and "1 action moves", "2 move").

The conversations check the places officers meet most; the source scan keeps a new f-string from
putting a count in front of a plural noun without `plural()`."""

from __future__ import annotations

import ast
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from handlers.importing import ImportResult
from storage import actions as store
from storage.db import Database
from storage.merge import Merged
from storage.models import ActionStatus, Committee, Person
from tests.support.chat import LONDON, Chat, build_committee

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def chat(db: Database, now: datetime) -> Chat:
    await build_committee(db, now=now)
    return Chat(db, now)


async def _proposals(chat: Chat, n: int) -> None:
    committee = await chat.committee("ASC")
    assert committee.id is not None
    async with chat.db.transaction() as session:
        for i in range(n):
            await store.create_action(
                session,
                committee_id=committee.id,
                text=f"Circulate note {i}",
                actor=None,
                now=chat.now,
                status=ActionStatus.proposed,
            )


@pytest.mark.parametrize(("n", "said"), [(1, "Confirmed 1 action: A1."), (2, "Confirmed 2 actions: A1, A2.")])
async def test_confirm_all_counts(chat: Chat, n: int, said: str) -> None:
    await _proposals(chat, n)
    assert said in await chat.say("review confirm all", who="Sam Patel")


@pytest.mark.parametrize(
    ("n", "said"), [(1, "1 action due at it moves with it."), (2, "2 actions due at it move with it.")]
)
async def test_moving_a_meeting_counts_its_actions(chat: Chat, now: datetime, n: int, said: str) -> None:
    for i in range(n):
        await chat.say(f"add Report {i} due next meeting", who="Sam Patel")
    nxt = await chat.say("meetings", who="Sam Patel")
    day = re.search(r"(\d{1,2} \w{3} \d{4})", nxt.split("\n", 2)[2])
    assert day is not None
    on = datetime.strptime(day.group(1), "%d %b %Y").date()
    moved = await chat.say(f"meetings move {on} {on.replace(day=min(on.day + 1, 28))}", who="Sam Patel")
    assert said in moved, moved


async def test_settings_say_one_day(chat: Chat) -> None:
    answer = await chat.say("settings stale 1", who="Sam Patel")
    assert "stale is now 1 day." in answer and "stale: 1 day\n" in answer
    assert "1 day before each meeting" in await chat.say("settings lead 1", who="Sam Patel")


def test_summaries_count_in_the_singular() -> None:
    someone = Person(id=1, display_name="Tom Reed")
    merged = Merged(roles=1, actions=["A3"], history=1).summary(someone, someone)
    assert "1 role, 1 action (A3), 1 history entry" in merged
    imported = ImportResult(created=["A1"], meetings_added=[date(2030, 1, 1)], topics_added=["Carers"])
    text = imported.summary(Committee(code="ASC", name="ASC", timezone=str(LONDON)))
    assert "1 new proposal (A1)" in text
    assert "1 future meeting added" in text and "1 work programme topic proposed" in text


NOUNS = (
    "action|meeting|item|day|week|row|role|title|proposal|topic|reminder|attempt|change|entry|"
    "entries|people|character|page|byte|file|workspace"
)
COUNT_THEN_PLURAL = re.compile(
    rf"^ (?:(?:more|open|new|earlier|confirmed|future|past|other|work programme) )?(?:{NOUNS})s?\b"
)
NOT_COUNTS = {
    # names, codes and refs before a noun; counts that are never 1 where they stand
    "committee.name",
    "committee.code",
    "days // 7",
    "days // 30",
    "days",
    "len(text)",
    "len(topic)",
    "len(matches)",
    "len(entries)",
    "len(reply.content)",
    "len(file.content)",
    "MAX_LEAD",
    "MAX_JSON_DEPTH",
    "count",
    "len(same)",
    "lead_days",
    "cmd.verb",
    "limits.pdf_pages",
    "limits.text_chars",
    "limits.text_chars // 3000",
    "limits.max_redirects",
    "'Recent' if cmd.past else 'Upcoming'",
}


def _counts_before_plurals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.JoinedStr):
            continue
        for value, after in zip(node.values, node.values[1:], strict=False):
            if not (isinstance(value, ast.FormattedValue) and isinstance(after, ast.Constant)):
                continue
            expr = ast.unparse(value.value)
            if expr in NOT_COUNTS or not isinstance(after.value, str):
                continue
            words = COUNT_THEN_PLURAL.match(after.value)
            if words and (words.group(0).endswith("s") or words.group(0).endswith("people")):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {{{expr}}}{after.value[:30]!r}")
    return found


def test_no_count_is_put_before_a_plural_noun_by_hand() -> None:
    sources = [
        p
        for pkg in ("handlers", "storage", "scheduler", "bot")
        for p in sorted((ROOT / pkg).rglob("*.py"))
        if "migrations" not in p.parts
    ]
    found = [line for p in sources for line in _counts_before_plurals(p)]
    assert found == [], "write these with handlers.replies.plural():\n" + "\n".join(found)
