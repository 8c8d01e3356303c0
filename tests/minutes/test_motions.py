"""Motions: proposals moved and seconded, votes written after the sentence they carry, and the
active voice ("Cllr A proposed, Cllr B seconded and it was agreed that ...", "Councillor A moved
and Councillor B seconded that ..."), whose task and owner are in the "that" clause."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.triggers import MIDLINE
from tests.minutes.helpers import found, only, parish_doc, points
from tests.minutes.test_fixture_minutes import read, res


def test_proposal_with_seconder_and_all_in_favour_is_a_decision() -> None:
    doc = (
        "4. Minutes of 3rd May 2031:\n"
        "Cllr Ashdown proposed minutes accepted as a true record, seconded Cllr Pell, all in favour.\n\n"
        "5. Bus Shelter:\n"
        "Proposed repairs approved Cllr Pell, seconded Cllr Ashdown, carried unanimously.\n"
    )
    res = extract_text(doc).resolutions
    assert [(r.minute, r.text[:24]) for r in res] == [
        ("4", "Cllr Ashdown proposed mi"),
        ("5", "Proposed repairs approve"),
    ]
    assert res[0].actionable is False


@pytest.mark.parametrize(
    "decision",
    [
        "It was proposed by Cllr Marsh, seconded by Cllr Oduya and agreed that the Clerk write to the landowner "
        "about a new bench.",
        "It was proposed by Cllr. A. Marsh, seconded by Cllr. B. Oduya and unanimously agreed that the Clerk write "
        "to the landowner about a new bench.",
    ],
)
def test_a_decision_proposed_and_seconded_in_one_sentence_is_that_sentence(decision: str) -> None:
    """The proposer and seconder are part of the decision as the minutes record it, as in "On a
    proposition by Mr James, seconded by Mrs Bratt it was agreed that ..."."""
    doc = f"6. Village Green:\nThe bench by the pond has rotted. {decision}\n\n7. Precept:\n{_PRECEPT}\n"
    res = extract_text(doc).resolutions
    assert [(r.text, r.actionable, r.owner) for r in res] == [
        (decision, True, "the Clerk"),
        (_PRECEPT, False, None),
    ]


_PRECEPT = "It was proposed by Cllr Pell, seconded by Cllr Marsh and resolved to set a precept of £9,000 for 2031/32."


def test_bare_vote_carries_the_sentence_before_it() -> None:
    doc = (
        "7. Footpath Warden:\n"
        "The post has been vacant since spring. Cllr Marsh proposed that Mr Quill be appointed footpath warden. "
        "Proposed: Cllr Marsh; Seconded: Cllr Oduya; All in favour. Clerk to write to Mr Quill.\n\n"
        "8. Precept:\n"
        "It was agreed that the precept be set at £9,000. Proposed Cllr Pell, seconded Cllr Marsh, all in favour.\n"
    )
    doc_out = extract_text(doc)
    texts = [r.text for r in doc_out.resolutions]
    assert texts[0] == (
        "Cllr Marsh proposed that Mr Quill be appointed footpath warden. "
        "Proposed: Cllr Marsh; Seconded: Cllr Oduya; All in favour."
    )
    assert texts[1] == "Clerk to write to Mr Quill."
    assert len(texts) == 3 and "Proposed Cllr Pell" not in texts[2]
    assert doc_out.resolutions[1].owner == "Clerk"
    assert doc_out.requests == []


def test_a_proposal_seconded_and_agreed_is_the_decision() -> None:
    doc = parish_doc(
        "9. Subscriptions",
        "Mrs Okafor proposed renewal of the playing field insurance, seconded by Mr Dale and unanimously agreed. "
        "The Clerk will make the payment.",
    )
    assert found(doc, "proposed renewal of the playing field insurance") == (True, False)
    assert found(doc, "The Clerk will make the payment") == (False, True)


