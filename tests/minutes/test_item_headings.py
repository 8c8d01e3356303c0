"""Item headings, in capitals, title case or sentence case ("13. Review of a personal licence"),
and the numbered lines that are not headings (decision points, sentences)."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.headings import item_heading
from minutes.restarted_numbers import renumber_restarted
from minutes.text import page_furniture
from tests.minutes.helpers import parish_doc


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("13. Review of a personal licence", "Review of a personal licence"),
        ("7. Play area", "Play area"),
        ("25/104 Speed watch", "Speed watch"),
        ("15. MINUTES OF THE PREVIOUS MEETING", "Minutes of the Previous Meeting"),
        (
            "4. Acceptance of a quotation for hedge cutting in 2031",
            "Acceptance of a quotation for hedge cutting in 2031",
        ),
        ("I. Village Hall Plan:", "Village Hall Plan"),
        ("II. Call to Order", "Call to Order"),
        ("IV. Approval of Minutes", "Approval of Minutes"),
        ("26. Declarations of personal interests, if any", "Declarations of personal interests"),
        ("5. MATTERS ARISING FROM THE MINUTES (IF ANY)", "Matters Arising From the Minutes"),
        ("751. TO RECEIVE APOLOGIES FOR ABSENCE.", "To Receive Apologies for Absence"),
        ("3. Bus lane review - Report by Executive Director of Neighbourhoods.", "Bus lane review"),
        ("8. Winter festival 2031 – Update by the Chief Executive.", "Winter festival 2031"),
        (
            "12 Play park renewal - Joint Report of the Director of Finance and the Director of Place",
            "Play park renewal",
        ),
        ("70/31 / Opening Prayer", "Opening Prayer"),
        ("1. / Welcome and Apologies", "Welcome and Apologies"),
        ("F&GP/31/07 Budget 2031/32", "Budget 2031/32"),
        ("P&E 31/12 Planning applications", "Planning applications"),
    ],
)
def test_heading(text: str, title: str) -> None:
    item = item_heading(text)
    assert item is not None and item.title == title


@pytest.mark.parametrize(
    "text",
    [
        "1. Approve the revised fees and charges",
        "2. Officers to circulate the figures",
        "3. Note the report and its appendices",
        "4. That the plan be adopted",
        "5. Councillor Reed asked about the hedge.",
        "6. Approve the revised fees and charges.",
        "6. Bus services would be reviewed in March",
        "7. Approve the quotation for hedge cutting in the spring of 2031",
        "I. The Clerk will write to the owner",
        "I. think the hedge is a problem for everyone in the village",
        "II. that the quotation be accepted",
        "1. / The Opening Prayer was led by Mr R Hill.",
    ],
)
def test_not_a_heading(text: str) -> None:
    assert item_heading(text) is None


def test_sentence_case_items_keep_their_decisions_apart() -> None:
    doc = extract_text(
        "Licensing Sub-Committee\nMinutes of the meeting held on Monday, 3 November 2025 at 10.00 am\n\n"
        "13. Review of a personal licence\n"
        "Decision: That the personal licence be revoked.\n\n"
        "14. Street trading consents\n"
        "The Sub-Committee agreed that officers should consult traders on the new zones.\n"
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("13", False), ("14", True)]


def test_outline_items_keep_a_motion_apart_from_the_next_items_decision() -> None:
    """A parish's outline ("I. Village Hall Plan:", then "2. Acceptance of ...") with a motion told
    as a sentence under the first item and a formal motion under the second: each item's decision is
    its own, so the first is not taken for discussion of the second."""
    doc = extract_text(
        "Minutes of a special meeting of the Parish Council held on Wednesday, 9th April 2031 at 7.30 p.m.\n\n"
        "I. Village Hall Plan:\n\n"
        "The Clerk reported on the grant application for the village hall plan.\n\n"
        "Cllr Hale proposed, Cllr Moss seconded and it was agreed unanimously that the Council support "
        "the application and instruct the Clerk to sign the grant form on behalf of the Council.\n\n"
        "2. Acceptance of a quotation for hedge cutting in 2031\n\n"
        "Two quotations were received.\n\n"
        "It was proposed by Cllr Moss and seconded by Cllr Hale and agreed unanimously that the lower "
        "quotation of £420 be accepted.\n"
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("I", True), ("2", False)]
    assert doc.resolutions[0].owner == "the Clerk"


_MEETING_PAGE = (
    "Agenda and minutes\n\nLicensing Committee - Tuesday, 4th March, 2031 7.00 pm\n\nItems\nNo. Item\n\n"
    "{first}Street Trading Fees pdf icon PDF 88 KB\n\nAdditional documents:\n\nMinutes:\n\n"
    "The Committee considered the report on street trading fees.\n\n"
    "RESOLVED that the fees for 2031/32 be approved.\n\n \n\n \n\n"
    "{second}Taxi Rank Review\n\nMinutes:\n\n"
    "Members discussed the taxi rank at the station.\n\n"
    "It was agreed that the Licensing Manager would write to the rail operator about the rank lighting.\n"
)


@pytest.mark.parametrize(("first", "second"), [("231.", "232."), ("35/31", "36/31")])
def test_a_minute_number_alone_on_its_line_heads_the_title_below_it(first: str, second: str) -> None:
    """A meeting page numbers its minutes through the year ("231." or "35/31", minute 35 of 2031,
    over "Street Trading Fees"): each is an item of its own, so the decision told in the second
    item is not taken for discussion under the first item's RESOLVED."""
    doc = extract_text(_MEETING_PAGE.format(first=f"{first}\n\n", second=f"{second}\n\n"))
    one, two = first.rstrip("."), second.rstrip(".")
    assert [(i.minute, i.title) for i in doc.items] == [
        (one, "Street Trading Fees"),
        (two, "Taxi Rank Review"),
    ]
    assert [(r.minute, r.actionable, r.owner) for r in doc.resolutions] == [
        (one, False, None),
        (two, True, "the Licensing Manager"),
    ]
    assert doc.requests == []


