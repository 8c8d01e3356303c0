"""The reader's caches live for one document: reading a pack asks about each paragraph and line
more than once, and a long-running bot must not keep every paragraph it has ever read."""

from __future__ import annotations

from minutes.extract import extract_text
from minutes.narrative_decisions import _split
from minutes.triggers import trigger

PARISH = "\n\n".join(
    f"{n}. Item {n}\nThe clerk reported on the footpath at site {n}. It was agreed that the clerk would "
    f"write to the owner of site {n}."
    for n in range(1, 40)
)
BOARD = "\n\n".join(
    f"{n}. Report {n}\nThe Board received report {n} from the Director. Members asked about the budget "
    f"for area {n}."
    for n in range(1, 25)
)


def _cached_after(*texts: str) -> tuple[int, int]:
    for text in texts:
        extract_text(text)
    return _split.cache_info().currsize, trigger.cache_info().currsize  # type: ignore[attr-defined]


def test_reading_a_document_forgets_the_one_before() -> None:
    alone = _cached_after(BOARD)
    assert min(alone) > 0
    assert _cached_after(PARISH, BOARD) == alone


def test_each_paragraph_is_split_once_per_document() -> None:
    _split.cache_clear()
    extract_text(PARISH)
    info = _split.cache_info()
    assert info.hits > 0
    assert info.misses == info.currsize
