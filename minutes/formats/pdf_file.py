"""PDF minutes: the text layer of each page, within a page cap and the text cap.

The page count comes from the page tree's /Count before any page is read, so a 30,000-page file
is refused at once; a /Count that lies is caught while pages are read, and the worker's time
budget covers a page tree built to be slow to walk."""

from __future__ import annotations

import io
import re
from typing import Any

from minutes.errors import TooLarge, UnsupportedFormat
from minutes.limits import ExtractLimits, too_much_text


def _too_many_pages(source: str, pages: int | str, limits: ExtractLimits) -> TooLarge:
    count = f"{pages:,}" if isinstance(pages, int) else pages
    return TooLarge(
        f"{source or 'the PDF'} has {count} pages; I read PDFs of up to {limits.pdf_pages:,} pages. "
        "Import the minutes on their own rather than the whole agenda pack, or split the PDF"
    )


def _declared_pages(reader: Any) -> int | None:
    try:
        return int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


_TABLE_HEAD = re.compile(
    r"^(?=[^\n]{0,80}$)(?:\S+[ \t]+){0,2}(?:agreed[ \t]+)?actions?\b[^\n]{0,40}?\b(?:owner|lead|responsib\w*|by[ \t]+whom|who)\b",
    re.I | re.M,
)
"""A page with an action log ("Ref Action Lead Due Status"): read with its layout, so the columns
survive as spaces (minutes/space_tables.py); the plain reading runs the cells together."""


def pdf_text(data: bytes, *, source: str, limits: ExtractLimits) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        declared = _declared_pages(reader)
        if declared is not None and declared > limits.pdf_pages:
            raise _too_many_pages(source, declared, limits)
        pages: list[str] = []
        length = 0
        for number, page in enumerate(reader.pages, start=1):
            if number > limits.pdf_pages:
                raise _too_many_pages(source, f"more than {limits.pdf_pages:,}", limits)
            text = page.extract_text() or ""
            if _TABLE_HEAD.search(text):
                text = page.extract_text(extraction_mode="layout") or text
            length += len(text) + 2
            if length > limits.text_chars:
                raise too_much_text(source=source, limits=limits)
            pages.append(text)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UnsupportedFormat(
            f"{source or 'the PDF'} could not be read as a PDF ({exc}); try the HTML or DOCX version"
        ) from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise UnsupportedFormat(
            f"{source or 'the PDF'} has no text layer (a scanned image); ask for the HTML or DOCX minutes, or OCR it first"
        )
    return text
