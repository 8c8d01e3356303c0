from datetime import datetime, timedelta

import pytest

from handlers.replies import age

NOW = datetime(2026, 12, 4, 9, 0)


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "today"),
        (1, "1 day ago"),
        (13, "13 days ago"),
        (14, "2 weeks ago"),
        (59, "8 weeks ago"),
        (60, "2 months ago"),
        (729, "24 months ago"),
        (730, "2 years ago"),
        (950, "2 years ago"),
        (1100, "3 years ago"),
    ],
)
def test_an_age_is_said_in_the_unit_people_use(days: int, words: str) -> None:
    assert age(NOW - timedelta(days=days), NOW) == words
