"""Future meetings the minutes name, with their days."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.extract import extract_text
from minutes.meeting_dates import future_meeting_dates

HELD = dt.date(2022, 10, 20)


def test_a_paper_that_will_go_to_council_names_a_future_meeting() -> None:
    doc = (
        "Harbour Board\n\nMinutes of the meeting held on 3 March 2031\n\n"
        "RESOLVED to recommend the harbour dues to Council, noting that the final schedule will be presented "
        "to Council on 20 March, 2031.\n\n"
        "The officer said the plan was due to be presented to the Cabinet on 25 March 2031.\n"
    )
    out = extract_text(doc)
    assert [d.isoformat() for d in out.meeting_dates] == ["2031-03-20"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The Working Group agreed that it would meet on Monday 31st October to settle the terms.",
            "2022-10-31",
        ),
        ("A draft would be circulated prior to the Group's meeting on Thursday 10th November.", "2022-11-10"),
        (
            "The Chair would report back to the next Allotments Forum Meeting, held on Tuesday 8 November 2022.",
            "2022-11-08",
        ),
        (
            "It was expected that a confirmation hearing for the new treasurer would be held on the 14th February, 2023.",
            "2023-02-14",
        ),
        (
            "Parking was added to the agenda of the next formal Forum meeting on 1 December 2022.",
            "2022-12-01",
        ),
        ("Date of next meeting: Wednesday 7th December at 7pm in the Reading Room.", "2022-12-07"),
        ("The next meeting will be held on Thursday 12th January at 7.30pm.", "2023-01-12"),
        ("The next meeting to be held on Tuesday January 17th at 7.00 pm in the Village Hall", "2023-01-17"),
        ("The Board will next meet on Thursday, November 3 at 6 p.m.", "2022-11-03"),
        ("The vote will be made official at the next November 10th meeting.", "2022-11-10"),
        ("Staff to bring back a revised lighting policy at the December 11 meeting.", "2022-12-11"),
        (
            "Public Comment: A meeting was set for Friday, November 18th at 9 a.m. to authorize a bid.",
            "2022-11-18",
        ),
        (
            "The amended Policy is to be presented to Full Council on 19th December 2022 for consultation.",
            "2022-12-19",
        ),
        (
            "These recommendations would then be considered by the Schools’ Forum on 9th December 2022.",
            "2022-12-09",
        ),
        (
            "The Cabinet instructed officers to report back to Cabinet on 18 November 2022 with the costs.",
            "2022-11-18",
        ),
        ("Budget Panel - The next Budget Panel would be held on 27 November 2022.", "2022-11-27"),
        (
            "An update is to be provided at the next Business Planning group on 23 November 2022.",
            "2022-11-23",
        ),
        (
            "The remaining items were deferred to an extra meeting of the committee to be held at 6.00pm on"
            " Thursday 24 November 2022.",
            "2022-11-24",
        ),
        (
            "Suggestions had been submitted. A Public Meeting will be held in the Village Hall on Tuesday 22"
            " November 2022 commencing at 7.00pm.",
            "2022-11-22",
        ),
        ("The first meeting of the new council is proposed for Wed 30th November 2022.", "2022-11-30"),
    ],
)
def test_a_future_meeting_named_in_a_sentence(line: str, expected: str) -> None:
    assert [d.isoformat() for d in future_meeting_dates([line], HELD)] == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "The next meeting may 10 members attend in person.",
        "A meeting of the youth club is to be held on November 29th.",
        "In March 2 meetings were held with the operator.",
    ],
)
def test_a_month_then_a_day_without_a_year_needs_its_weekday(line: str) -> None:
    """ "Tuesday January 17th" is a date; "may 10" and a bare "November 29th" are too often
    something else (another group's meeting, in the minutes we hold)."""
    assert future_meeting_dates([line], HELD) == []


def test_a_yearless_date_takes_the_year_its_weekday_fits() -> None:
    # 1 October 2023 is a Sunday; 1 October 2024 is the Tuesday the minutes mean
    assert future_meeting_dates(["The Forum will meet on Tuesday 1st October."], HELD) == [
        dt.date(2024, 10, 1)
    ]
    assert future_meeting_dates(["The Forum will meet on Sunday 1st October."], HELD) == [
        dt.date(2023, 10, 1)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The minutes of the meeting held on Thursday 20th October were signed.",
        "The Forum noted that its last meeting on 6 October had been well attended.",
        "The next meeting will be held on Thursday 20 October 2022 at 7pm.",
        "Members recalled that the IJB meeting on 6 October had been postponed.",
        "The report would be presented to Council, as it was on 12 October.",
    ],
)
def test_past_dates_and_the_meetings_own_date_are_not_future_meetings(line: str) -> None:
    assert future_meeting_dates([line], HELD) == []


