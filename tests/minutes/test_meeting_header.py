"""The meeting a document records: its committee, date and start time."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.extract import extract_text
from tests.minutes.helpers import (
    points,
)


def test_previous_minutes_item_is_not_the_document_heading() -> None:
    doc = extract_text(
        "Agenda item\n\nMinutes of Previous Meeting\n\n"
        "To approve the minutes of the meeting of the Committee held on 9th May, 2025\n\n"
        "The minutes of the meeting of the Committee held on 9th May 2025 were approved as a correct record.\n"
    )
    assert doc.meeting_date is None
    assert [a for _, a in points(doc)] == [False]


_MEETING_PAGE = (
    "Agenda and minutes\n\nParks Committee - Wednesday, 28th November, 2031 10.00 am\n\n"
    "Venue: Council Chamber, Riverside House\n\nItems\nNo. Item\n\n125.\n\nDeclarations of Interest\n\n"
    "To receive any declarations of interest.\n\nAdditional documents:\n\nMinutes:\n\n"
    "1.    Mr B Holt declared an interest in item 6.\n\n2.    Ms C Ray declared an interest in item 7.\n\n \n\n \n\n"
    "{number}{title} pdf icon PDF 129 KB\n\nTo approve the minutes as a correct record.\n\n"
    "Additional documents:\n\nMinutes:\n\n"
)


@pytest.mark.parametrize("number", ["126.\n\n", ""])
@pytest.mark.parametrize(
    "title", ["Minutes of the meeting held on 20 September 2031", "Minutes of the last meeting"]
)
def test_a_meeting_page_is_dated_by_its_title_not_by_its_minutes_item(title: str, number: str) -> None:
    """Below the page's list of items ("No. Item"), with or without its minute number, "Minutes of
    the meeting held on ..." is an item about the meeting before."""
    doc = extract_text(_MEETING_PAGE.format(title=title, number=number))
    assert (doc.committee, doc.meeting_date, doc.meeting_time) == (
        "Parks Committee",
        dt.date(2031, 11, 28),
        dt.time(10, 0),
    )


@pytest.mark.parametrize(
    "items",
    [
        "Venue: Town Hall Contact: Committee Services No. | Item\n\n"
        "Minutes of the meeting held on 5 February 2031 Additional documents: Minutes: Resolved that the minutes "
        "were approved.\n",
        "Venue: Town Hall\n\nNo. | Item | ||||||\n\nApologies Minutes: None.\n\n"
        "Minutes of the meeting held on 25th May 2031\n\nMinutes: The minutes were approved.\n",
    ],
)
def test_a_meeting_pages_link_to_earlier_minutes_does_not_date_it(items: str) -> None:
    """The list of items run into the venue line, or an item's link to its documents ("Additional
    documents:"): the minutes named are the meeting before's."""
    assert extract_text(items).meeting_date is None


def test_minutes_of_an_earlier_meeting_under_a_minute_number_do_not_date_the_page() -> None:
    doc = extract_text(
        "Ashby Town Council\n\nCllr. Dr. A Edwards (Mayor)\n\nMinute 46\n\nMayoral Report\n\nA report was circulated."
        "\n\nMinute 47\n\nMinutes of Full Council held on Monday, 29th June 2031.\n\nMinute 48\n\nMatters arising.\n"
    )
    assert doc.meeting_date is None


def test_members_met_on_a_date_dates_the_meeting() -> None:
    doc = extract_text(
        "Parish Council > Minutes >\n\nAshby Parish Council\n\nMembers of the Parish Council met as a working group "
        "at the Hall on 4th November 2031 at 7:30 PM to review the state of parish roads.\n\nMr A Hill; Mr M Osmond, clerk.\n"
    )
    assert doc.meeting_date == dt.date(2031, 11, 4)


