"""Narrative follow-ups (minutes/request_forms.py): every example of every form is a test, and
what a request must never be (a restatement of a formal point, a fragment, a question, a condition,
something done at the meeting itself)."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.request_forms import FORMS, first_form
from minutes.requests import find_requests

POSITIVE = [(form.name, text) for form in FORMS for text in form.examples]
NEGATIVE = [(form.name, text) for form in FORMS for text in form.counter]


def _requests(*paragraphs: str) -> list[str]:
    return [r.text for r in find_requests([(p, None) for p in paragraphs], None)]


@pytest.mark.parametrize(("form", "text"), POSITIVE, ids=[f"{f}:{t[:40]}" for f, t in POSITIVE])
def test_form_example_is_a_request(form: str, text: str) -> None:
    found = first_form(text)
    assert found is not None and found[0] == form, found
    assert _requests(text) == [text]


@pytest.mark.parametrize(("form", "text"), NEGATIVE, ids=[f"{f}:{t[:40]}" for f, t in NEGATIVE])
def test_form_counter_example_is_no_request(form: str, text: str) -> None:
    assert _requests(text) == []


def test_every_form_has_examples_and_a_reason() -> None:
    for form in FORMS:
        assert form.examples and form.why, form.name


def test_a_request_restating_a_formal_point_of_its_item_is_not_proposed_twice() -> None:
    doc = extract_text(
        "6. LIBRARY OPENING HOURS\n\n"
        "The Chair requested that the consultation results on evening opening be brought to a future meeting.\n\n"
        "Members also asked that the mobile library timetable be published on the website.\n\n"
        "RESOLVED:\n\n"
        "1. That the report be noted.\n"
        "2. That the consultation results on evening opening be brought to a future meeting.\n"
    )
    assert [r.text for r in doc.requests] == [
        "Members also asked that the mobile library timetable be published on the website."
    ]


def test_a_request_with_no_object_is_a_fragment() -> None:
    assert _requests("There was a specific request to bring forward.") == []
    assert _requests("There was a specific request to bring forward quarterly figures on agency staff.") == [
        "There was a specific request to bring forward quarterly figures on agency staff."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was requested that the letter be read out during the meeting and copies were handed round.",
        "The Chairman asked that it be noted that he would take no part in the debate.",
        "The Chair asked for nominations for the office of vice-chair.",
        "At the last meeting it was agreed to set up a task group.",
        "The Director will give a verbal update on the budget.",
        "The minute quoted “a briefing note would be provided to Members” and it had since been sent.",
    ],
)
def test_what_happens_at_the_meeting_or_before_it_is_no_request(text: str) -> None:
    assert _requests(text) == []


def test_an_answer_after_a_question_is_a_request() -> None:
    text = (
        "Cllr Rudd asked whether the youth work review had been included in the report and the Scrutiny "
        "Lead informed the board that the review in question was still running, and that there would be "
        "a progress report coming to the Board in due course."
    )
    (req,) = _requests(text)
    assert req.startswith("the Scrutiny Lead informed the board that the review")
