"""DOCX and PDF fixtures are generated here (fictional minutes), as are sniffing and error cases."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest

from minutes.errors import MinutesError, SourceNotFound, UnsupportedFormat
from minutes.extract import extract_bytes, extract_text
from minutes.sources import read_source
from minutes.summary import render_summary
from tests.minutes.pdfgen import make_pdf


def _docx_bytes() -> bytes:
    d = docx.Document()
    d.add_paragraph("Minutes of the meeting of the Audit and Governance Committee held on 21 January 2025")
    d.add_paragraph("18. INTERNAL AUDIT PROGRESS")
    d.add_paragraph("The Chief Internal Auditor presented the progress report.")
    d.add_paragraph("RESOLVED that:")
    d.add_paragraph("(a) the progress report be noted;")
    d.add_paragraph(
        "(b) the Chief Internal Auditor circulate the overdue recommendations list to Members by 7 February 2025."
    )
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Owner", "Due"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells,
        ["Review the fraud risk register", "Head of Finance", "next meeting"],
        strict=True,
    ):
        cell.text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_from_bytes() -> None:
    e = extract_bytes(_docx_bytes(), source="upload.docx")
    assert e.committee == "Audit and Governance Committee" and e.meeting_date == dt.date(2025, 1, 21)
    assert [r.minute for r in e.resolutions] == ["18", "18", "18"]
    noted, circulate, review = e.resolutions
    assert not noted.actionable
    assert (
        circulate.actionable
        and circulate.owner == "the Chief Internal Auditor"
        and circulate.due == "2025-02-07"
    )
    assert review.text == "Review the fraud risk register" and review.owner == "Head of Finance"
    assert review.due == "next meeting"


PDF_PAGES = [
    [
        "Minutes of the Meeting of the",
        "TRANSPORT SCRUTINY PANEL",
        "Held: WEDNESDAY, 5 FEBRUARY 2025 at 6:00 pm",
        "7. BUS SERVICE IMPROVEMENT PLAN",
        "The Transport Manager presented the plan. Members asked that",
        "route data for rural services be shared with the Panel.",
        "AGREED:",
        "1. That the Panel notes the report.",
        "2. That the Transport Manager provide the rural route data to",
        "Members outside the meeting.",
    ],
    [
        "3. That a report on fare capping be brought to a future meeting.",
        "Date of next meeting: 2 April 2025",
    ],
]


async def test_pdf_file_with_wrapped_lines(tmp_path: Path) -> None:
    path = tmp_path / "panel.pdf"
    path.write_bytes(make_pdf(PDF_PAGES))
    e = await read_source(str(path))
    assert e.committee == "Transport Scrutiny Panel" and e.meeting_date == dt.date(2025, 2, 5)
    assert [r.text for r in e.resolutions] == [
        "That the Panel notes the report.",
        "That the Transport Manager provide the rural route data to Members outside the meeting.",
        "That a report on fare capping be brought to a future meeting.",
    ]
    assert [r.actionable for r in e.resolutions] == [False, True, True]
    assert e.resolutions[1].owner == "the Transport Manager" and e.resolutions[1].due is None
    assert e.resolutions[2].due == "future meeting" and e.resolutions[2].work_programme
    assert e.meeting_dates == [dt.date(2025, 4, 2)]


async def test_pdf_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes(make_pdf(PDF_PAGES))
    e = await read_source(str(path))
    assert len(e.resolutions) == 3


def test_html_with_misleading_extension() -> None:
    data = b"<html><body><div id='modgov'><p>RESOLVED:</p><ol><li>That the report be noted.</li></ol></div></body></html>"
    e = extract_bytes(data, source="minutes.txt")
    assert [r.text for r in e.resolutions] == ["That the report be noted."]


async def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="no such file"):
        await read_source(str(tmp_path / "nope.pdf"))


def test_binary_junk_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat, match="save the minutes as"):
        extract_bytes(b"\x00\x01\x02garbage" * 10, source="x.bin")


def test_broken_pdf_is_a_minutes_error() -> None:
    with pytest.raises(MinutesError):
        extract_bytes(b"%PDF-1.4 not really", source="x.pdf")


def test_bullet_glyphs_and_inline_lettered_points() -> None:
    text = (
        "5. PLANNING ENFORCEMENT\n\n"
        "\uf0b7 Enforcement cases had risen by 20%.\n"
        "▪ The backlog was being cleared.\n\n"
        "RESOLVED that (a) the report be noted; and (b) the Head of Planning provide quarterly figures to the Committee.\n"
    )
    e = extract_text(text)
    assert [(r.minute, r.actionable) for r in e.resolutions] == [("5", False), ("5", True)]
    assert e.resolutions[1].owner == "the Head of Planning"


def test_the_panel_agreed_and_resolved_colon_forms() -> None:
    text = "The Panel AGREED that the Clerk write to the water company about the flooding.\n\nResolved: That the Chair be thanked.\n"
    e = extract_text(text)
    assert [(r.text, r.actionable, r.owner) for r in e.resolutions] == [
        ("That the Clerk write to the water company about the flooding.", True, "the Clerk"),
        ("That the Chair be thanked.", False, None),
    ]


def test_summary_mentions_actions_owner_and_dates() -> None:
    e = extract_bytes(_docx_bytes(), source="upload.docx")
    s = render_summary(e)
    assert "Audit and Governance Committee" in s and "21 January 2025" in s
    assert "ACTION [18]" in s and "owner: the Chief Internal Auditor" in s and "due: 2025-02-07" in s
