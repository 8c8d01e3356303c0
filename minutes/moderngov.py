"""An async client for the ModernGov web service (`mgWebService.asmx`), which most English and
Welsh councils run behind their committee pages.

The service answers plain GETs with XML (read by `minutes.formats.moderngov_xml`). Requests go
through `minutes.fetch`, so they have its deadline, size cap and address checks: a council whose
ModernGov site is on its intranet names the host in FETCH_ALLOWED_HOSTS.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from types import TracebackType
from typing import TypeVar
from urllib.parse import parse_qs, urlencode, urlparse

from lxml import etree

from minutes.errors import FetchError, FetchTimedOut, ModernGovError
from minutes.fetch import Fetched, fetch
from minutes.formats.moderngov_xml import (
    AgendaItem,
    Committee,
    Meeting,
    committees_from,
    meeting_from,
    meeting_node,
    meetings_from,
    xml_root,
)
from minutes.limits import fetch_limits

T = TypeVar("T")

__all__ = ["AgendaItem", "Committee", "Meeting", "ModernGovClient", "parse_getmeeting_url"]

SERVICE_MAX_BYTES = 10_000_000
"""A year of meetings or one meeting's agenda is tens of kB; ten MB is a broken or hostile site."""


def parse_getmeeting_url(url: str) -> tuple[str, int] | None:
    """(site URL, meeting id) for a `.../mgWebService.asmx/GetMeeting?lMeetingId=N` URL."""
    parsed = urlparse(url)
    m = re.search(r"^(.*?)/mgWebService\.asmx/GetMeeting$", parsed.path, re.I)
    if not m:
        return None
    ids = parse_qs(parsed.query).get("lMeetingId") or parse_qs(parsed.query).get("lmeetingid")
    if not ids or not ids[0].isdigit():
        return None
    return f"{parsed.scheme}://{parsed.netloc}{m.group(1)}", int(ids[0])


class ModernGovClient:
    """`async with ModernGovClient("https://democracy.example.gov.uk") as mg: await mg.get_committees()`."""

    def __init__(self, site_url: str, *, timeout: float | None = None) -> None:
        self.site_url = site_url.rstrip("/")
        self.timeout = timeout

    async def __aenter__(self) -> ModernGovClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    async def get_xml(self, operation: str, params: dict[str, str]) -> bytes:
        """The service's raw answer to one operation, or a ModernGovError saying what went wrong."""
        url = f"{self.site_url}/mgWebService.asmx/{operation}?{urlencode(params)}"
        limits = replace(fetch_limits(), max_bytes=SERVICE_MAX_BYTES)
        if self.timeout is not None:
            limits = replace(limits, seconds=self.timeout)
        try:
            answer: Fetched = await fetch(url, limits=limits)
        except FetchTimedOut:
            raise ModernGovError(
                f"the ModernGov service at {self.site_url} did not answer {operation} within "
                f"{limits.seconds:g}s; try again later"
            ) from None
        except FetchError as exc:
            raise ModernGovError(f"could not reach the ModernGov service at {self.site_url}: {exc}") from None
        if answer.status == 403:
            raise ModernGovError(
                f"the ModernGov service at {self.site_url} refused {operation} (HTTP 403): the council has "
                "switched the web service off or blocks this client; use the minutes page or PDF instead"
            )
        if answer.status >= 400:
            raise ModernGovError(
                f"the ModernGov service at {self.site_url} answered {operation} with HTTP {answer.status}"
            )
        return answer.data

    async def _read(self, operation: str, params: dict[str, str], read: Callable[[etree._Element], T]) -> T:
        """Fetch, then parse off the event loop (a year of meetings, each item's HTML unescaped twice)."""
        data = await self.get_xml(operation, params)
        return await asyncio.to_thread(lambda: read(xml_root(data, operation)))

    async def get_committees(self) -> list[Committee]:
        return await self._read("GetCommittees", {"lDays": "0"}, committees_from)

    async def get_meetings(self, committee_id: int, from_date: dt.date, to_date: dt.date) -> list[Meeting]:
        params = {
            "lCommitteeId": str(committee_id),
            "sFromDate": from_date.strftime("%d/%m/%Y"),
            "sToDate": to_date.strftime("%d/%m/%Y"),
        }
        return await self._read("GetMeetings", params, meetings_from)

    async def get_meeting(self, meeting_id: int) -> Meeting:
        def read(root: etree._Element) -> Meeting:
            node = meeting_node(root)
            if node is None:
                raise ModernGovError(
                    f"the ModernGov service has no meeting {meeting_id} (no <meeting> in the reply)"
                )
            return meeting_from(node)

        return await self._read("GetMeeting", {"lMeetingId": str(meeting_id)}, read)