def test_a_decision_list_is_dated_by_the_meeting_its_decisions_were_made_at() -> None:
    """Each decision of one meeting repeats "Made at meeting: ...": the repeat is the page's record,
    not a running title to drop."""
    entry = (
        "Decision Maker: Cabinet\nMade at meeting: 20/06/2031 - Cabinet\nDecision published: 08/07/2031\n"
        "Effective from: 20/06/2031\nDecision:\nIt was resolved that the Council apply to the Tree Fund.\n"
    )
    doc = extract_text("Use the search options to find recent decisions.\n" + entry * 3)
    assert doc.meeting_date == dt.date(2031, 6, 20)


def test_a_meeting_page_without_its_title_names_no_date_from_its_minutes_item() -> None:
    page = _MEETING_PAGE.format(title="Minutes of the meeting held on 20 September 2031", number="")
    doc = extract_text(page.replace("Parks Committee - Wednesday, 28th November, 2031 10.00 am\n\n", ""))
    assert doc.meeting_date is None


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Minutes of the Housing Panel\n\nHeld: THURSDAY, 24 AUGUST 2031 at 5:30 pm\n", dt.date(2031, 8, 24)),
        ("HomeMy WebLinkAboutCity Council\nRIVERTON CITY COUNCIL\nSeptember 27, 2031\n", dt.date(2031, 9, 27)),
        ("Regular Meeting\nOct. 13, 2031 Town Board\n", dt.date(2031, 10, 13)),
        ("Minutes of the Parish Council held on Wednesday14th November 2031\n", dt.date(2031, 11, 14)),
        ("Decision details\n\nDecision Maker: Executive\n\nDate of decision: 28/07/2031\n", dt.date(2031, 7, 28)),
        ("Minutes\n\nTUESDAY, NOVEMBER 17 , 2031 7 : 30 PM CITY HALL\n", dt.date(2031, 11, 17)),
        ("Special Session 7 DECEMBER 14, 2031 SPECIAL SESSION - ROADS The Board met at 9:30 a.m.\n",
         dt.date(2031, 12, 14)),
        ("---\ntitle: Spring Group Meeting\nstart: 2031-04-27T13:00:00.000Z\n---\n", dt.date(2031, 4, 27)),
        ('---\ntitle: "Minutes"\ndate: "2031-08-01"\n---\n\nMinutes of the Parish Council held on Tuesday '
         "13th July 2031 in the Village Hall\n", dt.date(2031, 7, 13)),
        ('+++\ntitle = "Board meeting: 2031-02-03"\ndate = 2031-02-03\n+++\n', dt.date(2031, 2, 3)),
        ('---\ntitle: "West Fen Parish Council"\ndate: "2032-02-01"\ncategories:\n  - "parish-councils"\n---\n\n'
         "Minutes of the November 2031 meeting\n\nMinutes of the meeting held on Thursday 14th November 2031 in the "
         "Village Hall\n", dt.date(2031, 11, 14)),
        ('---\ntitle: "Residents\' Association"\ndate: "2032-02-01"\n---\n\nWest Fen Residents\' Association\n\n'
         "Annual General Meeting 14 December 2031\n\nPresent: Ray Hale\n", dt.date(2031, 12, 14)),
        ('---\ntitle: "West Fen Parish Council Meeting (8th November 2031)"\ndate: "2032-02-01"\n---\n\n'
         "Minutes of the meeting held at 7:30pm in the school\n", dt.date(2031, 11, 8)),
        ("| Outcome | Note |\n| Decision date | 5 Sep 2031 |\n", dt.date(2031, 9, 5)),
        ("Minutes of the Town Board, June 3, 2031\n", dt.date(2031, 6, 3)),
        ("Minutes of the Parish Council, 2nd June 2031\n", dt.date(2031, 6, 2)),
        ("Minutes of the Meeting of\nLlanfor Town Council\nheld on 5January 2031\n", dt.date(2031, 1, 5)),
        ("NHS Chairs minutes: October 2031\n\nMinutes of the meeting of the NHS Chairs on 30 October 2031.\n",
         dt.date(2031, 10, 30)),
        ("Meeting 04/31, Tuesday 25th February 2031\n\nPresent: Cllrs Laity and Reynolds\n\n"
         "Minutes of the Meeting held on 11th February 2031\nThe minutes were approved.\n", dt.date(2031, 2, 25)),
        ("MINUTES FOR THE CITY COUNCIL MEETING ON MONDAY, NOVEMBER 21, 2031 <br />Mayor Dale called the meeting "
         "to order.\n", dt.date(2031, 11, 21)),
        ("Agenda Item No. 2\n\nMinutes of meeting being held remotely on 25 May 2031 at 10.00 a.m.\n\n"
         "Present: Councillors Hale and Ross.\n", dt.date(2031, 5, 25)),
        ("Page 3\n\n18/31 MINUTES OF A MONTHLY MEETING OF ASHBY PARISH COUNCIL HELD ON MONDAY 10 th APRIL 2031 AT "
         "7.15p.m.\n", dt.date(2031, 4, 10)),
        ("Notes of the Dene Steering Group meeting held on 28 May 2031\n\nPresent: Ann Hale, Tom Ross\n",
         dt.date(2031, 5, 28)),
        ("<<\n\nCyngor Cymuned Ashby Council Mrs V Teasdale, Clerc a Swyddog Cyllid / Clerk and Finance Officer Angorfa "
         "Ashby LL27 0JJ Ffon / Telephone 01492 641251 Ebost / Email clerk@example.org\n\nCofnodion 3 Medi 2031 / Minutes 3rd September 2031 "
         "Cyfarfod y Cyngor / Meeting of the Council\n\nPresent: Cllr D Sandham (Chair)\n", dt.date(2031, 9, 3)),
        ("Ashby District\n\nTranscription\n\n1 Ashby District Minutes of proceedings of monthly meeting of the "
         "Ashby District held on 15 th May 2031 at 10am in the Civic Offices.\n", dt.date(2031, 5, 15)),
    ],
)  # fmt: skip
def test_meeting_date_in_every_common_form(opening: str, expected: dt.date) -> None:
    assert extract_text(opening + "\nRESOLVED: That the report be noted.\n").meeting_date == expected


