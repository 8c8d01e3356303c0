"""The loop-lag monitor `serve` runs: a loop held by synchronous work is reported in the log."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from bot.loop_lag import LoopLagMonitor, parse_stall


async def test_a_loop_held_by_synchronous_work_is_logged_as_a_stall(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.loop_lag")
    monitor = LoopLagMonitor().start()
    try:
        await asyncio.sleep(0.03)
        time.sleep(0.3)  # nothing else can run on the loop meanwhile
        await asyncio.sleep(0.05)
    finally:
        monitor.stop()
    stalls = [s for s in (parse_stall(r.getMessage()) for r in caplog.records) if s is not None]
    assert stalls, "the held loop was not reported"
    assert max(stalls) >= 0.25


def test_other_log_lines_are_not_read_as_stalls() -> None:
    assert parse_stall("reminders: 3 sent, 0 retrying, 0 failed") is None
