"""The meeting a document records: its committee, date and start time."""

from __future__ import annotations

from minutes.extract import extract_text
from tests.minutes.helpers import (
    points,
)


def test_previous_minutes_item_is_not_the_document_heading() -> None:
    doc = extract_text(
        "Agenda item\n\nMinutes of Previous Meeting\n\n"
        "To approve the minutes of the meeting of the Committee held on 9th May, 2025\n\n"
        "The minutes of the meeting of the Committee held on 9th May 2025 were approved as a correct record.\n"
    )
    assert doc.meeting_date is None
    assert [a for _, a in points(doc)] == [False]
