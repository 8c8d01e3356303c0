"""Work-programme topics named in words, where a document lists no work programme of its own."""

from __future__ import annotations

from minutes.extract import extract_text


def _topics(text: str) -> list[str]:
    return [t.topic for t in extract_text(text).work_programme]


def test_topics_from_points_sent_to_a_future_meeting() -> None:
    assert _topics(
        "16 Performance\n\nRESOLVED\n(i) That the 23 January agenda would include consideration of school "
        "exclusions.\n(ii) That a review of allotment rents be undertaken and the findings be reported back.\n"
    ) == ["school exclusions", "review of allotment rents"]


def test_topics_from_follow_ups_and_deferrals() -> None:
    assert _topics(
        "Notes\n\nContrast doses to be discussed at next meeting\n\n"
        "2. Auditor\n\nRESOLVED to defer the choice of auditor to the next meeting.\n"
    ) == ["choice of auditor", "Contrast doses"]


def test_a_listed_work_programme_is_the_authority() -> None:
    topics = _topics(
        "Work Programme\n\nThe following topics were added to the work programme:\n\n• Bus services\n• Libraries\n\n"
        "RESOLVED that a report on school transport come to a future meeting.\n"
    )
    assert topics == ["Bus services", "Libraries"]


def test_consideration_of_this_item_deferred_is_the_item() -> None:
    assert _topics(
        "22. Leisure Contract\n\nFollowing discussion, Members agreed to defer consideration of the item to the "
        "next meeting.\n"
    ) == ["Leisure Contract"]
