"""Action lists under an "Action items" / "Actions" / "Next steps" heading (a foundation's or a
working group's notes): each entry is an action owned by the person or people it names first,
"Full Name: task", "Name and Name: task" or "Name to task"; a ticked box is done. A task given
to a first name alone on its own line ("Carol to turn these notes into ...") is an action when
that name is somebody present, and a title such as "Request to install a bench" is not."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes.action_lines import closed, lead_owner
from minutes.extract import extract_text
from minutes.people import first_names, named_action
from minutes.text import logical_lines
from tests.minutes.test_fixture_minutes import read


async def test_board_action_items_each_owned_by_the_names_before_the_task() -> None:
    e = await read("24_foundation_board_action_items.txt")
    assert e.meeting_date == dt.date(2031, 3, 12)
    assert [(r.text, r.actionable, r.owner) for r in e.resolutions] == [
        ("Alice Park: send the revised budget to the treasurer before the next meeting", True, "Alice Park"),
        ("Ben Ode and Carol Diaz: draft the sponsorship prospectus", True, "Ben Ode and Carol Diaz"),
        ("Dan to book the venue for the summit", True, "Dan"),
        ("Elena Ruiz to ask the hosting provider about a discount", True, "Elena Ruiz"),
        ("Carol to turn these notes into a post for the project blog.", True, "Carol"),
        ("Ben Ode: circulate the survey to members", True, "Ben Ode"),
        ("Carol Diaz to update the contributor guide", True, "Carol Diaz"),
    ]
    assert e.resolutions[0].due == "next meeting"


async def test_task_list_boxes_ticked_are_done_and_next_steps_are_actions() -> None:
    e = await read("25_working_group_task_list.txt")
    assert [(r.actionable, r.owner) for r in e.resolutions] == [
        (True, "Priya Nair"),
        (False, None),
        (True, "Wen Li"),
        (True, "Tom and Wen"),
        (True, "Priya"),
        (True, "Wen Li"),
    ]
    assert "renew the certificate" in e.resolutions[1].text


@pytest.mark.parametrize(
    ("entry", "who"),
    [
        ("Dana Lee: send the figures to the treasurer", "Dana Lee"),
        ("Dana Lee and Ravi Shah: draft the leaflet", "Dana Lee and Ravi Shah"),
        ("Ravi to book the hall", "Ravi"),
        ("Geoff: Put the link to the brochure on the wiki", "Geoff"),
        ("Release: Alice Smith", None),
        ("[ ] Dana Lee: send the figures", "Dana Lee"),
        ("Note: the hall is booked until June", None),
        ("Status: ongoing", None),
        ("Circulate the audit template", None),
        ("Members to send their protocols", None),
    ],
)
def test_who_an_action_entry_names_first(entry: str, who: str | None) -> None:
    assert lead_owner(entry) == who


def test_a_ticked_box_is_done_an_empty_one_is_not() -> None:
    assert closed("[x] Tom Hale: renew the certificate")
    assert not closed("[ ] Tom Hale: renew the certificate")


def test_first_names_come_from_the_attendance() -> None:
    lines = logical_lines(
        "Attendees: Alice Park, Ben Ode and Carol Diaz\n\n"
        "Apologies:\n\n- Dan Moss\n\n- Erin Wood (Treasurer)\n\n"
        "Request Forms were reviewed.\n"
    )
    assert first_names(lines) == frozenset({"Alice", "Ben", "Carol", "Dan", "Erin"})


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Carol to turn these notes into a post for the blog.", "Carol"),
        ("Request to install a bench by the pond.", None),
        ("Motion to adopt the policy was carried.", None),
        ("Zoe to write to the school.", None),
        ("Carol to the rescue.", None),
        ("Ben to chase.", "Ben"),
        ("Carol to be elected.", None),
    ],
)
def test_a_first_name_acts_only_when_that_person_is_present(line: str, who: str | None) -> None:
    assert named_action(line, frozenset({"Carol", "Ben"})) == who


def test_a_title_with_to_is_not_a_task_even_with_an_action_section() -> None:
    doc = extract_text(
        "Village Hall Committee - 4 June 2031\n\nPresent: Ann Bell, Joe Kerr\n\n"
        "Request to install a bench by the pond.\n\nThe committee discussed the location.\n\n"
        "Actions:\n\n- Ann Bell: ask the parish council about the land\n"
    )
    assert [(r.text, r.owner) for r in doc.resolutions] == [
        ("Ann Bell: ask the parish council about the land", "Ann Bell")
    ]


def test_first_names_listed_alone_give_tasks_inside_a_paragraph() -> None:
    e = extract_text(
        "Village Hall Meeting\nMinutes Monday 19th October 2031 7.30 pm\nPresent: Calvin, Vera, Pete, Don, Sue\n"
        "2. Minutes of meeting 21st September were accepted and signed.\n"
        "7. Building progress: Shed nearly completed but some work still needed on door and gutters. Vera to revise "
        'and copy "snagging list" with a view to handing on that task.\n'
        "8. Events: Discussed whether the current level of use is sufficient to cover costs, Calvin to look into "
        "this. Pete/Sue to devise leaflet for advertising with caterers. Request to hire the hall for a wedding.\n"
        "10. Next meeting 16th November\n"
    )
    tasks = [(r.text, r.owner) for r in e.resolutions if r.actionable]
    assert tasks == [
        ('Vera to revise and copy "snagging list" with a view to handing on that task.', "Vera"),
        ("Discussed whether the current level of use is sufficient to cover costs, Calvin to look into this.", "Calvin"),
        ("Pete/Sue to devise leaflet for advertising with caterers.", "Pete/Sue"),
    ]  # fmt: skip
    assert e.meeting_dates == [dt.date(2031, 11, 16)]


def test_a_first_name_not_in_the_attendance_gives_no_task() -> None:
    e = extract_text(
        "Village Hall Meeting\nMinutes Monday 19th October 2031 7.30 pm\nPresent: Calvin, Vera, Pete\n"
        "7. Building progress: Shed nearly completed. Harold to revise the snagging list.\n"
    )
    assert not any(r.actionable for r in e.resolutions)


@pytest.mark.parametrize(
    ("shown", "owner"),
    [
        (
            "Claire Hanson addressed the meeting on the play area. Claire highlighted the items to be bought.",
            "Claire",
        ),
        ("Liz thanked the volunteers who had cleared the hall.", "Liz"),
        ("The Harold Hall was booked for the fete.", None),
        ("Harold to revise the snagging list once more.", None),
    ],
)
def test_a_first_name_the_minutes_show_to_be_a_person_gives_a_task(shown: str, owner: str | None) -> None:
    """Somebody not in the attendance who speaks or acts at the meeting ("Claire highlighted ...",
    "Liz thanked ...") is a person; a name used as a place's ("The Harold Hall") or only given tasks
    is not known to be one."""
    e = extract_text(
        "Village Hall Meeting\nMinutes Monday 19th October 2031 7.30 pm\nPresent: Calvin, Vera, Pete\n"
        f"7. Building progress: {shown}\n8. Play area: Shed nearly completed. Harold to revise the snagging list.\n"
        "9. Equipment: Claire to send the quote to the clerk. Liz to check the crockery at the hut.\n"
    )
    assert [r.owner for r in e.resolutions if r.actionable and r.minute != "7"] == ([owner] if owner else [])
    assert all(r.owner not in ("Harold", None) for r in e.resolutions if r.actionable)


def test_someone_listed_by_initial_is_given_tasks_by_first_name_but_other_initials_are_not() -> None:
    e = extract_text(
        "Glenbrook Community Council\nMinute of Meeting 12 January 2031\n\n"
        "Present: A Marwick, T Callan, W Ewart and L Jardine\nAttendance: Joan Bell (Minute Taker)\n\n"
        "2. Minutes proposed by T Callan and seconded by W Ewart\n\n"
        "3. Matters Arising\n"
        "a. Tommy to email the health board and ask for a written response.\n"
        "b. Harry to collect the lights from the store.\n"
    )
    assert [(r.text, r.owner) for r in e.resolutions if r.actionable] == [
        ("Tommy to email the health board and ask for a written response.", "Tommy")
    ]


def test_a_task_with_no_object_ends_an_item_paragraph() -> None:
    """Scottish community councils end an item with who follows it up: "Ron to chase."."""
    doc = extract_text(
        "Present: Fiona Bick (Chair), Ron McKail, Nick Pilbeam.\n\n"
        "Hall Signs: Roads Department has agreed to put up the signs. Ron to chase.\n"
    )
    assert [(r.text, r.owner, r.actionable) for r in doc.resolutions] == [("Ron to chase.", "Ron", True)]


def test_names_listed_on_the_line_under_an_attendance_heading_give_tasks() -> None:
    """A community council lists who came on one line under "Members Present", and gives tasks by
    first name after an item's title and a dash."""
    doc = extract_text(
        "Members Present\n\nBob Davidson (Chair), Linda Mackie (Sec.), John Thomson , Gordon Brown .\n\n"
        "Matters Arising\n\n1. Dog Walk – Linda to follow up on this.\n\n"
        "2. Dog Bins – Gordon requested a bin for Tree Road . Gordon to follow up in a month.\n"
    )
    assert [(r.owner, r.actionable) for r in doc.resolutions] == [("Linda", True), ("Gordon", True)]


