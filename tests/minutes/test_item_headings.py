"""Item headings, in capitals, title case or sentence case ("13. Review of a personal licence"),
and the numbered lines that are not headings (decision points, sentences)."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.headings import item_heading


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("13. Review of a personal licence", "Review of a personal licence"),
        ("7. Play area", "Play area"),
        ("25/104 Speed watch", "Speed watch"),
        ("15. MINUTES OF THE PREVIOUS MEETING", "Minutes of the Previous Meeting"),
    ],
)
def test_heading(text: str, title: str) -> None:
    item = item_heading(text)
    assert item is not None and item.title == title


@pytest.mark.parametrize(
    "text",
    [
        "1. Approve the revised fees and charges",
        "2. Officers to circulate the figures",
        "3. Note the report and its appendices",
        "4. That the plan be adopted",
        "5. Councillor Reed asked about the hedge.",
        "6. Bus services would be reviewed in March",
    ],
)
def test_not_a_heading(text: str) -> None:
    assert item_heading(text) is None


def test_sentence_case_items_keep_their_decisions_apart() -> None:
    doc = extract_text(
        "Licensing Sub-Committee\nMinutes of the meeting held on Monday, 3 November 2025 at 10.00 am\n\n"
        "13. Review of a personal licence\n"
        "Decision: That the personal licence be revoked.\n\n"
        "14. Street trading consents\n"
        "The Sub-Committee agreed that officers should consult traders on the new zones.\n"
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("13", False), ("14", True)]
