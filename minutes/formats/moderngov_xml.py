"""The XML of the ModernGov web service (`mgWebService.asmx`): committees, meetings and their
agenda items, as typed values, and a meeting as a minutes document for the ordinary reader.

Dates are dd/mm/yyyy, booleans are the strings "True"/"False", and the HTML of agenda and minutes
text arrives encoded twice (`&amp;lt;p&amp;gt;`), so it is unescaped twice before tags are stripped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from lxml import etree

from minutes.errors import ModernGovError
from minutes.formats.html_page import html_text
from minutes.limits import ExtractLimits, check_size, check_text

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


def xml_root(data: bytes | str, what: str) -> etree._Element:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
        return etree.fromstring(raw.strip(), parser)
    except etree.XMLSyntaxError as exc:
        raise ModernGovError(
            f"the ModernGov service sent malformed XML for {what} ({exc}); the site may be down or not ModernGov"
        ) from None


def meeting_from(node: etree._Element) -> Meeting:
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


def meeting_node(root: etree._Element) -> etree._Element | None:
    return root if etree.QName(root).localname == "meeting" else root.find(".//meeting")


def parse_meeting(data: bytes | str) -> Meeting:
    root = xml_root(data, "GetMeeting")
    node = meeting_node(root)
    if node is None:
        raise ModernGovError("the ModernGov GetMeeting XML has no <meeting> element; check the meeting id")
    return meeting_from(node)


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


def committees_from(root: etree._Element) -> list[Committee]:
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


def meetings_from(root: etree._Element) -> list[Meeting]:
    return [meeting_from(node) for node in root.iter("meeting")]


def moderngov_xml_text(data: bytes, *, source: str, limits: ExtractLimits) -> str:
    """A saved or fetched GetMeeting reply, as a minutes document."""
    check_size(data, source=source, cap=limits.markup_bytes, what="ModernGov XML")
    return check_text(meeting_text(parse_meeting(data)), source=source, limits=limits)