@pytest.mark.parametrize(
    "heading",
    [
        "Minutes of the Planning Commission, June 3, 2031",
        "Minutes of the Planning Commission - Tuesday, June 3, 2031",
        "Minutes of the Planning Commission held on 3 June 2031",
    ],
)
def test_the_committee_is_named_without_the_heading_words_or_date(heading: str) -> None:
    doc = extract_text(heading + "\n\nRESOLVED: That the report be noted.\n")
    assert (doc.committee, doc.meeting_date) == ("Planning Commission", dt.date(2031, 6, 3))


def test_a_date_the_opening_prose_mentions_is_not_the_meetings() -> None:
    doc = extract_text("Plans to merge the two depots by 1 April 2031 were considered.\n")
    assert doc.meeting_date is None


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Held: THURSDAY, 24 AUGUST 2031 at 5:30 pm", dt.time(17, 30)),
        ("Date: 4 March 2031\nTIME: 5.30 pm", dt.time(17, 30)),
        ("Planning Committee - Wednesday, 5th February, 2031 7.00 pm", dt.time(19, 0)),
        ("Minutes\nDate: 03 October 2031\nThe meeting opened in private at 2.05 p.m.", dt.time(14, 5)),
        ("The Town Board met in regular session at 9:30 a.m. in the Town Hall", dt.time(9, 30)),
        ("Minutes of the Parish Council held on Tuesday 13th July 2031 in the\n\nVillage Hall at 7.30 p.m.",
         dt.time(19, 30)),
        ("Date: 4 March 2031 Time: 14:00", dt.time(14, 0)),
        ("Date: 4 March 2031\nTime: 14:00 - 16:00", dt.time(14, 0)),
        ("Board of Directors Meeting\nThursday, March 12, 2031 – 6:30 p.m.\n\nCalled to order at 6:34 p.m.",
         dt.time(18, 30)),
        ("Regular Meeting – 7:00 PM\nMarch 12, 2031\n\nThe meeting was called to order at 7:04 p.m.",
         dt.time(19, 0)),
    ],
)  # fmt: skip
def test_meeting_start_time(opening: str, expected: dt.time) -> None:
    doc = extract_text(opening + "\n\nRESOLVED: That the report be noted.\n")
    assert doc.meeting_time == expected
    assert doc.to_json()["meeting_time"] == expected.strftime("%H:%M")


