"""The action tracker paper that goes into the next agenda pack: its rows and three renderings.

Everything here is pure: rows are built from already loaded actions, and rendered as CSV,
Markdown or a printable HTML page.

Exempt (restricted) actions keep their row, so the committee can see that the item exists and how
it stands, but their resolution, lead officer and updates are replaced by "Exempt item": the paper
is published with the agenda pack, and the text of an exempt item is not.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.replies import plural
from storage import rules
from storage.models import Action, Committee, DueKind, Meeting, Person
from storage.rules import Rag

EXEMPT = "Exempt item"
RAG_KEY = (
    "red is overdue; amber has no owner or no due point, is due by the next meeting, or has had no "
    "update for {days} days; green is on track."
)
COLUMNS = (
    "Ref",
    "Meeting",
    "Minute",
    "Resolution",
    "Lead officer",
    "Status",
    "RAG",
    "Due",
    "Latest update",
)


@dataclass(frozen=True)
class TrackerRow:
    ref: str
    meeting: str
    minute: str
    resolution: str
    lead: str
    status: str
    rag: Rag
    due: str
    latest_update: str
    exempt: bool = False
    rag_why: str = ""

    def cells(self) -> tuple[str, ...]:
        return (
            self.ref,
            self.meeting,
            self.minute,
            self.resolution,
            self.lead,
            self.status,
            str(self.rag),
            self.due,
            self.latest_update,
        )


@dataclass(frozen=True)
class Tracker:
    committee: Committee
    generated: datetime
    next_meeting: Meeting | None
    rows: tuple[TrackerRow, ...]

    @property
    def title(self) -> str:
        return f"{self.committee.name}: action tracker"


def day(dt: datetime, committee: Committee) -> str:
    local = dt.astimezone(ZoneInfo(committee.timezone))
    return f"{local.day} {local:%b %Y}"


def rag(
    action: Action,
    *,
    now: datetime,
    tz: ZoneInfo,
    due_meeting: Meeting | None,
    next_meeting: Meeting | None,
    stale_days: int,
) -> rules.Rating:
    """The rating of `storage.rules.rating`, with the due meeting the action is really due at (a
    "next meeting" action that names none yet is due at the next meeting)."""
    upcoming = [next_meeting] if next_meeting is not None else []
    effective = rules.effective_meeting(action, due_meeting=due_meeting, upcoming=upcoming, now=now)
    return rules.rating(
        action, now=now, tz=tz, due_meeting=effective, next_meeting=next_meeting, stale_days=stale_days
    )


def _due(action: Action, due_meeting: Meeting | None, committee: Committee) -> str:
    if action.due_kind in (DueKind.next_meeting, DueKind.meeting):
        if due_meeting is not None:
            return f"Meeting of {day(due_meeting.starts_at, committee)}"
        return "Next meeting (date to be set)"
    if action.due_kind == DueKind.date and action.due_date is not None:
        return f"{action.due_date.day} {action.due_date:%b %Y}"
    if action.due_kind == DueKind.future_meeting:
        return "A future meeting"
    if action.due_kind == DueKind.other and action.due_text:
        return action.due_text
    return ""


def build_rows(
    actions: Iterable[Action],
    *,
    committee: Committee,
    now: datetime,
    meetings: Mapping[int, Meeting],
    people: Mapping[int, Person],
    notes: Mapping[int, tuple[datetime, str]],
    next_meeting: Meeting | None,
) -> tuple[TrackerRow, ...]:
    rows = []
    tz = rules.zone(committee.timezone)
    for a in actions:
        origin = meetings.get(a.meeting_id) if a.meeting_id else None
        due_meeting = meetings.get(a.due_meeting_id) if a.due_meeting_id else None
        assignee = people.get(a.assignee_id) if a.assignee_id else None
        if assignee and a.owner_text and a.owner_text.lower() not in assignee.display_name.lower():
            lead = f"{a.owner_text} ({assignee.display_name})"
        else:
            lead = assignee.display_name if assignee else (a.owner_text or "")
        note = notes.get(a.id) if a.id is not None else None
        latest = f"{day(note[0], committee)}: {note[1]}" if note else ""
        rating = rag(
            a,
            now=now,
            tz=tz,
            due_meeting=due_meeting,
            next_meeting=next_meeting,
            stale_days=committee.stale_days,
        )
        rows.append(
            TrackerRow(
                ref=a.ref or "",
                meeting=day(origin.starts_at, committee) if origin else "",
                minute=a.minute or "",
                resolution=EXEMPT if a.restricted else a.text,
                lead=EXEMPT if a.restricted else lead,
                status=str(a.status).capitalize(),
                rag=rating.rag,
                rag_why=rating.why,
                due=_due(a, due_meeting, committee),
                latest_update=EXEMPT if a.restricted and latest else latest,
                exempt=a.restricted,
            )
        )
    return tuple(rows)


def to_csv(tracker: Tracker) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in tracker.rows:
        writer.writerow(row.cells())
    # a BOM so that Excel, which most support officers open the CSV in, reads it as UTF-8
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|") or " "


def _summary(tracker: Tracker) -> str:
    counts = {r: sum(1 for row in tracker.rows if row.rag is r) for r in Rag}
    return ", ".join(f"{counts[r]} {r.value.lower()}" for r in Rag)


def _subtitle(tracker: Tracker) -> str:
    text = f"Produced {day(tracker.generated, tracker.committee)}"
    if tracker.next_meeting is not None:
        text += f" for the meeting of {day(tracker.next_meeting.starts_at, tracker.committee)}"
    return text


def to_markdown(tracker: Tracker) -> bytes:
    lines = [
        f"# {_md_cell(tracker.title)}",
        "",
        f"{_subtitle(tracker)}. {plural(len(tracker.rows), 'action')}: {_summary(tracker)}.",
        "",
        f"RAG: {RAG_KEY.format(days=tracker.committee.stale_days)}",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    for row in tracker.rows:
        lines.append("| " + " | ".join(_md_cell(c) for c in row.cells()) + " |")
    if not tracker.rows:
        lines.append("")
        lines.append("No actions to report.")
    return ("\n".join(lines) + "\n").encode("utf-8")


_CSS = """
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #111; margin: 2em; }
h1 { font-size: 16pt; margin-bottom: 0.2em; }
p.meta { color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
tr { page-break-inside: avoid; }
td.rag { font-weight: bold; white-space: nowrap; }
td.rag-red { background: #f4c7c3; }
td.rag-amber { background: #fce8b2; }
td.rag-green { background: #b7e1cd; }
td.rag-done { background: #d9d9d9; }
td.exempt { font-style: italic; color: #555; }
@media print {
  body { margin: 0; font-size: 9pt; }
  @page { size: A4 landscape; margin: 12mm; }
  thead { display: table-header-group; }
  td.rag-red, td.rag-amber, td.rag-green, td.rag-done {
    -webkit-print-color-adjust: exact; print-color-adjust: exact;
  }
}
"""


def to_html(tracker: Tracker) -> bytes:
    e = html.escape
    head = "".join(f'<th scope="col">{e(c)}</th>' for c in COLUMNS)
    body = []
    for row in tracker.rows:
        cells = []
        for name, value in zip(COLUMNS, row.cells(), strict=True):
            cls = ""
            if name == "RAG":
                cls = f' class="rag rag-{e(row.rag.value.lower())}"'
                if row.rag is Rag.amber:
                    cls += f' title="{e(row.rag_why)}"'
            elif row.exempt and value == EXEMPT:
                cls = ' class="exempt"'
            cells.append(f"<td{cls}>{e(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not tracker.rows:
        body.append(f'<tr><td colspan="{len(COLUMNS)}">No actions to report.</td></tr>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(tracker.title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{e(tracker.title)}</h1>
<p class="meta">{e(_subtitle(tracker))}. {plural(len(tracker.rows), "action")}: {e(_summary(tracker))}.</p>
<table>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table>
<p class="meta">RAG: {e(RAG_KEY.format(days=tracker.committee.stale_days))} Exempt items are listed
without their text.</p>
</body>
</html>
"""
    return page.encode("utf-8")
