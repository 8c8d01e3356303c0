"""Agreement written after what it agrees (minutes/closing_agreement.py): "Request by X for Y.
This was agreed", "Topic - checked and agreed."; not an agreement dated elsewhere."""

from __future__ import annotations

import pytest

from minutes.closing_agreement import agreed_outcome_line, agrees_the_sentence_before, granted_request
from tests.minutes.helpers import parish_doc, points


@pytest.mark.parametrize(
    ("paragraph", "decision", "actionable"),
    [
        (
            "Request by Mrs Hale for a bench in memory of her husband. This was agreed at the usual cost.",
            "Request by Mrs Hale for a bench in memory of her husband. This was agreed at the usual cost.",
            False,
        ),
        (
            "An application from the Scouts for use of the field on 4 July was received. The application was "
            "approved.",
            "An application from the Scouts for use of the field on 4 July was received. The application was "
            "approved.",
            False,
        ),
        (
            "Cllr Moore suggested that the Clerk write to the school about parking. This was agreed.",
            "Cllr Moore suggested that the Clerk write to the school about parking. This was agreed.",
            True,
        ),
        (
            "The Clerk reported on three suppliers. Mr Hale proposed that a new noticeboard be ordered. This was "
            "carried unanimously.",
            "Mr Hale proposed that a new noticeboard be ordered. This was carried unanimously.",
            True,
        ),
        (
            "Mrs Kaur proposed that the choice of charities would be discussed at the March meeting - all agreed.",
            "Mrs Kaur proposed that the choice of charities would be discussed at the March meeting - all agreed.",
            True,
        ),
        (
            "The Bowls Club has requested permission to plant a hedge beside the green. It was agreed this "
            "should be allowed.",
            "The Bowls Club has requested permission to plant a hedge beside the green. It was agreed this "
            "should be allowed.",
            False,
        ),
        (
            "A quote of £80 has been obtained for printing the plan on disk. It was agreed that this should be done.",
            "A quote of £80 has been obtained for printing the plan on disk. It was agreed that this should be done.",
            True,
        ),
    ],
)
def test_a_sentence_agreed_in_the_sentence_after_it(paragraph: str, decision: str, actionable: bool) -> None:
    doc = parish_doc("7. Correspondence", paragraph)
    assert points(doc) == [(decision, actionable)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The hall hire charge was discussed. This was agreed at the last meeting.",
        "The pay award was mentioned. This was approved by the County Council in May.",
    ],
)
def test_an_agreement_from_elsewhere_is_no_decision(paragraph: str) -> None:
    assert parish_doc("7. Correspondence", paragraph).resolutions == []


def test_a_notes_line_closed_by_its_agreement() -> None:
    doc = parish_doc("7. Correspondence", "Countryside Agency - access land maps - checked and agreed.")
    assert points(doc) == [("Countryside Agency - access land maps - checked and agreed.", False)]


def test_the_forms_one_by_one() -> None:
    assert agrees_the_sentence_before("This was agreed.")
    assert agrees_the_sentence_before("The request was granted unanimously.")
    assert not agrees_the_sentence_before("This was agreed at the last meeting.")
    assert not agrees_the_sentence_before("This was a good idea.")
    assert agrees_the_sentence_before("It was agreed that it should be replaced by the Clerk.")
    assert not agrees_the_sentence_before("It was agreed that it would be better to wait a while.")
    assert agreed_outcome_line("Budget - read and agreed.")
    assert not agreed_outcome_line("Police report – all noted")
    assert not agreed_outcome_line("The well-agreed plan")
    assert granted_request("Request by Mr T for a plaque. This was agreed")
    assert not granted_request("Cllr Moore suggested a plaque. This was agreed")
    assert granted_request(
        "The Mayor said the youth council had requested permission to attend the budget meeting and this was agreed."
    )
    assert not granted_request("The youth council had requested permission to attend the budget meeting.")


@pytest.mark.parametrize("closing", ["All agreed.", "All in favour.", "All were in agreement."])
def test_advice_agreed_by_all_in_the_sentence_after_it_is_the_decision(closing: str) -> None:
    doc = parish_doc(
        "7. Licences",
        "The clerk had received clarification about the copyright licence. The Clerk advised that the council"
        f" apply for the licence this month. {closing}",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (f"The Clerk advised that the council apply for the licence this month. {closing}", True)
    ]


def test_a_motion_passed_after_it_agrees_the_motion_but_not_a_vote() -> None:
    doc = parish_doc(
        "6. Road closure",
        "Supervisor Hale moved to hold a public hearing on the closure of Mill Road. The motion passed unanimously (5-0).",
    )
    assert points(doc) == [
        (
            "Supervisor Hale moved to hold a public hearing on the closure of Mill Road. The motion passed "
            "unanimously (5-0).",
            True,
        )
    ]
    votes = parish_doc(
        "7. Claims",
        "John made the motion to pay the claims, Alan made the second. All in favor. Motion passed.",
    )
    assert points(votes) == [
        ("John made the motion to pay the claims, Alan made the second. All in favor. Motion passed.", False)
    ]


def test_an_item_carried_forward_is_not_carried() -> None:
    assert not agrees_the_sentence_before("This was carried forward to the next meeting.")
    assert agrees_the_sentence_before("This was carried unanimously.")