def test_american_motions_moved_and_seconded() -> None:
    doc = extract_text(
        "CITY COUNCIL\n\nTUESDAY, MARCH 4 , 2031 7 : 00 PM\n\n"
        "MOTION: Hale moved, seconded by Vance, to approve the Agenda as published.\nMotion carried unanimously.\n\n"
        "Referring to the parks report, it was MOVED by Orr, seconded by Hale, to authorize staff to call for bids "
        "for resurfacing the courts. Carried unanimously. It was MOVED by Vance, seconded by Orr, to "
        "close the east lot on weekends. Motion failed.\n"
    )
    assert [(r.text[:30], r.actionable) for r in doc.resolutions] == [
        ("Hale moved, seconded by Vance,", False),
        ("it was MOVED by Orr, seconded ", True),
    ]


def test_a_vote_line_under_a_heading_or_a_proposal_and_its_outcome() -> None:
    doc = extract_text(
        "## Adopt the volunteer policy\n\nProposed by: Noor\n\nUnanimously approved.\n\n"
        "## Savings account\n\nBen shall open a savings account for the reserve fund.\n\nProposed by: Ivy\n\n"
        "Unanimously approved.\n\n"
        "## Newsletter\n\nThe board should move the newsletter to a new provider.\n\nProposed by: Ben\n\nMotion failed.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("Adopt the volunteer policy", False, None),
        ("Ben shall open a savings account for the reserve fund.", True, "Ben"),
    ]


def test_a_nomination_is_not_a_decision_but_the_election_is() -> None:
    doc = extract_text(
        "5. Election of Vice Chairman\n\n"
        "Cllr Moss proposed Cllr Pryor, seconded Cllr Lane 5 Votes\n\n"
        "Cllr Pryor was elected as Vice Chairman\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Cllr Pryor was elected as Vice Chairman", False)
    ]


def test_a_seconding_sentence_carries_the_proposal_before_it() -> None:
    doc = extract_text(
        "ITEM 4 ELECTION OF SECRETARY\n\n"
        "Guy Hale proposed that Ray Dunn be elected as Secretary. This was seconded by Ann Lee and the proposal "
        "was agreed unanimously.\n"
    )
    (res,) = doc.resolutions
    assert (
        res.text.startswith("Guy Hale proposed that Ray Dunn be elected")
        and "seconded by Ann Lee" in res.text
    )
    assert not res.actionable


def test_payments_proposed_and_seconded() -> None:
    doc = extract_text(
        "Payments: Hall hire £24.00; Clerk's expenses £18.50 proposed by P. Yates and seconded by Mrs. Lowe pass "
        "for payment.\n"
    )
    (res,) = doc.resolutions
    assert res.text.startswith("Hall hire £24.00") and not res.actionable and res.owner is None


def test_the_vote_closing_a_proposal_stays_with_it() -> None:
    doc = parish_doc(
        "4. Election of Chairman",
        "Mary Cole proposed by J. Hart, seconded by P. Lowe. Carried.",
        "5. Site visits",
        "Cllr Hart proposed that the site visits be moved to 4 March. This was seconded by Cllr Lowe. "
        "Upon the vote, the committee voted unanimously in favour of the proposal.",
    )
    assert [r.text for r in doc.resolutions] == [
        "Mary Cole proposed by J. Hart, seconded by P. Lowe. Carried.",
        "Cllr Hart proposed that the site visits be moved to 4 March. This was seconded by Cllr Lowe. "
        "Upon the vote, the committee voted unanimously in favour of the proposal.",
    ]


def test_the_meeting_agreeing_closes_the_proposal_before_it() -> None:
    """Parish minutes close a nomination with how the meeting took it: "The meeting unanimously
    agreed.", "All agreed."; after discussion alone it closes nothing."""
    doc = parish_doc(
        "1. Election of Chairman",
        "Mr Lake proposed and Mrs Clee seconded Mr Hall as Chairman of the Parish Council. The meeting unanimously "
        "agreed.",
        "2. Election of Vice-Chairman",
        "GR was proposed by MD & GB. All agreed.",
        "3. Bus shelter",
        "Members discussed the state of the bus shelter. All agreed.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Mr Lake proposed and Mrs Clee seconded Mr Hall as Chairman of the Parish Council. The meeting "
         "unanimously agreed.", False),
        ("GR was proposed by MD & GB. All agreed.", False),
    ]  # fmt: skip