def test_a_page_number_alone_on_its_line_is_still_page_furniture() -> None:
    doc = extract_text("RESOLVED that the fees be approved.\n\n3/20\n\nThe meeting closed at 8.15 pm.\n")
    assert doc.items == []
    assert [r.text for r in doc.resolutions] == ["That the fees be approved."]


def test_a_title_over_a_meeting_pages_minutes_label_heads_an_item() -> None:
    """Without its number, an item of a meeting page is still its title over "Minutes:"."""
    doc = extract_text(_MEETING_PAGE.format(first="", second=""))
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [
        (False, None),
        (True, "the Licensing Manager"),
    ]
    assert doc.requests == []


def test_a_parish_minute_number_with_its_year_starts_a_title_line() -> None:
    """Minutes typed without blank lines: "25/31 Planning Applications" after a point that has no
    full stop is the next item, not more of the point."""
    doc = extract_text(
        "25/30 Matters arising\n- Clerk to chase the highways officer about the drain. ONGOING\n"
        "25/31 Planning Applications\nThere was no objection to the porch at Mill Lane.\n"
    )
    assert [(i.minute, i.title) for i in doc.items] == [
        ("25/30", "Matters arising"),
        ("25/31", "Planning Applications"),
    ]


def test_a_number_closed_by_a_bracket_heads_a_parish_item() -> None:
    e = extract_text(
        "Minutes of the Parish Council Meeting held on Monday 6th December 2031\n"
        "3) Apologies\nT.Martin, M.Norton\n"
        "10) Village Map/Notice Board\nResolved – to defer the decision on the map board.\n"
        "12) Meeting Dates\nAgreed – Feb 28th, June 13th at 7.15pm.\n"
    )
    assert [(i.minute, i.title) for i in e.items] == [
        ("3", "Apologies"),
        ("10", "Village Map/Notice Board"),
        ("12", "Meeting Dates"),
    ]
    assert [(r.minute, r.text) for r in e.resolutions] == [
        ("10", "To defer the decision on the map board."),
        ("12", "Feb 28th, June 13th at 7.15pm."),
    ]


def test_bracketed_numbers_of_a_resolution_list_stay_its_points() -> None:
    e = extract_text(
        "Minutes of the Parish Council Meeting held on Monday 6th December 2031\n"
        "7. Playground\nRESOLVED:\n1) That the Clerk order a new swing seat.\n2) That the report be noted.\n"
    )
    assert [r.text for r in e.resolutions] == [
        "That the Clerk order a new swing seat.",
        "That the report be noted.",
    ]


def test_a_long_title_case_item_title_after_a_resolution_heads_its_item() -> None:
    e = extract_text(
        "Agenda and minutes\n\nLicensing Sub-Committee\nThursday 12th February, 2031 2.00 pm\n\n"
        "23.\n\nMinutes – 12 September 2030\n\nMinutes:\n\n"
        "RESOLVED - that the Minutes of the meeting held on 12 September 2030 be confirmed as a correct record.\n\n"
        "24.\n\nApplications by C and T Group Limited for a New Premises Licence at 15 Maidenhead Street, "
        "Hertford SG14 1DW pdf icon PDF 139 KB\n\nMinutes:\n\nThe Chairman outlined the procedure to be followed.\n"
    )
    assert [r.minute for r in e.resolutions] == ["23"]
    assert e.items[-1].minute == "24" and e.items[-1].title.startswith("Applications by C and T Group")


