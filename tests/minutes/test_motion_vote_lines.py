"""Motions as American boards write them (fixture 50): the mover named first ("Dan motioned to
approve ...", "Ravi made a motion to ..., seconded by Joan"), the vote on a line of its own under
the motion ("Tom motioned, Ines seconded and the board approved unanimously.", "Seconded by
Walter. Approved unanimously by the board."), a labelled motion ("Motion by Joan: ...", "MOTION,
made by Priya, seconded by Tom: "TO ..."") and bulleted action items. A motion that failed, and a
sentence where "moved" and "seconded" mean something else, decide nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.extract import extract_text
from minutes.motions import moved_at, proposal, vote_line
from minutes.text import Line
from tests.minutes.test_fixture_minutes import read


async def test_board_motions_and_their_votes() -> None:
    e = await read("50_nonprofit_board_motions.txt")
    got = [(r.text, r.minute) for r in e.resolutions]
    assert got == [
        ("Dan Okafor motioned to approve the February minutes and it was seconded.", "1"),
        ("Replace the shed roof before the summer season.", "2"),
        ("Ask Ravi and Ines to price a new water butt.", "2"),
        (
            "After some discussion concerning the plots left empty over the winter, it was agreed that the letters "
            "should be kept as drafted.",
            "3",
        ),
        ("In the end it was decided that each trustee should phone two people on the waiting list.", "3"),
        ('MOTION, made by Priya, seconded by Tom: "TO hold the plot fee at last year\'s rate. Motion carried '
         "unanimously.", "3"),
        ("Ines to send the waiting list to the trustees.", "3"),
        ("Approve the plot rules", "3"),
        ("Ravi made a motion to publish the planting calendar in the newsletter, seconded by Joan.", "4"),
    ]  # fmt: skip
    acts = {r.text[:24]: (r.actionable, r.owner) for r in e.resolutions}
    assert acts["Ask Ravi and Ines to pri"] == (True, None)
    assert acts["In the end it was decide"][0] is True
    assert acts["Ines to send the waiting"] == (True, "Ines")
    assert acts["Approve the plot rules"] == (False, None)
    assert acts["Dan Okafor motioned to a"] == (False, None)
    assert acts["Ravi made a motion to pu"] == (True, None)
    assert [(q.text, q.owner) for q in e.requests] == [("Ravi will bring the catalogue.", "Ravi")]


def test_a_failed_vote_line_decides_nothing() -> None:
    e = extract_text(
        "Board Meeting\n\nMarch 18, 2031\n\nAgenda Item 2: Tool Shed\n"
        "Sell the old mower at the spring fair.\nWalter motioned, Joan seconded and the motion failed."
    )
    assert e.resolutions == []


def test_vote_lines() -> None:
    assert vote_line(Line("Carol motioned, Gisela seconded and the board approved unanimously.")) is not None
    assert vote_line(Line("Seconded by Gisela, approved unanimously by the board.")) is not None
    assert vote_line(Line("David seconded. Approved unanimously by the board.")) is not None
    lost = vote_line(Line("Walter motioned, Joan seconded and the motion failed."))
    assert lost is not None and lost.kind == "lost"
    assert vote_line(Line("The grant was seconded to the project team and approved by the trust.")) is None
    assert vote_line(Line("Seconded staff approved the rota.")) is None


def test_a_village_boards_second_by_line_under_each_motion() -> None:
    e = extract_text(
        "Village Board Minutes\n\nOctober 6, 2031\n\n"
        "The minutes from the September meeting were reviewed and accepted by Jim.\nSecond by Dave.\nMotion Carried.\n"
        "Motion to approve the treasurer report as presented, by Jim.\nMotion second by Brian.\nMotion carried.\n"
        "Motion to buy a new plough for the streets crew, by Todd.\nSecond by Larry.\nMotion failed.\n"
        "Motion was made by Brian to notify the electricians of the street light project. Motion second by Larry. "
        "Motion carried.\n"
    )
    assert [r.text for r in e.resolutions] == [
        "The minutes from the September meeting were reviewed and accepted by Jim.",
        "Motion to approve the treasurer report as presented, by Jim.",
        "Motion was made by Brian to notify the electricians of the street light project. Motion second by Larry. "
        "Motion carried.",
    ]
    assert vote_line(Line("Second by the Chair of the road crew who was not present.")) is None


def test_mover_named_first() -> None:
    assert moved_at("Dan Blake motioned to approve the minutes and it was seconded.") == 0
    assert moved_at("Barbie Robinson motioned that Bo Greaves is appointed Chair.") == 0
    assert moved_at("Ramona Faith moved to approve the agenda and it was seconded.") == 0
    assert moved_at("The library moved to its new building in May.") is None
    assert moved_at("Cllr Ames moved to the next item, seconded by nobody in particular.") is None
    assert moved_at("Tom motioned to sell the mower; the motion failed.") is None


def test_labelled_motion_is_one_sentence() -> None:
    assert proposal("Motion by Joan: Ask Ravi to price a butt. Ravi will call.") == (
        "Ask Ravi to price a butt.",
        "Ravi will call.",
    )
    assert proposal("Replace the roof. Then paint it.") == ("Replace the roof. Then paint it.", "")


async def test_town_board_motion_sentences() -> None:
    """Fixture 51: "Motion by A and a second by B to accept." decides what the sentence before it
    presented; "A made the motion to ... B second the motion."; "A offered the motion, seconded by B"
    closes the decision told before it; a motion that failed after some discussion decides nothing."""
    e = await read("51_town_board_motion_sentences.txt")
    assert e.committee == "Town Board"
    assert e.meeting_date == dt.date(2031, 3, 3)
    got = [(r.text, r.actionable, r.owner, r.due) for r in e.resolutions]
    assert got == [
        ("Minutes of February 3, 2031 were given to Board members. Motion by Mallory and a second by Stroud to "
         "accept. Motion carried.", False, None, None),
        ("Donna presented her Treasurer's report. Motion by Mallory and a second by Stroud to accept. Motion "
         "carried.", False, None, None),
        ("Motion by Mallory and second by Stroud to purchase two radios for the highway crew. Motion carried.",
         True, None, None),
        ("Motion and a second to pay all current Town bills. Motion carried.", False, None, None),
        ("Fenwick made the motion to get quotes for a new roof.", True, None, None),
        ("It was the Board's decision to have Mrs. Dalton order six chairs for the hall. Commissioner Stroud "
         "offered the motion, seconded by Commissioner Reyes and approved by all members of the Board.",
         True, "Mrs. Dalton", None),
        ("That the matter would be tabled until the next meeting.", True, None, "next meeting"),
        ("The Board directed the Town Manager to prepare a list of unpaved roads for the next meeting.", True,
         "the Town Manager", "next meeting"),
        ("action was deferred until next meeting.", True, None, "next meeting"),
    ]  # fmt: skip
    assert not any(
        "PARK HOURS" in r.text or "library" in r.text or "adjourn" in r.text for r in e.resolutions
    )
    assert e.requests == []


def test_a_body_voting_by_its_count() -> None:
    e = extract_text(
        "Town Council\n\nMinutes of the meeting held on January 3, 2031\n\n"
        "1. Authorization to Solicit Bids for Natural Gas – The Council voted 7-0 to authorize the Town Manager "
        "to solicit bids and purchase Natural Gas.\n\n"
        "2. Write-Off Real Estate Taxes – The Council voted 7-0 to write off $2,561.54 of taxes on three "
        "abandoned trailers.\n\n"
        "3. Estabrook\nUpon motion duly made and seconded, the Board of Selectmen voted 4 -0 to form a Task Force "
        "as defined above.\n\nUpon motion duly made and seconded, the Board of Selectmen voted to adjourn at 2:00 p.m.\n"
    )
    assert [(r.text, r.actionable) for r in e.resolutions] == [
        (
            "The Council voted 7-0 to authorize the Town Manager to solicit bids and purchase Natural Gas.",
            True,
        ),
        ("The Council voted 7-0 to write off $2,561.54 of taxes on three abandoned trailers.", False),
        ("the Board of Selectmen voted 4 -0 to form a Task Force as defined above.", True),
    ]


def test_a_council_motion_moved_and_seconded_beside_its_resolution_is_not_counted_twice() -> None:
    e = extract_text(
        "Council\nMinutes of the meeting held on 23 February 2031\n\n"
        "8. Capital Investment Strategy\n\n"
        "Councillor Power moved that the recommended minute of Cabinet be approved and adopted (seconded by "
        "Councillor Tod).\n\n"
        "RESOLVED:\n\n"
        "That the recommended minute of Cabinet held 9 February 2031 be approved and adopted.\n"
    )
    assert [r.text for r in e.resolutions] == [
        "That the recommended minute of Cabinet held 9 February 2031 be approved and adopted."
    ]


_NUMBERED_MOTIONS = """RIVERSIDE DISTRICT SCHOOL BOARD MEETING MINUTES - PUBLIC SESSION MARCH 10, 2031