async def test_moved_lines_without_a_carried_line_are_each_a_resolution() -> None:
    e = await read("27_town_board_moved_lines.txt")
    assert [(r.actionable, r.owner) for r in e.resolutions] == [
        (False, None),
        (False, None),
        (True, "the Clerk"),
        (False, None),
    ]
    assert e.resolutions[1].text.startswith(
        "MOVED by Councilwoman Lund, seconded by Councilman Hoyt, to approve the bills"
    )
    assert e.resolutions[3].text.startswith("Motion by Councilman Hoyt")


def test_a_motion_asked_about_is_not_moved() -> None:
    doc = extract_text(
        "Town Board minutes, 8 April 2031\n\n"
        "Councilman Hoyt asked whether the motion by Councilman Price had been seconded by anyone.\n"
    )
    assert doc.resolutions == []


async def test_a_division_decides_between_a_motion_and_its_amendment() -> None:
    e = await read("34_city_council_motion_and_amendment.txt")
    texts = [r.text for r in e.resolutions]
    assert not any("Bailie Moss, seconded by Councillor Tait" in t for t in texts), "the motion fell"
    assert not any("remitted to the Capital Working Group" in t for t in texts), "the amendment fell"
    assert not any("grass cutting" in t.lower() for t in texts), "the motion was lost"
    assert not any("moved that" in r.text for r in e.requests)


def test_an_amendment_carried_with_no_motion_written_before_it() -> None:
    doc = extract_text(
        "Licensing Committee - 02/04/2025\n\n"
        "IV TAXI FARES\n\n"
        "As an amendment, Councillor Bell, seconded by Councillor Rao, moved that the fares review be"
        " deferred to the June meeting.\n\n"
        "On a division, the amendment was declared carried."
    )
    [res] = doc.resolutions
    assert res.text.startswith("As an amendment") and res.actionable and res.minute == "IV"


def test_a_proposal_carried_by_the_sentence_after_it() -> None:
    doc = parish_doc(
        "6. HALL HIRE\nCllr Dunn proposed raising the evening rate to £18. Agreed.\n"
        "Cllr Pell suggested a discount for youth groups, but no one seconded it."
    )
    assert [r.text for r in doc.resolutions] == [
        "Cllr Dunn proposed raising the evening rate to £18. Agreed."
    ]


async def test_who_moved_and_seconded_is_not_who_acts_and_a_failed_motion_is_no_decision() -> None:
    e = await read("36_selectboard_motions_with_votes.txt")
    assert not any("pumper truck" in r.text for r in e.resolutions)
    assert [r.owner for r in e.resolutions if r.actionable] == ["the Town Administrator"]
    assert [r.text for r in e.requests] == ["The Town Administrator will notify the other bidders."]


ACTIVE_VOICE = [
    (
        "Cllr Earl proposed, Cllr Brookhouse seconded and it was agreed unanimously that the Clerk renew the "
        "insurance.",
        "the Clerk",
    ),
    ("Cllr Lane proposed Cllr M Hart seconded that the Clerk order new pads.", "the Clerk"),
    ("Councillor Ames moved and Councillor Bond seconded that the Treasurer write to the bank.", "the Treasurer"),
    ("Mrs Dunn moved, Mr Reid seconded and it was resolved that the Secretary book the hall.", "the Secretary"),
    ("It was moved by Cllr Ames, seconded by Cllr Bond and resolved that the Chairman write to the trustees.", "the Chairman"),
    ("Proposed Cllr Ames, seconded Cllr Bond, that the Clerk order two grit bins. Carried.", "the Clerk"),
    ("Cllr Ames proposed that the Clerk obtain quotes for the fence, seconded by Cllr Bond; all agreed.", "the Clerk"),
    ("Councillor Ames moved, and Councillor Bond seconded, that the Clerk ask the county to mend the lamp.", "the Clerk"),
    ("Cllr Ames proposed and Cllr Bond seconded a motion that the Clerk order new signs, which was carried.", "the Clerk"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "owner"), ACTIVE_VOICE)
def test_a_motion_in_the_active_voice_is_read_from_its_that_clause(sentence: str, owner: str) -> None:
    doc = parish_doc("4. Matters arising", sentence)
    [res] = doc.resolutions
    assert (res.text, res.actionable, res.owner) == (sentence, True, owner)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Bond proposed and Cllr Lane seconded that the inspection report be noted.",
        "Councillor Reid moved and Councillor Hale seconded that the accounts be approved.",
    ],
)
def test_an_active_voice_motion_with_nothing_to_do_is_not_an_action(sentence: str) -> None:
    [res] = parish_doc("4. Matters arising", sentence).resolutions
    assert (res.actionable, res.owner) == (False, None)