def test_a_list_of_new_dates_after_a_sentence_about_meetings() -> None:
    lines = [
        "The Chair said the spring and autumn meetings had been moved.",
        "The new dates were:",
        "Thursday 2 March 2023, 10.00 am, venue to be confirmed",
        "Thursday 7 September 2023, 10.00 am, Room 4",
        "The Forum then turned to the budget.",
    ]
    assert future_meeting_dates(lines, HELD) == [dt.date(2023, 3, 2), dt.date(2023, 9, 7)]


@pytest.mark.parametrize(
    "lead",
    [
        "For information, further meetings of the Group are scheduled as follows:",
        "RESOLVED that the meetings and venues be confirmed as follows:",
    ],
)
def test_meetings_listed_below_a_sentence_that_says_they_follow(lead: str) -> None:
    lines = [
        lead,
        "",
        "-       Wednesday 4 October 2023, 7pm – Nansen Road Baptist Church, Nansen Road – Priory ward",
        "Business: the budget and the play strategy",
        "-       Wednesday 6 December 2023, 7pm – Gainsborough ward",
        "16th January 2024",
        "The Chair thanked the hosts of the last meeting, held on 9 January 2023 at the Scout Hut, for the use of"
        " their hall, and members discussed the venues to be used in the year after next at some length.",
        "Wednesday 4 September 2024, 7pm",
    ]
    assert future_meeting_dates(lines, HELD) == [
        dt.date(2023, 10, 4),
        dt.date(2023, 12, 6),
        dt.date(2024, 1, 16),
    ]


def test_the_meeting_a_resolution_sends_a_paper_to_is_to_come() -> None:
    doc = (
        "Cabinet\n\nMinutes of the meeting held on 3 March 2031\n\n"
        "RESOLVED: (i) That a report from the Leader be submitted to Full Council on 22 January, 2032, setting out"
        " the details.\n(ii) That Cabinet refer this report to full Council on 30 May for further discussion.\n\n"
        "It would then be forwarded to the People Overview and Scrutiny Committee on 24 June 2031.\n\n"
        "All applications would be placed before the Committee at its meeting on 29th March, 2031.\n\n"
        "The Leader was invited to a special meeting of the Overview & Scrutiny Committee on the 26 July 2031.\n\n"
        "The report was not to be presented to Council on 5 June.\n"
    )
    assert [d.isoformat() for d in extract_text(doc).meeting_dates] == [
        "2031-03-29",
        "2031-05-30",
        "2031-06-24",
        "2031-07-26",
        "2032-01-22",
    ]


def test_a_list_joined_into_the_prose_after_it() -> None:
    lines = [
        "Two meetings had been moved.",
        "The new dates were:",
        "Thursday 2 March 2023, 10 am, venue TBC Thursday 7 September 2023, 10 am With the agreement of "
        "members the Chair added road safety, due by 30 June 2023, to the agenda.",
    ]
    assert future_meeting_dates(lines, HELD) == [dt.date(2023, 3, 2), dt.date(2023, 9, 7)]