APPROVAL OF AGENDA

{mark}1. Moved by P. Grant, seconded by L. Moss:

That the agenda be approved as written.

- Carried -

REPORT FROM PRIVATE SESSION

{mark}2. Moved by S. Chen, seconded by A. Hart:

1) That the Board approve the recommendations contained in the minutes of the February 4, 2031 Transport Committee.

2) That the Board approve the following recommendation of the Property Committee.

"That the Board approve the renewal of the roof at Elm Road Public School, as outlined in the staff report."

BOARD MEETING MINUTES - PUBLIC SESSION PAGE 2 March 10, 2031 ______

3) That the Director of Education report back on bus delays by the April meeting.

- Carried -

DELEGATIONS

There were no delegations.
"""


def test_numbered_motions_under_their_movers_carried_between_dashes() -> None:
    """Canadian boards number each motion before its movers ("(*)2. Moved by ..., seconded by ...:"),
    write its points below, and close it with "- Carried -"; a page's running head with its page
    number does not end the list."""
    for mark in ("", "(*)"):
        got = [(r.text, r.actionable) for r in extract_text(_NUMBERED_MOTIONS.format(mark=mark)).resolutions]
        assert got == [
            ("That the agenda be approved as written.", False),
            ("That the Board approve the recommendations contained in the minutes of the February 4, 2031 "
             "Transport Committee.", False),
            ('That the Board approve the following recommendation of the Property Committee. "That the Board '
             'approve the renewal of the roof at Elm Road Public School, as outlined in the staff report."', False),
            ("That the Director of Education report back on bus delays by the April meeting.", True),
        ]  # fmt: skip


def test_a_dash_bullet_that_is_no_outcome_is_still_a_point() -> None:
    doc = extract_text("RESOLVED:\n\n- That the fees be frozen.\n\n- Carried forward to the next meeting -\n")
    assert [r.text for r in doc.resolutions] == [
        "That the fees be frozen.",
        "Carried forward to the next meeting -",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Motion made by E. Hale, 2nd by D. Franks to adopt the Parks Ordinance as amended.",
        "Weidt made motion, Petryk seconded, to adopt the Parks Ordinance as amended.",
        "Klein made a motion, Haas seconded, to adopt the Parks Ordinance as amended.",
    ],
)
def test_a_motion_seconded_in_the_american_shorthand(sentence: str) -> None:
    """ "2nd by" for "seconded by", and a motion made without its article."""
    e = extract_text(f"Minutes of the Town Board, June 3, 2031\n\n1. Parks\n\n{sentence}\n")
    assert [r.text for r in e.resolutions] == [sentence]


_CANADIAN = (
    "MINUTES OF THE STANDING COMMITTEE ON PLANNING\nApril 26, 2031\n\n1. Warning to Purchasers\n\n"
    "Staff reviewed the report and responded to questions.\n\nMOVED BY Mayor Owen:\n"
    "THAT the Committee recommend to Council\n"
    "A. THAT the City Clerk be directed to file a Notice against the title to 469 East 10th Avenue.\n"
    "B. THAT staff report back on the repairs in June.\n"
)


@pytest.mark.parametrize("close", ["CARRIED UNANIMOUSLY\n", ""])
def test_a_motion_under_its_mover_recommending_lettered_points_to_council(close: str) -> None:
    """ "MOVED BY Mayor Owen:" over "THAT the Committee recommend to Council" and its lettered points:
    each point goes to Council, the lead-in is no decision of its own, and an excerpt that ends before
    the vote still holds the motion (the discussion above it is no decision)."""
    e = extract_text(_CANADIAN + close)
    got = [(r.text, r.actionable, r.owner, r.due) for r in e.resolutions]
    assert got == [
        (
            "THAT the City Clerk be directed to file a Notice against the title to 469 East 10th Avenue.",
            True,
            "the City Clerk",
            "Council",
        ),
        ("THAT staff report back on the repairs in June.", True, "staff", "Council"),
    ]


def test_a_motion_under_its_mover_that_fails_decides_nothing() -> None:
    e = extract_text(_CANADIAN + "DEFEATED\n")
    assert e.resolutions == []


def test_a_motion_written_under_its_movers_named_with_colons() -> None:
    """Canadian councils print "Moved by: Councillor A" / "Seconded by: Councillor B" over the
    motion's "THAT ..." and its outcome: the clauses are the decision when it carried, nothing when
    it was defeated, and the resolution's number above is only its label."""
    doc = extract_text(
        "TOWNSHIP OF GREENVILLE\nREGULAR COUNCIL MEETING\nWednesday, March 4, 2031 at 7:00 p.m.\n\n"
        "6.1 Resolution No. C-2031-031\nMoved by: Councillor Smith\nSeconded by: Councillor Jones\n"
        "THAT Council receive the report from the Director of Public Works regarding winter maintenance;\n"
        "AND THAT staff be directed to report back on options for sidewalk clearing by June 2031.\nCARRIED\n\n"
        "6.3 Resolution No. C-2031-033\nMoved by: Councillor Park\nSeconded by: Councillor Smith\n"
        "THAT Council defer consideration of the parking by-law to the April 1, 2031 meeting.\nDEFEATED\n"
    )
    assert [(r.text[:40], r.actionable) for r in doc.resolutions] == [
        ("THAT Council receive the report from the", False),
        ("AND THAT staff be directed to report bac", True),
    ]


