"""An async client for the ModernGov web service (`mgWebService.asmx`), which most English and
Welsh councils run behind their committee pages.

The service answers plain GETs with XML. Dates are dd/mm/yyyy, booleans are the strings
"True"/"False", and the HTML of agenda and minutes text arrives encoded twice (`&amp;lt;p&amp;gt;`),
so it is unescaped twice before tags are stripped.
"""

from __future__ import annotations

import datetime as dt
import re
from types import TracebackType
from urllib.parse import parse_qs, urlparse

import httpx
from lxml import etree

from minutes.errors import ModernGovError
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

__all__ = ["AgendaItem", "Committee", "Meeting", "ModernGovClient", "parse_getmeeting_url"]


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

    def __init__(
        self, site_url: str, *, client: httpx.AsyncClient | None = None, timeout: float = 20
    ) -> None:
        self.site_url = site_url.rstrip("/")
        self.timeout = timeout
        self._own = client is None
        self._client = client or httpx.AsyncClient(timeout=timeout, follow_redirects=True)

    async def __aenter__(self) -> ModernGovClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._own:
            await self._client.aclose()

    async def _get(self, operation: str, params: dict[str, str]) -> etree._Element:
        url = f"{self.site_url}/mgWebService.asmx/{operation}"
        try:
            response = await self._client.get(url, params=params, timeout=self.timeout)
        except httpx.TimeoutException:
            raise ModernGovError(
                f"the ModernGov service at {self.site_url} did not answer {operation} within {self.timeout:g}s; try again later"
            ) from None
        except httpx.HTTPError as exc:
            raise ModernGovError(f"could not reach the ModernGov service at {self.site_url}: {exc}") from None
        if response.status_code == 403:
            raise ModernGovError(
                f"the ModernGov service at {self.site_url} refused {operation} (HTTP 403): the council has "
                "switched the web service off or blocks this client; use the minutes page or PDF instead"
            )
        if response.status_code >= 400:
            raise ModernGovError(
                f"the ModernGov service at {self.site_url} answered {operation} with HTTP {response.status_code}"
            )
        return xml_root(response.content, operation)

    async def get_committees(self) -> list[Committee]:
        return committees_from(await self._get("GetCommittees", {"lDays": "0"}))

    async def get_meetings(self, committee_id: int, from_date: dt.date, to_date: dt.date) -> list[Meeting]:
        root = await self._get(
            "GetMeetings",
            {
                "lCommitteeId": str(committee_id),
                "sFromDate": from_date.strftime("%d/%m/%Y"),
                "sToDate": to_date.strftime("%d/%m/%Y"),
            },
        )
        return meetings_from(root)

    async def get_meeting(self, meeting_id: int) -> Meeting:
        node = meeting_node(await self._get("GetMeeting", {"lMeetingId": str(meeting_id)}))
        if node is None:
            raise ModernGovError(
                f"the ModernGov service has no meeting {meeting_id} (no <meeting> in the reply)"
            )
        return meeting_from(node)
