"""An action log kept as a table whose rows lost their outer pipes ("25/04 | Update the website |
SK | June 2031 | Open"), with a Status column that closes some entries, and the labels that name
who acts on the decision above them ("Action by: Community Safety Manager", "Lead officer: ...")
(fixture 46)."""

from __future__ import annotations

import pytest

from minutes.extract import extract_text
from minutes.rules import tag_document
from minutes.tags import Tag
from minutes.text import logical_lines
from tests.minutes.test_fixture_minutes import read


async def test_action_table_and_owner_labels() -> None:
    e = await read("46_action_tables_and_owner_labels.txt")
    got = [
        (r.text, r.actionable, r.owner if r.actionable else None, r.due if r.actionable else None, r.minute)
        for r in e.resolutions
    ]
    assert got == [
        ("Update the partnership website with the new contacts", True, "SK", "June 2031", "25/04"),
        ("Write to the fire service about the joint visits", False, None, None, "25/06"),
        ("Circulate the draft strategy to all partners", True, "Partnership Manager", "2031-05-30", "25/07"),
        ("To extend the street marshal scheme to the end of March.", True, "Community Safety Manager", None, "2"),
        ("That the quarterly hate crime report be noted.", False, None, None, "3"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "table"),
    [
        ("1 | Circulate the policy | BM | 30 April", True),
        ("| Action | Owner | Due |", True),
        ("RESOLVED: |", False),
        ("The figures for Q1 | Q2 were shown.", False),
    ],
)
def test_a_row_without_outer_pipes_is_a_table_row(text: str, table: bool) -> None:
    [line] = logical_lines(text)
    assert line.table is table


def test_an_owner_label_is_an_action_line_and_a_lead_member_opens_nothing() -> None:
    tagged = tag_document(logical_lines("Action by: Community Safety Manager\n"))
    assert (tagged[0].tag, tagged[0].hit.kind) == (Tag.ACTION, "owner")
    tagged = tag_document(logical_lines("Lead: the Panel discussed the hall and its heating at length.\n"))
    assert tagged[0].hit.kind != "owner"


def test_a_task_table_with_an_assigned_column_is_an_action_log() -> None:
    text = (
        "Steering group meeting 12, 3 March 2031\n\n"
        "# Actions\n\n"
        "| ITEM | DESCRIPTION                              | ASSIGNED |\n"
        "| ---- | ---------------------------------------- | -------- |\n"
        "| 12.0 | Publish the release notes                | Priya    |\n"
        "| 12.1 | Ask the hosts for the spring dates       | Tom B    |\n"
    )
    got = [(r.text, r.actionable, r.owner, r.minute) for r in extract_text(text).resolutions]
    assert got == [
        ("Publish the release notes", True, "Priya", "12.0"),
        ("Ask the hosts for the spring dates", True, "Tom B", "12.1"),
    ]


def test_a_costed_item_table_with_no_one_assigned_is_not_an_action_log() -> None:
    text = (
        "Parish council, 3 March 2031\n\n"
        "| Item | Description          | Cost |\n"
        "| ---- | -------------------- | ---- |\n"
        "| 1    | Replace the bench    | £300 |\n"
    )
    assert extract_text(text).resolutions == []


def test_a_wiki_table_of_action_points_doubles_its_pipes() -> None:
    text = (
        "== Action Points ==\n"
        "||'''Meeting''' ||'''Assigned''' ||'''Action''' ||'''status''' || '''ETA''' ||\n"
        "||#9 ||PriyaShah ||draft the hosting announcement for review ||not done || 2031-10-05 ||\n"
        "||#9 ||TomBell ||publish the minutes of meeting 8 ||done ||\n"
    )
    got = [(r.text, r.actionable, r.owner, r.due) for r in extract_text(text).resolutions]
    assert got == [
        ("draft the hosting announcement for review", True, "PriyaShah", "2031-10-05"),
        ("publish the minutes of meeting 8", False, "TomBell", None),
    ]


