"""Turning file formats into text: plain text, PDF text layers, HTML (ModernGov pages included),
DOCX and ModernGov web service XML. Formats are sniffed from content, not trusted from names."""

from __future__ import annotations

import html
import io
import re
import zipfile

from lxml import etree
from lxml import html as lxml_html

from minutes.errors import MinutesError, UnsupportedFormat

_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
    "article", "header", "footer", "blockquote", "dt", "dd", "pre", "hr",
}  # fmt: skip
_SKIP = {"script", "style", "noscript", "head", "nav", "form", "button", "select", "iframe", "svg"}


def sniff(data: bytes, source: str = "", content_type: str | None = None) -> str:
    """ "pdf", "docx", "html", "xml" or "text"."""
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


def decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def pdf_text(data: bytes, source: str = "") -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
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


def docx_text(data: bytes, source: str = "") -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnsupportedFormat(
            f"{source or 'the file'} is not a Word .docx document ({exc}); save it as .docx or PDF"
        ) from None
    out: list[str] = []
    for block in document.element.body.iterchildren():
        tag = etree.QName(block).localname
        if tag == "p":
            para = Paragraph(block, document)
            text = para.text.strip()
            style = (para.style.name or "").lower() if para.style is not None else ""
            if text and "list" in style and not re.match(r"^(?:\(?[0-9a-z]{1,4}[.)]|[•·-])\s", text):
                text = "- " + text
            out.append(text)
            out.append("")
        elif tag == "tbl":
            table = Table(block, document)
            for row in table.rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                out.append("| " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out)


_CONTENT_BLOCKS = {"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}


def _layout_row(cells: list[etree._Element]) -> bool:
    """A row used for page layout (ModernGov's item number | item content), not a data table:
    some cell holds several paragraphs or lists."""
    for cell in cells:
        blocks = [
            c
            for c in cell.iter()
            if isinstance(c.tag, str) and c is not cell and c.tag.lower() in _CONTENT_BLOCKS
        ]
        if len(blocks) >= 2:
            return True
    return False


def _layout_cells(cells: list[etree._Element], out: list[str]) -> None:
    """Each cell as ordinary text; a short leading cell (the item number) is put before the first
    line of the next cell, so "71." and "Apologies for Absence" read as one heading."""
    out.append("\n")
    prefix = ""
    for i, cell in enumerate(cells):
        inner: list[str] = []
        _html_walk_children(cell, inner)
        text = "".join(inner).strip()
        if i == 0 and len(cells) > 1 and len(text) <= 12 and "\n" not in text:
            prefix = text + " "
            continue
        out.append(prefix + text + "\n\n")
        prefix = ""
    if prefix:
        out.append(prefix + "\n")


def _html_walk_children(node: etree._Element, out: list[str]) -> None:
    if node.text:
        out.append(node.text)
    for child in node:
        _html_walk(child, out)


def _html_walk(node: etree._Element, out: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    tag = tag.lower().rsplit("}", 1)[-1]
    if tag in _SKIP:
        if node.tail:
            out.append(node.tail)
        return
    if tag == "tr":
        cell_nodes = [c for c in node if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        if _layout_row(cell_nodes):
            _layout_cells(cell_nodes, out)
        else:
            cells = [" ".join("".join(c.itertext()).split()) for c in cell_nodes]
            out.append("\n| " + " | ".join(cells) + " |\n")
        if node.tail:
            out.append(node.tail)
        return
    if tag in _BLOCK:
        out.append("\n")
    if tag == "li":
        out.append("- ")
    if node.text:
        out.append(node.text)
    for child in node:
        _html_walk(child, out)
    if tag in _BLOCK:
        out.append("\n")
    if node.tail:
        out.append(node.tail)


def html_text(markup: str | bytes) -> str:
    """Text of an HTML page with paragraphs, list items and table rows kept apart.

    ModernGov pages (mgAi.aspx, ieIssueDetails.aspx, minutes pages) keep the content in a
    `div#modgov`; when it is present the site chrome around it is dropped."""
    if isinstance(markup, bytes):
        markup = decode(markup)
    if not markup.strip():
        return ""
    try:
        root = lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html.unescape(markup))
    content = root.xpath("//*[@id='modgov']") or root.xpath("//main") or [root]
    out: list[str] = []
    _html_walk(content[0], out)
    text = "".join(out)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    return re.sub(r"\n\s*\n\s*(?:\n\s*)+", "\n\n", text)


def bytes_to_text(data: bytes, *, source: str = "", content_type: str | None = None) -> str:
    """The text of a file; a file its format's parser chokes on is an UnsupportedFormat.

    pypdf, python-docx and lxml raise many kinds of exception on damaged files (XMLSyntaxError,
    NotImplementedError for a zip compression, AttributeError deep in a part), so any failure
    while parsing is reported as the file being unreadable, never as a crash."""
    kind = sniff(data, source, content_type)
    try:
        return _parse(kind, data, source)
    except MinutesError:
        raise
    except Exception as exc:
        raise UnsupportedFormat(
            f"{source or 'the file'} looks like {kind.upper()} but could not be read ({type(exc).__name__}); "
            "check it opens, or send the PDF, DOCX or HTML version"
        ) from None


def _parse(kind: str, data: bytes, source: str) -> str:
    if kind == "pdf":
        return pdf_text(data, source)
    if kind == "docx":
        return docx_text(data, source)
    if kind == "html":
        return html_text(data)
    if kind == "xml":
        from minutes.moderngov import meeting_text, parse_meeting

        return meeting_text(parse_meeting(data))
    return decode(data)
