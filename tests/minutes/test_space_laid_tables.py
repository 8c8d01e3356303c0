"""Action logs laid out with spaces, as a PDF read with its layout gives them: each row is an
action with its lead, due date and status, a wrapped cell stays in its row, and prose with wide
spaces is not a table."""

from __future__ import annotations

from minutes.extract import extract_bytes, extract_text
from minutes.space_tables import pipe_space_tables
from tests.minutes.pdfgen import make_placed_pdf

_LOG = (
    "Minutes of the Quality and Safety Committee held on 4 March 2031\n\n"
    "6. Action log\n"
    "Ref   Action                                      Lead    Due          Status\n"
    "12    Circulate the revised falls policy          JM      March 2031   Complete\n"
    "\n"
    "15    Review the sepsis audit findings and        PK      April 2031   Open\n"
    "      report them to the Board\n"
    "17    Arrange a deep dive on pressure ulcers      SR      May 2031     On track\n"
    "\n"
    "7. Any other business\n"
    "There was no other business.\n"
)


def test_each_row_of_a_space_laid_log_is_an_action_with_its_lead_and_due() -> None:
    got = [(r.text, r.actionable, r.owner, r.due, r.minute) for r in extract_text(_LOG).resolutions]
    assert got == [
        ("Circulate the revised falls policy", False, "JM", "March 2031", "12"),
        ("Review the sepsis audit findings and report them to the Board", True, "PK", "April 2031", "15"),
        ("Arrange a deep dive on pressure ulcers", True, "SR", "May 2031", "17"),
    ]


def test_a_log_whose_first_column_is_the_action_keeps_wrapped_text_in_its_row() -> None:
    text = (
        "Action                                   Owner          By\n"
        "Write to the bus company about the       Clerk          30 April 2031\n"
        "late services on Mill Road\n"
        "Order two new litter bins                Cllr Hale      May 2031\n"
    )
    assert pipe_space_tables(text).split("\n")[:3] == [
        "| Action | Owner | By |",
        "| Write to the bus company about the late services on Mill Road | Clerk | 30 April 2031 |",
        "| Order two new litter bins | Cllr Hale | May 2031 |",
    ]


def test_prose_with_wide_spaces_and_no_header_is_left_alone() -> None:
    text = (
        "The Clerk reported on actions.  The Chair thanked her.\n"
        "Action  points   were reviewed   by   members\n"
        "Date   Time   Venue\n"
    )
    assert pipe_space_tables(text) == text


def test_a_paragraph_after_the_table_ends_it() -> None:
    text = (
        "No.   Action                        Owner\n"
        "1     Book the hall for the fete    AB\n"
        "The meeting closed with thanks to everyone who had helped with the summer fete this year.\n"
    )
    lines = pipe_space_tables(text).split("\n")
    assert lines[:2] == ["| No. | Action | Owner |", "| 1 | Book the hall for the fete | AB |"]
    assert (
        "The meeting closed with thanks to everyone who had helped with the summer fete this year." in lines
    )


def test_a_pdf_action_log_is_read_in_its_columns() -> None:
    """The plain reading of a PDF runs a row's cells together ("12 Circulate ... JM March 2031");
    a page with an action log is read with its layout instead."""
    xs = (50, 90, 330, 390)
    rows = [
        ("Ref", "Action", "Lead", "Due"),
        ("12", "Circulate the revised falls policy", "JM", "March 2031"),
        ("15", "Review the sepsis audit", "PK", "April 2031"),
    ]
    placed = [(50, 800, "6. Action log")]
    placed += [(x, 780 - 14 * n, cell) for n, row in enumerate(rows) for x, cell in zip(xs, row, strict=True)]
    doc = extract_bytes(make_placed_pdf(placed), source="log.pdf")
    assert [(r.text, r.owner, r.due, r.minute) for r in doc.resolutions] == [
        ("Circulate the revised falls policy", "JM", "March 2031", "12"),
        ("Review the sepsis audit", "PK", "April 2031", "15"),
    ]