def test_who_moved_and_seconded_never_owns_the_task() -> None:
    doc = parish_doc(
        "4. Hedges",
        "Cllr Vine moved and Cllr Moore seconded that the Clerk obtain three quotes for the hedge.",
    )
    assert only(doc, "three quotes").owner == "the Clerk"


@pytest.mark.parametrize(
    "line",
    ["Cllr Llewellyn proposed Cllr M Peake seconded", "Cllr Hale proposed, Cllr Ross seconded."],
)
def test_a_bare_vote_on_its_own_is_no_decision(line: str) -> None:
    doc = parish_doc("4. Election of Chairman", line, "Cllr Llewellyn was elected as Chairman.")
    assert points(doc) == [("Cllr Llewellyn was elected as Chairman.", False)]


def test_a_motion_not_seconded_is_no_decision() -> None:
    doc = parish_doc(
        "8. Speed signs", "Cllr Lane moved that the council buy a second sign. The motion was not seconded."
    )
    assert doc.resolutions == []


async def test_parish_motions_in_the_active_voice_fixture() -> None:
    e = await read("38_parish_motions_active_voice.txt")
    got = [(r.minute, r.actionable, r.owner) for r in e.resolutions]
    assert got == [
        ("2", True, "the Clerk"),
        ("3", True, "the Clerk"),
        ("4", True, "the Clerk"),
        ("5", True, "the Chairman"),
        ("6", False, None),
        ("7", False, None),
    ]
    assert res(e, "elected as Vice-Chairman").actionable is False


@pytest.mark.parametrize(
    ("paragraph", "actionable"),
    [
        (
            "Selectman Grant moved to approve the minutes of April 21, 2031. Selectman Hale seconded. All ayes.",
            False,
        ),
        (
            "Lisa Chen moved to buy two radios for the fire company. Seconded by Tom Baker. Motion carried.",
            True,
        ),
        (
            "Trustee Amos moved to ask the county to repave Mill Road. Trustee Bell seconded the motion. Vote 3-0.",
            True,
        ),
    ],
)
def test_a_seconder_in_a_sentence_of_its_own_carries_the_motion_before(
    paragraph: str, actionable: bool
) -> None:
    doc = parish_doc("3. Business", paragraph)
    assert points(doc) == [(paragraph, actionable)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Motion to adjourn at 8:45 pm by Grant, seconded by Hale. Motion carried.",
        "Tom Grant moved to adjourn. Selectman Hale seconded. All ayes.",
        "The library moved to new premises last year. Mrs Hale seconded.",
    ],
)
def test_adjourning_or_a_move_of_premises_is_no_motion_to_follow(paragraph: str) -> None:
    assert points(parish_doc("9. Close", paragraph)) == []


@pytest.mark.parametrize(
    ("sentence", "actionable"),
    [
        ("A motion to approve the budget was carried.", False),
        ("A motion for a follow up letter to the owners was approved.", True),
        ("Motions passed 5-0 to approve the levy certification.", False),
        ("The motion to buy a new mower passed unanimously.", True),
        ("Motion to purchase two radios passed 4-1.", True),
    ],
)
def test_a_motion_told_with_its_outcome(sentence: str, actionable: bool) -> None:
    assert points(parish_doc("4. Old business", sentence)) == [(sentence, actionable)]


@pytest.mark.parametrize(
    "sentence", ["A motion to adjourn was carried.", "A motion to buy a mower was defeated."]
)
def test_a_motion_to_adjourn_or_one_defeated_decides_nothing(sentence: str) -> None:
    assert points(parish_doc("4. Old business", sentence)) == []


def test_the_chairman_moved_and_it_was_duly_seconded_that() -> None:
    doc = extract_text(
        "Council\nMinutes of the meeting held on 8 December 2031\n\n"
        "57. Minutes\n\n"
        "The Chairman of the Council MOVED and it was duly SECONDED that the minutes of the meeting held on "
        "6 October 2031 be signed as a correct record.\n"
    )
    assert [(r.text[:44], r.actionable) for r in doc.resolutions] == [
        ("The Chairman of the Council MOVED and it was", False)
    ]


