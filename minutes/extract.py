"""Reading minutes: `extract_text` (pure, fast) and `extract_bytes` around it; where documents come
from, and the bounds on reading them, are in `minutes.sources`."""

from __future__ import annotations

import re

from minutes.body_meetings import dated_at_bodies
from minutes.cut_short import without_cut_off_point
from minutes.document_cache import new_document
from minutes.formats import bytes_to_text
from minutes.machine import read_lines
from minutes.meeting import meeting_header
from minutes.meeting_dates import future_meeting_dates, undated_reference
from minutes.model import Extraction
from minutes.narrative_topics import narrative_topics
from minutes.normalise import content_hash
from minutes.programme import find_topics
from minutes.requests import find_requests
from minutes.text import logical_lines
from minutes.times import meeting_time
from minutes.triggers import TRIGGER

_STARTS_NEW = re.compile(
    rf"(?:{TRIGGER.pattern})|^(?:supporting\s+documents|minutes\s*:|decisions?\s*:\s*$|minutes\s+of\b|held\s*:|date\s*:|present\s*:|made\s+at\s+meeting\s*:)"
    r"|^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+(?-i:[A-Z])|^\d{1,3}/\d{2,4}\.?\s+(?-i:[A-Z])|^\d{1,2}\.(?-i:[A-Z][a-z])"
    r"|^(?:19|20)\d\d-\d\d-\d\d\s*:\s"
    r"|^(?-i:Proposed\s+by|It\s+(?:was|is|had|has)\s|That\s+(?!(?:was|is|had|has|would|will|could)\b)[a-z])"
    r"|^(?:(?:now|and)\s*,?\s+)?(?:therefore\s*,?\s+)?be\s+it\s+(?:further\s+|also\s+)?resolved\b"
    r"|^(?-i:(?:Trustee|Commissioner|Councilmember|Council\s+Member|Councilman|Councilwoman|Alderman|Supervisor"
    r"|Selectman|Director|Mayor|Vice\s+Chair|Chair(?:man|person)?)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
    r"\s+(?:moved|made\s+a\s+motion|motioned)\b",
    re.I,
)


def extract_text(text: str, *, source: str = "") -> Extraction:
    """Everything the minutes agree, from their text. Never raises on odd input."""
    new_document()
    lines = logical_lines(text, starts_new=_STARTS_NEW)
    plain = [ln.text for ln in lines]
    committee, meeting_date = meeting_header(plain)
    reference = meeting_date or undated_reference(plain)
    parsed = read_lines(lines, reference)
    parsed.resolutions = dated_at_bodies(parsed.resolutions, plain, reference)
    parsed.resolutions = without_cut_off_point(parsed.resolutions, text)
    titles = [i.title for i in parsed.items]
    dates = set(future_meeting_dates(plain, meeting_date, reference))
    topics = find_topics(lines, titles, meeting_date)
    requests = find_requests(parsed.narrative, reference, parsed.resolutions)
    if not topics:
        topics = narrative_topics(parsed.resolutions, requests)
    dates.update(
        t.meeting_date
        for t in topics
        if t.meeting_date and (meeting_date is None or t.meeting_date > meeting_date)
    )
    return Extraction(
        source=source,
        committee=committee,
        meeting_date=meeting_date,
        meeting_time=meeting_time(plain),
        items=parsed.items,
        resolutions=parsed.resolutions,
        requests=requests,
        work_programme=topics,
        meeting_dates=sorted(dates),
        content_hash=content_hash(text),
    )


def extract_bytes(data: bytes, *, source: str, content_type: str | None = None) -> Extraction:
    """Read an uploaded file (txt, pdf, html, docx, ModernGov XML) without touching disk."""
    return extract_text(bytes_to_text(data, source=source, content_type=content_type), source=source)
