"""Word (.docx) minutes: paragraphs in order (list paragraphs marked as points) and table rows.

A .docx is a zip. Before python-docx opens it, the zip's directory is checked: how many parts it
holds and how large they say they are when unzipped. Python's zipfile never inflates an entry past
the size its directory declares (a lying entry fails its CRC check instead), so the declared total
bounds the memory the document can take: a 3 MB zip bomb is refused without inflating a byte."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from minutes.errors import TooLarge, UnsupportedFormat
from minutes.limits import ExtractLimits, megabytes, too_much_text


def check_zip(data: bytes, *, source: str, limits: ExtractLimits) -> None:
    name = source or "this DOCX"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnsupportedFormat(
            f"{source or 'the file'} is not a Word .docx document ({exc}); save it as .docx or PDF"
        ) from None
    if len(entries) > limits.docx_entries:
        raise TooLarge(
            f"{name} holds {len(entries):,} files inside; a Word document has a few dozen and I read "
            f"up to {limits.docx_entries:,}. Save it again from Word as .docx, or send the PDF"
        )
    total = sum(entry.file_size for entry in entries)
    if total > limits.docx_uncompressed_bytes:
        raise TooLarge(
            f"{name} expands to more than {megabytes(limits.docx_uncompressed_bytes)} when unzipped "
            f"({megabytes(total)} from a {megabytes(len(data))} file); Word minutes are a few MB. "
            "Save it again from Word with pictures compressed, or send the PDF"
        )


def docx_text(data: bytes, *, source: str, limits: ExtractLimits) -> str:
    check_zip(data, source=source, limits=limits)
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
    length = 0
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
            length += len(text) + 2
        elif tag == "tbl":
            table = Table(block, document)
            for row in table.rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                line = "| " + " | ".join(cells) + " |"
                out.append(line)
                length += len(line) + 1
            out.append("")
        if length > limits.text_chars:
            raise too_much_text(source=source, limits=limits)
    return "\n".join(out)
