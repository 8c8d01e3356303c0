"""An async client for the ModernGov web service (`mgWebService.asmx`), which most English and
Welsh councils run behind their committee pages.

The service answers plain GETs with XML. Dates are dd/mm/yyyy, booleans are the strings
"True"/"False", and the HTML of agenda and minutes text arrives encoded twice (`&amp;lt;p&amp;gt;`),
so it is unescaped twice before tags are stripped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

import httpx
from lxml import etree

from minutes.errors import ModernGovError
from minutes.readers import html_text

LONDON = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class Committee:
    id: int
    title: str
    expired: bool = False
    deleted: bool = False


@dataclass(frozen=True)
class AgendaItem:
    id: int | None
    number: str
    title: str
    restricted: bool
    minutes_text: str
    agenda_text: str


@dataclass(frozen=True)
class Meeting:
    id: int
    committee_id: int | None
    committee_title: str | None
    start: dt.datetime | None
    location: str | None
    status: str | None
    cancelled: bool
    moved: bool
    minutes_published: bool = False
    items: list[AgendaItem] = field(default_factory=list)

    @property
    def date(self) -> dt.date | None:
        return self.start.date() if self.start else None


def _child(node: etree._Element, *names: str) -> str:
    for name in names:
        found = node.find(name)
        if found is None:
            found = next(
                (
                    c
                    for c in node.iter()
                    if isinstance(c.tag, str) and etree.QName(c).localname.lower() == name
                ),
                None,
            )
        if found is not None:
            return "".join(found.itertext()).strip()
    return ""


def _bool(value: str) -> bool:
    return value.strip().lower() == "true"


def _int(value: str) -> int | None:
    try:
        return int(value.strip())
    except ValueError:
        return None


def decode_twice(text: str) -> str:
    """Text of an agenda item: unescape twice (ModernGov double-encodes), then strip tags."""
    once = html.unescape(text)
    twice = html.unescape(once) if re.search(r"&(?:[a-z]+|#\d+);", once) else once
    return html_text(twice) if "<" in twice else twice


def _parse_start(date_s: str, time_s: str) -> dt.datetime | None:
    date_s = date_s.strip().split(" ")[0]
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"):
        try:
            day = dt.datetime.strptime(date_s, fmt)
            break
        except ValueError:
            continue
    else:
        return None
    m = re.match(r"(\d{1,2})[:.](\d{2})\s*([ap]m)?", time_s.strip(), re.I)
    hour, minute = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    if m and m.group(3) and m.group(3).lower() == "pm" and hour < 12:
        hour += 12
    return day.replace(hour=hour, minute=minute, tzinfo=LONDON)


def _xml_root(data: bytes | str, what: str) -> etree._Element:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
        return etree.fromstring(raw.strip(), parser)
    except etree.XMLSyntaxError as exc:
        raise ModernGovError(
            f"the ModernGov service sent malformed XML for {what} ({exc}); the site may be down or not ModernGov"
        ) from None


def _meeting_from(node: etree._Element) -> Meeting:
    status = _child(node, "meetingstatus") or None
    low = (status or "").lower()
    items = []
    for it in node.iter("agendaitem"):
        items.append(
            AgendaItem(
                id=_int(_child(it, "agendaitemid")),
                number=_child(it, "fulldisplaynumberformat", "agendaitemnumber"),
                title=decode_twice(_child(it, "agendaitemtitle")).strip(),
                restricted=_bool(_child(it, "isrestricted")),
                minutes_text=decode_twice(_child(it, "minutesnonemptyhtmlbody", "minutestext", "minutes")),
                agenda_text=decode_twice(_child(it, "agendatext", "agendaitemtext")),
            )
        )
    mid = _int(_child(node, "meetingid"))
    if mid is None:
        raise ModernGovError("the ModernGov meeting XML has no <meetingid>; check the meeting id")
    return Meeting(
        id=mid,
        committee_id=_int(_child(node, "committeeid")),
        committee_title=decode_twice(_child(node, "committeetitle")) or None,
        start=_parse_start(_child(node, "meetingdate"), _child(node, "meetingtime")),
        location=decode_twice(_child(node, "meetinglocation")) or None,
        status=status,
        cancelled="cancel" in low or _bool(_child(node, "meetingcancelled", "iscancelled")),
        moved="moved" in low or "postponed" in low or _bool(_child(node, "meetingmoved", "ismoved")),
        minutes_published=_bool(_child(node, "minutepublished", "minutespublished")),
        items=items,
    )


def parse_meeting(data: bytes | str) -> Meeting:
    root = _xml_root(data, "GetMeeting")
    node = root if etree.QName(root).localname == "meeting" else root.find(".//meeting")
    if node is None:
        raise ModernGovError("the ModernGov GetMeeting XML has no <meeting> element; check the meeting id")
    return _meeting_from(node)


def meeting_text(meeting: Meeting) -> str:
    """The meeting as a minutes document, so the ordinary extractor can read it."""
    when = meeting.start.strftime("%A, %d %B %Y") if meeting.start else ""
    parts = [
        f"Minutes of the meeting of the {meeting.committee_title or 'Committee'}",
        f"Held: {when}" if when else "",
        "",
    ]
    for item in meeting.items:
        title = item.title.upper() + (" (EXEMPT)" if item.restricted else "")
        parts.append(f"{item.number}. {title}" if item.number else title)
        parts.append("")
        parts.append(item.minutes_text or "")
        parts.append("")
    return "\n".join(parts)


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
        return _xml_root(response.content, operation)

    async def get_committees(self) -> list[Committee]:
        root = await self._get("GetCommittees", {"lDays": "0"})
        out = []
        for node in root.iter("committee"):
            cid = _int(_child(node, "committeeid"))
            if cid is None:
                continue
            out.append(
                Committee(
                    id=cid,
                    title=decode_twice(_child(node, "committeetitle")),
                    expired=_bool(_child(node, "committeeexpired")),
                    deleted=_bool(_child(node, "committeedeleted")),
                )
            )
        return out

    async def get_meetings(self, committee_id: int, from_date: dt.date, to_date: dt.date) -> list[Meeting]:
        root = await self._get(
            "GetMeetings",
            {
                "lCommitteeId": str(committee_id),
                "sFromDate": from_date.strftime("%d/%m/%Y"),
                "sToDate": to_date.strftime("%d/%m/%Y"),
            },
        )
        return [_meeting_from(node) for node in root.iter("meeting")]

    async def get_meeting(self, meeting_id: int) -> Meeting:
        root = await self._get("GetMeeting", {"lMeetingId": str(meeting_id)})
        node = root if etree.QName(root).localname == "meeting" else root.find(".//meeting")
        if node is None:
            raise ModernGovError(
                f"the ModernGov service has no meeting {meeting_id} (no <meeting> in the reply)"
            )
        return _meeting_from(node)
