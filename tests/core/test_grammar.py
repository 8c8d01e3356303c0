"""The command language, from tables: text in, typed command (or a specific error) out."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from handlers import commands as c
from handlers.grammar import ParseError, parse

P = c.PersonSpec


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", c.ListActions()),
        ("/actions", c.ListActions()),
        ("/actions   ", c.ListActions()),
        ("/actions mine", c.ListActions(c.ListKind.mine)),
        ("MINE", c.ListActions(c.ListKind.mine)),
        ("overdue", c.ListActions(c.ListKind.overdue)),
        ("stale", c.ListActions(c.ListKind.stale)),
        ("due next", c.ListActions(c.ListKind.due_next)),
        ("due next meeting", c.ListActions(c.ListKind.due_next)),
        ("due 2024-01-10", c.ListActions(c.ListKind.due_on, on=date(2024, 1, 10))),
        ("owner Tom Reed", c.ListActions(c.ListKind.owner, words="Tom Reed")),
        (
            'owner "Director of Adult Social Care"',
            c.ListActions(c.ListKind.owner, words='"Director of Adult Social Care"'),
        ),
        ("search travel time", c.ListActions(c.ListKind.search, words="travel time")),
        ("all", c.ListActions(c.ListKind.all)),
        ("done", c.ListActions(c.ListKind.done)),
        ("share overdue", c.ListActions(c.ListKind.overdue, share=True)),
        ("overdue page 2", c.ListActions(c.ListKind.overdue, page=2)),
        ("page 3", c.ListActions(page=3)),
        ("show A12", c.Show("A12")),
        ("show a7", c.Show("A7")),
        ("/actions done A12 report circulated", c.Done("A12", "report circulated")),
        ("done A12", c.Done("A12", "")),
        ("reopen A3 not finished after all", c.Reopen("A3", "not finished after all")),
        (
            "update A12 met the providers; figures due Friday",
            c.Update("A12", "met the providers; figures due Friday"),
        ),
        ("progress A12 halfway", c.Update("A12", "halfway")),
        ("assign A12 <@U123ABC>", c.Assign("A12", P("<@U123ABC>", platform_id="U123ABC"))),
        ("assign A12 <@U123ABC|tom>", c.Assign("A12", P("<@U123ABC|tom>", platform_id="U123ABC"))),
        ('assign A12 "Head of Commissioning"', c.Assign("A12", P("Head of Commissioning", is_role=True))),
        ("assign A12 Tom Reed", c.Assign("A12", P("Tom Reed"))),
        ("due A12 next meeting", c.SetDue("A12", c.DueSpec(c.DueSpecKind.next_meeting))),
        ("due A12 2024-03-01", c.SetDue("A12", c.DueSpec(c.DueSpecKind.date, date(2024, 3, 1)))),
        ("due A12 future meeting", c.SetDue("A12", c.DueSpec(c.DueSpecKind.future_meeting))),
        (
            "due A12 meeting 2024-03-07",
            c.SetDue("A12", c.DueSpec(c.DueSpecKind.meeting_on, date(2024, 3, 7))),
        ),
        ("due A12 none", c.SetDue("A12", c.DueSpec(c.DueSpecKind.none))),
        ("snooze A12 7d", c.Snooze("A12", c.SnoozeUntil.period, period=timedelta(days=7))),
        ("snooze A12 2w", c.Snooze("A12", c.SnoozeUntil.period, period=timedelta(days=14))),
        ("snooze A12 next meeting", c.Snooze("A12", c.SnoozeUntil.next_meeting)),
        ("snooze A12 2024-02-01", c.Snooze("A12", c.SnoozeUntil.date, on=date(2024, 2, 1))),
        ("unsnooze A12", c.Unsnooze("A12")),
        ("add Write to the ICB about waiting times", c.Add("Write to the ICB about waiting times")),
        (
            "add Write to the ICB owner Tom Reed due next meeting",
            c.Add("Write to the ICB", P("Tom Reed"), c.DueSpec(c.DueSpecKind.next_meeting)),
        ),
        (
            'add Report on carers owner "Director of Adult Social Care" due 2024-05-01',
            c.Add(
                "Report on carers",
                P("Director of Adult Social Care", is_role=True),
                c.DueSpec(c.DueSpecKind.date, date(2024, 5, 1)),
            ),
        ),
        ("drop A12 superseded by the new strategy", c.Drop("A12", "superseded by the new strategy")),
        ("help", c.Help()),
        ("help snooze", c.Help("snooze")),
        ("setup asc", c.Setup("ASC")),
        (
            'setup asc "Adult Social Care Scrutiny Commission"',
            c.Setup("ASC", "Adult Social Care Scrutiny Commission"),
        ),
        ("review", c.Review()),
        ("review confirm all", c.ReviewChange(c.ReviewVerb.confirm, "all")),
        ("review confirm A4", c.ReviewChange(c.ReviewVerb.confirm, "A4")),
        ("confirm A4", c.ReviewChange(c.ReviewVerb.confirm, "A4")),
        ("review discard A4 duplicate", c.ReviewChange(c.ReviewVerb.discard, "A4", "duplicate")),
        (
            "review edit A4 That officers write to the ICB.",
            c.ReviewChange(c.ReviewVerb.edit, "A4", "That officers write to the ICB."),
        ),
        ("import https://example.org/mgAi.aspx?ID=1", c.ImportMinutes("https://example.org/mgAi.aspx?ID=1")),
        ("import <https://example.org/m.pdf>", c.ImportMinutes("https://example.org/m.pdf")),
        ("role add Tom Reed officer", c.Roles(c.RoleChange.add, P("Tom Reed"), "officer")),
        (
            "role remove <@U1ABCDEF> admin",
            c.Roles(c.RoleChange.remove, P("<@U1ABCDEF>", platform_id="U1ABCDEF"), "admin"),
        ),
        ("roles", c.Roles(c.RoleChange.list)),
        ('title Tom Reed "Head of Commissioning"', c.Title(P("Tom Reed"), "Head of Commissioning")),
    ],
)
def test_parses(text: str, expected: object) -> None:
    assert parse(text) == expected


APOSTROPHES = [
    ("add Jo's report on day centres", c.Add("Jo's report on day centres")),
    ("add Jo\u2019s report", c.Add("Jo\u2019s report")),
    ("add Chase O'Brien's figures owner O'Brien", c.Add("Chase O'Brien's figures", P("O'Brien"))),
    (
        "add Don't close the centre owner Jo O'Brien due next meeting",
        c.Add("Don't close the centre", P("Jo O'Brien"), c.DueSpec(c.DueSpecKind.next_meeting)),
    ),
    (
        'add Check the "due diligence" pack owner Tom',
        c.Add('Check the "due diligence" pack', P("Tom")),
    ),
    ("add Report \u201cowner occupiers\u201d data", c.Add("Report \u201cowner occupiers\u201d data")),
    ("update A1 don't know yet", c.Update("A1", "don't know yet")),
    ("update A1 'not yet' said the officer", c.Update("A1", "'not yet' said the officer")),
    ("update A1 first line\nsecond line", c.Update("A1", "first line\nsecond line")),
    ("done A1 Jo's note: sent", c.Done("A1", "Jo's note: sent")),
    ("drop A1 the ICB's review superseded it", c.Drop("A1", "the ICB's review superseded it")),
    ("reopen A1 wasn't finished", c.Reopen("A1", "wasn't finished")),
    ("assign A1 O'Brien", c.Assign("A1", P("O'Brien"))),
    ("assign A1 Siobhan O'Brien", c.Assign("A1", P("Siobhan O'Brien"))),
    ("assign A1 'Head of Commissioning'", c.Assign("A1", P("'Head of Commissioning'"))),
    ("assign A1 \u201cHead of Commissioning\u201d", c.Assign("A1", P("Head of Commissioning", is_role=True))),
    ("search Jo's", c.ListActions(c.ListKind.search, words="Jo's")),
    ("search don't know", c.ListActions(c.ListKind.search, words="don't know")),
    ("search C:\\reports", c.ListActions(c.ListKind.search, words="C:\\reports")),
    ("owner O'Brien", c.ListActions(c.ListKind.owner, words="O'Brien")),
    ("role add Jo O'Brien officer", c.Roles(c.RoleChange.add, P("Jo O'Brien"), "officer")),
    (
        "title Jo O'Brien \"Head of Children's Services\"",
        c.Title(P("Jo O'Brien"), "Head of Children's Services"),
    ),
    (
        "meetings add 2024-03-05 18:30 St John's Hall",
        c.AddMeeting(date(2024, 3, 5), time(18, 30), "St John's Hall"),
    ),
    (
        "programme add 2024-03-05 Children's centres lead O'Brien",
        c.AddTopic(date(2024, 3, 5), "Children's centres", "O'Brien"),
    ),
    (
        "programme add 2024-03-05 \u201cLead pipes in schools\u201d lead O'Brien",
        c.AddTopic(date(2024, 3, 5), "Lead pipes in schools", "O'Brien"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_apostrophes_are_part_of_words(text: str, expected: object) -> None:
    """Only double quotes, straight or curly, group words: Jo's, don't and O'Brien work everywhere."""
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message", "usage"),
    [
        ("frobnicate", "I don't know the command `frobnicate`.", None),
        ("overdeu", "Did you mean `overdue`?", None),
        ("show", "Which action? Give its reference, like A12.", "show A12"),
        ("show 12", "`12` is not an action reference; references look like A12.", "show A12"),
        ("show A12 A13", "I didn't expect `A13` here.", "show A12"),
        ("update A12", "What is the update on A12?", "update A12 <progress note>"),
        ("drop A12", "Why is A12 being dropped?", "drop A12 <reason>"),
        ("due", "Due when?", None),
        ("due 2024-13-01", "2024-13-01 is not a real date.", None),
        ("due 10/01/2024", "`10/01/2024` is not a date; write dates as YYYY-MM-DD", None),
        ("due A12 soonish", "I can't read the due point `soonish`.", None),
        ("snooze A12", "Snooze A12 for how long?", None),
        ("snooze A12 forever", "I can't read `forever` as a snooze", None),
        ("snooze A12 400d", "Snooze for between 1 day and a year.", None),
        ("assign A12", "Who? Give an @mention, a name, or a role title in quotes.", None),
        ('assign A12 "Head of', "A quotation mark is not closed.", None),
        ("assign A12 \u201cHead of", "A quotation mark is not closed.", None),
        ('add Report "owner Tom', "A quotation mark is not closed.", None),
        ('programme note W1 "half', "A quotation mark is not closed.", None),
        ("add", "What is the action? Write its text after `add`.", None),
        ("add Report owner Tom owner Sam", "Give one owner.", None),
        ("mine please", "I didn't expect `please` here.", "mine"),
        ("share show A1", "`share` goes before a listing", None),
        ("setup", "Give the committee's short code", None),
        (
            f'setup PSC "{"x" * 201}"',
            "That name is 201 characters long; give the committee a name of at most 200",
            None,
        ),
        ("import ftp://x", "is not a web address", None),
        ("role add Tom boss", "`boss` is not a role", None),
        ("x" * 5000, "That message is too long", None),
    ],
)
def test_errors_are_specific(text: str, message: str, usage: str | None) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    assert message in info.value.message
    if usage is not None:
        assert info.value.usage == usage
