"""Fixtures 08-23: more councils' and other bodies' styles (Scottish "agreed:-", metropolitan
bullets, county Cabinet decisions with reasons, ModernGov issue and minutes pages, town council
proposed/seconded with an actions table, inline "AGREED – (a)", PDF text with hyphenation and page
furniture; parish paragraphs, markdown network notes with an action log, American motions, a web
page flattened to cells, assembly "Agreed:" lines, an area committee's decisions without a subject,
a board's markdown motions, a patient group's items under bare titles); 32: owners written after
the task ("– Housing Income Team", "Action: Democratic Services").

Each expected row is (text fragment, actionable, owner, due, minute); owner and due are only
checked for actionable points, as the eval README's rule labels them."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.model import Extraction
from tests.minutes.helpers import parish_doc
from tests.minutes.test_fixture_minutes import read

Row = tuple[str, bool, str | None, str | None, str | None]

EXPECTED: dict[str, tuple[str | None, dt.date, list[Row]]] = {
    "08_scottish_agreed.txt": (
        "Education and Children's Services Committee",
        dt.date(2025, 3, 4),
        [
            ("The minute of the meeting of the Committee held on 21 January", False, None, None, "2"),
            ("To approve the draft School Estate Strategy", True, None, None, "3"),
            ("To instruct the Executive Director (Education) to report", True, "the Executive Director (Education)", "2025-06-03", "3"),
            ("To note the condition survey results", False, None, None, "3"),
            ("to request that the Executive Director (Education) provide an update", True, "the Executive Director (Education)", "future meeting", "4"),
            ("The Committee noted the petition", False, None, None, "5"),
            ("The Committee instructed the Head of Roads to investigate", True, "the Head of Roads", "August 2025", "5"),
            ("The Committee resolved in terms of Section 50A(4)", False, None, None, "5"),
            ("That the Head of Estates be authorised to conclude the sale", False, None, None, "6"),
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
            ("That authority be delegated to the Director of Children's Services", False, None, None, "56"),
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
            ("That the application be DEFERRED to allow officers to negotiate", True, "officers", "future meeting", "73"),
            ("That planning permission be GRANTED", False, None, None, "74"),
            ("That the report be noted", False, None, None, "75"),
            ("That the Planning Manager provide a breakdown of appeal costs", True, "the Planning Manager", "next meeting", "75"),
        ],
    ),
    "13_town_council_proposed.txt": (
        "Full Town Council",
        dt.date(2025, 2, 10),
        [
            ("and RESOLVED that the minutes of the meeting held on 13 January 2025 be approved", False, None, None, "25/103"),
            ("and RESOLVED to set a precept of £186,400 for 2025/26.", False, None, None, "25/105"),
            ("unanimously RESOLVED to accept the quotation from Greenleaf Play Ltd", True, "the Clerk", None, "25/106"),
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
    "16_parish_paragraphs.txt": (
        "Hollowmere Parish Council",
        dt.date(2031, 6, 9),
        [
            ("That the minutes of the May meeting be signed as a correct record.", False, None, None, None),
            ("The hedge on Mill Lane is still blocking the footway - Clerk to write to the landowner.", True, "Clerk", None, None),
            ("Mr. & Mrs. Oakes, Rose Cottage - single storey extension - recommend approval.", True, None, None, None),
            ("Village Hall hire £24.00; Clerk's expenses £18.50 proposed by P. Yates", False, None, None, None),
            (
                "After a long discussion about the worn surface under the swings it was agreed that a quote should be "
                "sought for new safety matting.",
                True,
                None,
                None,
                None,
            ),
            ("Highways - the village gateway signs are faded - clerk to ask for them to be replaced.", True, "clerk", None, None),
            ("That the Clerk would order two more bins.", True, "the Clerk", None, None),
        ],
    ),
    "17_network_group_notes.txt": (
        "Summer Renal Imaging Group",
        dt.date(2031, 7, 8),
        [
            ("Share the audit template with all sites [closed]", False, None, None, "1"),
            ("Members to share their audit results with the group mailbox", True, "Members", None, "2"),
            ("To organise a training day on ultrasound reporting within the next 3 months", True, None, "within the next 3 months", "3"),
            ("Draft patient leaflet on kidney biopsy [new for Lewis Pratt]", True, "Lewis Pratt", None, "4"),
            ("It was agreed to compile a list of the protocols each site uses.", True, None, None, None),
            ("All agreed to use the same contrast dose table in future.", False, None, None, None),
            ("Out-of-hours cover for reporting - RA to action", True, "RA", None, None),
        ],
    ),
    "18_city_council_motions.txt": (
        None,
        dt.date(2031, 3, 4),
        [
            ("Hale moved, seconded by Vance, to approve the Agenda as published.", False, None, None, None),
            ("it was MOVED by Orr, seconded by Hale, to authorize staff to call for bids", True, "staff", None, None),
        ],
    ),
    "19_flattened_issue_page.txt": (
        "Resources Committee",
        dt.date(2031, 3, 12),
        [
            ("That the business case for relocating the depot be noted", False, None, None, "41"),
            ("That the Director of Place be asked to consult the trade unions and report", True, "the Director of Place", "next meeting", "41"),
            ("That the relocation budget be referred to Council for approval.", True, None, "Council", "41"),
            ("Noted the business case for relocating the depot", False, None, None, "41"),
            ("Asked the Director of Place to consult the trade unions", True, "the Director of Place", None, "41"),
            ("Addition of the depot relocation to the capital programme.", True, "Capital Programme Board", "Capital Programme Board", "41"),
        ],
    ),
    "20_assembly_committee_agreed.txt": (
        None,
        dt.date(2031, 10, 2),
        [
            ("To defer consideration of the broadband inquiry until the 16 October meeting.", True, None, "2031-10-16", "1"),
            ("The Committee agreed that the Chairperson would attend", True, "the Chairperson", None, "1.2"),
            ("That the Clerk should ask the Department for its consultation timetable.", True, "the Clerk", None, "1.2"),
            ("The Committee would reply to the Law Society's letter.", True, "The Committee", None, "2"),
        ],
    ),
    "21_area_committee_decisions.txt": (
        None,
        dt.date(2031, 3, 12),
        [
            ("The Committee noted the schedule of actions outstanding", False, None, None, None),
            ("Agreed to close Action 4", False, None, None, "a"),
            ("Instructed the Committee Services Officer to ask the Head of Transport for the survey results on Action 6, which were overdue. An update should be given to the next meeting on 2 April", True, "the Committee Services Officer", "2031-04-02", "b"),
            ("Instructed the Committee Services Officer to chase a reply on Action 9.", True, "the Committee Services Officer", None, "c"),
        ],
    ),
    "22_board_markdown_motions.txt": (
        "Board",
        dt.date(2031, 5, 17),
        [
            ("Adopt the volunteer policy", False, None, None, None),
            ("Ben shall set up a reserve account with the credit union.", True, "Ben", None, None),
            ("Motion to adjourn", False, None, None, None),
        ],
    ),
    "23_patient_group_titles.txt": (
        "Riverside Health Centre Patient Forum",
        dt.date(2031, 9, 9),
        [
            ("That BP would send the new members a copy of the terms of reference.", True, "BP", None, None),
            ("That the Chair would write to the landlord about the unused bays.", True, "the Chair", None, None),
        ],
    ),
    "32_borough_panel_owners_after_task.txt": (
        "Housing Scrutiny Panel",
        dt.date(2023, 3, 14),
        [
            ("be circulated to Members – Housing Income Team", True, "Housing Income Team", None, "12"),
            ("be arranged. Action: Democratic Services", True, "Democratic Services", None, "12"),
            ("That the report be noted.", False, None, None, "12"),
            ("welcomed – subject to the caveats", False, None, None, "12"),
            ("the Head of Service write to all tenants", True, "the Head of Service", None, "13"),
            ("an additional meeting be arranged for early June 2023", True, None, "early June 2023", "13"),
        ],
    ),
    "33_parish_shared_tasks_and_action_tags.txt": (
        "Hollingford Parish Council",
        dt.date(2025, 3, 10),
        [
            ("The Clerk and the Chair to meet the insurer", True, "The Clerk and the Chair", None, "25/31"),
            ("Jacob to draft a reply to the adjuster", True, "Jacob", None, "25/31"),
            ("The gutters on the north side need replacing before winter.", True, "JK/TC", None, "25/31"),
            ("Cllr Cole and Cllr King to walk footpath 7", True, "Cllr Cole and Cllr King", None, "25/32"),
            ("The drain by the school is blocked again and needs rodding.", True, "Clerk", None, "25/32"),
            ("The inspection report was received and noted.", False, None, None, "25/33"),
        ],
    ),
    "34_city_council_motion_and_amendment.txt": (
        None,
        dt.date(2025, 6, 9),
        [
            ("The minute of meeting of this Committee of 12th May, 2025 was held as read.", False, None, None, None),
            ("As an amendment, the Convener, seconded by Councillor Grant, moved approval", False, None, None, "I"),
            ("moved that officers report to the next meeting on the cost", True, "officers", "next meeting", "II"),
            ("moved that the name Harbour Rise be approved", False, None, None, "III"),
        ],
    ),
    "35_project_steering_proposals_agreed.txt": (
        None,
        dt.date(2025, 1, 14),
        [
            ("Tom proposed moving the 2.0 release to March. Agreed.", False, None, None, None),
            ("Ana proposed adopting the updated code of conduct. Carried.", False, None, None, None),
            ("Priya: write up the security disclosure policy", True, "Priya", None, None),
            ("Tom and Ana to update the contributor guide", True, "Tom and Ana", None, None),
            ("[x] Lee: renew the domain", False, None, None, None),
            ("Ana to ask the foundation about travel grants", True, "Ana", "2025-02-01", None),
        ],
    ),
    "36_selectboard_motions_with_votes.txt": (
        None,
        dt.date(2025, 3, 4),
        [
            ("Motion by Hart, seconded by Diaz, to extend the Saturday hours", False, None, None, "3"),
            ("Motion by Diaz, seconded by Park, to award the road salt bid", False, None, None, "4"),
            ("to authorize the Town Administrator to seek quotes", True, "the Town Administrator", None, "6"),
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
    assert not any("in favour" in r.text for r in e.resolutions)
    assert e.meeting_dates == [dt.date(2025, 3, 10)]


async def test_pdf_furniture_and_hyphenation_removed() -> None:
    e = await read("15_pdf_wrapped_furniture.txt")
    joined = " ".join(r.text for r in e.resolutions)
    assert "Page" not in joined and "Working Group – 18 November" not in joined and "-\n" not in joined
    assert [r.text for r in e.requests] == [
        "The Principal Planning Officer agreed to send Members the settlement hierarchy background paper."
    ]
    assert e.meeting_dates == [dt.date(2025, 1, 20)]


async def test_parish_paragraphs_follow_ups_next_meeting_and_time() -> None:
    e = await read("16_parish_paragraphs.txt")
    assert [r.text for r in e.requests] == [
        "The grit bin lid is missing and a replacement is to be obtained.",
        "Mr. Marsh volunteered to measure the area before the next meeting.",
    ]
    assert e.meeting_dates == [dt.date(2031, 7, 14)]
    assert e.meeting_time == dt.time(19, 30)


async def test_network_notes_action_log_and_follow_ups() -> None:
    e = await read("17_network_group_notes.txt")
    assert [r.text for r in e.requests] == [
        "Mei agreed to check the dose table against the national guidance.",
        "Follow-up scanning intervals to be discussed at next meeting",
    ]
    assert e.meeting_time is None, "a page's UTC timestamp is not the meeting's start"


async def test_american_motions_a_failed_motion_and_a_request_to_staff() -> None:
    e = await read("18_city_council_motions.txt")
    assert not any("east parking lot" in r.text for r in e.resolutions)
    assert [r.text for r in e.requests] == [
        "Mayor Brooks asked staff to bring back options for lighting the trail."
    ]
    assert e.meeting_time == dt.time(19, 0)


async def test_assembly_lines_time_and_the_deferred_meeting() -> None:
    e = await read("20_assembly_committee_agreed.txt")
    assert e.meeting_time == dt.time(14, 5), "not the time a member joined"
    assert e.meeting_dates == [dt.date(2031, 10, 16)]


async def test_board_markdown_motions_a_failed_one_leaves_its_follow_up_as_narrative() -> None:
    e = await read("22_board_markdown_motions.txt")
    assert not any("newsletter" in r.text for r in e.resolutions)
    assert [r.text for r in e.requests] == ["Ivy will export the subscriber list before the move."]


async def test_items_under_bare_titles_keep_their_own_decisions() -> None:
    e = await read("23_patient_group_titles.txt")
    assert [r.item_title for r in e.resolutions] == ["Welcome and introductions", "Car park"]
    assert [r.text for r in e.requests] == ["CD will put a notice in the village newsletter."]


async def test_owners_after_the_task_undertakings_and_meetings_to_come() -> None:
    e = await read("32_borough_panel_owners_after_task.txt")
    assert e.meeting_time == dt.time(19, 0)
    assert [r.work_programme for r in e.resolutions] == [False, False, False, False, False, True]
    assert [r.text for r in e.requests][:2] == [
        "Ms Patel will begin drafting a hardship leaflet with the advice agencies.",
        "The Chair and Vice-Chair will decide how the tenants' forum is invited.",
    ]
    assert e.meeting_dates == [dt.date(2023, 5, 16), dt.date(2023, 6, 13)]


def test_the_next_planning_application_after_a_decision_is_not_its_point() -> None:
    doc = parish_doc(
        "7. Planning",
        "- 20/501261/FULL 5 River Close\nErection of a single storey front extension.\nRESOLVED to recommend approval",
        "- 20/501113/FULL 3 Walters Cottages\nErection of a two storey side extension.\nRESOLVED to recommend refusal",
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("To recommend approval", True),
        ("To recommend refusal", True),
    ]