def test_a_sentence_under_an_attendance_heading_names_nobody() -> None:
    lines = logical_lines(
        "Present\nThe Chair, who was late, said the Clerk, Tom and Ann had sent apologies.\n"
    )
    assert first_names(lines) == frozenset()


def test_an_action_list_that_names_who_acts_in_brackets_after_the_task() -> None:
    e = extract_text(
        "# Makerspace board meeting, 14 November 2031\n\n## Action Items\n\n"
        "* Volunteer spreadsheet (Craig)\n"
        "* Create a proposal for email simplification (James & Craig)\n"
        "* Report back with a camera policy proposal (Craig, Laria, Mike G., Dustin)\n"
        "* Order the new laser tube (2032 budget)\n"
    )
    assert [(r.text[:30], r.owner) for r in e.resolutions] == [
        ("Volunteer spreadsheet (Craig)", "Craig"),
        ("Create a proposal for email si", "James & Craig"),
        ("Report back with a camera poli", "Craig, Laria, Mike G., Dustin"),
        ("Order the new laser tube (2032", None),
    ]
    assert extract_text("## Present\n\n* Ann Lee (Chair)\n* Bo Ray (Treasurer)\n").resolutions == []


def test_first_names_come_from_an_attendance_run_into_the_title_of_a_pdf() -> None:
    lines = logical_lines(
        "Meeting of Penrhos Community Council held on 13th April 2031 Present: Chairperson: Laurence Oliver"
        " Councillors: Samantha Hughes, Jo Gooding Clerk to the Council: Jayne Evans 1. Apologies: Nil"
        " 2. Matters arising: Defibrillators – protocol partly written, Jayne to sort out the broken one.\n"
    )
    assert first_names(lines) == frozenset({"Laurence", "Samantha", "Jo", "Jayne"})


