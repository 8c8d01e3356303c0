"""No read command ever returns exempt text to someone who may not read it there.

Any read the grammar accepts (every listing, with words, owners, dates, pages, `share`; `show` of
any reference; App Home; the tracker exports), asked by a person with no role, by nobody known, by
a person of another workspace, or by a role holder in a place everyone sees: the exempt actions'
text is nowhere in the answer (tests/core/test_read_permissions.py seeds them).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers import commands as c
from handlers.context import Context
from handlers.dispatch import execute, respond
from handlers.replies import ActionCard, ActionList, ActionView, FileReply, Home, Multi, Notice, Reply
from storage import committees, people
from storage.db import Database
from storage.migrate import upgrade
from tests.conftest import NOW
from tests.core.test_read_permissions import FOREIGN, HOME, SECRETS, _everything, _seed

# (who, workspace, in the channel, ephemeral): nobody here may read an exempt item here
NOT_ALLOWED = [
    ("Olive Outsider", HOME, False, False),
    ("Olive Outsider", HOME, True, True),
    (None, HOME, False, False),
    (None, HOME, True, True),
    ("Fay Foreign", FOREIGN, False, False),
    ("Fay Foreign", FOREIGN, True, True),
    ("Tom Reed", HOME, True, False),
    ("Sam Patel", HOME, True, False),
]

listing = st.sampled_from(
    ["", "list", "mine", "overdue", "stale", "due next", "all", "done", "search", "owner", "due"]
)
word = st.sampled_from(
    [
        "Brookfield",
        "Larkspur",
        "Quarrydale",
        "Wychwood",
        "care",
        "the",
        "Tom",
        "Reed",
        "Olive",
        '"Head of Commissioning"',
        "2024-01-05",
        "2024-01-25",
        "next",
        "a",
        "%",
        "_",
    ]
)
reads = st.one_of(
    st.builds(
        lambda share, kind, words, page: " ".join(
            p
            for p in (("share" if share else ""), kind, " ".join(words), f"page {page}" if page else "")
            if p
        ),
        st.booleans(),
        listing,
        st.lists(word, max_size=3),
        st.sampled_from([0, 0, 1, 2]),
    ),
    st.integers(min_value=0, max_value=8).map(lambda n: f"show A{n}"),
    st.sampled_from(
        ["home", "export csv ASC", "export md ASC", "export html ASC", "export csv", "programme"]
    ),
)


def _shown(reply: Reply) -> str:
    """What the reply shows of actions (never an echo of the question): their views and files."""
    if isinstance(reply, FileReply):
        return reply.content.decode("utf-8", "replace")
    if isinstance(reply, Multi):
        return "".join(_shown(p) for p in reply.parts)
    if isinstance(reply, Home):
        return _shown(reply.mine)
    views: list[ActionView] = []
    if isinstance(reply, ActionList):
        views = [v for g in reply.groups for v in g.items]
    elif isinstance(reply, ActionCard):
        views = [reply.view]
        return repr(views) + repr(reply.history)
    elif isinstance(reply, Notice) and reply.updated is not None:
        views = [reply.updated]
    return repr(views)


def test_no_read_returns_exempt_text_to_who_may_not_read_it(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    with asyncio.Runner() as runner:
        db = Database(url)
        runner.run(_seed(db))

        async def ask(text: str, who: str | None, workspace: str, channel: bool, ephemeral: bool) -> Reply:
            async with db.read() as s:
                actor = (await people.find_people(s, name=who, workspace=workspace))[0] if who else None
                asc = await committees.get_committee(s, code="ASC")
            ctx = Context(
                actor=actor,
                now=NOW,
                committee=asc if channel else None,
                platform="slack",
                channel_id="C0ASC" if channel else "D0DM",
                is_dm=not channel,
                ephemeral=ephemeral,
                workspace=workspace,
            )
            return await (
                execute(c.Home(), ctx=ctx, db=db) if text == "home" else respond(text, ctx=ctx, db=db)
            )

        @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
        @given(reads, st.sampled_from(NOT_ALLOWED))
        def check(text: str, reader: tuple[str | None, str, bool, bool]) -> None:
            reply = runner.run(ask(text, *reader))
            seen, shown = _everything(reply), _shown(reply)
            asked = set(text.split())
            leaked = [s for s in SECRETS if s in shown or (s in seen and s not in asked)]
            assert not leaked, f"{reader} read {leaked} with {text!r}: {seen}"

        try:
            check()
        finally:
            runner.run(db.dispose())