@pytest.mark.parametrize("close", ["", ":", " –"])
def test_a_motion_by_councillors_with_initials_opens_the_quoted_resolution_below(close: str) -> None:
    doc = extract_text(
        "Minutes of the County Council held on 11 March 2031\n\n"
        "(A) Minutes of the County Council meeting held on 14 January 2031\n\n"
        f"It was proposed by Councillor J. Gildea, seconded by Cllr. S. Nic Cormaic, and RESOLVED{close}\n\n"
        "“That the minutes of the County Council meeting held on the 14th January 2031 be ADOPTED and APPROVED.”\n\n"
        "(B) Roads\n\n"
        f"It was proposed by Councillor L. McCarthy, seconded by Mrs. C. Smyth, and RESOLVED{close}\n\n"
        "That the Director of Services write to the roads authority about the N11.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        (
            "That the minutes of the County Council meeting held on the 14th January 2031 be ADOPTED and APPROVED.",
            False,
        ),
        ("That the Director of Services write to the roads authority about the N11.", True),
    ]


def test_a_full_stop_that_ends_the_proposer_sentence_is_not_an_initial() -> None:
    text = "The report was proposed by the Chair. The item was seconded by Cllr Ward and resolved that"
    assert MIDLINE.search(text) is None
    assert (
        MIDLINE.search("It was proposed by Cllr. A. B. Ward, seconded by Mrs. Hale and resolved that")
        is not None
    )


def test_a_proposal_by_councillors_with_initials_seconded_and_agreed() -> None:
    doc = parish_doc(
        "6. Grants\n\nThe application from the hall committee was discussed. Cllr A. Ward proposed the grant be "
        "paid, seconded by Cllr B. Hale and unanimously agreed."
    )
    assert [r.text for r in doc.resolutions] == [
        "Cllr A. Ward proposed the grant be paid, seconded by Cllr B. Hale and unanimously agreed."
    ]


def test_the_resolution_quoted_under_proposed_seconded_and_agreed_lines_is_the_decision() -> None:
    doc = extract_text(
        "Minutes of the Ordinary Meeting of the County Council held on 16th January 2031\n\n"
        "1. MINUTES OF THE SPECIAL MEETING HELD ON 21ST DECEMBER, 2030:\n\n"
        "Proposed by Councillor G. Mullan\n\nSeconded by Councillor A. McLean\n\nAND AGREED\n\n"
        "“To confirm the Minutes of the Special Meeting held on 21st December, 2030.”\n\n"
        "2. ROADS\n\nProposed by Councillor J. Garry\n\nSeconded by Councillor G. Moran\n\nAND AGREED\n\n"
        "“That the Director of Services write to the Minister about the N17.”\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("To confirm the Minutes of the Special Meeting held on 21st December, 2030.", False),
        ("That the Director of Services write to the Minister about the N17.", True),
    ]


@pytest.mark.parametrize("manner", ["RESOLVED UNANIMOUSLY", "resolved unanimously", "RESOLVED"])
def test_a_vote_by_show_of_hands_then_resolved_unanimously_over_a_list(manner: str) -> None:
    doc = extract_text(
        "Minutes of the Environment Committee, 4 July 2031\n\n6. Fly Tipping\n\n"
        "A motion was MOVED by Cllr Parker and SECONDED by Cllr Bridge to approve the recommendations.\n\n"
        f"A vote was taken by a show of hands and it was {manner} that:\n\n"
        "1. Members agree to procure a dedicated enforcement vehicle.\n\n"
        "2. That funding is taken from the contingency budget.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That Members agree to procure a dedicated enforcement vehicle.",
        "That funding is taken from the contingency budget.",
    ]


@pytest.mark.parametrize(
    ("sentence", "decision"),
    [
        (
            "Kessler made a motion not to award the bid at this time. Lepper seconded. Motion passed.",
            "Kessler made a motion not to award the bid at this time. Lepper seconded. Motion passed.",
        ),
        (
            "KM moves to adopt the B.9 report. SK seconds. Motion carries 9-0.",
            "KM moves to adopt the B.9 report. SK seconds.",
        ),
    ],
)
def test_american_notes_of_a_motion_not_to_act_or_in_the_present_tense(sentence: str, decision: str) -> None:
    doc = extract_text(f"Town Board Minutes July 10, 2031\n\nOld Business\n\n{sentence}\n")
    assert [r.text for r in doc.resolutions] == [decision]