def test_a_task_for_a_first_name_in_a_pdf_run_into_one_line_is_an_action() -> None:
    doc = extract_text(
        "Meeting of Penrhos Community Council held on 13th April 2031 Present: Chairperson: Laurence Oliver"
        " Clerk to the Council: Jayne Evans 1. Apologies: Nil 2. Matters arising: Defibrillators – protocol"
        " partly written, Jayne to sort out the broken defibrillator. Bench – repaired.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        (
            "Defibrillators – protocol partly written, Jayne to sort out the broken defibrillator.",
            True,
            "Jayne",
        )
    ]


def test_titles_before_names_in_an_attendance_run_into_the_title_are_no_first_names() -> None:
    lines = logical_lines(
        "Meeting of Penrhos Community Council held on 1 May 2031 Present: Cllr Samantha Hughes, Councillor Jo"
        " Gooding, Mrs Ann Lee, Parish Clerk Jayne Evans 1. Apologies: Nil 2. Matters arising: the bench is"
        " broken.\n"
    )
    assert first_names(lines) == frozenset({"Samantha", "Jo", "Ann", "Jayne"})


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Alan to check on cost.", "Alan"),
        ("Mike and Lesley to organise wine and nibbles.", "Mike and Lesley"),
        ("John or Craig to provide Charles with access to the database.", "John or Craig"),
        ("Plans to provide a bench were discussed.", None),
        ("Asked to circulate the poster.", None),
        ("Welcome to write to us.", None),
        ("Motion to adopt the policy.", None),
        ("Meeting to discuss the hall.", None),
        ("Training to start in May.", None),
    ],
)
def test_a_first_name_given_a_follow_up_acts_without_an_attendance(line: str, who: str | None) -> None:
    assert named_action(line, frozenset()) == who


