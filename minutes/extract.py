"""Reading minutes: `extract_text` (pure, fast) and the source readers around it."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from urllib.parse import urlparse

import httpx

from minutes.dates import future_meeting_dates
from minutes.errors import FetchError, MinutesError, SourceNotFound
from minutes.formats import bytes_to_text
from minutes.meeting import meeting_header
from minutes.model import Extraction
from minutes.programme import find_topics
from minutes.requests import find_requests
from minutes.resolutions import TRIGGER, parse
from minutes.text import content_hash, logical_lines

_STARTS_NEW = re.compile(
    rf"(?:{TRIGGER.pattern})|^(?:supporting\s+documents|minutes\s*:|minutes\s+of\b|held\s*:|date\s*:|present\s*:)"
    r"|^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+(?-i:[A-Z])",
    re.I,
)


def extract_text(text: str, *, source: str = "") -> Extraction:
    """Everything the minutes agree, from their text. Never raises on odd input."""
    lines = logical_lines(text, starts_new=_STARTS_NEW)
    plain = [ln.text for ln in lines]
    committee, meeting_date = meeting_header(plain)
    parsed = parse(lines, meeting_date)
    titles = [i.title for i in parsed.items]
    dates = set(future_meeting_dates(plain, meeting_date))
    topics = find_topics(lines, titles, meeting_date)
    dates.update(
        t.meeting_date
        for t in topics
        if t.meeting_date and (meeting_date is None or t.meeting_date > meeting_date)
    )
    return Extraction(
        source=source,
        committee=committee,
        meeting_date=meeting_date,
        items=parsed.items,
        resolutions=parsed.resolutions,
        requests=find_requests(parsed.narrative, meeting_date),
        work_programme=topics,
        meeting_dates=sorted(dates),
        content_hash=content_hash(text),
    )


def extract_bytes(data: bytes, *, source: str, content_type: str | None = None) -> Extraction:
    """Read an uploaded file (txt, pdf, html, docx, ModernGov XML) without touching disk."""
    return extract_text(bytes_to_text(data, source=source, content_type=content_type), source=source)


def _is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


async def read_source(source: str, *, client: httpx.AsyncClient | None = None) -> Extraction:
    """Read a file path or an http(s) URL; ModernGov GetMeeting URLs go through the web service."""
    if _is_url(source):
        return await _read_url(source, client)
    path = Path(source).expanduser()
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except FileNotFoundError:
        raise SourceNotFound(
            f"no such file: {source} (give a path to a .txt, .pdf, .html or .docx file, or a URL)"
        ) from None
    except IsADirectoryError:
        raise SourceNotFound(f"{source} is a directory; give one minutes file") from None
    except OSError as exc:
        raise SourceNotFound(f"cannot open {source}: {exc.strerror or exc}") from None
    return await asyncio.to_thread(extract_bytes, data, source=source)


async def _read_url(url: str, client: httpx.AsyncClient | None) -> Extraction:
    from minutes.formats.moderngov_xml import meeting_text
    from minutes.moderngov import ModernGovClient, parse_getmeeting_url

    target = parse_getmeeting_url(url)
    if target is not None:
        site, meeting_id = target
        async with ModernGovClient(site, client=client) as mg:
            meeting = await mg.get_meeting(meeting_id)
        return extract_text(meeting_text(meeting), source=url)
    own = client is None
    http = client or httpx.AsyncClient(timeout=20, follow_redirects=True)
    try:
        response = await http.get(url)
    except httpx.TimeoutException:
        raise FetchError(
            f"timed out fetching {url}; try again later or download the file and pass its path"
        ) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {url}: {exc}") from None
    finally:
        if own:
            await http.aclose()
    if response.status_code >= 400:
        raise FetchError(
            f"{url} answered HTTP {response.status_code}; check the address, or download the document and pass its path"
        )
    ctype = response.headers.get("content-type")
    try:
        return await asyncio.to_thread(extract_bytes, response.content, source=url, content_type=ctype)
    except MinutesError:
        raise
