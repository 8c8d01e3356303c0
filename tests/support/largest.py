"""The largest replies the bot can build, for the tests that hold every platform's limits to them.

Each is as big as its parts allow: 200 actions with texts of 10,000 characters, titles and
headings far past any field's length, a card with 1,000 changes in its history, a table of 2,000
rows, a digest morning with every section full, a file bigger than anything shown inline.
"""

from __future__ import annotations

from handlers.replies import (
    ActionCard,
    ActionList,
    ActionView,
    Button,
    ButtonKind,
    FileReply,
    Group,
    HistoryLine,
    Home,
    Level,
    Multi,
    NextMeeting,
    Notice,
    Reply,
    Table,
)

LONG = "The Director of Adult Social Care to report back on the waiting list for adaptations, " * 120
"""About 10,000 characters: more than any single text field of either platform allows."""
WIDE = "Ünïcödé ✓ “quoted” — <b>&amp;</b> 😀 " * 40
"""Characters that JSON escapes or that take two UTF-16 units, in the fields people type."""


def view(n: int, *, text: str = LONG, restricted: bool = False) -> ActionView:
    ref = f"A{100000 + n}"
    return ActionView(
        ref=ref,
        text=text,
        committee="ASC",
        status="in progress",
        owner=WIDE[:300],
        assignee="Priya Shah-Montgomery-Fitzwilliam of Adult Social Care Commissioning",
        due="next meeting (11 Jun 2024)",
        since_update="3 months ago",
        overdue=n % 2 == 0,
        stale=True,
        restricted=restricted,
        snoozed_until=None,
        origin=f"meeting of 10 May 2024, minute {WIDE[:80]}",
        latest_note=LONG[:2000],
        buttons=(
            Button(ButtonKind.done, ref, "Mark done"),
            Button(ButtonKind.update, ref, "Add update"),
            Button(ButtonKind.snooze_week, ref, "Snooze 1 week"),
            Button(ButtonKind.snooze_meeting, ref, "Snooze until next meeting"),
        ),
    )


def listing(count: int = 200, *, groups: int = 40, page: int = 3, pages: int = 9) -> ActionList:
    per = max(1, count // groups)
    made = tuple(
        Group(
            f"Due at the meeting of {g + 1} Feb 2025 — {WIDE[:200]}",
            tuple(view(g * per + k) for k in range(per)),
        )
        for g in range(groups)
    )
    query = "search " + WIDE[:400]
    return ActionList(
        title="Actions of the Adult Social Care Scrutiny Commission matching " + WIDE,
        groups=made,
        query=query,
        page=page,
        pages=pages,
        next_page=f"{query} page {page + 1}",
    )


def morning(count: int = 200) -> ActionList:
    """A grouped morning message at its fullest: every section, escalations of many owners."""
    sections = [
        ("Due at the Adult Social Care Scrutiny Commission meeting tomorrow (11 Jun 2024 17:30)", 30),
        ("Overdue", 40),
        ("Needing an update", 50),
        *(
            (f"Escalated to you \u2014 Officer {k} of {WIDE[:60]}: no update despite reminders", 6)
            for k in range(10)
        ),
        ("This week: your other open actions", 20),
    ]
    groups, n = [], 0
    for heading, size in sections:
        groups.append(Group(heading, tuple(view(n + k) for k in range(size))))
        n += size
    return ActionList(
        title="Your reminders for Monday 10 June: 30 due at the next meeting, 40 overdue, 50 needing an "
        "update, 60 escalated to you, 20 this week",
        groups=tuple(groups),
        empty="Nothing is due.",
    )


def card() -> ActionCard:
    history = tuple(
        HistoryLine(
            at=f"{1 + k % 28} Jan 2024 10:{k % 60:02d}", actor=WIDE[:80], what="progress: " + LONG[:500]
        )
        for k in range(1000)
    )
    return ActionCard(view=view(1), history=history, notice="Update added to A100001. " + WIDE)


def table() -> Table:
    rows = tuple((f"{k} Mar 2025", "17:30", "scheduled", WIDE[:150], str(k), LONG[:300]) for k in range(2000))
    return Table(
        title="Upcoming meetings of " + WIDE,
        columns=("date", "time", "status", "where", "actions due", "topics"),
        rows=rows,
        notes=(LONG[:3000], "`meetings past` lists the recent ones."),
    )


def largest() -> dict[str, Reply]:
    """Every kind of reply at its largest, by name."""
    return {
        "listing of 200": listing(),
        "one page of 20": listing(20, groups=20),
        "morning message": morning(),
        "morning with warnings": Multi((morning(), Notice("\n\n".join([WIDE] * 20)))),
        "pre-meeting post": Multi((listing(120, groups=3), table())),
        "action card": card(),
        "table": table(),
        "notice": Notice(LONG, level=Level.error, usage=WIDE, updated=view(7)),
        "file": FileReply("ASC-action-tracker.csv", (LONG * 3).encode(), "text/csv", WIDE, summary=LONG),
        "small file": FileReply("ASC-meetings.ics", WIDE[:2000].encode(), "text/calendar", "Meetings", "ics"),
        "home": Home(
            mine=listing(), meetings=tuple(NextMeeting(WIDE, "11 Jun 2024 17:30", WIDE) for _ in range(300))
        ),
    }