def test_parish_items_headed_with_their_agenda_wording() -> None:
    e = extract_text(
        "OSGODBY PARISH COUNCIL\nMinutes of the Annual Parish Council Meeting held on Monday 22nd May 2031, at 7.30pm\n"
        "6. Allocation of Councillor Roles\n"
        "i. Speed devices – Cllr K Fox (Proposed Cllr J Trafford, Seconded Cllr A Wilkinson) – All in favour\n"
        "ii. Review of Standing Orders – Clerk to liaise with Cllrs\n"
        "7. To review and agree the proposed dates for meetings for 2031/32\n"
        "Agreed – All in favour\n"
        "9. To approve draft minutes of the Meeting 17th April 2031\n"
        "Resolved to approve as a true record.\n"
    )
    assert [(r.minute, r.text, r.actionable) for r in e.resolutions] == [
        ("6", "Speed devices – Cllr K Fox (Proposed Cllr J Trafford, Seconded Cllr A Wilkinson) – All in favour", False),
        ("6", "Review of Standing Orders – Clerk to liaise with Cllrs", True),
        ("7", "Agreed – All in favour", False),
        ("9", "To approve as a true record.", False),
    ]  # fmt: skip


def test_a_parish_item_titled_in_capitals_with_its_agenda_wording_heads_its_text() -> None:
    e = extract_text(
        "Minutes of the Brambley Parish Council meeting held on 3 June 2031\n"
        "26. TO SIGN AND CONFIRM THE MINUTES OF THE MEETING ON 16TH MAY 2031 The minutes of 16th May 2031 were"
        " accepted as an accurate record, and were moved by Councillor Evans and seconded by Councillor Hale.\n"
        "27. TO RECEIVE THE CLERK'S REPORT The Clerk to write to the highways team about the verge.\n"
    )
    assert [(r.minute, r.text[:40], r.actionable) for r in e.resolutions] == [
        ("26", "The minutes of 16th May 2031 were accept", False),
        ("27", "The Clerk to write to the highways team ", True),
    ]
    assert item_heading("26. TO CONFIRM THE MINUTES OF THE LAST MEETING") is not None
    assert item_heading("26. To confirm the minutes of the last meeting.") is None


def test_to_points_under_a_resolution_stay_points() -> None:
    e = extract_text(
        "Minutes of the Greyfield Parish Council held on 3 March 2031\n"
        "5. Playground\nRESOLVED:\n6. To replace the swing seat.\n7. To write to the school about the fence.\n"
    )
    assert [(r.minute, r.text) for r in e.resolutions] == [
        ("5", "To replace the swing seat."),
        ("5", "To write to the school about the fence."),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Item 5 Infection prevention report",
        "Item 5 - Infection prevention report",
        "Agenda Item 5: Infection prevention report",
    ],
)
def test_an_item_word_before_the_number_and_a_sentence_case_title(heading: str) -> None:
    doc = extract_text(
        "Minutes of the Quality Committee held on 4 March 2031\n\n"
        f"{heading}\nThe committee received the report.\nRESOLVED: That the report be noted.\n"
    )
    assert [(i.minute, i.title) for i in doc.items] == [("5", "Infection prevention report")]
    assert [r.minute for r in doc.resolutions] == ["5"]


def test_items_numbered_next_with_a_tab_and_a_full_stop_are_items() -> None:
    """A parish's Word minutes: "4<tab>To declare any personal interest." then "6<tab>Matters arising
    from the minutes.", each numbered next after the item before."""
    doc = extract_text(
        "Minutes of the Community Council Meeting held on Tuesday, 19th July 2031.\n\n"
        "3\tWelcome:\nThe Chair welcomed everyone.\n\n"
        "4\tTo declare any personal and/or prejudicial interest.\nNone.\n\n"
        "5\tTo Correct & Approve minutes of previous meetings.\n"
        "Proposed (AH) & Seconded (SB) that the minutes be approved as correct.\n\n"
        "6\tMatters arising from the minutes.\n"
        "Agreed that a meeting of the Cemetery Sub-Committee be arranged on site.\n\n"
        "7\tMembers were thanked for attending.\n"
    )
    assert [i.minute for i in doc.items] == ["3", "4", "5", "6"]
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("5", False), ("6", True)]