def test_a_decision_page_dated_in_its_first_lines_is_not_a_future_meeting() -> None:
    doc = (
        "Issue - decisions\n\nCalendar of Meetings\n\n"
        "14/02/2022 - Calendar of Meetings\n\n"
        "(a)       That the draft calendar of meetings be approved; and\n\n"
        "(b)       That the Clerk shall ask members which evenings suit them and report to the Forum in June.\n"
    )
    ex = extract_text(doc)
    assert ex.meeting_date == dt.date(2022, 2, 14)
    assert ex.meeting_dates == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("That the parking review be added to the agenda for 20 March 2023.", "2023-03-20"),
        ("That the 23 January 2023 agenda would include the bus station survey.", "2023-01-23"),
        ("That the progress report be moved to 2 December 2022.", "2022-12-02"),
        ("It was agreed that the annual meeting should be held at the Scout Hut on Monday 5th December 2022.",
         "2022-12-05"),
        ("As agreed in March, the date of the Annual Town Meeting is 25th May 2023.", "2023-05-25"),
        ("Concerns would be passed on at the Communities Panel meeting on 8 December 2022.", "2022-12-08"),
        ("News from the next meeting of the Regional Board on 8 March 2023 would be shared with members.", "2023-03-08"),
        ("An interim note should come to the next meeting on 26 November.", "2022-11-26"),
        ("The next meeting was arranged for Wednesday 30th November", "2022-11-30"),
        ("That officers report to the IJB meeting on 25 June 2023 on the training plan.", "2023-06-25"),
        ("and that a special meeting of the Planning Committee is held on the 8 December 2022 to decide both.",
         "2022-12-08"),
        ("The annual report would be presented to the Annual Meeting of Council on 22 May.", "2023-05-22"),
        ("Next Meeting:November 15 @ 12:00 PM at the cemetery office", "2022-11-15"),
        ("Meeting ended 20:15. Next meeting May 12th 2023", "2023-05-12"),
        ("The AGM is set for Mon 27th March 8pm at the village hall.", "2023-03-27"),
        ("Letters go out before our next meeting which is tentatively set for 20th December.", "2022-12-20"),
        ("It was decided to hold the AGM on Monday 20th March.", "2023-03-20"),
        ("Members discussed holding the next PPG meeting within the library on the 28th April.", "2023-04-28"),
        ("That the meeting be adjourned and the remaining business be dealt with on the 23rd May, 2023.",
         "2023-05-23"),
        ("The meeting was adjourned at 11.21 am to be reconvened on 27 March 2023 at 3.00 pm.", "2023-03-27"),
        ("AGM. Date confirmed as Tuesday 22nd November at the Community Centre.", "2022-11-22"),
        ("After consultation the Licensing Policy return to the Licensing Committee on 10 September 2023.",
         "2023-09-10"),
    ],
)  # fmt: skip
def test_a_meeting_to_come_named_with_its_day(line: str, expected: str) -> None:
    assert [d.isoformat() for d in future_meeting_dates([line], HELD)] == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Members recalled that they had decided to hold the AGM on Monday 10th October 2022.",
        "The previous meeting had been adjourned and reconvened on 3 October 2022.",
    ],
)
def test_a_meeting_held_or_reconvened_before_is_not_to_come(line: str) -> None:
    assert future_meeting_dates([line], HELD) == []


def test_the_meeting_of_a_past_day_is_not_to_come() -> None:
    assert (
        future_meeting_dates(
            ["Members recalled the Planning Committee meeting of 10th September 2022."], HELD
        )
        == []
    )


def test_a_day_without_a_year_is_read_near_the_latest_date_written_when_the_meeting_date_is_not() -> None:
    doc = extract_text(
        "1. Minutes of last meeting\n\nAgreed - the minutes of 28 November 2031.\n\n"
        "2. Rural broadband\n\nAgreed - to defer the rural broadband item until the 9 January meeting.\n"
    )
    assert doc.meeting_date is None
    assert doc.meeting_dates == [dt.date(2032, 1, 9)]
    deferred = doc.resolutions[1]
    assert deferred.actionable and deferred.due == "2032-01-09" and deferred.work_programme


def test_a_day_without_a_year_before_a_later_deadline_is_in_the_deadlines_year() -> None:
    doc = extract_text(
        "Local Government Reorganisation\n\nDecision:\n\n"
        "1. That the Leader write to the Minister conveying the Council's response to the Green Paper; and\n\n"
        "2. That Cabinet refer this report to Council on 30 May for further discussion.\n\n"
        "Reason for Decisions:\n\nThe deadline for responses being 12 June 2031.\n"
    )
    assert doc.meeting_date is None
    assert doc.resolutions[1].due == "2031-05-30"


@pytest.mark.parametrize(
    "line",
    [
        "The next Board meeting is January 23, 2032 at 7:30pm",
        "The next meeting is on 23 January 2032.",
        "The next meeting is Friday 23 January.",
        "Next meeting set for January 23, 2032",
        "Next meeting scheduled for January 23, at 5:00p.m.",
    ],
)
def test_the_next_meeting_is_a_day(line: str) -> None:
    e = extract_text(f"Board Meeting\n\nDecember 19, 2031\n\nMinutes were approved.\n\n{line}")
    assert e.meeting_dates == [dt.date(2032, 1, 23)]