def test_motions_without_a_seconder_over_a_repeated_carried_line() -> None:
    doc = extract_text(
        "MINUTES OF COUNCIL MEETING\n\nSEPTEMBER 8, 2031\n\n1. EXCUSED FROM MEETING\n\n"
        "C-538/31 MOVED BY COUNCILLOR C. VERMEER that Councillor Nesbit be excused from the meeting.\n"
        "MOTION CARRIED\n\n2. MINUTES\n\n"
        "C-539/31 MOVED BY COUNCILLOR A. ECKER that the August 25, 2031 Council minutes be adopted as presented.\n"
        "MOTION CARRIED\n\n3. ROADS\n\n"
        "C-540/31 MOVED BY COUNCILLOR W. DANE that the Administrator write to the Province about Young Road.\n"
        "MOTION DEFEATED\n\n4. AGENDA\n\n"
        "C-541/31 MOVED BY COUNCILLOR C. VERMEER that we adopt the agenda as amended.\n"
        "MOTION CARRIED\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "C-538/31 MOVED BY COUNCILLOR C. VERMEER that Councillor Nesbit be excused from the meeting.",
        "C-539/31 MOVED BY COUNCILLOR A. ECKER that the August 25, 2031 Council minutes be adopted as presented.",
        "C-541/31 MOVED BY COUNCILLOR C. VERMEER that we adopt the agenda as amended.",
    ]


def test_a_committee_motion_with_its_seconder_over_a_carried_line() -> None:
    doc = extract_text(
        "Information Systems Committee\n\nDate: December 10, 2031\n\nDepartment Update\n\n"
        "Motion to approve vouchers by Stone, seconded by Burr. Agreed on by committee.\nMotion carried.\n\n"
        "Equipment\n\nMotion to donate the old laptops by Nash, seconded by White.\nMotion failed.\n\n"
        "Motion to adjourn by Nash, seconded by White.\nMotion carried.\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "Motion to approve vouchers by Stone, seconded by Burr. Agreed on by committee.",
        "Motion to adjourn by Nash, seconded by White.",
    ]


def test_a_nomination_moved_and_seconded_then_the_election_in_one_paragraph() -> None:
    doc = parish_doc(
        "3. ELECTION OF CHAIRMAN",
        "Cllr Mrs Penketh proposed and Cllr Mrs Patrick seconded that Cllr Wilson be Chairman. He was willing to "
        "stand. There were no other nominations, Cllr Wilson was elected unanimously.",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("There were no other nominations, Cllr Wilson was elected unanimously.", False)
    ]
    assert doc.requests == []


def test_a_vote_line_run_into_the_next_numbered_heading_opens_no_motion() -> None:
    """ "Proposed MMD, Seconded MLM" over "4.Treasurers Report:" (the number glued to its title) is the
    vote on the minutes above it, not a New Zealand "MOVED by X, seconded by Y:" over a motion."""
    doc = extract_text(
        "2. Apologies: AM\n3. Adoption of previous Minutes:\nProposed MMD, Seconded MLM\n4.Treasurers Report:\n"
        "Account balance – £3909.39\n£2000 has been paid over to the Association\n5.Matters Arising:\n"
        "(i) The defib pads were renewed. DW to source a second set of defib pads.\n"
        "(ii) LG and DW to facilitate a meeting regarding the village hall.\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("DW to source a second set of defib pads.", "DW"),
        ("LG and DW to facilitate a meeting regarding the village hall.", "LG and DW"),
    ]


def test_a_proposal_carried_by_all_with_no_seconder_named_is_a_decision() -> None:
    doc = extract_text(
        "4. Membership\n\nIP proposed that we hold this item over until the next meeting and all were in favour.\n"
    )
    assert [(r.text, r.due) for r in doc.resolutions] == [
        (
            "IP proposed that we hold this item over until the next meeting and all were in favour.",
            "next meeting",
        )
    ]


