"""Keeping CPython's full garbage collections out of a tick.

A cold tick at 500k actions keeps some 220,000 objects tracked by the collector alive while it
plans and sends (35,000 rows, 23,000 planned items, their keys and placements). Each full
collection traverses every tracked object while holding the GIL, so the loop, whichever thread
triggered it, stands still: passes of 100-600 ms at 500k actions (measured with `gc.callbacks`).

Disabling the collector for the tick (as this module once did) moved the cost rather than
removing it: the first young collection after it traversed everything allocated meanwhile that
was still alive (125 ms at 500k, with the state still held by the sends), and while a run of
sends took minutes nothing short-lived in cycles was freed. So only the *full* collections are
held off while a tick runs (the oldest generation's threshold raised): the young generations
are collected as usual, each pass bounded by the thresholds (a few thousand objects, a few ms),
and what survives them waits in the oldest generation, where the next full collection after the
tick finds the tick's state gone (freed by reference counting; it is acyclic). That freeing is
itself done in slices (`release`): all at once, it stalled the loop as long as a full collection.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_depth = 0
_thresholds = (700, 10, 10)
NEVER = 1 << 30
"""A threshold the oldest generation's count won't reach in a tick."""


@contextmanager
def paused() -> Iterator[None]:
    """No full collection while the body runs (nestable); the thresholds restored after."""
    global _depth, _thresholds
    if _depth == 0:
        _thresholds = gc.get_threshold()
        gc.set_threshold(_thresholds[0], _thresholds[1], NEVER)
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            gc.set_threshold(*_thresholds)


SLICE = 500
"""Objects freed between two yields to the loop when a tick's state is dropped."""


async def release(*holders: list[Any] | dict[Any, Any] | set[Any]) -> None:
    """Empty these containers a slice at a time, giving the loop back between slices.

    A tick's state is acyclic, so reference counting frees it the moment its last holder goes; at
    500k actions that is some 35,000 rows, 23,000 planned items and thousands of ORM people (each
    with a weakref callback of SQLAlchemy's), freed in one go: a stall of the loop of 90-170 ms
    at the end of the first tick of a day. Emptied here, no slice frees more than `SLICE` of
    them, and what is left for the last reference is a few empty containers."""
    for holder in holders:
        while holder:
            if isinstance(holder, list):
                del holder[-SLICE:]
            elif isinstance(holder, dict):
                for _ in range(min(SLICE, len(holder))):
                    holder.popitem()
            else:
                for _ in range(min(SLICE, len(holder))):
                    holder.pop()
            await asyncio.sleep(0)
