"""Reading is bounded in time on hostile text: no pattern may cost the square of a text's length.

Each text is about 200 KB of one repeated token, the shapes that made earlier versions crawl (a
sentence of repeated "proposed ... seconded", "(a) (a) (a)", lines with no breaks). The budget is
generous, ten times what a linear reading takes on a busy machine; a quadratic one takes minutes."""

from __future__ import annotations

import time

import pytest

from minutes.extract import extract_text

SIZE = 200_000
BUDGET_S = 15.0
UNITS = [
    "a",
    "a" * 200 + "\n",
    "1. ",
    "(a) ",
    "| ",
    "RESOLVED that ",
    "Minutes of the meeting held on ",
    "That the Clerk be asked to write to ",
    "proposed by Cllr A seconded by Cllr B and ",
    "work programme ",
    "• x\n",
    "Clerk to ",
    "he would write and would ",
    "it was agreed that ",
    "MOVED by Foy, seconded by Bu, to ",
    "next meeting on ",
    "12 March 2024 ",
    "“",
    ".",
    "action ",
    "Ref   Action   Lead   Due\n",
    "x  ",
    "The Board deferred the ",
    "tabled until the ",
    "consensus of the Board was to ",
    ", clerk to ",
    "The Committee NOTED the ",
    ". Decision The Committee ",
    ", which was agreed",
    "Moved, seconded by Councillors A/B that ",
    "The Committee considered it and agreed to:",
    "The Committee considered it and ",
    "RESOLVED that the Executive recommends the plan to Council that:",
    "Motion second by ",
    "Motion was made by Brian to ",
    "The Chair asked Cllr Lord to ",
    "were expecting to bring ",
    "advised that it would be sent and ",
    "It was\n",
    "That the plan to be considered be noted and ",
    "The Committee receives and notes the ",
    "ii) To consider the ",
    "2.2 That the ",
    "1. Budget - Report by the Director of ",
    "Trustee Moore moved approval; second. ",
    "Be it resolved that\nAnd that ",
    "THE DECISION:\n",
    "Resolved, that ",
    "Noted that it would be issued and ",
    "1.1. Approve the ",
    "Grass Cutting, It was agreed the ",
    "45/20 To ",
    "brought back to Committee ",
    "1. APPROVED the ",
    "For the reasons stated, Cabinet:",
    "The Chairman MOVED and it was duly SECONDED that ",
    "was presented and approved and ",
    "Cllrs Max Gough and Ken Downham and ",
    "Members asked that ",
    "Resolved: (By 14 votes to none)\n",
    "Recommended to Council (a):\n",
    "These were accepted and ",
    "Mr. Smith would write to Mr. ",
    "This Council resolves to:\n• x\n",
    "The report was discussed and accepted.\nAction GP\n",
    "Updates x x x x will be included in ",
    "The Clerk would write on ",
    "to be confirmed by the full committee ",
    "Members asked that an update be given on ",
    "proposed by Councillor J. A. Ward, seconded by Cllr. B. Hale and ",
    "NOW, THEREFORE, BE IT RESOLVED by the County Board of ",
    ". Action: Charlotte to ",
    "“That ",
    "RESOLVEDthat ",
    "RESOLVED Councillor Ash accepted\n• Apologies for absence\n",
    "it was RESOLVED UNANIMOUSLY that ",
    "Proposed by Councillor G. Mullan\nSeconded by Councillor A. McLean\nAND AGREED\n",
    "MOVED BY COUNCILLOR A. B. that x.\nMOTION CARRIED\n",
    "RESOLVED (by assent)\n",
    "59/2003 The Cabinet instructed officers to ",
    "A.\n",
    "1. That the f\n",
    "(a) that the \n",
    "".join(f"({c}) x was here\n" for c in "abcdefghijklmnopqrstuvwxyz"),
    "There was unanimous agreement ",
    "On a motion by A B C D E F, seconded by ",
    "MOVED by A B C D E F, seconded by G: ",
    "Resolution number MR/1 MOVED by ",
    "• Moved byCouncillor A\n",
    "Moved by Councillor A\nx\n",
    "the Board voted 4-1, with ",
    "The motion was adopted by a vote of ",
    "In accordance with ",
    "Ms. ",
    "the Authority ",
    "a) " * 100 + "\n",
    "Resolved (Cr A / Cr B)\n",
    "Moved (A/B): That the Council: x. Motion carried (C/1) ",
    "Moved (A/B): ",
    "Upon motion duly made, seconded, and unanimously carried, the ",
    "J.B to ",
    "On a proposition by A, seconded by B it was agreed that\n",
    "A meeting of X was held on ",
    "Minutes of the meeting of ",
    "held 1 ",
    "(*)1. Moved by A, seconded by B:\n",
    "- Carried -\n",
    "BOARD MINUTES – PAGE 2 ",
    "Action SH\n",
    "x. (Action Point Cllr A) 7 ",
    "ACTION: A to provide:\n1. x\n",
    "Ron to chase. ",
    "A proposed and B seconded C as Chairman. The meeting unanimously agreed. ",
    "after discussions it was Resolved to ",
    "a) It was NOTED that x. It was RESOLVED to y.\n",
    "1.2 Previous Minutes ",
    "done. 41. Declarations of ",
    "4.Treasurers\n",
    "Proposed A B C D E, Seconded F G H I J 4.X:\n",
    "x RESOLVED: The ",
    "record 1360 MATTERS ARISING FROM ",
    "done. TB65/13 Minutes of ",
    "Members Present\nA B, C D, E F\n",
    "Dog Walk – Linda to ",
    "RESOLVED to: 1. Note 2. Agree 3. ",
    "Cllr A MOVED, Cllr B SECONDED and it was RESOLVED to: 1. Note x 2. Agree y ",
    "ITEM 7 (264) HIGHWAYS AND FOOTPATHS Clerk to ",
    "1 A B C D E F G H I J K L M N O P Q R S T Ab cd\n",
    "12.2 Ab cd. ",
    "x. AB/CD Action. ",
    "x. – action AB, CD and EF ",
    "x. Action AB (2) Ab ",
    "1. x be noted.\n",
    "Chairperson Ab suggested that Mr Cd provide ",
    "Moved by Councillor A,\n",
    "On a vote by show of hands, it ",
    "x and it was declared carried.\n",
    "agrees to defer for one month ",
    "Ab cd: it was agreed Ab Cd would ",
    "x - it was agreed Ab Ab Ab ",
    "Next Meeting:November 15 ",
    "Ab cd. AB Action. ",
    "That, x be noted and the Clerk be ",
    "The Parish Council co-opted ",
    "June 2015were ",
    "There will be an item on x x at the next ",
    "x will be on the next ",
    "x. AB Action. (ii) Ab ",
    "next meeting May 12th 2015 ",
    "meeting is set for Mon 25th June ",
    "meeting which is tentatively set for 20th ",
    "  1. Apologies\n",
    "| 1. Item | <ul><li><strong>Action:</strong> Jo to x</li><li>y<br>- z</li></ul> |\n",
    "| Topic | Notes | Actions: Responsible |\n",
    "x. The Council agreed to:\n",
    "Play area: deferred. ",
    "31/01234/FUL x\n",
]


@pytest.mark.parametrize("unit", UNITS, ids=[repr(u[:20]) for u in UNITS])
def test_repeated_token_is_read_in_bounded_time(unit: str) -> None:
    text = unit * (SIZE // len(unit))
    start = time.perf_counter()
    extraction = extract_text(text)
    assert time.perf_counter() - start < BUDGET_S
    assert isinstance(extraction.to_json(), dict)


def test_many_distinct_requests_beside_many_points_are_compared_in_bounded_time() -> None:
    """Each follow-up told in the discussion is compared with every point of its item; done afresh
    for each pair that cost requests x points x words (13 s on 200 KB)."""
    parts = ["5. Reports\n"]
    for n in range(900):
        parts.append(f"Cllr Alpha{n} asked that the report on topic {n} be brought back in month {n}.\n")
        parts.append(f"RESOLVED that the report on item {n} be noted and reviewed in year {n}.\n")
    start = time.perf_counter()
    extract_text("".join(parts))
    assert time.perf_counter() - start < BUDGET_S / 3


@pytest.mark.parametrize("text", ["\ud800", "RESOLVED that \udfff the Clerk write."])
def test_a_lone_surrogate_is_read_without_raising(text: str) -> None:
    assert isinstance(extract_text(text).to_json(), dict)