@pytest.mark.parametrize(
    "opening",
    [
        "Minutes of Proceedings\nDate: 03 October 2031\nMr Dane joined the meeting at 2.20 p.m.",
        "Minutes of the Panel held on 3 May 2031\nThe meeting closed at 8.40 p.m.",
        "---\nstart: 2031-10-12T09:15:50.629Z\n---",
    ],
)
def test_a_time_someone_joined_or_the_meeting_closed_is_not_its_start(opening: str) -> None:
    assert extract_text(opening + "\n").meeting_time is None


def test_dates_listed_under_a_sentence_are_not_the_meetings_own() -> None:
    doc = extract_text(
        "Chairman's Announcements\nThe Chairman announced that the spring meetings had been moved.\n"
        "The new dates were:\nThursday 6 March 2031, 2.00 pm, venue TBC\nThursday 4 September 2031, 2.00 pm\n\n"
        "It was agreed that road safety would be added to the agenda of the next formal Panel meeting on "
        "26 November 2030.\n"
    )
    assert doc.meeting_date is None
    assert {"2031-03-06", "2031-09-04"} <= {d.isoformat() for d in doc.meeting_dates}


def test_a_date_label_on_its_own_line_still_dates_the_meeting() -> None:
    doc = extract_text(
        "Minutes\nDate of meeting:\nThursday 6 March 2031\n\nRESOLVED: That the report be noted.\n"
    )
    assert doc.meeting_date == dt.date(2031, 3, 6)


