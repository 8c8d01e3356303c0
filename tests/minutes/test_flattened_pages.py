"""Web pages flattened to text: table rows, cells ending in pipes, sections run into one line."""

from __future__ import annotations

from minutes.extract import extract_text
from tests.minutes.helpers import (
    points,
)


def test_rows_of_a_flattened_minutes_table_each_hold_their_decision() -> None:
    doc = extract_text(
        "No. | Item |\n"
        "Minutes To approve the minutes of the meeting held on 2 June 2025. Minutes: RESOLVED that the minutes "
        "of the meeting held on 2 June 2025 are agreed as a correct record. |\n"
        "Matters arising Minutes: None. |\n"
        "Cabinet responses To consider responses. Minutes: RESOLVED that the following response be noted. |\n"
    )
    assert points(doc) == [
        ("That the minutes of the meeting held on 2 June 2025 are agreed as a correct record.", False),
        ("That the following response be noted.", False),
    ]
