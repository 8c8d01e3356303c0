"""Who must act (owner) and by when (due), as the minutes word them."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.due import find_due
from minutes.extract import extract_text
from minutes.owners import find_owner
from tests.minutes.helpers import (
    one,
    town_doc,
)


def test_owner_after_also() -> None:
    assert find_owner("That the clerk would also ask the ranger to inspect the bridge") == "the clerk"


def test_owner_of_an_authorisation() -> None:
    assert find_owner("Council authorised the Head of Parks to sign the lease.") == "the Head of Parks"
    assert (
        find_owner(
            "That the Director of Housing, in consultation with the Portfolio Holder, be authorised to "
            "agree the final terms."
        )
        == "the Director of Housing"
    )


def test_owner_stops_before_purpose_or_deadline() -> None:
    assert find_owner("That officers for inclusion in the spring newsletter prepare a note.") == "officers"
    assert find_owner("That the Clerk by 30 June write to the bus operator.") == "the Clerk"


def test_deadline_set_by_the_next_step() -> None:
    assert find_due("To authorise the Treasurer to make minor changes before submission to the Council.") == (
        "before submission to the Council"
    )
    assert find_due("To make changes before the end of the consultation.") is None


def test_report_submitted_to_the_committee_is_due_at_a_future_meeting() -> None:
    doc = extract_text(
        "RESOLVED – That a report on the options for the depot be submitted to the Committee for consideration.\n"
    )
    (res,) = doc.resolutions
    assert res.actionable and res.work_programme and res.due == "future meeting"


def test_body_asking_an_officer_names_the_officer_not_the_body() -> None:
    doc = town_doc("RESOLVED that the Committee asks the Director of Place to write to the bus operator.")
    assert one(doc, "bus operator").owner == "the Director of Place"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Request Officers to benchmark the base level training and update the Committee.", "Officers"),
        ("Ask Officers to review the gating policy and report the results back to Members.", "Officers"),
        ("requests Members of this Committee to refer any issues to the Chair.", "Members of this Committee"),
        ("That the report be noted and that any comments from Members be forwarded to the Lead Officer.", "Members"),
        ("That no visits take place until the rules change and, where appropriate, officers circulate photographs.",
         "officers"),
        ("The hedge is overgrown - clerk to contact the owner.", "clerk"),
        ("That the Chairperson should approach the chair of the group.", "the Chairperson"),
        ("That the Director of Place be asked to consult the unions.", "the Director of Place"),
        ("Mandy Leamon agreed to pass on the complaint to the Parish Council.", "Mandy Leamon"),
        ("Instructed the Area Committee Officer to seek an update on Item 7.", "the Area Committee Officer"),
        ("That the report be noted by the Corporate HR Unit and be required to make preparations.",
         "the Corporate HR Unit"),
    ],
)  # fmt: skip
def test_owner_as_written(text: str, owner: str) -> None:
    assert find_owner(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        "The minutes were approved, proposed by Cllr Peake and seconded by Cllr Briston.",
        "That the January agenda would include consideration of exclusions.",
    ],
)
def test_movers_and_things_are_not_owners(text: str) -> None:
    assert find_owner(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("That the budget be referred to Council for approval.", "Council"),
        ("A report should come forward to the next meeting on 26 November.", "2031-11-26"),
        ("to raise at the next meeting of the Joint Committee to be held on 21st November 2031.", "2031-11-21"),
        ("That the closure report be added to the agenda for 20 March 2032.", "2032-03-20"),
        ("That the 23 January 2032 agenda would include consideration of exclusions.", "2032-01-23"),
        ("An updated schedule would be received at each meeting.", "each meeting"),
        ("The terms of reference be amended at the next appropriate opportunity.", "next appropriate opportunity"),
        ("The Advisor would contact officers so that the information is provided within the next fortnight.",
         "within the next fortnight"),
        ("That the findings be reported back to the Management Committee.", "future meeting"),
        ("to defer the appointment of Vice-Chairman to the next regular Standards Committee meeting.", "next meeting"),
        ("Ask Officers to review the policy agreed on 26 March 2031 and report back.", "future meeting"),
    ],
)  # fmt: skip
def test_due_as_written(text: str, due: str) -> None:
    assert find_due(text, dt.date(2031, 11, 5)) == due
