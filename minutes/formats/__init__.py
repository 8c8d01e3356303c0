"""Bytes to text, one reader per format: plain text, PDF, HTML (ModernGov pages included), DOCX and
ModernGov web-service XML, the format found from the content (`detect`).

Each reader keeps to the caps of `minutes.limits` and says which one a document went past. These
run in whichever process calls them; `minutes.bounded` runs them in a worker within a time and a
memory budget, which is how the bot and the CLI call them."""

from __future__ import annotations

from minutes.errors import MinutesError, UnsupportedFormat
from minutes.formats.detect import Kind, sniff
from minutes.formats.docx_file import docx_text
from minutes.formats.html_page import html_page_text
from minutes.formats.moderngov_xml import moderngov_xml_text
from minutes.formats.pdf_file import pdf_text
from minutes.formats.text_file import plain_text
from minutes.limits import ExtractLimits, check_size


def bytes_to_text(
    data: bytes, *, source: str = "", content_type: str | None = None, limits: ExtractLimits | None = None
) -> str:
    """The text of a file; a file its format's parser chokes on is an UnsupportedFormat.

    pypdf, python-docx and lxml raise many kinds of exception on damaged files (XMLSyntaxError,
    NotImplementedError for a zip compression, AttributeError deep in a part), so any failure
    while parsing is reported as the file being unreadable, never as a crash."""
    limits = limits or ExtractLimits()
    check_size(data, source=source, cap=limits.input_bytes, what="documents")
    kind = sniff(data, source, content_type)
    try:
        return _read(kind, data, source, limits)
    except (MinutesError, MemoryError):
        raise
    except Exception as exc:
        if _out_of_memory(exc):
            raise MemoryError(str(exc)) from None
        raise UnsupportedFormat(
            f"{source or 'the file'} looks like {kind.upper()} but could not be read ({type(exc).__name__}); "
            "check it opens, or send the PDF, DOCX or HTML version"
        ) from None


def _out_of_memory(exc: Exception) -> bool:
    """libxml2 failing an allocation, which lxml reports as a syntax error (ERR_NO_MEMORY)."""
    entries = getattr(exc, "error_log", None) or ()
    return "memory allocation failed" in str(exc).lower() or any(
        getattr(entry, "type_name", "") == "ERR_NO_MEMORY" for entry in entries
    )


def _read(kind: Kind, data: bytes, source: str, limits: ExtractLimits) -> str:
    if kind == "pdf":
        return pdf_text(data, source=source, limits=limits)
    if kind == "docx":
        return docx_text(data, source=source, limits=limits)
    if kind == "html":
        return html_page_text(data, source=source, limits=limits)
    if kind == "xml":
        return moderngov_xml_text(data, source=source, limits=limits)
    return plain_text(data, source=source, limits=limits)
