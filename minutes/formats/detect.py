"""Which reader a document needs, from its first bytes; names and claimed types are only a hint."""

from __future__ import annotations

import re
from typing import Literal

from minutes.errors import UnsupportedFormat

Kind = Literal["pdf", "docx", "html", "xml", "text"]


_HTML_TAG = re.compile(
    rb"<(?:p|div|span|table|tr|td|th|h[1-6]|br|hr|ul|ol|li|b|strong|em|i|u|a|body|head|title|section|article"
    rb"|font|center|pre|blockquote)\b"
)
"""A page's fragment starts with a tag of HTML ("<p> MINUTES OF THE PLANNING MEETING ...</p><p>"); the
web service's XML with one of its own ("<meetings>")."""


def sniff(data: bytes, source: str = "", content_type: str | None = None) -> Kind:
    """ "pdf", "docx", "html", "xml" (ModernGov web service) or "text"."""
    head = data[:2048].lstrip()
    low = head.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if low.startswith(b"<?xml") or (
        low.startswith(b"<")
        and b"<html" not in low
        and b"<!doctype html" not in low
        and re.match(rb"<[a-z]+>", low)
        and not _HTML_TAG.match(low)
    ):
        if b"<html" in data[:4096].lower():
            return "html"
        return "xml"
    if b"<html" in low or b"<!doctype html" in low or b"<body" in low or b"<div" in low or b"<p>" in low:
        return "html"
    ctype = (content_type or "").lower()
    if "pdf" in ctype:
        return "pdf"
    if "html" in ctype:
        return "html"
    if b"\x00" in data[:4096]:
        raise UnsupportedFormat(
            f"{source or 'the upload'} is binary data that is not PDF or DOCX; "
            "save the minutes as .pdf, .docx, .html or .txt and try again"
        )
    return "text"
