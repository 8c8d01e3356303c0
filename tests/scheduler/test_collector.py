"""The cyclic garbage collector is paused while a tick reads and plans in bulk, and runs while it
sends (a morning's sends take as long as the platform makes them); restored after a pause even
when the tick fails (scheduler/collector.py)."""

from __future__ import annotations

import gc
from datetime import date
from typing import Any

import pytest

from handlers.replies import Reply
from scheduler import collector, digests
from scheduler.engine import Engine
from scheduler.notifier import Sent
from storage.db import Database
from storage.models import ChannelBinding, Person
from tests.scheduler.support import RecordingNotifier, build_world, local


class Watching(RecordingNotifier):
    """Notes whether the collector ran automatically at each post."""

    enabled: list[bool]

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent:
        self.enabled.append(gc.isenabled())
        return await super().post_channel(binding, reply)

    async def post_direct(self, person: Person, reply: Reply) -> Sent:
        self.enabled.append(gc.isenabled())
        return await super().post_direct(person, reply)


async def test_a_tick_reads_with_the_collector_paused_and_sends_with_it_running(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    await build_world(db, meeting_at=local(date(2024, 4, 4), 17, 30), created=local(date(2024, 3, 20), 10))
    slack = Watching()
    slack.enabled = []
    reading: list[bool] = []
    fill = digests.fill

    async def watched(*args: Any, **kwargs: Any) -> None:
        reading.append(gc.isenabled())
        await fill(*args, **kwargs)

    monkeypatch.setattr(digests, "fill", watched)
    assert gc.isenabled()
    await Engine(db, [slack]).tick(local(date(2024, 3, 28), 9))
    assert reading == [False]
    assert slack.enabled and all(slack.enabled)
    assert gc.isenabled()


def test_pauses_nest_and_a_failure_restores_the_collector() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        raise RuntimeError("a tick failed")
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
