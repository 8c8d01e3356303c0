"""Motions as New England boards and Irish councils write them (fixture 48): "VOTED: To ...",
"Upon motion duly made and seconded, it was VOTED to ...", "On a motion by X, seconded by Y, the
Board voted unanimously to ...", "Motion to ... made by X, seconded by Y. Motion carried 3-0.",
"X moved to ...; Y seconded. The motion carried unanimously.", "On the proposal of Cllr X,
seconded by Cllr Y, it was agreed to ...". A vote outside the meeting and a motion nobody
seconded decide nothing."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from tests.minutes.helpers import parish_doc
from tests.minutes.test_fixture_minutes import read


async def test_voted_motions() -> None:
    e = await read("48_town_board_and_irish_council_motions.txt")
    got = [(r.text, r.actionable, r.owner, r.minute) for r in e.resolutions]
    assert got == [
        ("To approve the minutes of the meeting of February 24, 2031.", False, None, "1"),
        ("To authorize the Highway Superintendent to purchase a new plow truck.", False, None, "2"),
        ("On a motion by Selectman Ortiz, seconded by Selectman Grant, the Board voted unanimously to approve the "
         "library's Sunday opening trial.", False, None, "3"),
        ("Motion to approve the consent agenda made by Ortiz, seconded by Grant. Motion carried 3-0.", False, None, "4"),
        ("Ms. Chan moved to table the beach permit fees until the next meeting; Mr. Grant seconded. The motion "
         "carried unanimously.", True, None, "5"),
        ("On the proposal of Cllr Murphy, seconded by Cllr Walsh, it was agreed to write to the Department of "
         "Transport about the speed limit on the R500.", True, None, "6"),
    ]  # fmt: skip
    assert e.resolutions[4].due == "next meeting"
    assert not any("poll" in r.text or "adjourn" in r.text for r in e.resolutions)


@pytest.mark.parametrize(
    ("paragraph", "decision", "actionable"),
    [
        (
            "14/174 - Moved, seconded by Councillors Steer/Hale that the agenda be adopted as amended. Carried",
            "Moved, seconded by Councillors Steer/Hale that the agenda be adopted as amended. Carried",
            False,
        ),
        (
            "Adoption of Agenda 001/2031 Moved by Councillor Lamb, seconded by Councillor Parr, “That the agenda be "
            "amended by adding the staff presentation and adopted as so amended.” CARRIED 5/5",
            "Moved by Councillor Lamb, seconded by Councillor Parr, “That the agenda be amended by adding the staff "
            "presentation and adopted as so amended.",
            False,
        ),
        (
            "Mr. Gray made a motion, seconded by Mr. Santos to ask the superintendent to report on enrollment in April.",
            "Mr. Gray made a motion, seconded by Mr. Santos to ask the superintendent to report on enrollment in April.",
            True,
        ),
        (
            "MOTION #31.114 – STREET LIGHTS: Motion made by Mrs. Ortega; seconded by Mr. Pike to table this item and "
            "refer it to the Planning Commission. A voice vote was taken. Motion carried 7-0.",
            "Motion made by Mrs. Ortega; seconded by Mr. Pike to table this item and refer it to the Planning Commission.",
            True,
        ),
    ],
)
def test_canadian_and_american_moved_and_seconded_forms(
    paragraph: str, decision: str, actionable: bool
) -> None:
    doc = parish_doc("3. Business", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(decision, actionable)]


def test_a_run_together_page_keeps_its_resolution_apart_from_the_vote_and_what_follows() -> None:
    doc = parish_doc(
        "CONSIDERATION OF MINUTES General Meeting – Wednesday 19 April 2031 RESOLUTION: That the Minutes of the "
        "General Meeting held on Wednesday 19 April 2031 be confirmed. MOVED: Cr Barnes SECONDED: Cr Bethel "
        "CARRIED 5/0 Business arising - Street scaping report to be presented in June"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the Minutes of the General Meeting held on Wednesday 19 April 2031 be confirmed."
    ]


def test_a_line_ending_in_a_small_word_runs_on_into_minutes_of() -> None:
    doc = parish_doc(
        "Marty Long made the motion to approve the\nminutes of the February 7, 2031 meeting and the claims. Carl\n"
        "Higgs seconded the motion and it passed unanimously."
    )
    assert [r.text for r in doc.resolutions] == [
        "Marty Long made the motion to approve the minutes of the February 7, 2031 meeting and the claims. "
        "Carl Higgs seconded the motion and it passed unanimously."
    ]


@pytest.mark.parametrize(
    ("paragraph", "actionable"),
    [
        (
            "Motion: A motion was made by Selectman Bear, seconded by Selectman Colby and voted unanimously to "
            "approve the request of the Little League to use the Upper Green baseball field.",
            False,
        ),
        (
            "A motion was made by Selectman Bear, seconded by Selectman Colby and voted 2-1 to ask the Town "
            "Administrator to seek quotes for the roof.",
            True,
        ),
    ],
)
def test_a_motion_made_seconded_and_voted(paragraph: str, actionable: bool) -> None:
    doc = parish_doc("5. Licences", paragraph)
    assert [r.actionable for r in doc.resolutions] == [actionable]
    assert doc.resolutions[0].text.startswith("A motion was made by Selectman Bear")


def test_a_mover_who_motioned_and_a_seconder_before_the_motion() -> None:
    paragraph = "Carrie motioned and Mark seconded to buy a new mower for the town hall. Motion carried."
    assert [(r.text, r.actionable) for r in parish_doc("4. Mower", paragraph).resolutions] == [
        (paragraph, True)
    ]


@pytest.mark.parametrize(
    ("paragraph", "actionable"),
    [
        (
            "On a motion by Commr. Carson, seconded by Commr. Burhans and carried unanimously, the Board approved the "
            "Minutes of November 17, 2031, as amended.",
            False,
        ),
        (
            "On a motion by Houk, seconded by Donovan, the Board voted 4-1, with Wilson voting against, to authorize "
            "the Town Administrator to conduct an inquiry into the management of the Fire Department.",
            True,
        ),
        (
            "On a motion by Donovan, seconded by May, the Board voted unanimously at 7:01 p.m. on a roll call vote "
            "(Donovan, May, Wilson – yea) to enter executive session to hear charges brought against an employee.",
            False,
        ),
        (
            "Upon motion of Justice Boyd, seconded by Justice Dudley, it was unanimously RESOLVED that the contract "
            "be awarded to the lowest bidder.",
            False,
        ),
    ],
)
def test_the_motion_a_board_decided_on_is_kept_with_its_decision(paragraph: str, actionable: bool) -> None:
    doc = parish_doc("3. Business", paragraph)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(paragraph, actionable)]


def test_a_board_approving_a_list_on_a_motion_keeps_the_motion_in_its_stem() -> None:
    doc = parish_doc(
        "BONDS - CONTRACTOR",
        "On a motion by Commr. Burhans, seconded by Commr. Carson and carried unanimously, the Board approved the "
        "following Contractor Bonds:\n\nNew\n\n97-31 J. E. Patterson, Electrical/Air Cond./Plumbing",
    )
    assert [r.text for r in doc.resolutions] == [
        "On a motion by Commr. Burhans, seconded by Commr. Carson and carried unanimously, the Board approved the "
        "following Contractor Bonds:"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Resolution number MR/2031/172 MOVED by Chairperson G Murphy, seconded by Member A Cunningham-Marino: That the "
        "Manurewa Local Board: a) accept the apology from Member Rangi McLean for absence b) approve the request for "
        "electronic attendance from Member Andrew Lesa. |",
        "MOVED by Chairperson G Murphy, seconded by Member A Cunningham-Marino:\nThat the Manurewa Local Board:\n"
        "a) accept the apology from Member Rangi McLean for absence\n"
        "b) approve the request for electronic attendance from Member Andrew Lesa.",
    ],
)
def test_a_motion_moved_and_seconded_over_its_lettered_points(paragraph: str) -> None:
    doc = parish_doc("2 Ngā Tamōtanga | Apologies", paragraph)
    assert [r.text for r in doc.resolutions] == [
        "That the Manurewa Local Board accept the apology from Member Rangi McLean for absence",
        "That the Manurewa Local Board approve the request for electronic attendance from Member Andrew Lesa.",
    ]


def test_a_motion_after_its_items_title_with_one_lettered_point() -> None:
    doc = parish_doc(
        "3 Declarations",
        "There were no declarations of interest.\n\n4 Te Whakaū i ngā Āmiki | Confirmation of Minutes Resolution "
        "number MR/2031/173 MOVED by Chairperson G Murphy, seconded by Deputy Chairperson M Winiata: That the "
        "Manurewa Local Board: a) confirm the ordinary minutes of its meeting, held on Thursday, 17 November 2031, "
        "as true and correct. |",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "That the Manurewa Local Board confirm the ordinary minutes of its meeting, held on Thursday, 17 November "
            "2031, as true and correct.",
            False,
        )
    ]


def test_a_motion_to_approve_what_follows_is_not_a_motion_over_points() -> None:
    doc = parish_doc(
        "5 Consent Agenda",
        "Moved by Davis, seconded by Orazem, to approve the following items on the Consent Agenda:\n"
        "1. Payment of claims\n2. Minutes of the regular meeting",
    )
    assert (
        doc.resolutions[0].text
        == "Moved by Davis, seconded by Orazem, to approve the following items on the Consent Agenda:"
    )


def test_a_motion_adopted_by_a_roll_call_told_at_length_stays_with_its_motion() -> None:
    doc = parish_doc(
        "3. Agenda",
        "Supervisor Wright moved that the Board approve the agenda, as amended. The motion was adopted by a vote of "
        "(3-0-2) with Supervisors Clark, Ivy and Wright voting in favor of the motion; no Supervisors voting against "
        "the motion; Supervisor Bradshaw absent from the meeting.",
    )
    [res] = doc.resolutions
    assert res.text.startswith("Supervisor Wright moved that the Board approve the agenda, as amended.")


def test_a_proposition_seconded_then_it_was_agreed_that_over_numbered_points() -> None:
    doc = parish_doc(
        "2. Village Hall matters",
        "The Trustees' concern was discussed.\n\n"
        "On a proposition by Mr James, seconded by Mrs Bratt it was unanimously agreed that\n\n"
        "1) the letter of intent be approved and sent by the Clerk to Mr Black and\n\n"
        "2) the Parish Council extend the existing Lease to five years.\n\n"
        "Mr Noble was instructed to attend to the new Lease without delay. The Parish Council agreed to this.",
    )
    assert [r.text for r in doc.resolutions][:2] == [
        "That the letter of intent be approved and sent by the Clerk to Mr Black",
        "That the Parish Council extend the existing Lease to five years.",
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Resolved (Cr George Cecato / Cr Paul Amos)\n\nThat the minutes of the Ordinary Meeting held on 9 July 2031 be "
        "confirmed.",
        "RESOLVED (Cecato/Amos) That the minutes of the Ordinary Meeting held on 9 July 2031 be confirmed.",
    ],
)
def test_who_moved_and_seconded_in_brackets_after_resolved(block: str) -> None:
    doc = parish_doc("2020/152 Confirmation of Minutes", block)
    assert [r.text for r in doc.resolutions] == [
        "That the minutes of the Ordinary Meeting held on 9 July 2031 be confirmed."
    ]


def test_a_meeting_system_lists_each_motion_under_its_mover_and_over_carried() -> None:
    doc = parish_doc(
        "Committee of the Whole",
        "  • Moved byCouncillor Craven\n\n    Receive and file finance department report F-34-31 providing the "
        "financial status as at June 30, 2031.\n\n    CARRIED\n"
        "  • Moved byCouncillor Taylor\n\n    Endorse the draft terms of reference for the advisory committee; and\n\n"
        "    Direct the City Clerk to consult with the advisory committee and report back with final terms of "
        "reference.\n\n    CARRIED\n",
    )
    assert [(r.text[:30], r.actionable, r.owner) for r in doc.resolutions] == [
        ("Receive and file finance depar", False, None),
        ("Endorse the draft terms of ref", False, None),
        ("Direct the City Clerk to consu", True, "the City Clerk"),
    ]


def test_a_motion_above_its_mover_and_seconder_lines_is_still_the_motion() -> None:
    doc = parish_doc(
        "7. Reports",
        "That the report be noted and the Clerk write to the County Council.\n"
        "Moved by Councillor Smith\nSeconded by Councillor Jones\nCARRIED",
    )
    assert [r.text for r in doc.resolutions] == [
        "That the report be noted and the Clerk write to the County Council."
    ]


def test_motions_with_bracketed_movers_run_into_one_line() -> None:
    doc = extract_text(
        "Minutes of an extraordinary meeting of the City Council held on Tuesday 16 April 2031. PRESENT Mayor Dave "
        "Cull Deputy Mayor Cr Chris Staynes 1 APOLOGIES Moved (Mayor Dave Cull/Cr Chris Staynes): That the Council: "
        "Accepts the apology from Cr Kate Wilson. Motion carried (CNL/2031/065) 3 DECLARATIONS OF INTEREST Members "
        "were reminded of the need to stand aside. Moved (Mayor Dave Cull/Cr Chris Staynes): That the Council: a) "
        "Notes the Elected Members' Interest Register; and b) Confirms the proposed management plan for Elected "
        "Members' Interests. Motion carried (CNL/2031/067) 4 RESOLUTION TO EXCLUDE THE PUBLIC\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the Council: Accepts the apology from Cr Kate Wilson.",
        "That the Council notes the Elected Members' Interest Register",
        "That the Council confirms the proposed management plan for Elected Members' Interests.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Upon motion duly made, seconded, and unanimously carried, the Agenda was approved as presented.",
        "Upon motion duly made, seconded, and unanimously carried, the minutes of the September 13, 2031 meeting "
        "were approved as presented.",
    ],
)
def test_a_decision_upon_a_motion_duly_made_and_seconded(sentence: str) -> None:
    doc = parish_doc("3. Business", "The Chair opened the item.\n\n" + sentence)
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(sentence, False)]


def test_a_school_board_moving_approval_of_each_titled_paper() -> None:
    """An American board's minutes: each paper's title on its line, then "Trustee X moved approval;
    second. Vote unanimous; motion carried." The mover's line is not run into the title, and a motion
    no one seconded, or that failed, decides nothing."""
    doc = extract_text(
        "Board of Trustees Regular Meeting, September 15, 2031\n\n"
        "2. Minutes\n"
        "Board Study Session Minutes – August 17, 2031\n"
        "Trustee Alvarez moved approval; second. Vote unanimous; motion carried.\n"
        "Board Meeting Minutes – August 19, 2031\n"
        "Trustee Brandt moved approval; second. Vote unanimous; motion carried.\n"
        "3. Consent Agenda (Board Action Required – Vote)\n"
        "Vice Chair Osei moved approval; second. Vote unanimous; motion carried.\n"
        "4. Parking Lot Lighting\n"
        "Trustee Brandt moved approval; second. Vote 2-5; motion failed.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "Trustee Alvarez moved approval; second. Vote unanimous; motion carried.",
        "Trustee Brandt moved approval; second. Vote unanimous; motion carried.",
        "Vice Chair Osei moved approval; second. Vote unanimous; motion carried.",
    ]
    assert not any(r.actionable for r in doc.resolutions)


@pytest.mark.parametrize(
    ("sentence", "actionable"),
    [
        ("Moved, seconded and voted 3-0 to have the Clerk order a new bench for the green.", True),
        ("Motion made and seconded to sell the garage site to the highest bidder.", True),
        ("It was moved and seconded that the report be noted.", False),
    ],
)
def test_a_motion_moved_and_seconded_with_nobody_named_is_the_decision(
    sentence: str, actionable: bool
) -> None:
    doc = parish_doc("4. Business", f"Bench. {sentence} A price will follow.")
    assert [(r.text, r.actionable) for r in doc.resolutions] == [(sentence, actionable)]


def test_a_motion_made_seconded_and_passed_with_nobody_named_is_the_decision() -> None:
    sentence = "A motion was made, seconded, and passed to close the library on the Saturday after Christmas."
    doc = parish_doc("4. Opening hours", sentence)
    assert [r.text for r in doc.resolutions] == [sentence]


def test_a_motion_opens_its_own_line_under_an_unstopped_item_title() -> None:
    e = extract_text(
        "TOWN BOARD PROCEEDINGS October 28, 2031\n\n16-C COMMUNICATIONS\n"
        "1. Town Attorney re public hearing for creation of a lighting district in Smokes Creek\n"
        "Motion by Councilman Oswald, seconded by Councilman Webb, to schedule a public hearing for "
        "November 18, 2031 at 7:30 P.M. on the petition\n"
        "Ayes: All | Noes: None | Motion Carried |\n"
    )
    assert [(r.text[:40], r.actionable) for r in e.resolutions] == [
        ("Motion by Councilman Oswald, seconded by", True)
    ]


def test_a_motion_under_its_mover_and_seconder_labels_in_an_australian_council() -> None:
    e = extract_text(
        "Minutes of the Ordinary Council Meeting, 12 May 2031\n\n"
        "In accordance with Governance Rule 29.1, Cr Fuller and Cr Sket spoke to the Motion.\n\n"
        "Moved: Cr Fuller\nSeconded: Cr Sket\n\nThat Council\n\n"
        "1. Request authorisation from the Minister to prepare and exhibit Amendment C223.\n"
        "2. Receive a further report considering submissions following exhibition of the amendment.\n\n"
        "The motion was Carried unanimously.\n"
    )
    assert [(r.text, r.actionable) for r in e.resolutions] == [
        ("That Council request authorisation from the Minister to prepare and exhibit Amendment C223.", True),
        (
            "That Council receive a further report considering submissions following exhibition of the amendment.",
            True,
        ),
    ]


def test_numbered_motions_under_their_mover_and_seconder_lines_are_the_decisions() -> None:
    e = extract_text(
        "Library Board Meeting Minutes, Wednesday, December 9, 2031\n\n"
        "3. Approval of Agenda\n20.52 Moved by Grant Peters\nSeconded by Patrick Neely\n"
        "That the agenda of December 9, 2031 be approved.\nCarried.\n"
        "4. Adoption of the Previous Library Board Meeting Minutes\n20.53 Moved by Lisa Post\n"
        "Seconded by Patrick Neely\nThat the minutes of the meeting for October 28, 2031 be approved.\nCarried.\n"
    )
    assert [r.text for r in e.resolutions] == [
        "That the agenda of December 9, 2031 be approved.",
        "That the minutes of the meeting for October 28, 2031 be approved.",
    ]


def test_a_labelled_proposal_is_the_decision_its_outcome_below_adopts() -> None:
    doc = parish_doc(
        "24/25-69 Community engagement",
        "Newsletter\n"
        "Proposal: To have the next newsletter printed and delivered door to door. The slip will ask about online "
        "copies. Proposed Cllr. Hart, Seconded Cllr. Lowe and unanimously in favour. RESOLVED.\n"
        "Window Competition\n"
        "Proposal: The costs of some posters to advertise the competition approximately £30, Proposed Cllr. Hart, "
        "Seconded Cllr. Lowe and unanimously in favour. RESOLVED.",
    )
    assert [r.text for r in doc.resolutions] == [
        "To have the next newsletter printed and delivered door to door.",
        "The costs of some posters to advertise the competition approximately £30",
    ]


def test_a_project_committees_proposal_over_its_votes_and_decision() -> None:
    e = extract_text(
        "List of Steering Committee Resolutions\n\nBugfix budget\n-------------\n\n"
        "**Rationale**: There is a surplus this year.\n\n"
        "Proposal: spend £5k on bug fixing in advance\n\n"
        "**Votes**: In favour: Ann, Bob, Cy\n\n**Decision**: Approved\n\n"
        "Hosting\n-------\n\n"
        "Proposal: move the website to a new host\n\n"
        "**Votes**: In favour: Ann\n\n**Decision**: Rejected\n"
    )
    assert [r.text for r in e.resolutions] == ["spend £5k on bug fixing in advance"]


def test_voted_in_favour_of_what_is_to_be_done_is_a_decision() -> None:
    doc = parish_doc(
        "Bench Report – The bench report is now complete and was presented by DC. The Council voted in favour "
        "of ordering a new bench for the green and to obtain at least two more quotes for its upkeep."
    )
    (decision,) = doc.resolutions
    assert decision.text.startswith("The Council voted in favour of ordering a new bench")
    assert decision.actionable
