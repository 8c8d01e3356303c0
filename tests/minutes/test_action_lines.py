"""Action lines and action logs: "ACTION: <role>" under a decision, "Action: Clerk to ...", role
action clauses in parish paragraphs, and numbered logs under an "Actions" heading."""

from __future__ import annotations

from minutes.extract import extract_text
from tests.minutes.helpers import parish_doc


def test_action_tag_names_the_owner_of_the_decision_block_above_it() -> None:
    doc = extract_text(
        "Decision details\n\nResolved –\n\n"
        "(1) That the draft scheme be noted.\n\n"
        "(2) That the scheme be referred to Council for endorsement.\n\n"
        "ACTION: Chief Executive\n"
    )
    noted, referred = doc.resolutions
    assert (noted.actionable, noted.owner) == (False, None)
    assert (referred.actionable, referred.owner, referred.due) == (True, "Chief Executive", "Council")


def test_action_label_with_its_task_is_one_point() -> None:
    doc = parish_doc(
        "7. Any Other Business",
        "b. Lorries on the bridge",
        "Cllr Dale said lorries were ignoring the weight limit.",
        "Action. Dana Lee agreed to take the lorry complaint to the Highways Authority.",
        "c. Hedge on Mill Road",
    )
    (action,) = doc.resolutions
    assert action.text == "Dana Lee agreed to take the lorry complaint to the Highways Authority."
    assert (action.actionable, action.owner) == (True, "Dana Lee")


def test_action_log_states_and_owners() -> None:
    doc = extract_text(
        "### Actions\n\n"
        "1. Circulate the audit template \\[closed]\n\n"
        "2. Members to send their local protocols to the mailbox \\[new for members]\n\n"
        "3. To organise a training day within the next 3 months \\[On Hold pending a budget]\n\n"
        "4. Draft a patient leaflet \\[new for Lewis Pratt]\n"
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [
        (False, None),
        (True, "Members"),
        (True, None),
        (True, "Lewis Pratt"),
    ]
    assert doc.resolutions[2].due == "within the next 3 months"


def test_role_action_clauses_are_decisions_where_the_item_has_no_formal_list() -> None:
    doc = parish_doc(
        "Correspondence: Highways - the gateway signs are faded - clerk to ask for them to be replaced. "
        "The chairman is to contact the school about parking."
    )
    assert [(r.owner, r.actionable) for r in doc.resolutions] == [("clerk", True), ("The chairman", True)]
    assert doc.requests == []


def test_under_a_formal_list_a_role_action_is_a_follow_up_and_initials_always_are() -> None:
    doc = parish_doc(
        "4. Meeting venues",
        "The Town Clerk to look into booking the library for meetings and tell the Chair.",
        "Survey of the hall heating - KC to action",
        "RESOLVED that the venue rota be agreed.",
    )
    assert [r.text for r in doc.resolutions] == ["That the venue rota be agreed."]
    assert [q.text for q in doc.requests] == [
        "The Town Clerk to look into booking the library for meetings and tell the Chair.",
        "Survey of the hall heating - KC to action",
    ]


def test_agenda_business_for_members_is_not_an_action() -> None:
    doc = parish_doc(
        "13. WORK PROGRAMME", "Members to consider the draft scope for the next review (Chair to introduce)."
    )
    assert doc.resolutions == [] and doc.requests == []