def test_labels_and_links_listed_among_the_points_are_no_points() -> None:
    doc = (
        "# Tooling Group Meeting Notes - 2031-04-17\n\n"
        "## Summary / Decisions / Action Items / Links\n\n"
        "- Decisions:\n"
        "  - [x] Meetings are held monthly on the third Thursday\n"
        "- Action Items:\n"
        "  - [ ] Write down the process for adding people to the group\n"
        "- Links:\n"
        "  - [https://example.org/process/faq.html]\n"
        "  - https://example.org/charter.pdf\n"
    )
    assert [(r.text, r.actionable) for r in extract_text(doc).resolutions] == [
        ("[x] Meetings are held monthly on the third Thursday", False),
        ("[ ] Write down the process for adding people to the group", True),
    ]


def test_assigned_tasks_end_where_the_motions_begin() -> None:
    e = extract_text(
        "Board meeting 2031-08-15\n\n"
        "  • Attending: Jeff, Michael, Daniel\n\n"
        "Assigned Tasks\n\n"
        "  • Daniel: prepare a motion on the charity application\n"
        "  • Jeff: organise volunteers for the conference stand\n\n"
        "  • MOTION: approve the minutes of the last meeting\n"
        "    • Anne/1, +1: all\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in e.actions] == [
        ("Daniel: prepare a motion on the charity application", True, "Daniel"),
        ("Jeff: organise volunteers for the conference stand", True, "Jeff"),
    ]


def test_tasks_numbered_in_the_action_register_are_actions_wherever_they_stand() -> None:
    e = extract_text(
        "Interim board minutes\n"
        "Action Items\n"
        "See action item register.\n"
        "Unfinished Business\n"
        "- Mina sent her report.\n"
        "- Geoff: Put the link to the draft on the wiki. (Action Point #20310110.01)\n"
        "- Include the process outline\n"
        "New Business\n"
        "- All: Send agenda items to David. (Action Point #20310110.02)\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in e.resolutions] == [
        ("Geoff: Put the link to the draft on the wiki. (Action Point #20310110.01)", True, "Geoff"),
        ("All: Send agenda items to David. (Action Point #20310110.02)", True, "All"),
    ]


def test_previous_action_items_each_opening_with_the_day_it_was_given() -> None:
    e = extract_text(
        "Board meeting 2031-07-11\n\n"
        "2031/9: Adopt the open source policy\n\n"
        "To adopt the policy as proposed. Accepted 2031-06-28 with 6 votes in favour.\n\n"
        "Previous action items\n\n"
        "2031-04-27: Paul to resend the public vote research\n"
        "2031-05-28: Kate to post the job advert elsewhere (Done)\n"
        "2031-05-28: Martijn/Kate to draft the diversity policy\n\n"
        "Next meeting\n\nThe next meeting is on 2031-08-08.\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in e.resolutions] == [
        ("2031-04-27: Paul to resend the public vote research", True, "Paul"),
        ("2031-05-28: Kate to post the job advert elsewhere (Done)", False, None),
        ("2031-05-28: Martijn/Kate to draft the diversity policy", True, "Martijn/Kate"),
    ]


def test_a_first_name_with_its_surnames_initial_is_given_the_task() -> None:
    doc = extract_text(
        "Minutes of the Wells Lane Residents Association held on 18 January 2031\n\n"
        "Present: Jenny Bentall, Mike Hart, Tessa Oduya\n\n"
        "4.1 Road Danger Reduction Proposals\n\n"
        "Councillors have still not replied to the association's letters.\n\n"
        "Jenny B is to write to local councillors, with a copy to the MP, asking for a response to the letter.\n"
    )
    assert [(r.actionable, r.owner) for r in doc.resolutions] == [(True, "Jenny B")]