@pytest.mark.parametrize(
    ("outcome", "kept"),
    [
        ("On a vote by show of hands, eight Members voted for the proposal and four against and it was "
         "accordingly declared carried.", True),
        ("When put to the vote, this proposal was declared CARRIED.", True),
        ("The motion was, upon being put to the meeting, declared CARRIED.", True),
        ("On a vote by show of hands, four Members voted for the proposal and eight against and it was "
         "declared lost.", False),
    ],
)  # fmt: skip
def test_a_motion_under_its_mover_and_seconder_with_the_outcome_told_in_a_sentence(
    outcome: str, kept: bool
) -> None:
    """Northern Irish councils set the mover and the seconder on lines of their own, ending in commas,
    over the motion, and tell the vote in a sentence: "... it was declared carried"."""
    doc = extract_text(
        "2. Core Cities\nFollowing discussion,\n\nMoved by Councillor Moore,\n\nSeconded by Councillor Hale,\n\n"
        "That the Committee agrees to defer for one month consideration of the minute under the heading Core "
        f"Cities.\n\n{outcome}\n\n3. Parks\nThe report was noted.\n"
    )
    expected = [
        "That the Committee agrees to defer for one month consideration of the minute under the heading Core Cities."
    ]
    assert [r.text for r in doc.resolutions if r.actionable] == (expected if kept else [])


def test_a_quoted_motion_under_its_mover_and_seconder_with_a_colon_is_the_decision() -> None:
    """Irish county councils name the mover and the seconder over the quoted motion; the colon opens
    the motion, not a list of facts, and the line naming them is no decision of its own."""
    doc = extract_text(
        "C/41\nConfirmation of Minutes\n"
        "It was proposed by Councillor J. Byrne and seconded by Councillor L. Moore:\n"
        "“That the minutes of the County Council Meeting held on 9th January 2031 be ADOPTED and APPROVED.”\n"
        "C/42\nQuestions\n"
    )
    assert [r.text for r in doc.resolutions] == [
        "That the minutes of the County Council Meeting held on 9th January 2031 be ADOPTED and APPROVED."
    ]


def test_an_election_told_with_its_seconder_and_vote_after_it() -> None:
    doc = extract_text(
        "Task Group meeting, 3 June 2031\n\n1. Election of Chair\n\nCouncillor Stephen Crowe was elected for Chair."
        " Councillor Natasha Irons seconded this. All voted in favour.\n"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("Councillor Stephen Crowe was elected for Chair.", False)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Matt Hall proposes Scott Bell as Chairman and Ann Reid seconds.",
        "Diehl moves and Moline seconds a motion to approve the revised site plan.",
        "Diehl moved and Moline seconded a motion to approve the revised site plan.",
    ],
)
def test_a_motion_told_in_the_present_tense_or_with_a_motion_after_the_seconder(sentence: str) -> None:
    doc = parish_doc("4. Business", sentence)
    assert [r.text for r in doc.resolutions] == [sentence]


def test_a_vote_told_by_mover_and_seconder_after_the_decision_belongs_to_it() -> None:
    doc = parish_doc(
        "3. Minutes",
        "The minutes of 10 September 2031 were confirmed and signed as a correct record. Proposed by Cllr Butler;"
        " Seconded by Cllr Highley; unanimously agreed by all those in attendance at the September meeting.",
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        (
            "The minutes of 10 September 2031 were confirmed and signed as a correct record. Proposed by Cllr"
            " Butler; Seconded by Cllr Highley; unanimously agreed by all those in attendance at the September"
            " meeting.",
            False,
            None,
        )
    ]


_MOVED_ALONE = (
    "Minutes of the Regular Meeting of the Council of the Town of Ashby held Tuesday, March 11, 2031\n\n"
    "Previous Minutes\n\n"
    "Motion 101/2031 Moved by Councillor Hale, “THAT the minutes of the February 25, 2031, Regular Meeting "
    "of Council be accepted.”\n"
    "Carried\n"
    "New Business\n"
    "a) Delegation – Ashby Tourism – 2030 Annual Report Motion 102/2031 Moved by Councillor Park, “THAT the "
    "report be accepted as information: AND THAT administration be directed to include tourism funding in "
    "the 2032 budget.”\n"
    "Carried\n"
    "Councillor Park requested a break before the financial report Motion 103/2031 Moved by Councillor "
    "Park, “THAT Mayor and Council take a short break of 10 minutes at 7:26pm.”\n"
    "Carried\n"
    "Motion 104/2031 Moved by Deputy Mayor Rowe, “THAT the CAO be directed to apply to the Local Growth "
    "grant program.”\n"
    "Carried\n"
    "Motion 105/2031 Moved by Councillor Hale, “THAT the arena fees be frozen for 2032.”\n"
    "Defeated\n"
    "Motion 106/2031 Moved by Councillor Hale, “THAT the council reports for February be accepted as information.”\n"
    "Carried\n"
)