def test_the_next_meeting_is_not_always_followed_by_its_day() -> None:
    e = extract_text(
        "Board Meeting\n\nDecember 19, 2031\n\nThe next meeting is a good time to raise it in 2032.\n\n"
        "The next meeting was useful; 23 January 2032 was the date of the fair."
    )
    assert e.meeting_dates == []


def test_a_parish_meeting_dates_item_lists_days_without_years() -> None:
    e = extract_text(
        "Minutes of the Parish Council Meeting held on Monday 6th December 2031 at 7.15 p.m.\n"
        "12) Meeting Dates\nAgreed – Feb 28th, June 13th, Sept 5th, at 7.15pm.\n"
        "13) Trees\nThe May 10 storm felled two oaks.\n"
    )
    assert e.meeting_dates == [dt.date(2032, 2, 28), dt.date(2032, 6, 13), dt.date(2032, 9, 5)]


@pytest.mark.parametrize("number", ["148/31", "Item 8", "PC/25.3", "8."])
def test_next_meeting_heading_with_any_minute_number_dates_the_line_below(number: str) -> None:
    doc = extract_text(
        "Minutes of Lowfield Parish Council held on 2nd June 2031 at 7.30pm\n\n"
        f"{number} Date of next meeting\nMonday 7th July 2031 at 7.30pm.\n"
    )
    assert doc.meeting_dates == [dt.date(2031, 7, 7)]


@pytest.mark.parametrize(
    "line",
    [
        "The next Board meeting was confirmed for Oct. 28, 6PM, HS Room A240.",
        "The next meeting will be held on October 28 at 6 PM.",
    ],
)
def test_the_next_meeting_on_a_month_first_day(line: str) -> None:
    doc = extract_text(f"Board minutes, September 23, 2031\n\n{line}\n")
    assert doc.meeting_dates == [dt.date(2031, 10, 28)]


def test_another_groups_meeting_on_a_month_first_day_is_not_this_bodys() -> None:
    doc = extract_text(
        "Board minutes, September 23, 2031\n\nThe Youth Club AGM is to be held on November 17th.\n"
    )
    assert doc.meeting_dates == []


def test_the_meeting_whose_minutes_are_confirmed_is_past_when_the_page_has_no_date() -> None:
    line = "That the Minutes of the meeting on 22 March 2018 be confirmed as a correct record."
    assert future_meeting_dates([line], None) == []
    assert future_meeting_dates(["The next meeting will be held on 22 March 2018."], None) == [
        dt.date(2018, 3, 22)
    ]


def test_the_date_and_time_of_the_next_meeting_under_its_heading() -> None:
    doc = extract_text(
        "Decisions 13 March 2031\n\n5. Corporate business plan\n\nThe Committee took note of the paper.\n\n"
        "6. Date and time of next meeting\n\nWednesday 24 April at 2.00pm.\n"
    )
    assert doc.meeting_dates == [dt.date(2031, 4, 24)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["A17/22 DATE & TIME OF NEXT MEETING", "Wednesday 9th November 2022 @ 5.00pm"], "2022-11-09"),
        (
            [
                "The next meeting to be held at The Crown Public House commencing at 7.15pm.",
                "Tuesday 8th November 2022",
            ],
            "2022-11-08",
        ),
    ],
)
def test_the_day_of_the_next_meeting_on_the_line_below(lines: list[str], expected: str) -> None:
    assert [d.isoformat() for d in future_meeting_dates(lines, HELD)] == [expected]


@pytest.mark.parametrize("heading", ["Next meeting", "NEXT MEETING", "Next Meeting:", "## Next meeting"])
def test_a_next_meeting_heading_over_the_line_with_its_day(heading: str) -> None:
    e = extract_text(
        "Minutes of the meeting held 01 June 2032\n\n1. Apologies\n\nNone.\n\n"
        f"{heading}\n\n17:15, Wednesday 22 September 2032, Village Hall\n"
    )
    assert e.meeting_dates == [dt.date(2032, 9, 22)]