def test_an_actions_column_beside_the_discussion_gives_each_entry_of_its_cells() -> None:
    doc = extract_text(
        "# Steering group, 9 March 2031\n\n"
        "| Topic | Notes | Actions: Responsible / Note |\n"
        "| --- | --- | --- |\n"
        "| Release | <p>- The release is on track.<br>- Tests pass.</p> "
        "| <p>- Prepare the release notes.<br>- Mira and Tom to tag the release by Friday.</p> |\n"
        "| Licences | Slack or Discord was discussed. | - Decision to fund Slack licences for members. |\n"
        "| Budget | The budget was shown. | N/A |\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("Prepare the release notes.", True, None),
        ("Mira and Tom to tag the release by Friday.", True, "Mira and Tom"),
        ("Decision to fund Slack licences for members.", False, None),
    ]


def test_an_html_break_outside_a_table_still_ends_the_line() -> None:
    doc = extract_text(
        "7. Street lighting<br />RESOLVED: That the Clerk obtain quotes for the lamps.<br />8. Close"
    )
    assert [(r.text, r.actionable) for r in doc.resolutions] == [
        ("That the Clerk obtain quotes for the lamps.", True)
    ]


def test_an_action_tagged_inside_a_cell_of_a_notes_table_is_a_task() -> None:
    doc = extract_text(
        "## Club meeting, 25 July 2031\n\n"
        "| Item | Item Description |\n"
        "|---|---|\n"
        "| 1. Purpose of the club | <ul><li>Members discussed the purpose of the club</li></ul> |\n"
        "| 2. Meeting place | <ul><li>Members raised the issue of a room</li>"
        "<li><strong>Action:</strong> Jo to find out when members are free</li></ul> |\n"
        "| 3. Communications | <ul><li><strong>Action:</strong> Jo to create a chat channel</li></ul> |\n"
    )
    assert [(r.text, r.actionable, r.owner) for r in doc.resolutions] == [
        ("Jo to find out when members are free", True, "Jo"),
        ("Jo to create a chat channel", True, "Jo"),
    ]


def test_a_markdown_table_written_without_its_outer_pipes_is_read_under_an_action_label() -> None:
    e = extract_text(
        "Minutes of the club committee meeting held on 3 March 2031\n\n"
        "- The new members night was a success.\n"
        "Action Items:\n"
        "Name | Action |\n"
        "---|---|\n"
        "Jo Bloggs | To update the membership form on the website. |\n"
        "Sam Smith | To contact the council about the hut lease. |\n"
    )
    assert [(r.text, r.owner, r.actionable) for r in e.resolutions] == [
        ("To update the membership form on the website.", "Jo Bloggs", True),
        ("To contact the council about the hut lease.", "Sam Smith", True),
    ]


def test_an_action_table_whose_responsible_column_is_res_names_who_acts() -> None:
    e = extract_text(
        "Minutes of the software collaboration meeting held on 3 March 2031\n\n"
        "Actions\n\n"
        "| Item | Description | Res | Status |\n"
        "| ----- | --------------- | --- | ----- |\n"
        "| 66.00 | Document the meeting and update the actions | AM | Done |\n"
        "| 66.01 | Fix the dates of the spring meetings | TG/AM | . |\n"
    )
    assert [(r.text, r.owner, r.actionable) for r in e.resolutions] == [
        ("Document the meeting and update the actions", "AM", False),
        ("Fix the dates of the spring meetings", "TG/AM", True),
    ]


def test_a_page_of_flattened_cells_under_a_bare_table_head_stays_as_it_was() -> None:
    e = extract_text(
        "No. | Item |\n---|---|\n"
        "Minutes Minutes: RESOLVED that the minutes of the meeting held on 3 March 2031 be agreed as a correct record. |\n"
        "|\n"
        "Play area Minutes: RESOLVED that officers report on the play area to the next meeting. |\n"
    )
    assert [(r.text, r.actionable) for r in e.resolutions] == [
        ("That the minutes of the meeting held on 3 March 2031 be agreed as a correct record.", False),
        ("That officers report on the play area to the next meeting.", True),
    ]
