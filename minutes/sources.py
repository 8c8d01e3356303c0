"""Where minutes come from: a file path, an http(s) URL, a ModernGov GetMeeting URL, or bytes
shared with the bot. Every way in reads the document in a worker within its budgets
(`minutes.bounded`)."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path
from urllib.parse import urlparse

import httpx

from minutes.bounded import extract_document
from minutes.errors import FetchError, SourceNotFound, TooLarge
from minutes.formats.moderngov_xml import meeting_text
from minutes.limits import extract_limits, megabytes
from minutes.model import Extraction
from minutes.moderngov import ModernGovClient, parse_getmeeting_url


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
    target = parse_getmeeting_url(url)
    if target is not None:
        site, meeting_id = target
        async with ModernGovClient(site) as mg:
            meeting = await mg.get_meeting(meeting_id)
        return await extract_document(meeting_text(meeting).encode(), source=url, content_type="text/plain")
    async with httpx.AsyncClient(timeout=20, follow_redirects=True) as http:
        try:
            response = await http.get(url)
        except httpx.TimeoutException:
            raise FetchError(
                f"timed out fetching {url}; try again later or download the file and pass its path"
            ) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"could not fetch {url}: {exc}") from None
    if response.status_code >= 400:
        raise FetchError(
            f"{url} answered HTTP {response.status_code}; check the address, or download the document and upload it"
        )
    ctype = response.headers.get("content-type")
    return await extract_document(response.content, source=url, content_type=ctype)


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
