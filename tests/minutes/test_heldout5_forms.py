"""Forms found on a fifth held-out round of real minutes, in fictional wording."""

from __future__ import annotations

from minutes.extract import extract_text
from minutes.owners import find_owner


def _texts(doc: str) -> list[str]:
    return [r.text for r in extract_text(doc).resolutions]


def test_numbered_imperative_decisions_without_a_label() -> None:
    doc = (
        "Appointment of a Harbour Adviser\n\n"
        "The Harbour Master introduced a report seeking approval to appoint an adviser.\n\n\n\n"
        "1) Authorise the Harbour Manager to begin recruitment for the adviser role;\n\n"
        "2) Agree that unsuccessful candidates could be kept on a reserve list; and\n\n"
        "3) Delegate authority to the Town Clerk, in consultation with the Mayor, to approve the final contract.\n\n"
        "Quay Lighting\n\nThe Committee heard about the quay lighting.\n"
    )
    res = extract_text(doc).resolutions
    assert [r.text[:24] for r in res] == [
        "Authorise the Harbour Ma",
        "Agree that unsuccessful ",
        "Delegate authority to th",
    ]
    assert [r.owner for r in res] == ["the Harbour Manager", None, "the Town Clerk"]


def test_unnumbered_to_verb_decision_notice() -> None:
    doc = (
        "Issue - decisions\n\n"
        "12/03/2031 - Ferry Timetable Changes\n\n"
        "To note the responses to the ferry timetable survey;\n\n"
        "To agree the revised winter timetable set out in Appendix 2;\n\n"
        "To authorise the Head of Transport to publish the timetable before it takes effect.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 3
    assert [r.actionable for r in res] == [False, False, True]
    assert res[2].owner == "the Head of Transport"


def test_numbered_agenda_of_to_verbs_is_not_decisions() -> None:
    doc = (
        "Bramblewick Town Council\nFinance Committee agenda 3rd March 2031\n\n"
        "1) To receive apologies for absence.\n"
        "2) To note declarations of interest.\n"
        "3) Public Participation\n"
        "4) To consider the grant applications.\n"
    )
    assert _texts(doc) == []


def test_to_verb_list_after_asked_to_is_not_decisions() -> None:
    doc = (
        "Grounds Maintenance\n\nThe Committee is asked to:\n\n"
        "To note the contractor's performance report;\n\n"
        "To agree the mowing schedule.\n"
    )
    assert _texts(doc) == []


def test_decision_after_a_lost_resolved_word() -> None:
    doc = (
        "Lantern Festival\n\nThe Events Officer presented the plan for the festival.\n\n"
        "The proposal was moved and duly seconded and it was\n\n\n\n"
        "To approve the lantern festival plan.\n"
    )
    assert _texts(doc) == ["To approve the lantern festival plan."]


def test_scottish_committee_resolved_colon_counts_beside_a_decision_list() -> None:
    doc = (
        "7 Harbour Dues Review\n\nDecision:\n(i) to note the review; and\n(ii) to note the timetable.\n\n"
        "Minutes:\nThe Committee had before it a report on harbour dues.\n\n"
        "The Committee resolved:-\nto approve the recommendations contained in the report.\n"
    )
    texts = _texts(doc)
    assert "To approve the recommendations contained in the report." in texts
    assert len(texts) == 3


def test_three_level_paragraph_numbers_start_new_points() -> None:
    doc = (
        "4. Residents' Issues\n"
        "4.1 It was RESOLVED that the clerk would contact the warden about the broken stile on Mill Lane\n"
        "4.2 It was RESOLVED that the clerk would also ask the ranger to inspect the footbridge at Coppice End\n"
        "4.2.1 It was RESOLVED that the clerk would consult the Highways Team about the gritting route.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 3
    assert all(r.actionable for r in res)
    assert [r.owner for r in res] == ["the clerk", "the clerk", "the clerk"]


def test_owner_after_also() -> None:
    assert find_owner("That the clerk would also ask the ranger to inspect the bridge") == "the clerk"


def test_list_rows_with_semicolons_stay_with_their_point() -> None:
    doc = (
        "RESOLVED that\n\n"
        "1) the report be noted; and\n\n"
        "2) the following panel memberships be approved:\n\n"
        "Panel A\n\nCouncillor Reed (Chair) and Councillor Vance;\n\n"
        "Panel B\n\nCouncillor Moss (Chair) and Councillor Iyer.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 2
    assert res[1].text.endswith("Councillor Moss (Chair) and Councillor Iyer.")


def test_dash_stem_and_nested_lower_case_letters() -> None:
    doc = (
        "RESOLVED:\n"
        "The Sub-Committee noted that the following conditions were agreed by the parties -\n"
        "A. That Condition 4 be amended so that doors close at 22.00.\n"
        "B. The revised floor plan be attached to the licence.\n"
        "C. The following condition be added -\n"
        "1. Plastic glasses shall be used:\n"
        "a. during televised matches.\n"
        "b. when the police ask.\n"
    )
    texts = _texts(doc)
    assert len(texts) == 3
    assert texts[0].startswith("That Condition 4")
    assert texts[2].endswith("b. when the police ask.")


def test_members_approved_the_minutes() -> None:
    doc = (
        "20/2031-32\n\nCONFIRMATION OF MINUTES\n\n"
        "Members APPROVED the minutes of the meeting held on 4 May 2031 as a correct record.\n"
    )
    res = extract_text(doc).resolutions
    assert len(res) == 1 and not res[0].actionable