def test_the_first_line_minutes_of_any_body_held_on_a_date_dates_the_meeting() -> None:
    doc = extract_text(
        "Minutes of the Village Hall Charity Trustee meeting held on 21st July 2031\n\n"
        "50.31 Any other business\nNone.\n\n51.31 Date of next meeting\n18th August 2031\n"
    )
    assert (doc.committee, doc.meeting_date) == ("Village Hall Charity Trustee", dt.date(2031, 7, 21))
    assert doc.meeting_dates == [dt.date(2031, 8, 18)]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("ASHBY PARISH COUNCIL\nA meeting of Ashby parish council was held on Monday 19th of July 2031 at 7pm"
         " in the Village Hall\n1. Apologies for absence - none\n", dt.date(2031, 7, 19)),
        ("A meeting of Ashby Parish Council was\nheld at 7:30pm on 24th January 2031 in the\nVillage Hall.\n"
         "Present: Mr G Hale (Chairman), Mrs R Cole\n", dt.date(2031, 1, 24)),
        ("At a meeting of the Combined Fire Authority held at Service Headquarters, Riverside Park, on Thursday"
         " 12 November 2031 at 10.00 a.m.\nPresent:\nCouncillors D Bell and J Chaplin\n", dt.date(2031, 11, 12)),
        ("© Ashby Parish Council\nASHBY PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING AT 7.00 pm. ON WEDNESDAY"
         " 27 JANUARY 2031 Present: Cllrs P Knowles (Chairman), K Cotton\n", dt.date(2031, 1, 27)),
        ("Agendas and Minutes\n\nMinutes of the Meeting of November 8th 2031\n\nClerk to the Council: N Ford\n",
         dt.date(2031, 11, 8)),
        ("Committee for Infrastructure\nMinutes of proceedings 21 January 2031\nMeeting Location: Room 29\n",
         dt.date(2031, 1, 21)),
        ("The Regular Meeting of the Pension Board was called to\nOrder by Chairman Ben Wade on Monday, December"
         " 22, 2031 at 6:40\nP.M. in the Conference Room of City Hall.\nROLL CALL: Members present\n",
         dt.date(2031, 12, 22)),
        ("RECORD OF DECISION\n\nThe following decisions were taken on WEDNESDAY, 12 JANUARY 2031 by the"
         " EXECUTIVE\n\nThese decisions do not take effect until MONDAY, 24 JANUARY 2031\n", dt.date(2031, 1, 12)),
        ("ASHBY PARISH COUNCIL Minutes of Parish Council Meeting held on 2 nd October 2031 at the Tithe Barn\n",
         dt.date(2031, 10, 2)),
        ("Minutes\n\nAshby City Council\n\nAt the ANNUAL MEETING of CITY COUNCIL held in the CIVIC CENTRE on "
         "WEDNESDAY, 15 TH MAY, 2031 at 6.00 p.m.\n\nPresent: The Mayor\n", dt.date(2031, 5, 15)),
        ("Ashby Parish Council\nMinutes of the Parish Council meeting\nheld on the 10th October 2031at 7.30pm in the "
         "Village Hall\nPresent: Cllr White\n", dt.date(2031, 10, 10)),
        ("AM280531/9.1 - Committee Structure\n\nThis was a decision taken on 28/05/2031 by Annual Meeting.\n",
         dt.date(2031, 5, 28)),
        ("Toggle menu\n\nAgenda for Council on Wednesday, 27th January, 2031, 6.00 pm\n\nAgenda and minutes\n",
         dt.date(2031, 1, 27)),
        ("This is a meeting of the Cabinet of Ashby Borough Council held on the 21st Nov 2031.\nThe last meeting was"
         " on 22nd Apr 2033. The next meeting is scheduled for 3rd Jun 2033.\nCouncil Offices\n", dt.date(2031, 11, 21)),
    ],
)  # fmt: skip
def test_the_sentence_that_opens_minutes_dates_the_meeting(opening: str, expected: dt.date) -> None:
    """Minutes with no heading of the usual form say in their opening sentence when the meeting
    was held, wrapped over lines as PDFs print it."""
    assert extract_text(opening + "\nRESOLVED: That the report be noted.\n").meeting_date == expected


@pytest.mark.parametrize(
    "opening",
    [
        "Agenda item\nMembers were advised that the Director had attended the joint committee meeting held"
        " on 27 May 2031.\n",
        "33 Combined Authority proposals\nMinutes:\nThe recommendations from the Cabinet meeting of 10th"
        " September 2031 were considered.\n",
        "Agenda and minutes\nVenue: Council Offices\nNo. Item\nDeclarations of Interest\nNone were made.\n"
        "Minutes that the minutes of the meeting of the Panel held on 20 July 2031, be received and approved.\n",
        "Present: Cllrs R Bourne, S Bell\n1. The minutes of the meeting held on 13th July 2031 were signed.\n",
        "Special meeting\nTo approve the minutes of the meeting held on 3 March 2031.\n",
        "At its meeting on 13 December 2031, the Scrutiny Committee considered an item placed on the agenda at the"
        " request of the Chair.\n",
        "MINUTES\nCouncil President Tran called the meeting to order. MOVED BY HARRIS, SECONDED BY DAVIS, THAT"
        " THE MINUTES OF THE MEETING OF January 10, 2031 BE APPROVED AS PUBLISHED.\n",
    ],
)
def test_a_meeting_the_opening_only_speaks_of_does_not_date_the_document(opening: str) -> None:
    """An item's text, the minutes of an earlier meeting, and anything below the list of who came
    or the page's list of items speak of other meetings."""
    assert extract_text(opening + "\nRESOLVED: That the report be noted.\n").meeting_date is None


