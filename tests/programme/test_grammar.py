"""The programme, meetings and export verbs, from tables: text in, command or a specific error out."""

from __future__ import annotations

from datetime import date, time

import pytest

from handlers.commands import (
    AddMeeting,
    AddTopic,
    CancelMeeting,
    CheckProgramme,
    ConfirmTopic,
    DiscardTopic,
    DropTopic,
    Export,
    Format,
    LinkModernGov,
    LinkTopic,
    ListMeetings,
    MoveMeeting,
    MoveTopic,
    NoteTopic,
    ShowProgramme,
    SyncMeetings,
    View,
)
from handlers.grammar import VERBS, ParseError, parse

D = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/actions programme", ShowProgramme()),
        ("programme all", ShowProgramme(View.all)),
        ("wp proposed", ShowProgramme(View.proposed)),
        ("programme check", CheckProgramme()),
        ("programme add 2024-03-05 Carers strategy", AddTopic(D, "Carers strategy")),
        ("programme add unscheduled Carers", AddTopic(None, "Carers")),
        (
            "programme add 2024-03-05 Carers strategy lead Head of Commissioning",
            AddTopic(D, "Carers strategy", "Head of Commissioning"),
        ),
        (
            'programme add 2024-03-05 "Lead pipes" lead Tom Reed for A12 A13',
            AddTopic(D, "Lead pipes", "Tom Reed", ("A12", "A13")),
        ),
        ("programme add tbc Reablement for a4", AddTopic(None, "Reablement", None, ("A4",))),
        ("programme move W3 2024-03-05", MoveTopic(3, D)),
        ("programme move w3 unscheduled", MoveTopic(3, None)),
        ("programme drop W3", DropTopic(3)),
        ("programme drop W3 heard in March", DropTopic(3, "heard in March")),
        ("programme note W3 report drafted, due Feb", NoteTopic(3, "report drafted, due Feb")),
        ("programme confirm W3", ConfirmTopic(3)),
        ("programme confirm all", ConfirmTopic(None)),
        ("programme discard W3", DiscardTopic(3)),
        ("programme link A12 W3", LinkTopic("A12", 3)),
        ("programme unlink a12 w3", LinkTopic("A12", 3, unlink=True)),
        ("meetings", ListMeetings()),
        ("/actions meetings past", ListMeetings(past=True)),
        ("meetings add 2024-03-05", AddMeeting(D)),
        ("meetings add 2024-03-05 18:30 Room 1, Town Hall", AddMeeting(D, time(18, 30), "Room 1, Town Hall")),
        ("meetings move 2024-03-05 to 2024-03-12", MoveMeeting(D, date(2024, 3, 12))),
        ("meetings move 2024-03-05 2024-03-12 9:15", MoveMeeting(D, date(2024, 3, 12), time(9, 15))),
        ("meetings cancel 2024-03-05 not quorate", CancelMeeting(D, "not quorate")),
        ("meetings sync", SyncMeetings()),
        (
            "meetings moderngov https://democracy.example.gov.uk/ 142",
            LinkModernGov("https://democracy.example.gov.uk", 142),
        ),
        ("export csv", Export(Format.csv)),
        ("export HTML asc", Export(Format.html, "ASC")),
        ("export markdown", Export(Format.md)),
        ("export ics", Export(Format.ics)),
    ],
)
def test_parses(text: str, expected: object) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("programme add", "Add a topic for which meeting?"),
        ("programme add 2024-03-05", "What is the topic?"),
        ("programme add next Carers", "`next` is not a meeting date; give YYYY-MM-DD, or `unscheduled`."),
        ("programme add 2024-02-30 Carers", "2024-02-30 is not a real date."),
        ("programme add 2024-03-05 lead Tom", "What is the topic?"),
        ("programme add 2024-03-05 A lead B lead C", "The word lead appears more than once"),
        ('programme add 2024-03-05 "Lead pipes" by Tom', "After the quoted topic I expected `lead <name>`"),
        ("programme move W3", "Move W3 to which meeting?"),
        ("programme move 3 2024-03-05", "`3` is not a work programme reference; those look like W3."),
        ("programme note W3", "What is the progress on W3?"),
        ("programme link W3 A12", "`W3` is not an action reference"),
        ("programme link A12", "Say `programme link A12 W3`"),
        ("programme frobnicate", "`frobnicate`: programme takes all, proposed, check, add"),
        ("programme check now", "I didn't expect `now` after `programme check`."),
        ("meetings add", "Add the meeting on which date?"),
        ("meetings add 2024-03-05 25:00", "`25:00` is not a time; write times as HH:MM"),
        ("meetings add 2024-03-05 6pm Town Hall", "`6pm` is not a time"),
        ("meetings move 2024-03-05", "Move the meeting of 2024-03-05 to when?"),
        ("meetings move 2024-03-05 to 2024-03-12 6pm", "`6pm` is not a time; write times as HH:MM"),
        ("meetings cancel", "Cancel the meeting on which date?"),
        (
            "meetings postpone 2024-03-05",
            "`postpone`: meetings takes add, move, cancel, sync, moderngov or past.",
        ),
        ("meetings moderngov example.gov.uk 142", "`example.gov.uk` is not a web address"),
        ("meetings moderngov https://x.gov.uk abc", "Give the ModernGov site and the committee's id there"),
        ("export", "Export as what?"),
        ("export pdf", "`pdf` is not a format I can export; use csv, md, html or ics."),
        ("export csv ASC now", "I didn't expect `now` here."),
    ],
)
def test_errors_are_specific(text: str, message: str | None) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    if message is not None:
        assert message in caught.value.message
    assert caught.value.usage == VERBS[text.split()[0] if text.split()[0] in VERBS else "programme"].usage


def test_groups_for_help() -> None:
    assert VERBS["programme"].group == "Work programme"
    assert VERBS["meetings"].group == "Meetings"
    assert VERBS["export"].group == "Listings"
