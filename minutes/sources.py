"""Where minutes come from: a file path, an http(s) URL, a ModernGov GetMeeting URL, or bytes
shared with the bot. Every way in reads the document in a worker within its budgets
(`minutes.bounded`) and fetches URLs within theirs (`minutes.fetch`)."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path
from urllib.parse import urlparse

from minutes.bounded import extract_document
from minutes.errors import FetchError, ModernGovError, SourceNotFound, TooLarge
from minutes.limits import extract_limits, megabytes
from minutes.model import Extraction


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


async def read_source(source: str) -> Extraction:
    """Read a file path or an http(s) URL; ModernGov GetMeeting URLs go through the web service."""
    if is_url(source):
        return await read_url(source)
    data = await asyncio.to_thread(_read_file, source, extract_limits().input_bytes)
    return await extract_document(data, source=source)


async def read_upload(data: bytes, *, filename: str) -> Extraction:
    """A file shared with the bot (the Slack and Teams edges download it)."""
    return await extract_document(data, source=filename)


async def read_url(url: str) -> Extraction:
    # imported here: `committee-bot extract FILE` need not load aiohttp, lxml and the readers
    from minutes.fetch import fetch
    from minutes.formats.detect import sniff
    from minutes.moderngov import ModernGovClient, parse_getmeeting_url

    target = parse_getmeeting_url(url)
    if target is not None:
        site, meeting_id = target
        data = await ModernGovClient(site).get_xml("GetMeeting", {"lMeetingId": str(meeting_id)})
        if sniff(data, url, "text/xml") != "xml":
            raise ModernGovError(
                f"the ModernGov service at {site} did not answer GetMeeting with XML; "
                "the site may be down or not ModernGov"
            )
        return await extract_document(data, source=url, content_type="text/xml")
    fetched = await fetch(url)
    if fetched.status >= 400:
        raise FetchError(
            f"{url} answered HTTP {fetched.status}; check the address, or download the document and upload it"
        )
    return await extract_document(fetched.data, source=url, content_type=fetched.content_type)


def _read_file(source: str, cap: int) -> bytes:
    path = Path(source).expanduser()
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SourceNotFound(
            f"no such file: {source} (give a path to a .txt, .pdf, .html or .docx file, or a URL)"
        ) from None
    except OSError as exc:
        raise SourceNotFound(f"cannot open {source}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceNotFound(f"{source} is a directory; give one minutes file")
    if not stat.S_ISREG(info.st_mode):
        raise SourceNotFound(f"{source} is not a regular file (a device or a pipe); give a minutes file")
    if info.st_size > cap:
        raise _too_large(source, info.st_size, cap)
    try:
        with path.open("rb") as f:
            data = f.read(cap + 1)
    except OSError as exc:
        raise SourceNotFound(f"cannot open {source}: {exc.strerror or exc}") from None
    if len(data) > cap:
        raise _too_large(source, os.path.getsize(path), cap)
    return data


def _too_large(source: str, size: int, cap: int) -> TooLarge:
    return TooLarge(
        f"{source} is {megabytes(size)}; I read documents up to {megabytes(cap)}. "
        "Import the minutes on their own rather than a whole agenda pack, or split the file"
    )
