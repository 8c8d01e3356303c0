"""Keeping CPython's cyclic garbage collector out of a tick.

A cold tick at 500k actions allocates a few million short-lived objects (70,000 rows, 23,000
planned items, their keys and placements, 300,000 of them tracked by the collector) and keeps
them alive while it sends. The collector is triggered by allocation counts; each of its passes
traverses every tracked object of the generations it collects, the tick's state included, while
holding the GIL, so the loop, whichever thread triggered it, stood still: passes of 100-600 ms at
500k actions (measured with `gc.callbacks`), the loop's longest stalls in a tick.

So the automatic collector is paused while a tick runs. The tick's own objects are acyclic and
freed by reference counting; what is left in cycles meanwhile waits for the first collection
after the tick, which finds the state gone: a first full tick at 100k actions (1,034 messages)
left 5,545 objects in cycles, collected in 4 ms after it. No collection is forced at the end,
as a caller may still hold the state (`Engine.load`); the next automatic one runs as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection while the body runs (nestable); restored as it was after."""
    global _depth, _was_enabled
    if _depth == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()