@pytest.mark.parametrize("outcome", ["CARRIED 5/2", "Carried (7-0)", "CARRIED 4 to 3"])
def test_an_outcome_with_its_count_is_no_decision_of_its_own(outcome: str) -> None:
    doc = extract_text(
        "MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON TUESDAY 10 MARCH 2031 AT 6.00PM\n\n"
        "9.2 COMMUNITY GRANTS\nRESOLUTION 2031/46\nMoved: Cr Lee\nSeconded: Cr Park\n"
        f"That Council approve the community grants as listed.\n{outcome}\n"
    )
    assert [r.text for r in doc.resolutions] == ["That Council approve the community grants as listed."]


def test_a_northern_irish_motion_under_discussion_moved_and_seconded_over_its_resolution() -> None:
    """Northern Irish councils put the mover and seconder on lines of their own over "Resolved That
    ...", the seconder's line ending "and": after a discussion, the member's request above them is
    discussion, and the resolution below them is the decision."""
    doc = extract_text(
        "Mid Ulster District Council\nMinutes of Meeting of the Environment Committee held on 12 May 2031\n\n"
        "E113/31 Dog Control\nThe Head of Environmental Health reported on dog fouling complaints.\n"
        "Councillor Quinn asked that officers look at extra bins in Coalisland.\n"
        "Proposed by Councillor Quinn\nSeconded by Councillor Burton and\n\n"
        "Resolved That officers bring a report on additional dog bins in Coalisland to the next meeting.\n"
    )
    assert [(r.text, r.actionable, r.due) for r in doc.resolutions] == [
        (
            "That officers bring a report on additional dog bins in Coalisland to the next meeting.",
            True,
            "next meeting",
        )
    ]