def test_a_moderngov_meeting_page_is_dated_by_its_own_first_line() -> None:
    doc = extract_text(
        "This is a meeting of the Scrutiny Committee of Ashcombe Borough Council held on the 19th Sep 2031.\n"
        "The last meeting was on 19th Mar 2032.\nItem | Title | Minutes |\n"
        "4 | Minutes of the meeting held on 18 July 2031 |\nMinutes of the meeting held on 18 July 2031\n"
        "The minutes of the meeting held on 18 July 2031 were confirmed as a correct record.\n"
    )
    assert doc.meeting_date == dt.date(2031, 9, 19)


def test_a_dated_front_page_is_not_redated_by_its_previous_minutes_item() -> None:
    doc = extract_text(
        "Licensing Committee\nDate: Tuesday 26 April 2031 Time: 06:00 PM Location: Council Chamber\n\n"
        "1. Apologies\nThere were none.\n"
        "Minutes of the meeting held on 15 March 2031\n"
        "RESOLVED that the minutes be approved as a correct record.\n"
    )
    assert doc.meeting_date == dt.date(2031, 4, 26)


@pytest.mark.parametrize(
    "page",
    [
        "To confirm as a correct record the minutes of the meeting held on 13 May 2031.\n\n"
        "The minutes of the meeting held on 13 May 2031 were submitted.\n\n"
        "The items scheduled for the meeting of the Committee to be held on 9 September 2031 were noted.\n",
        "That the Executive note the recommendations arising from the meeting of the Overview and Scrutiny "
        "(Services) Committee held on 22 July 2031; and note the work programme.\n",
        "Cabinet considered a report reviewing the decisions taken by Members at the Council meeting held on "
        "24 September 2031 relating to meetings.\n",
    ],
)
def test_an_item_page_that_names_only_other_meetings_has_no_date(page: str) -> None:
    assert extract_text(page).meeting_date is None


def test_a_year_run_into_its_month_dates_the_meeting() -> None:
    e = extract_text(
        "MINUTES OF MEETING OF THE VILLAGE HALL COMMITTEE HELD ON 3rd November2032 AT 2000HRS\n\n1. Apologies\n\nNone.\n"
    )
    assert e.meeting_date == dt.date(2032, 11, 3)


def test_a_date_label_under_the_title_dates_the_meeting_before_the_next_meetings_date() -> None:
    """ "Date: 12 February 2031, 10:00" on a board's notes is the meeting's date and start; only a
    markdown page's front matter ("---" / "date: ...") gives the date it was posted."""
    e = extract_text(
        "Trust Board Meeting – Minutes\nDate: 12 February 2031, 10:00\n\n"
        "1. Finance report\nKL to circulate the recovery plan to Board members by 28 February.\n\n"
        "5. Date of next meeting\n9 April 2031.\n"
    )
    assert (e.meeting_date, e.meeting_time) == (dt.date(2031, 2, 12), dt.time(10, 0))
    assert [r.due for r in e.resolutions] == ["2031-02-28"]


@pytest.mark.parametrize(
    "closing",
    [
        "Date of next meeting: 11 March 2031 at 10.00am, Boardroom.",
        "The next meeting will be held on 11 March 2031 at 10am.",
        "Next meeting: Tuesday 11 March 2031, 2pm",
    ],
)
def test_the_next_meetings_time_is_not_this_meetings(closing: str) -> None:
    doc = extract_text(
        "Riverside Integrated Care Board\nMinutes of the Board meeting held on 14 January 2031\n\n"
        f"1. Finance\nThe Board noted the position. AL to circulate the capital programme.\n\n{closing}\n"
    )
    assert (doc.meeting_date, doc.meeting_time) == (dt.date(2031, 1, 14), None)


def test_an_adjourned_meetings_own_time_is_its_start() -> None:
    doc = extract_text(
        "DECEMBER 14, 2030 ADJOURNED MEETING - BUDGET WRAP-UP\n"
        "The City Council met in session on this date at 9:30 a.m. in the Council Chambers.\n"
    )
    assert doc.meeting_time == dt.time(9, 30)
