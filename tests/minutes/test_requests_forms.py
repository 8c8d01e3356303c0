"""Narrative follow-ups and actionable forms from a fourth held-out round, in fictional wording."""

from __future__ import annotations

import pytest

from minutes.classify import is_actionable
from minutes.requests import find_requests


def _requests(*paragraphs: str) -> list[str]:
    return [r.text for r in find_requests([(p, None) for p in paragraphs], None)]


@pytest.mark.parametrize(
    "text",
    [
        "Action: Cllr Penrose to post the signed minutes on the noticeboard.",
        "ACTION – Clerk to order two replacement litter bins.",
        "The Clerk will make a bank transfer for £42.50 to the hall trust.",
        "Cllrs Amberley and Stroud will prepare a draft tenancy for the pavilion.",
        "Minutes will be signed by the chairman in due course.",
        "The Officer confirmed that the draft would be circulated to the Sub-Panel for comment.",
        "It was noted that the matter would be discussed further with the Head of Parks.",
        "Bench repairs to be decided at a future meeting.",
        "The Monitoring Officer was asked to clarify the rules on private briefings.",
        "At the May meeting Cllr Denholm indicated that she would approach the rugby club again.",
        "She would also liaise with the Communications Team on the wording.",
        "Councillor Vane welcomed the plan but asked that consideration be given to a rural member.",
        "Members were unhappy with the draft, and requested that it be brought back in the autumn.",
        "The Treasurer advised that a costed list of repairs would be presented at the next meeting of the Forum.",
    ],
)
def test_follow_up_forms_are_requests(text: str) -> None:
    assert _requests(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Members were asked to note the contents of the quarterly report.",
        "Cllr Rudd enquired whether the closed reviews would be reported back to the Board.",
        "If complaints rose again, officers would speak to the operator about the contract.",
        "This was the last meeting of the year and further meeting dates would be circulated shortly.",
        "Action RG/GP",
    ],
)
def test_questions_conditions_and_admin_are_not_requests(text: str) -> None:
    assert _requests(text) == []


def test_answer_after_a_question_is_a_request() -> None:
    text = (
        "Cllr Rudd asked whether the youth work review had been included in the report and the Scrutiny "
        "Lead informed the board that the review in question was still running, and that there would be "
        "a progress report coming to the Board in due course."
    )
    (req,) = _requests(text)
    assert req.startswith("the Scrutiny Lead informed the board that the review")


@pytest.mark.parametrize(
    ("text", "actionable"),
    [
        (
            "That the request for a grant towards the fete be declined as it does not benefit the wider parish.",
            False,
        ),
        ("That the application be refused.", False),
        ("That the payments listed below be authorised.", False),
        ("That the invoices be approved for payment.", False),
        ("That the report be referred to Cabinet for decision.", True),
        ("That the Board's meeting in March includes a report on the fees consultation.", True),
        ("That the Office of the Commissioner include members of the Board in its press circulation.", True),
        ("That the venue of future meetings be considered as part of the working group's review.", True),
    ],
)
def test_resolution_forms_actionable(text: str, actionable: bool) -> None:
    assert is_actionable(text) is actionable
