"""Fixtures 08-15: more councils' styles (Scottish "agreed:-", metropolitan bullets, county Cabinet
decisions with reasons, ModernGov issue and minutes pages, town council proposed/seconded with an
actions table, inline "AGREED – (a)", PDF text with hyphenation and page furniture).

Each expected row is (text fragment, actionable, owner, due, minute); owner and due are only
checked for actionable points, as the eval README's rule labels them."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.model import Extraction
from tests.minutes.test_fixture_minutes import read

Row = tuple[str, bool, str | None, str | None, str | None]

EXPECTED: dict[str, tuple[str, dt.date, list[Row]]] = {
    "08_scottish_agreed.txt": (
        "Education and Children's Services Committee",
        dt.date(2025, 3, 4),
        [
            ("The minute of the meeting of the Committee held on 21 January", False, None, None, "2"),
            ("To approve the draft School Estate Strategy", False, None, None, "3"),
            ("To instruct the Executive Director (Education) to report", True, "the Executive Director (Education)", "2025-06-03", "3"),
            ("To note the condition survey results", False, None, None, "3"),
            ("to request that the Executive Director (Education) provide an update", True, "the Executive Director (Education)", "future meeting", "4"),
            ("The Committee noted the petition", False, None, None, "5"),
            ("The Committee instructed the Head of Roads to investigate", True, "the Head of Roads", "August 2025", "5"),
            ("The Committee resolved in terms of Section 50A(4)", False, None, None, "5"),
            ("That the Head of Estates be authorised to conclude the sale", True, "the Head of Estates", None, "6"),
        ],
    ),
    "09_metropolitan_bullets.txt": (
        "Health and Adult Social Care Scrutiny Panel",
        dt.date(2025, 1, 16),
        [
            ("The minutes of the meeting held on 21 November 2024 be approved", False, None, None, "45"),
            ("The presentation be noted", False, None, None, "47"),
            ("The Director of Adult Services provide the out-of-borough", True, "The Director of Adult Services", "2025-02-14", "47"),
            ("Healthwatch West Hallam be invited to present", True, None, "2025-03-13", "47"),
            ("The work programme be agreed, subject to the addition of the following topics: Dementia diagnosis rates; Access to NHS dentistry", True, None, None, "48"),
            ("The Scrutiny Officer update the work programme", True, "The Scrutiny Officer", None, "48"),
        ],
    ),
    "10_county_cabinet_decisions.txt": (
        "Cabinet",
        dt.date(2024, 10, 9),
        [
            ("The minutes of the meeting held on 11 September 2024 were confirmed", False, None, None, "55"),
            ("That the Home to School Transport Policy 2025/26 at Appendix A be approved.", False, None, None, "56"),
            ("That authority be delegated to the Director of Children's Services", True, "the Director of Children's Services", None, "56"),
            ("That the Director of Children's Services report on the take-up", True, "the Director of Children's Services", "July 2025", "56"),
            ("Cabinet noted the forecast outturn position", False, None, None, "57"),
            ("Cabinet asked the Director of Finance to bring a recovery plan", True, "the Director of Finance", "2024-11-13", "57"),
        ],
    ),
    "11_moderngov_issue.html": (
        "Executive",
        dt.date(2025, 1, 15),
        [
            ("That the allocations set out in Appendix 1", False, None, None, "84"),
            ("That the Grants Officer write to unsuccessful applicants", True, "the Grants Officer", "2025-01-31", "84"),
            ("That a review of the scheme criteria be brought to the Executive", True, None, None, "84"),
        ],
    ),
    "12_moderngov_minutes_page.html": (
        "Planning Committee",
        dt.date(2025, 2, 5),
        [
            ("That the minutes of the meeting held on 8 January 2025 be confirmed", False, None, None, "72"),
            ("That the application be DEFERRED to allow officers to negotiate", True, "officers", None, "73"),
            ("That planning permission be GRANTED", False, None, None, "74"),
            ("That the report be noted", False, None, None, "75"),
            ("That the Planning Manager provide a breakdown of appeal costs", True, "the Planning Manager", "next meeting", "75"),
        ],
    ),
    "13_town_council_proposed.txt": (
        "Full Town Council",
        dt.date(2025, 2, 10),
        [
            ("That the minutes of the meeting held on 13 January 2025 be approved", False, None, None, "25/103"),
            ("To set a precept of £186,400 for 2025/26.", False, None, None, "25/105"),
            ("To accept the quotation from Greenleaf Play Ltd", True, "the Clerk", None, "25/106"),
            ("No objection to 25/00412/FUL", False, None, None, "25/107"),
            ("Obtain two quotes for replacing the bus shelter", True, "Clerk", "2025-03-10", "25/107"),
            ("Report the blocked drain", True, "Cllr Rowe", "ASAP", "25/107"),
            ("Add the Neighbourhood Plan review to the agenda", True, "Clerk", "next meeting", "25/107"),
        ],
    ),
    "14_panel_agreed_inline.txt": (
        "Community Safety Partnership Panel",
        dt.date(2025, 2, 27),
        [
            ("That the hotspot maps be noted", False, None, None, "PSP/24"),
            ("That the Community Safety Manager arrange a joint walkabout", True, "the Community Safety Manager", "March 2025", "PSP/24"),
            ("That a further report on the use of Public Spaces Protection Orders", True, None, "future meeting", "PSP/24"),
            ("That the Panel write to the Police and Crime Commissioner", True, "the Panel", None, "PSP/25"),
        ],
    ),
    "15_pdf_wrapped_furniture.txt": (
        "Planning Policy Working Group",
        dt.date(2024, 11, 18),
        [
            ("That the minutes of the meeting held on 16 September 2024 be approved", False, None, None, "18"),
            ("That the Issues and Options consultation document be recommended to Cabinet for approval for public consultation", True, "Cabinet", "Cabinet", "19"),
            ("That the Planning Policy Manager circulate a timetable for the evidence base studies to Members by 6 December 2024", True, "the Planning Policy Manager", "2024-12-06", "19"),
            ("That a report on the outcome of the consultation be brought to a future meeting", True, None, "future meeting", "19"),
        ],
    ),
}  # fmt: skip


def _rows(e: Extraction) -> list[Row]:
    return [
        (r.text, r.actionable, r.owner if r.actionable else None, r.due if r.actionable else None, r.minute)
        for r in e.resolutions
    ]


@pytest.mark.parametrize("name", sorted(EXPECTED))
async def test_style_resolutions(name: str) -> None:
    committee, date, rows = EXPECTED[name]
    e = await read(name)
    assert (e.committee, e.meeting_date) == (committee, date)
    got = _rows(e)
    assert len(got) == len(rows), [g[0] for g in got]
    for (fragment, *want), (text, *have) in zip(rows, got, strict=True):
        assert fragment in text, (fragment, text)
        assert have == want, text


async def test_scottish_requests_and_next_meeting() -> None:
    e = await read("08_scottish_agreed.txt")
    assert [r.text for r in e.requests] == [
        "Councillor Baird asked for a breakdown of pupil support assistant hours by cluster, and the Executive "
        "Director undertook to provide this to members."
    ]
    assert e.meeting_dates == [dt.date(2025, 6, 3)]
    assert e.resolutions[-1].restricted and not e.resolutions[-2].restricted


async def test_metropolitan_nested_bullets_feed_topics_not_resolutions() -> None:
    e = await read("09_metropolitan_bullets.txt")
    assert [t.topic for t in e.work_programme] == ["Dementia diagnosis rates", "Access to NHS dentistry"]
    assert [r.work_programme for r in e.resolutions] == [False, False, False, True, True, True]
    assert [r.text for r in e.requests] == [
        "Members asked for the number of patients discharged to care homes outside the borough to be reported.",
        "The Director of Adult Services said she would circulate the figures after the meeting.",
    ]
    assert not any("previously resolved" in r.text for r in e.resolutions)
    assert e.meeting_dates == [dt.date(2025, 3, 13)]


async def test_cabinet_reasons_and_report_recommendations_are_not_resolutions() -> None:
    e = await read("10_county_cabinet_decisions.txt")
    texts = " ".join(r.text for r in e.resolutions)
    for phrase in (
        "statutory duty",
        "monitor the Council's financial",
        "minor changes",
        "retain the current",
    ):
        assert phrase not in texts
    assert e.meeting_dates == [dt.date(2024, 11, 13)]


async def test_moderngov_issue_page_lists_each_decision_once() -> None:
    e = await read("11_moderngov_issue.html")
    assert [i.minute for i in e.items] == ["84"]
    assert [r.text for r in e.requests] == [
        "In response to a question, the Grants Officer agreed to publish the list of funded groups on the "
        "Council website."
    ]
    assert "nothing" not in " ".join(r.text for r in e.resolutions)


async def test_moderngov_minutes_page_items_from_layout_table() -> None:
    e = await read("12_moderngov_minutes_page.html")
    assert [i.minute for i in e.items] == ["71", "72", "73", "74", "75", "76"]
    assert e.items[2].title == "24/01187/FUL - Land North of Pound Lane, Oakhurst"
    assert [r.text for r in e.requests] == [
        "The Chair asked that future reports include the costs awarded against the Council."
    ]
    assert e.meeting_dates == [dt.date(2025, 3, 5)]


async def test_town_council_narrative_and_votes() -> None:
    e = await read("13_town_council_proposed.txt")
    assert [i.minute for i in e.items][:3] == ["25/101", "25/102", "25/103"]
    assert [r.text for r in e.requests] == [
        "The Clerk will write to the County Council highways team to request a speed survey."
    ]
    assert not any("in favour" in r.text or "proposed by" in r.text for r in e.resolutions)
    assert e.meeting_dates == [dt.date(2025, 3, 10)]


async def test_pdf_furniture_and_hyphenation_removed() -> None:
    e = await read("15_pdf_wrapped_furniture.txt")
    joined = " ".join(r.text for r in e.resolutions)
    assert "Page" not in joined and "Working Group – 18 November" not in joined and "-\n" not in joined
    assert [r.text for r in e.requests] == [
        "The Principal Planning Officer agreed to send Members the settlement hierarchy background paper."
    ]
    assert e.meeting_dates == [dt.date(2025, 1, 20)]
