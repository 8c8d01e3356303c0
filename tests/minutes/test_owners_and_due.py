"""Who must act (owner) and by when (due), as the minutes word them."""

from __future__ import annotations

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
