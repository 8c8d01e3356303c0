"""Hostile documents, made in the test that needs them (nothing big is committed).

The bombs are built from one compressed block repeated: a deflate stream flushed with
Z_FULL_FLUSH ends on a byte boundary with no back-references, so copies of it concatenate into a
valid stream. A gigabyte of XML costs a few milliseconds to build, not the seconds zlib would
take to compress it.
"""

from __future__ import annotations

import struct
import zlib

from tests.minutes.pdfgen import make_pdf

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="word/document.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    b"</Relationships>"
)
DOC_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
DOC_TAIL = b"</w:body></w:document>"
PARAGRAPH = b"<w:p><w:r><w:t>That the Director provide the figures to the next meeting.</w:t></w:r></w:p>"


class Deflated:
    """A raw deflate stream with the size and CRC of what it inflates to."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.size = 0
        self.crc = 0

    def add(self, raw: bytes, times: int = 1) -> None:
        packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        block = packer.compress(raw) + packer.flush(zlib.Z_FULL_FLUSH)
        self.data += block * times
        self.size += len(raw) * times
        for _ in range(times):
            self.crc = zlib.crc32(raw, self.crc)

    def finish(self) -> bytes:
        self.data += b"\x03\x00"  # an empty final block
        return bytes(self.data)


def _zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from (name, deflated data, crc, compressed size, declared uncompressed size)."""
    out = bytearray()
    central = bytearray()
    for name, data, crc, csize, usize in entries:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, csize, usize, len(encoded), 0)
        out += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            csize,
            usize,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return bytes(out + central + end)


def _entry(name: str, raw: bytes) -> tuple[str, bytes, int, int, int]:
    d = Deflated()
    d.add(raw)
    data = d.finish()
    return name, data, d.crc, len(data), d.size


def docx_bomb(paragraph_bytes: int, *, declared: int | None = None) -> bytes:
    """A DOCX whose word/document.xml inflates to about `paragraph_bytes` of paragraphs.

    `declared` makes the zip's directory lie about that size (zipfile then stops at the lie)."""
    block = PARAGRAPH * (1_000_000 // len(PARAGRAPH))
    doc = Deflated()
    doc.add(DOC_HEAD)
    doc.add(block, max(1, paragraph_bytes // len(block)))
    doc.add(DOC_TAIL)
    data = doc.finish()
    usize = doc.size if declared is None else declared
    return _zip(
        [
            _entry("[Content_Types].xml", CONTENT_TYPES),
            _entry("_rels/.rels", RELS),
            ("word/document.xml", data, doc.crc, len(data), usize),
        ]
    )


def docx_with_parts(count: int) -> bytes:
    """A small DOCX with `count` extra parts in its zip (each a few bytes)."""
    entries = [_entry("[Content_Types].xml", CONTENT_TYPES), _entry("_rels/.rels", RELS)]
    entries.append(_entry("word/document.xml", DOC_HEAD + PARAGRAPH + DOC_TAIL))
    entries += [_entry(f"word/media/part{i}.xml", b"<x/>") for i in range(count)]
    return _zip(entries)


def pdf_of_pages(pages: int, *, count: int | None = None, lines_per_page: int = 1) -> bytes:
    """A PDF of `pages` pages, its page tree claiming `count` pages when given."""
    body = [
        [
            f"{n}.{i} That the Director provide the figures for page {n} to the next meeting."
            for i in range(lines_per_page)
        ]
        for n in range(pages)
    ]
    data = make_pdf(body)
    if count is not None:  # same length, so the cross-reference offsets still hold
        claimed, real = f"/Count {count}", f"/Count {pages}"
        assert len(claimed) <= len(real), "a /Count may only claim fewer digits than the real one"
        data = data.replace(real.encode(), claimed.ljust(len(real)).encode(), 1)
    return data


def gzip_bomb(size: int) -> bytes:
    """A gzip member that inflates to `size` bytes of spaces (about a thousandth of that on the wire)."""
    d = Deflated()
    d.add(b" " * 1_000_000, max(1, size // 1_000_000))
    body = d.finish()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + body + struct.pack("<II", d.crc, d.size & 0xFFFFFFFF)