def test_agenda_worded_items_numbered_with_the_year() -> None:
    doc = extract_text(
        "Minutes of the Village Hall Charity Trustee meeting held on 21st July 2031\n"
        "44.31 Declarations of Interest\nNone.\n"
        "45.31 To confirm and accept minutes of 16th June 2031\n"
        "Minutes were approved. Trustee Alexander signed and dated them.\n"
        "46.31 To discuss the boundary fence\n"
        "It was agreed that the Clerk write to the neighbour about the fence.\n"
        "46.1 The fence is leaning badly.\n"
    )
    assert [i.minute for i in doc.items] == ["44.31", "45.31", "46.31"]
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("45.31", False), ("46.31", True)]


@pytest.mark.parametrize(
    "outcome", ["MOTION CARRIED", "Motion carried unanimously", "CARRIED", "Motion lost"]
)
def test_an_outcome_repeated_under_every_motion_is_no_running_title(outcome: str) -> None:
    assert page_furniture([outcome] * 4 + ["Parish Council Minutes - May 2031"] * 4) == {
        "Parish Council Minutes - May 2031"
    }


def test_an_agreement_under_an_item_stays_its_own_when_the_next_title_ends_if_any() -> None:
    e = extract_text(
        "Minutes of the Health and Housing Scrutiny Committee held on 3 March 2031\n"
        "25.\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Councillor Hale.\n\n"
        "It was agreed that best wishes be forwarded to Councillor Hale on behalf of the Committee.\n\n"
        "26.\n\nDeclarations of personal interests, if any\n\nMinutes:\n\nThere were none.\n\n"
        "27.\n\nWork Programme\n\nMinutes:\n\nRESOLVED - That the work programme be noted.\n"
    )
    assert [(r.minute, r.text[:40], r.actionable) for r in e.resolutions] == [
        ("25", "That best wishes be forwarded to Council", True),
        ("27", "That the work programme be noted.", False),
    ]


def test_a_record_of_decisions_under_titles_naming_their_papers() -> None:
    """A Scottish council's brief record of decisions: each numbered title names whose report it is
    and ends with a full stop, and the decision under it is one sentence."""
    text = (
        "1. Roads maintenance programme 2031/32 - Report by Executive Director of Neighbourhoods.\n\n"
        "The recommendations were approved.\n\n"
        "2. Common good fund accounts - Report by the Director of Finance.\n\n"
        "The report was noted, as recommended.\n\n"
        "3. Lease of the harbour store - Report by the Director of Property.\n\n"
        "Committee agreed to continue the item and asked officers to meet the tenant.\n"
    )
    ex = extract_text(text)
    assert [i.title for i in ex.items] == [
        "Roads maintenance programme 2031/32",
        "Common good fund accounts",
        "Lease of the harbour store",
    ]
    assert [(r.text, r.actionable) for r in ex.resolutions] == [
        ("The recommendations were approved.", False),
        ("The report was noted, as recommended.", False),
        ("Committee agreed to continue the item and asked officers to meet the tenant.", True),
    ]


def test_a_capitals_heading_with_its_stop_keeps_the_decision_run_on_after_it_in_its_own_item() -> None:
    doc = extract_text(
        "Minutes of Llanfor Town Council held on 4 September 2031\n\n"
        "749. TO RECEIVE THE LIBRARY REPORT. The chair welcomed Mr Rees. It was agreed that the Clerk will "
        "contact members of the group.\n\n"
        "751. TO RECEIVE APOLOGIES FOR ABSENCE. RESOLVED to receive apologies from Cllr Jones.\n"
    )
    assert [(r.text, r.minute) for r in doc.resolutions] == [
        ("That the Clerk will contact members of the group.", None),
        ("To receive apologies from Cllr Jones.", "751"),
    ]
    assert doc.requests == []


def test_a_numbered_title_run_on_into_its_text_after_a_colon_or_dash_starts_the_next_item() -> None:
    doc = extract_text(
        "Minutes of Crowdon Parish Council held on 13 January 2031\n\n"
        "01/2031 Chairman’s Welcome – the Chairman welcomed those present. It was RESOLVED to adjourn the"
        " meeting for Mr Hale to address Members. The meeting then reconvened.\n\n"
        "02/2031 Members’ Declarations – Cllr Vane returned his register form. The Clerk to forward a copy"
        " to the monitoring officer.\n\n"
        "03/2031 Roads: The street sign on Mill Lane is damaged. Clerk to report.\n"
    )
    assert [(r.text, r.actionable, r.minute) for r in doc.resolutions] == [
        ("To adjourn the meeting for Mr Hale to address Members.", False, "01/2031"),
        ("The Clerk to forward a copy to the monitoring officer.", True, "02/2031"),
        ("Roads: The street sign on Mill Lane is damaged. Clerk to report.", True, "03/2031"),
    ]
    assert doc.requests == []


