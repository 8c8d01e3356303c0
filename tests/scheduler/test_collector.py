"""Full garbage collections are held off while a tick runs, and young ones go on; the thresholds
are restored after it, even when the tick fails (scheduler/collector.py)."""

from __future__ import annotations

import asyncio
import gc
import itertools
from datetime import date

import pytest

from handlers.replies import Reply
from scheduler import collector
from scheduler.engine import Engine
from scheduler.notifier import Sent
from storage.db import Database
from storage.models import ChannelBinding, Person
from tests.scheduler.support import RecordingNotifier, build_world, local


class Watching(RecordingNotifier):
    """Notes the collector's state at each post: enabled, and the oldest generation's threshold."""

    seen: list[tuple[bool, int]]

    async def post_channel(self, binding: ChannelBinding, reply: Reply) -> Sent:
        self.seen.append((gc.isenabled(), gc.get_threshold()[2]))
        return await super().post_channel(binding, reply)

    async def post_direct(self, person: Person, reply: Reply) -> Sent:
        self.seen.append((gc.isenabled(), gc.get_threshold()[2]))
        return await super().post_direct(person, reply)


async def test_a_tick_sends_with_young_collections_on_and_no_full_one(db: Database) -> None:
    await build_world(db, meeting_at=local(date(2024, 4, 4), 17, 30), created=local(date(2024, 3, 20), 10))
    slack = Watching()
    slack.seen = []
    before = gc.get_threshold()
    assert gc.isenabled()
    await Engine(db, [slack]).tick(local(date(2024, 3, 28), 9))
    assert slack.seen and all(seen == (True, collector.NEVER) for seen in slack.seen)
    assert gc.isenabled() and gc.get_threshold() == before


def test_pauses_nest_and_a_failure_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collector.paused():
        with collector.paused():
            assert gc.get_threshold() == (before[0], before[1], collector.NEVER)
        assert gc.get_threshold()[2] == collector.NEVER
        raise RuntimeError("a tick failed")
    assert gc.get_threshold() == before


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_a_state_is_released_a_slice_at_a_time_with_the_loop_given_back() -> None:
    """What a tick held is emptied in slices of `collector.SLICE`, other tasks running between them."""
    n = 3 * collector.SLICE + 1
    rows, people, keys = [object() for _ in range(n)], {i: object() for i in range(n)}, set(range(n))
    sizes: list[tuple[int, int, int]] = []
    running = True

    async def watch() -> None:
        while running:
            sizes.append((len(rows), len(people), len(keys)))
            await asyncio.sleep(0)

    watcher = asyncio.create_task(watch())
    await asyncio.sleep(0)
    await collector.release(rows, people, keys)
    running = False
    await watcher
    assert rows == [] and people == {} and keys == set()
    seen = [s for s in sizes if s != (n, n, n)]
    # each of the three was seen part-emptied at least twice: 4 slices, the loop given back after each
    assert len({s[0] for s in seen if 0 < s[0] < n}) >= 2
    assert len({s[1] for s in seen if s[0] == 0 and 0 < s[1] < n}) >= 2
    assert len({s[2] for s in seen if s[1] == 0 and 0 < s[2] < n}) >= 2
    assert all(
        x - y <= collector.SLICE for a, b in itertools.pairwise(sizes) for x, y in zip(a, b, strict=True)
    )
