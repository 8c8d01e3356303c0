"""The minutes reader on hostile files: any bytes, any claimed type, give an Extraction or a MinutesError."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes.errors import MinutesError
from minutes.extract import extract_bytes

SOURCES = st.sampled_from(
    ["minutes.txt", "minutes.pdf", "minutes.docx", "minutes.html", "GetMeeting.xml", "upload", "x.PDF", ""]
)
CONTENT_TYPES = st.sampled_from(
    [
        None,
        "text/plain",
        "text/html; charset=utf-8",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/xml",
        "application/octet-stream",
        "image/png",
        "text/plain; charset=bogus-charset",
    ]
)


def _docx_like(inner: bytes) -> bytes:
    """A zip that looks like a DOCX on the outside, with garbage where the document should be."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("word/document.xml", inner)
    return out.getvalue()


GARBAGE = st.one_of(
    st.binary(max_size=2000),
    st.binary(max_size=1500).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=1500).map(
        lambda b: b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj\n" + b + b"\n%%EOF"
    ),
    st.binary(max_size=1500).map(lambda b: b"PK\x03\x04" + b),
    st.binary(max_size=800).map(_docx_like),
    st.text(max_size=1500).map(lambda t: f"<html><body><p>{t}</p><table><tr><td>{t}".encode()),
    st.text(max_size=800).map(lambda t: f'<?xml version="1.0"?><meeting><x>{t}'.encode()),
    st.binary(max_size=1000).map(lambda b: b"\xef\xbb\xbf" + b),
    st.binary(max_size=1000).map(lambda b: b"\xff\xfe" + b),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GARBAGE, SOURCES, CONTENT_TYPES)
def test_any_bytes_give_an_extraction_or_a_minutes_error(data: bytes, source: str, ctype: str | None) -> None:
    try:
        extraction = extract_bytes(data, source=source, content_type=ctype)
    except MinutesError as exc:
        assert str(exc).strip(), "a refusal says what was wrong"
        return
    assert isinstance(extraction.to_json(), dict)
