"""An action tag in brackets at the end of a paragraph ("... repeated in October (Action: Director
of Nursing).", "... with the divisions. (ACTION: HPE)") names who does what the paragraph last
says; "(Action Plan at Appendix 2)" names nobody. A deferral written "Consideration of ... was
deferred to ..." is the item's decision (fixture 47)."""

from __future__ import annotations

from minutes.page_text import prepare
from minutes.text import Line
from tests.minutes.test_fixture_minutes import read


async def test_bracketed_action_tags() -> None:
    e = await read("47_trust_bracketed_action_tags.txt")
    got = [(r.text, r.actionable, r.owner, r.due, r.minute) for r in e.resolutions]
    assert got == [
        ("The minutes of the meeting held on 3 July 2031 were agreed as an accurate record.", False, None, None, "1"),
        ("The ward audits are to be repeated in October.", True, "Director of Nursing", "October", "2"),
        ("The Head of Patient Experience will share the themes with the divisions.", True, "HPE", None, "3"),
        ("Consideration of the clinical audit programme was deferred to the November meeting.", True, None, "November meeting", "4"),
    ]  # fmt: skip
    assert not any("thanked" in r.text for r in e.resolutions)


def test_the_tag_is_cut_off_its_paragraph() -> None:
    lines = prepare([Line("The bench needs painting (Action: Clerk).")])
    assert [ln.text for ln in lines] == ["The bench needs painting.", "Action: Clerk"]
    lines = prepare([Line("Members noted the action plan (Action Plan at Appendix 2).")])
    assert len(lines) == 1


def test_the_parish_shorthand_act_tag_names_who_and_may_sit_mid_paragraph() -> None:
    lines = prepare(
        [Line("Letter to be sent to confirm the planting. (Act Clerk) Notice board to be repaired.")]
    )
    assert [ln.text for ln in lines] == [
        "Letter to be sent to confirm the planting.",
        "Action: Clerk",
        "Notice board to be repaired.",
    ]
    lines = prepare([Line("AP and NA to look at the adjustments in the report(Act NA&AP)")])
    assert [ln.text for ln in lines] == [
        "AP and NA to look at the adjustments in the report.",
        "Action: NA&AP",
    ]


def test_an_acting_officer_in_brackets_is_no_action_tag() -> None:
    lines = prepare([Line("The fete was opened by the Chair (Acting Chair Mrs Hale).")])
    assert len(lines) == 1
