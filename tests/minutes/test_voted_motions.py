"""Motions as New England boards and Irish councils write them (fixture 48): "VOTED: To ...",
"Upon motion duly made and seconded, it was VOTED to ...", "On a motion by X, seconded by Y, the
Board voted unanimously to ...", "Motion to ... made by X, seconded by Y. Motion carried 3-0.",
"X moved to ...; Y seconded. The motion carried unanimously.", "On the proposal of Cllr X,
seconded by Cllr Y, it was agreed to ...". A vote outside the meeting and a motion nobody
seconded decide nothing."""

from __future__ import annotations

from tests.minutes.test_fixture_minutes import read


async def test_voted_motions() -> None:
    e = await read("48_town_board_and_irish_council_motions.txt")
    got = [(r.text, r.actionable, r.owner, r.minute) for r in e.resolutions]
    assert got == [
        ("To approve the minutes of the meeting of February 24, 2031.", False, None, "1"),
        ("To authorize the Highway Superintendent to purchase a new plow truck.", True, "the Highway Superintendent", "2"),
        ("the Board voted unanimously to approve the library's Sunday opening trial.", False, None, "3"),
        ("Motion to approve the consent agenda made by Ortiz, seconded by Grant. Motion carried 3-0.", False, None, "4"),
        ("Ms. Chan moved to table the beach permit fees until the next meeting; Mr. Grant seconded. The motion "
         "carried unanimously.", True, None, "5"),
        ("it was agreed to write to the Department of Transport about the speed limit on the R500.", True, None, "6"),
    ]  # fmt: skip
    assert e.resolutions[4].due == "next meeting"
    assert not any("poll" in r.text or "adjourn" in r.text for r in e.resolutions)
