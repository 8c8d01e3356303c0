"""A partnership board's minutes (fixture 44): the board named by its acronym ("The HWB approved
...", "The AC approved ..."), a sentence-case item title over a capitalised first sentence, a PDF's
running head left between two points of a list by a page break, and "to ask each partner to ..."."""

from __future__ import annotations

import pytest

from minutes.classify import is_actionable
from minutes.narrative_decisions import split_decisions
from minutes.running_heads import running_head
from tests.minutes.test_fixture_minutes import read


async def test_partnership_board_decisions() -> None:
    e = await read("44_partnership_acronyms_and_page_break.txt")
    got = [(r.text, r.actionable, r.minute) for r in e.resolutions]
    assert got == [
        ("The HWB approved the Better Care Fund plan for submission.", False, "7"),
        ("That the loneliness chapter be noted.", False, "8"),
        ("That the Public Health Consultant bring an action plan to the January meeting.", True, "8"),
        ("That the chapter be shared with the voluntary sector forum.", True, "8"),
        ("To ask each partner to confirm its 2032/33 contribution by 30 November.", True, "9"),
        ("The AC approved the appointment of the recommended internal audit firm.", False, "10"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Westmere Health and Wellbeing Board - 9 October 2031",
        "Licensing Committee 12.03.2031",
        "Minutes - Planning Committee - Tuesday, 4 February 2031 Page 2 of 4",
        "BOARD MEETING MINUTES – PUBLIC SESSION PAGE 2 December 11, 2031",
    ],
)
def test_running_heads(line: str) -> None:
    assert running_head(line)


@pytest.mark.parametrize(
    "line",
    ["That the plan come into effect on 1 April 2031.", "The Board met on 9 October 2031 to agree the plan"],
)
def test_sentences_with_a_date_are_no_running_head(line: str) -> None:
    assert not running_head(line)


def test_an_officer_acronym_is_no_body() -> None:
    assert split_decisions("The CEO approved the rota changes under delegated powers.")[0] == []
    assert split_decisions("The ICB agreed to fund two posts.")[0] == ["The ICB agreed to fund two posts."]


def test_recommend_as_a_verb_and_as_an_adjective() -> None:
    assert is_actionable("That the scheme be recommended to Council for adoption.")
    assert is_actionable("The Panel agreed to recommend approval.")
    assert not is_actionable("The Board approved the recommended changes.")