def test_a_motion_moved_by_one_member_is_decided_by_the_line_under_it() -> None:
    """Canadian councils minute a motion with its mover alone and "Carried" or "Defeated" below."""
    got = [(r.text, r.actionable) for r in extract_text(_MOVED_ALONE).resolutions]
    assert got == [
        ("THAT the minutes of the February 25, 2031, Regular Meeting of Council be accepted.", False),
        (
            "THAT the report be accepted as information: AND THAT administration be directed to include tourism "
            "funding in the 2032 budget.",
            True,
        ),
        ("THAT Mayor and Council take a short break of 10 minutes at 7:26pm.", False),
        ("THAT the CAO be directed to apply to the Local Growth grant program.", True),
        ("THAT the council reports for February be accepted as information.", False),
    ]


def test_a_mover_and_seconder_over_a_resolution_whose_label_the_page_lost() -> None:
    """A web page drops the bold "RESOLVED" after "It was moved by ..., seconded by ... and": the
    resolution below is read as the motion's, not run into the movers' sentence."""
    doc = extract_text(
        "Minutes of the Scrutiny Committee held on 4 June 2031\n\n"
        "5. Minutes\n\nConsideration was given to the minutes of the meeting held on 4 April 2031.\n\n"
        "It was moved by Councillor M Blair Park, seconded by Councillor S Lambeth and\n\n\n\n"
        "The minutes of the meeting held on 4 April 2031 be approved as an accurate record of proceedings.\n\n"
        "6. Working Group Reports\n\nThe Committee considered the report of the Chief Legal Officer.\n"
        "It was moved by Councillor Sayers, seconded by Councillor Grace and\n"
        "That Working Group final reports be submitted to Cabinet and then Council for final approval.\n"
    )
    assert [(r.minute, r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("5", "The minutes of the meeting held on 4 Apr", False),
        ("6", "That Working Group final reports be subm", True),
    ]
    assert doc.resolutions[1].due == "Cabinet"


def test_movers_on_two_lines_over_a_resolved_line_without_blank_lines() -> None:
    """Belfast prints "Moved by ...," / "Seconded by ... and" / "Resolved – That ..."; with the blank
    lines between them lost, the resolution still starts its own line."""
    doc = extract_text(
        "Minutes of the meeting held on Thursday, 5th March, 2031 at 5.15 pm\n\n"
        "1. Leisure Transformation Programme\nThe Working Group considered a report on the programme.\n"
        "Moved by Councillor Murphy,\nSeconded by Councillor Kelly and\n"
        "Resolved – That the Working Group recommends to the Strategic Policy and Resources Committee that the "
        "programme be approved.\n"
    )
    [res] = doc.resolutions
    assert (res.text[:40], res.actionable, res.due) == (
        "That the Working Group recommends to the",
        True,
        "Strategic Policy and Resources Committee",
    )


@pytest.mark.parametrize(("outcome", "kept"), [("LOST", False), ("CARRIED", True)])
def test_a_motion_under_its_movers_that_was_lost_is_no_decision(outcome: str, kept: bool) -> None:
    doc = extract_text(
        "ORDINARY COUNCIL MEETING MINUTES\nTUESDAY 18 MARCH 2031\n\n10.1 Cr Tran – Dog Off-Leash Areas\nMOTION\n"
        "Moved: Cr Tran\nSeconded: Cr Lee\nThat the General Manager prepare a report on options for additional dog "
        f"off-leash areas.\n{outcome}\n"
    )
    assert [r.text[:40] for r in doc.resolutions] == (
        ["That the General Manager prepare a repor"] if kept else []
    )