def test_a_numbered_title_run_on_with_no_space_after_its_number_starts_the_next_item() -> None:
    doc = extract_text(
        "Minutes of a Meeting of Aldby Parish Council held on 14th December 2031\n\n"
        "311.Minutes of Previous Meetings: It was resolved that the Minutes of the meeting held on 9th November"
        " 2031 be agreed as a true record.\n"
        "312.Residents’ Points of Interest: Mr Hale spoke about the lack of a flag pole. It was resolved that"
        " the Parish Council write to the Legion in support.\n"
    )
    assert [(r.minute, r.actionable) for r in doc.resolutions] == [("311", False), ("312", True)]


def test_a_numbered_sentence_before_a_dash_is_no_item_title() -> None:
    doc = extract_text(
        "Minutes of Crowdon Parish Council held on 13 January 2031\n\n"
        "4. Parking: The verges are damaged by parked cars.\n\n"
        "5 Residents attended – they raised the parking again. Clerk to write to the school.\n"
    )
    assert [(r.text, r.minute) for r in doc.resolutions] == [("Clerk to write to the school.", "4")]


def test_a_minute_number_and_title_in_the_columns_of_a_flattened_table_head_an_item() -> None:
    doc = extract_text(
        "St Aidan Academies Trust\nMinutes of the Board of Directors meeting held on 22nd September 2031\n"
        "72/31 / Elect Chairman\n"
        "2. / The Clerk stated it was necessary to elect a Chairman. It was agreed that Mr R Hill be elected as Chairman.\n"
        "78/31 / Matters arising\n"
        "18. / 52/31 para 17 Governors Support Services\n"
        "It was agreed that the Clerk would speak to Alison Webb regarding the costs of the support service.\n"
    )
    speak = [r for r in doc.resolutions if "speak" in r.text]
    assert [(r.minute, r.actionable) for r in speak] == [("78/31", True)]


def test_a_bare_title_naming_the_chair_or_the_clerks_report_heads_an_item() -> None:
    doc = extract_text(
        "Crematorium Joint Committee, 1 April 2031\n\n"
        "Minutes\n\nRESOLVED that the minutes of the meeting held on 4 February 2031 be approved.\n\n"
        "Items brought forward by the Chair\n\n"
        "Gas Contract – It was reported that the gas contract had expired and the price had tripled.\n\n"
        "It was agreed that the implications be included in the performance report for the next meeting.\n"
    )
    assert [(r.actionable, r.minute) for r in doc.resolutions if "implications" in r.text] == [(True, None)]


@pytest.mark.parametrize(
    "title", ["Chairman's Report", "Clerk’s Report", "Items brought forward by the Chair"]
)
def test_the_chairs_and_the_clerks_titles_are_bare_titles(title: str) -> None:
    from minutes.headings import bare_title

    item = bare_title(title)
    assert item is not None and item.title == title


def test_items_that_all_read_one_are_numbered_again_in_order() -> None:
    doc = parish_doc(
        "  1. Apologies: Cllr Ward (work).",
        "  1. To approve the minutes of the meeting held 8 March 2031: approved and signed.",
        "  1. Councillor changes: Cllr Bell - resignation. Action: Clerk to send a thank-you letter to Cllr Bell."
        "  Council resolved to co-opt Mr Barber.",
        "  1. Woodland plan: quotes for remedial work. Council agreed to plant two trees on the green.",
    )
    assert [(r.text, r.minute, r.actionable) for r in doc.resolutions if r.actionable] == [
        ("Action: Clerk to send a thank-you letter to Cllr Bell.", "3", True),
        ("Council agreed to plant two trees on the green.", "4", True),
    ]
    assert "Council resolved to co-opt Mr Barber." in [r.text for r in doc.resolutions]


@pytest.mark.parametrize(
    "text",
    [
        "RESOLVED:\n1. That the minutes be approved.\n\nRESOLVED:\n1. That the report be noted.\n\n"
        "RESOLVED:\n1. That the Clerk write to the school.\n",
        "1. Apologies\n2. Minutes\n1. Matters arising\n1. Finance\n",
    ],
)
def test_a_one_under_a_label_or_beside_a_two_is_left_as_it_is(text: str) -> None:
    assert renumber_restarted(text) == text
