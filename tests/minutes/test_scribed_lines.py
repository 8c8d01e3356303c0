"""Minutes scribed in a chat (IRC or W3C style: "RESOLUTION: ...", "ACTION: dana to ...") and text
that kept its HTML line breaks ("<br />" from a web form, an OCR layer): a break is a line end, a
scribe's RESOLUTION or ACTION line ends where its line ends, and a sentence wrapped across breaks
is still one sentence."""

from __future__ import annotations

import datetime as dt

from minutes.extract import extract_text
from minutes.text import logical_lines
from tests.minutes.test_fixture_minutes import read


async def test_chat_minutes_resolutions_and_owned_actions() -> None:
    e = await read("26_scribed_chat_minutes.txt")
    assert e.meeting_date == dt.date(2031, 5, 14)
    assert [(r.text, r.owner) for r in e.resolutions] == [  # the label ("RESOLUTION:") is not the point
        ("Merge pull request 88", None),
        ("Bob to close issues 12, 14 and 19 with a note", "Bob"),
        ("Carla Nunes to ask the editors about the glossary", "Carla Nunes"),
        ("Publish a new working draft next week", None),
    ]
    assert all(r.actionable for r in e.resolutions[1:3])


def test_html_breaks_are_line_ends() -> None:
    assert [ln.text for ln in logical_lines("Present: Ann, Joe<br />Apologies: none<BR>")] == [
        "Present: Ann, Joe",
        "Apologies: none",
    ]


def test_a_sentence_wrapped_across_breaks_stays_whole() -> None:
    doc = extract_text(
        "Town Council minutes, 3 June 2031<br />7. Street lighting<br />ACTION: <br />"
        "That the Clerk be asked to obtain two quotations for the lamps on <br />"
        "Mill Lane before the next meeting. <br />8. Close<br />"
    )
    (res,) = doc.resolutions
    assert res.text == (
        "That the Clerk be asked to obtain two quotations for the lamps on Mill Lane before the next meeting."
    )
    assert (res.actionable, res.owner, res.due) == (True, "the Clerk", "next meeting")


def test_a_motion_under_an_action_label_is_classified_as_any_motion() -> None:
    doc = extract_text(
        "Town Council minutes, 3 June 2031\n\n6. Resignation\n\nACTION:\n\n"
        "That the Council accept, with regret, the resignation of Mr. Vale.\n"
    )
    (res,) = doc.resolutions
    assert not res.actionable


def test_a_scribed_line_runs_on_only_where_it_plainly_wraps() -> None:
    lines = logical_lines(
        "RESOLUTION: Adopt the glossary as drafted\nTopic: Testing\n"
        "ACTION: dana to ask the editors about the\nglossary before Friday\n"
        "ACTION: lee to update the wiki\nbob: thanks all\n"
    )
    assert [ln.text for ln in lines] == [
        "RESOLUTION: Adopt the glossary as drafted",
        "Topic: Testing",
        "ACTION: dana to ask the editors about the glossary before Friday",
        "ACTION: lee to update the wiki",
        "bob: thanks all",
    ]


def test_initials_after_a_comma_are_a_persons_note_but_the_clerk_is_the_meetings_task() -> None:
    from tests.minutes.helpers import parish_doc

    doc = parish_doc(
        "5. Hall",
        "Plaque for meeting room table discussed, Clerk to investigate.",
        "Thinner slices were suggested, HC to look at this.",
    )
    assert [r.text for r in doc.resolutions] == [
        "Plaque for meeting room table discussed, Clerk to investigate."
    ]
    assert [q.text for q in doc.requests] == ["Thinner slices were suggested, HC to look at this."]
