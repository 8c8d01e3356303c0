"""Which resolution points are actions: somebody must do something after the meeting."""

from __future__ import annotations

import pytest

from minutes.classify import is_actionable
from minutes.extract import extract_text
from tests.minutes.helpers import (
    one,
    points,
    town_doc,
)


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


def test_it_be_noted_that_a_plan_is_coming_asks_nothing() -> None:
    doc = (
        "12. Executive Forward Plan\n"
        "RESOLVED: That it be noted the revised Forward Plan would be available on Monday 3 March 2031.\n\n"
        "13. Allotments\n"
        "RESOLVED: That it be noted that officers will circulate the waiting list figures to members.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.actionable for r in res] == [False, True]


def test_obtain_is_a_follow_up_verb() -> None:
    doc = (
        "5. Noticeboard\nIt was agreed that the Clerk obtain three quotes for a new noticeboard.\n\n"
        "6. Hall Roof\nRESOLVED: That three quotes be obtained for the hall roof.\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.actionable, r.owner) for r in res] == [(True, "the Clerk"), (True, None)]


def test_a_body_noting_work_done_by_a_group_names_nobody_to_act() -> None:
    doc = (
        "20. Annual Report\n"
        "Councillor Fenwick introduced the report.\n"
        "Council noted the progress made by the Play Areas Working Group on the new skate park.\n"
    )
    res = extract_text(doc).resolutions
    assert all(not r.actionable and r.owner is None for r in res)


def test_work_programme_agreed_is_not_an_action_but_changed_or_brought_is() -> None:
    doc = extract_text(
        "7. WORK PROGRAMME\n\n"
        "RESOLVED:\n\n"
        "1. That the Panel agrees its work programme.\n\n"
        "2. That, subject to the addition of a session on bus services, the work programme be approved.\n\n"
        "3. That at the next meeting a work programme for the new year be agreed by the Panel.\n"
    )
    assert [a for _, a in points(doc)] == [False, True, True]
    assert doc.resolutions[2].due == "next meeting"


def test_shall_commits_a_named_officer_with_a_month_as_due() -> None:
    doc = town_doc(
        "(a) That the draft calendar of meetings be approved; and",
        "(b) That the Head of Member Services shall survey councillors on meeting times. A report on "
        "the results will go to the Standards Committee in November.",
    )
    survey = one(doc, "shall survey")
    assert survey.actionable
    assert survey.owner == "the Head of Member Services"
    assert survey.due == "November"
    assert not one(doc, "draft calendar").actionable


def test_shall_remain_is_no_commitment() -> None:
    doc = town_doc("RESOLVED that the Chair shall remain a member of the panel.")
    assert not one(doc, "shall remain").actionable


@pytest.mark.parametrize(
    "text",
    [
        "That the Chairperson should approach the chair of the group to express the Committee's view.",
        "The Committee would respond to correspondence from the solicitors.",
        "The Committee agreed that the Chairperson and Deputy Chairperson would attend the launch event.",
        "It was agreed that the clerk contact the County Council about the footpath.",
        "It was agreed that we ask our contractor to make extra cuts.",
        "It was resolved that due to the increased costs the Parish Council terminates the agreement.",
        "After some discussion it was agreed that the annual fee should be withdrawn.",
        "That the 23 January agenda would include consideration of school exclusions.",
        "To defer the appointment of a Vice-Chairman to the next regular meeting.",
        "This item was continued to the next meeting of the Group.",
        "That Councillor Lane be supplied with a written answer to her question.",
        "That the report be noted by the HR Unit and the Unit be required to make the necessary preparations.",
        "An updated schedule would be received at each meeting.",
        "Approved the recommendations of the Panel subject to further clarification of the budget.",
        "The Group approved the request subject to the Committee exploring other sources of funding.",
        "To call for bids for resurfacing the tennis courts.",
        "That the decision be communicated to the Chair of the Shadow Board.",
    ],
)
def test_a_commitment_to_act_is_actionable(text: str) -> None:
    assert is_actionable(text)


@pytest.mark.parametrize(
    "text",
    [
        "That the Treasurer should be the sole signatory for the account.",
        "The Group agreed to make no recommendations on the review at the present time.",
        "Resolved that we do not apply.",
        "The Group did not agree the request to undertake visits abroad.",
        "That the convener be authorised to convene a further meeting as necessary.",
        "That authority be delegated to the Director to agree any technical changes which may arise.",
        "The Leader and Chief Executive are authorised by Council to represent them on relevant bodies.",
        "The Group approved the Committee's request to undertake visits to three towns to inform its inquiry.",
        "Noted that three responses had since been provided to the reviews.",
        "Cllr Mack was elected as Vice Chairman.",
        "A letter from the contractor stated that the cost would be £500, which appeared excessive.",
        "That the Commission believes tenants should be told the outcome of every survey.",
    ],
)
def test_a_state_a_refusal_a_standing_permission_or_a_view_is_not(text: str) -> None:
    assert not is_actionable(text)


def test_an_agreed_way_of_working_is_not_an_action() -> None:
    doc = extract_text(
        "### Protocols\n\n* All agreed to use the same dose table in future.\n"
        "* It was agreed to compile a list of the protocols each site uses.\n"
    )
    assert [(r.text[:20], r.actionable) for r in doc.resolutions] == [
        ("All agreed to use th", False),
        ("It was agreed to com", True),
    ]
