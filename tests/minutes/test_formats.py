"""DOCX and PDF fixtures are generated here (fictional minutes), as are sniffing, error cases and
the caps each format reader keeps to."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from minutes.errors import MinutesError, SourceNotFound, TooLarge, UnsupportedFormat
from minutes.extract import extract_bytes, extract_text
from minutes.formats import bytes_to_text
from minutes.limits import ExtractLimits
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


SMALL = ExtractLimits(
    input_bytes=200_000, markup_bytes=50_000, text_chars=20_000, pdf_pages=3, docx_entries=30,
    docx_uncompressed_bytes=2_000_000,
)  # fmt: skip
LINE = "RESOLVED: That the Director provide the figures to the next meeting.\n"


def _docx_of(paragraphs: int) -> bytes:
    d = docx.Document()
    for _ in range(paragraphs):
        d.add_paragraph(LINE.strip())
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("source", "data", "cap", "says"),
    [
        ("big.bin", b"x" * 200_001, {}, "big.bin is 200 kB; I read documents up to 200 kB"),
        ("long.txt", (LINE * 300).encode(), {}, "long.txt has more than 20,000 characters of text"),
        ("page.html", b"<html><body>" + b"<p>x</p>" * 7_000, {}, "page.html is 56 kB; I read web pages up to 50 kB"),
        ("meeting.xml", b'<?xml version="1.0"?><meeting>' + b"<x/>" * 13_000, {}, "I read ModernGov XML up to 50 kB"),
        ("pack.pdf", make_pdf([["page"]] * 4), {}, "pack.pdf has 4 pages; I read PDFs of up to 3 pages"),
        ("long.pdf", make_pdf([[LINE.strip()] * 120] * 3), {}, "long.pdf has more than 20,000 characters of text"),
        ("long.docx", _docx_of(400), {}, "long.docx has more than 20,000 characters of text"),
        ("parts.docx", _docx_bytes(), {"docx_entries": 10}, "parts.docx holds 17 files inside; a Word document has a few dozen and I read up to 10"),
        ("big.docx", _docx_bytes(), {"docx_uncompressed_bytes": 500_000}, "big.docx expands to more than 500 kB when unzipped"),
    ],
)  # fmt: skip
def test_each_reader_says_which_cap_a_document_went_past(
    source: str, data: bytes, cap: dict[str, int], says: str
) -> None:
    with pytest.raises(TooLarge) as refused:
        bytes_to_text(data, source=source, limits=replace(SMALL, **cap))
    assert says in str(refused.value)


def test_within_the_caps_every_reader_reads() -> None:
    roomy = ExtractLimits()
    assert "Chief Internal Auditor" in bytes_to_text(_docx_bytes(), source="m.docx", limits=roomy)
    assert "rural route data" in bytes_to_text(make_pdf(PDF_PAGES), source="m.pdf", limits=roomy)


def test_a_page_fragment_of_paragraph_tags_is_html_not_the_web_services_xml() -> None:
    fragment = (
        b"<p> ELM PARISH COUNCIL MINUTES OF THE PLANNING MEETING HELD ON 5 OCTOBER 2031</p>"
        b"<p>Item 02/07 RESOLVED - that the Clerk write to the planning authority to object.</p>"
    )
    e = extract_bytes(fragment, source="fragment.txt")
    (objection,) = e.resolutions
    assert (objection.text, objection.actionable) == (
        "That the Clerk write to the planning authority to object.",
        True,
    )
