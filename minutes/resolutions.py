"""Formal resolution points: the lists under RESOLVED / AGREED / Decision: / ACTION: and the
rows of action tables, each tied to the item it sits under."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from minutes.classify import feeds_work_programme, is_actionable
from minutes.dates import DATE_RE, first_date
from minutes.meeting import item_heading
from minutes.model import Item, Resolution
from minutes.narrative_decisions import commits, split_decisions
from minutes.owners import find_due, find_owner
from minutes.text import MARKER_RE, Line, sentences, strip_bullet

_BODY = r"(?:committee|commission|panel|board|cabinet|sub-committee|council|executive|forum|group|meeting|members|scrutiny\s+\w+)"
TRIGGER = re.compile(
    r"^(?:(?:after|following|upon|on)\s+[^,.;:]{2,50},\s+)?(?:(?-i:UNANIMOUSLY)\s+)?(?:(?P<itwas>it\s+was\s+(?:further\s+|also\s+|then\s+|therefore\s+)?(?:unanimously\s+)?)"
    rf"|(?P<body>(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){{0,4}}{_BODY}\s+(?:then\s+|further\s+|also\s+|therefore\s+)?(?:unanimously\s+)?))?"
    r"(?P<kw>resolved|agreed|decided|(?-i:RECOMMENDED))\b(?P<rest>.*)$"
    r"|^(?P<label>decisions?|actions?(?:\s+agreed)?|agreed\s+actions?|outcome|resolution|actions?\s+points?)\b\s*(?:\([^)]*\))?\s*(?P<sep>[:\-–—]|$)\s*(?P<lrest>.*)$",
    re.I,
)
_REST_OK = re.compile(
    r"^\s*(?:[:\-–—.]|\(|that\b|to\b|unanimously\b|accordingly\b|as\s+follows\b|upon\b|on\s+the\b|$"
    r"|in\s+terms\s+of\b|under\s+(?:section|the|paragraph|regulation)\b|in\s+accordance\s+with\b|without\s+(?:a\s+)?(?:vote|dissent|division)\b"
    r"|by\s+(?:\d+|a\s+majority)|nem\.?\s*con)",
    re.I,
)
_STOP = re.compile(
    r"^(?:supporting\s+documents|background\s+papers|the\s+meeting\s+(?:closed|ended|was\s+adjourned)|meeting\s+closed|"
    r"there\s+being\s+no\s+(?:other|further)\s+business|chair(?:man)?\s*$|signed\b|date\s+of\s+(?:the\s+)?next\s+meeting|"
    r"reasons?\s*(?:\(s\))?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|alternative\s+options?|"
    r"(?:the\s+)?[\w\s-]{0,40}\b(?:is|are)\s+(?:being\s+)?recommended\s+to\b)",
    re.I,
)
_RESTRICTED_ON = re.compile(
    r"exclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+)?public|\bexempt\b|\bpart\s+(?:b|ii|2)\b|private\s+(?:session|business|item)|\bconfidential\b|\bin\s+private\b",
    re.I,
)
_RESTRICTED_OFF = re.compile(r"^(?:public\s+session|part\s+(?:a|i|1))\b", re.I)
_INLINE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s;:,.]))\(?(?P<l>[a-h]|[ivx]{1,4}|\d{1,2})\)\s+")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
_NAME_ONLY = re.compile(r"^(?:(?:[A-Z][\w'’.-]*|of|and|&|the|for)\s*,?\s*){1,7}$")
_TABLE_SPLIT = re.compile(r"\s*\|\s*")
_STEM_END = re.compile(r":\s*[-–—]?$")
_DASH_STEM = re.compile(r"^(?:that\s*)?[-–—]$|\bthat\s*[-–—]$", re.I)
""""RESOLVED that –", "Agreed that –": the points follow on the next lines."""
_FOLLOWING_DASH = re.compile(r"\bfollowing\b[^.;]*\s[-–—]$", re.I)
""""... the following conditions were agreed between the parties -": a stem over the points below."""
_LIST_OPENS = re.compile(r"(?:[:\-–—]|\bas\s+follows)\s*$", re.I)
_SUBLIST_ROW = re.compile(r"^(?=.{3,160}$)(?!(?:that|to)\b)[^.;]*[^.;:]$", re.I)
"""A short line under a point that opens a list ("be appointed to the groups –"): names, not a sentence."""
_SUBLIST_LAST = re.compile(r"^(?=.{3,160}$)(?!(?:that|to)\b)[^.;]*[^.;:](?:;(?:\s+and)?|\.)$", re.I)
"""A row of that list closed by list punctuation ("Councillor A (Chair) and Councillor B;")."""
_BODY_STEM = re.compile(
    rf"^(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,4}}{_BODY}(?:\s+(?:then\s+|further\s+|also\s+)?(?:unanimously\s+)?(?:agreed|resolved|decided))?$",
    re.I,
)
"""A stem naming the body that acts in each point: "The Committee:-", "Cabinet:", "The Panel agreed:"."""
_VOTES = re.compile(
    r"\s*\((?:\d+|unanimous)[^()]{0,40}\b(?:favour|for|against|abstentions?|votes?)\b[^()]{0,40}\)\.?", re.I
)
_MIDLINE = re.compile(
    r"(?:\bit\s+was\s+|(?<=[.!?]\s)|^)proposed\s+by\s+[^.;]{1,80}?,?\s+seconded\s+by\s+[^.;]{1,80}?\s+and\s+"
    r"(?:was\s+)?(?:unanimously\s+)?(?=(?:resolved|agreed|carried)\b)"
    r"|(?<=[.!?]\s)(?:it\s+was\s+)?(?=(?-i:RESOLVED|AGREED|DECIDED)\b)|(?<=minutes:\s)(?=(?-i:RESOLVED|AGREED|DECIDED)\b)"
    r"|(?<=\s)(?P<lower>it\s+was\s+(?:unanimously\s+)?)(?=resolved\s+(?:that|to)\b)",
    re.I,
)
"""A resolution that starts inside a paragraph: "It was proposed by Cllr X, seconded by Cllr Y and
RESOLVED to ...", or "... the railway station. AGREED – (a) ..." (capitals mark the formal words)."""
_PARA_NUMBER = re.compile(r"^\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+(?=[A-Z])")
"""A numbered paragraph ("1.4 RESOLVED: That ...", "2.1 The minutes of ... were approved")."""
_RECOMMEND_STEM = re.compile(
    r"^\s*to\s+recommend\b\s*:?\s*(?:\(\s*(?:to\s+)?(?P<to>[^)]{2,60})\)\s*)?[:\-–—]*\s*$", re.I
)
""""Resolved to RECOMMEND: (to Council)": the points that follow ask another body to act."""
_INLINE_HEADING = re.compile(
    r"^(?P<num>\d{1,4})\.?\s+(?P<title>[A-Z][A-Z0-9 ,&'’()/-]{2,160}?)\s+[-–—]\s+(?P<rest>\S.*)$"
)
"""A numbered capitals heading that runs on into its text: "236 SICKNESS ABSENCE – The Chairman ..."."""
_MINUTES_RECORD = re.compile(
    r"^(?:the\s+)?minutes?\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?(?:meeting|proceedings)\b[^.]{0,160}?"
    r"\b(?:was|were)\s+(?:(?:duly|then|submitted|and|formally)\s+){0,3}(?:confirmed|approved|agreed|signed|accepted|adopted)\b",
    re.I,
)
"""Minutes confirmed in a sentence rather than under RESOLVED; still a (non-actionable) decision."""
_RECORD_CONFIRMED = re.compile(
    rf"^(?:that\s+)?(?:(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,4}}{_BODY}\s+(?:approve[sd]?|agree[sd]?|confirm(?:s|ed)?|accept(?:s|ed)?)\s+)?"
    r"(?:the\s+)?minutes\b(?:[^.:]{0,200}?(?:\b(?:was|were|be|is|are)\s+(?:(?:duly|then|formally|and)\s+){0,2}"
    r"(?:confirmed|approved|agreed|signed|accepted|adopted)\b|\bas\s+an?\s+(?:correct|true|accurate)\s+record)"
    r"|\s+of\s+[^:.]{3,120}:\s*(?:signed|approved|agreed|confirmed|accepted)\b(?:[^.]{0,40}\b(?:correct|true|accurate)\s+record)?)",
    re.I,
)
_ASKED_TO = re.compile(
    r"\b(?:asked|invited|requested)\s+to\b|\bto\s+be\s+(?:confirmed|approved|agreed|signed)\b", re.I
)
"""An agenda asking for the minutes to be confirmed, which is not their confirmation."""
"""Minutes confirmed in other wording: "The minutes of the X Committee held on ... were agreed and
signed", "The minutes were ACCEPTED as a true record", "That the minutes ... be approved as a correct
record and signed by the Chair", "The Committee approve the minutes ... as a correct record",
"Minutes of the Meeting of 20th March: Signed as a correct record"."""


def _ordinal(label: str) -> tuple[str, int]:
    low = label.lower()
    if low.isdigit():
        return "dec", int(low)
    if low in _ROMAN:
        return "roman", _ROMAN.index(low) + 1
    return "alpha", ord(low) - 96


def _follows(label: str, previous: str | None) -> bool:
    """Whether a list label continues the run ("3" after "2", a sub-list opening "1" after "b");
    "76" after "2" or "6" after "b" is the next item."""
    if previous is None or not label:
        return True
    fam, num = _ordinal(label)
    pfam, pnum = _ordinal(previous)
    return num == 1 if fam != pfam else num == pnum + 1


def _family(label: str, previous: str | None) -> str:
    fam, _ = _ordinal(label)
    if fam == "roman" and previous is not None:
        pfam, _ = _ordinal(previous)
        if pfam == "alpha":
            return "alpha" if len(label) == 1 and previous.lower() == chr(ord(label.lower()) - 1) else "roman"
        if pfam == "roman" and len(label) == 1 and label.lower() not in ("i", "v", "x"):
            return "alpha"
        if len(label) == 1 and previous.lower() == chr(ord(label.lower()) - 1):
            return "alpha"
    return fam


def split_inline(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split "that (a) the report be noted; and (b) officers report back" into a stem and points.

    Only a run of markers counting up from (a), (i) or (1) splits, so "(if possible)" or a
    stray "(b)" inside a sentence does not."""
    marks = list(_INLINE_MARK.finditer(text))
    best: list[re.Match[str]] = []
    for start in range(len(marks)):
        fam, num = _ordinal(marks[start].group("l"))
        if num != 1:
            continue
        run = [marks[start]]
        for m in marks[start + 1 :]:
            f2, n2 = _ordinal(m.group("l"))
            if fam == "alpha" and f2 == "roman" and len(m.group("l")) == 1:
                f2, n2 = "alpha", ord(m.group("l").lower()) - 96
            if f2 == fam and n2 == len(run) + 1:
                run.append(m)
        if len(run) >= 2 and len(run) > len(best):
            best = run
    if not best:
        return text, []
    stem = text[: best[0].start()]
    points = []
    for i, m in enumerate(best):
        end = best[i + 1].start() if i + 1 < len(best) else len(text)
        points.append((m.group("l"), _trim(text[m.end() : end])))
    return stem.strip(), [(label, p) for label, p in points if p]


def _trim(text: str) -> str:
    text = text.strip()
    text = re.sub(r"(?:[;,]\s*|\s+)(?:and|or)$", "", text, flags=re.I).strip()
    return text.rstrip(";,").strip()


def _that(text: str) -> str:
    text = text.strip().lstrip(":-–—. ").strip()
    if text[:5].lower() == "that ":
        return "That " + text[5:]
    return text[:1].upper() + text[1:] if text else text


def _join_stem(stem: str, point: str) -> str:
    """ "That the Cabinet be recommended to:" + "approve the plan" reads as one sentence."""
    point = _trim(point)
    s = re.sub(r"^(?:that\s*)?[:\-–—]*\s*$", "", stem.strip(), flags=re.I).rstrip(":-–— ")
    if s and _BODY_STEM.match(s) and not re.match(r"^\s*(?:that|to)\b", point, re.I):
        p = _trim(point)
        return f"{s} {p[:1].lower() + p[1:] if p[1:2].islower() else p}"
    if not s and re.match(r"^\s*that\b", stem, re.I) and not re.match(r"^\s*that\b", point, re.I):
        p = point.strip()
        if re.match(r"^(?:The|A|An|This|These|Those|Officers)\b", p):
            p = p[0].lower() + p[1:]
        return _that(f"that {p}")
    if not s or len(s.split()) > 14:
        return _that(point)
    if re.fullmatch(r"that\b.*", s, re.I) or s.lower().startswith("the ") or len(s.split()) <= 14:
        body = re.sub(r"^that\s+", "", s, flags=re.I)
        p = re.sub(r"^that\s+", "", point.strip(), flags=re.I)
        p = p[:1].lower() + p[1:] if p[:2] != p[:2].upper() else p
        return _that(f"that {body} {p}")
    return _that(point)


@dataclass
class ParsedLines:
    items: list[Item] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    narrative: list[tuple[str, str | None]] = field(default_factory=list)
    """Lines outside formal resolutions, with the minute they sit under (for requests)."""
    seen: set[tuple[str | None, str]] = field(default_factory=set)
    formal: set[tuple[str | None, str | None]] = field(default_factory=set)
    """Items (minute, title) with a formal resolution list, a table or a labelled decision."""
    said: list[_Said] = field(default_factory=list)


@dataclass
class _Said:
    """Decisions found in one narrative paragraph, kept aside until the whole document is read:
    under an item that has a formal RESOLVED list they are discussion, not further points."""

    item: tuple[str | None, str | None]
    at: int
    """Where they go in the resolutions, and where the paragraph sits in the narrative."""
    narrative_at: int
    decisions: list[Resolution]
    rest: list[str]


@dataclass
class _State:
    minute: str | None = None
    title: str | None = None
    restricted: bool = False
    after_exclusion: bool = False


def _resolution(
    text: str,
    label: str | None,
    st: _State,
    meeting_date: dt.date | None,
    owner: str | None = None,
    due: str | None = None,
    actionable: bool | None = None,
) -> Resolution:
    text = re.sub(r"\s+", " ", text).strip()
    if actionable is None:
        actionable = owner is not None or is_actionable(text)
    return Resolution(
        text=text,
        actionable=actionable,
        owner=owner if owner is not None else (find_owner(text) if actionable else None),
        due=due if due is not None else (find_due(text, meeting_date) if actionable else None),
        work_programme=actionable and feeds_work_programme(text),
        minute=st.minute or label,
        item_title=st.title,
        restricted=st.restricted,
    )


def _is_heading_line(text: str) -> Item | None:
    item = item_heading(text)
    if item is None:
        return None
    if len(text) < 40:
        m = DATE_RE.search(text)
        if m and m.start() < 12:
            return None
    return item


def parse(lines: list[Line], meeting_date: dt.date | None) -> ParsedLines:
    out = ParsedLines()
    st = _State()
    seen_items: set[tuple[str, str]] = set()
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        text = line.text
        if line.table:
            j = _table_end(lines, i)
            found = list(_action_table([ln.text for ln in lines[i:j]], st, meeting_date))
            if found:
                out.formal.add((st.minute, st.title))
            out.resolutions.extend(found)
            i = j
            continue
        item = None if line.bullet else _is_heading_line(text)
        inline = None if item is not None or line.bullet else _INLINE_HEADING.match(text)
        if inline is not None:
            item = item_heading(f"{inline.group('num')} {inline.group('title')}")
        if item is not None:
            st.minute, st.title = item.minute, item.title
            if (item.minute, item.title) not in seen_items:
                seen_items.add((item.minute, item.title))
                out.items.append(item)
            exclusion = re.search(r"exclusion\s+of", item.title, re.I) is not None
            if _RESTRICTED_OFF.match(item.title):
                st.restricted = st.after_exclusion = False
            else:
                st.restricted = st.after_exclusion or (
                    not exclusion and _RESTRICTED_ON.search(item.title) is not None
                )
            if exclusion:
                st.after_exclusion = True
            if inline is None:
                i += 1
                continue
            text = inline.group("rest")
        numbered = None if line.bullet else _PARA_NUMBER.match(text)
        if numbered is not None and (
            _trigger(text[numbered.end() :]) is not None or _MINUTES_RECORD.match(text[numbered.end() :])
        ):
            text = text[numbered.end() :]
        if _RESTRICTED_OFF.match(text) and len(text) < 40:
            st.restricted = False
        elif len(text) < 60 and text.isupper() and _RESTRICTED_ON.search(text):
            if re.search(r"exclusion\s+of", text, re.I):
                st.after_exclusion = True
            else:
                st.restricted = True
        trig = None if line.bullet else _trigger(text)
        if _sentence_decisions(text, trig, line.bullet):
            _narrate(out, text, st, meeting_date)
            i += 1
            continue
        if trig is None and not line.bullet:
            mid = _MIDLINE.search(text) if _may_start_inside(text) else None
            if mid is not None and mid.end() > 0:
                tail = text[mid.end() :]
                trig = _trigger(tail)
                if trig is not None and not _REST_OK.match(trig[1]):
                    trig = None
                if trig is not None:
                    head = MARKER_RE.sub("", text[: mid.start()].strip(), count=1)
                    if head:
                        _narrate(out, head, st, meeting_date)
                    text = tail.rstrip(" |")
                    if mid.group("lower"):
                        said = sentences(text)
                        text = said[0]
                        if len(said) > 1:
                            _narrate(out, " ".join(said[1:]), st, meeting_date)
                    trig = _trigger(text)
            elif _MINUTES_RECORD.match(text) or (
                "minutes" in text[:120].lower()
                and _RECORD_CONFIRMED.match(MARKER_RE.sub("", text, count=1))
                and not _ASKED_TO.search(text)
            ):
                record = MARKER_RE.sub("", text, count=1) if not _MINUTES_RECORD.match(text) else text
                _add(out, _resolution(sentences(record)[0], None, st, meeting_date, actionable=False))
                rest_said = sentences(record)[1:]
                if rest_said:
                    _narrate(out, " ".join(rest_said), st, meeting_date)
                i += 1
                continue
        if trig is None:
            bare = _bare_list(lines, i)
            if bare is None and text[:1] in _IMPERATIVE_FIRST and _IMPERATIVE_START.match(text):
                bare = _imperative_list(lines, i)
            if bare is None and i and lines[i - 1].text.endswith((" was", " and")):
                bare = _after_lost_keyword(lines, i)
            if bare is not None:
                points, i = bare
                out.formal.add((st.minute, st.title))
                for label, ptext in points:
                    _add(out, _resolution(_VOTES.sub("", ptext), label, st, meeting_date))
                continue
            _narrate(out, text, st, meeting_date)
            i += 1
            continue
        kind, rest = trig
        if kind != "said":
            out.formal.add((st.minute, st.title))
        if kind == "action" and rest and _NAME_ONLY.match(rest) and len(rest.split()) <= 6:
            if out.narrative and out.narrative[-1][1] == st.minute:
                prev_text, _ = out.narrative.pop()
                last = sentences(prev_text)[-1] if prev_text else prev_text
                _add(out, _resolution(last, None, st, meeting_date, owner=rest.strip(" .")))
            i += 1
            continue
        recommend = _RECOMMEND_STEM.match(rest)
        if recommend is not None:
            rest = ""
        points, i = _collect(lines, i + 1, rest, text)
        for label, ptext in points:
            if recommend is not None:
                to = recommend.group("to")
                _add(
                    out,
                    _resolution(
                        _VOTES.sub("", ptext),
                        label,
                        st,
                        meeting_date,
                        owner=to.strip() if to else None,
                        actionable=True,
                    ),
                )
            else:
                _add(out, _resolution(_VOTES.sub("", ptext), label, st, meeting_date))
    _settle(out)
    return out


def _sentence_decisions(text: str, trig: tuple[str, str] | None, bullet: bool) -> bool:
    """A paragraph whose decisions are all written as sentences ("It was agreed that ...",
    "... and it was resolved to ..."), with no formal RESOLVED or list opening inside it."""
    if trig is not None and (trig[0] != "said" or _LIST_OPENS.search(trig[1]) or not trig[1].strip()):
        return False
    if trig is None and not bullet and _may_start_inside(text):
        mid = _MIDLINE.search(text)
        if mid is not None and not mid.group("lower"):
            return False
    body, _ = strip_bullet(text)
    decisions, _ = split_decisions(body)
    if any(_LIST_OPENS.search(d) for d in decisions):
        return False
    return bool(decisions) and (trig is None or body.startswith(decisions[0]))


_BODY_NOTED = re.compile(
    r"^(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}(?:committee|commission|panel|board|cabinet|council|members)\s+"
    r"(?:also\s+)?not(?:ed|es)\b",
    re.I,
)
""""Council noted the difference made by the Working Group": a body noting names nobody to act, even
when somebody is named after "by"."""


def _narrate(out: ParsedLines, text: str, st: _State, meeting_date: dt.date | None) -> None:
    """Keep a narrative paragraph, setting aside the decisions written as sentences in it."""
    out.narrative.append((text, st.minute))
    body, _ = strip_bullet(text)
    decisions, rest = split_decisions(body)
    if not decisions:
        return
    found: list[Resolution] = []
    for decision in decisions:
        trig = _trigger(decision)
        points: list[tuple[str | None, str]] = [(None, decision)]
        if trig is not None and split_inline(trig[1])[1]:
            points = _collect([], 0, trig[1], decision)[0]
        elif trig is not None and re.match(r"\s*that\b", trig[1], re.I):
            points = [(None, _that(trig[1]))]
        for label, point in points:
            point = _VOTES.sub("", point)
            clause = _trigger(point)
            owner = find_owner(clause[1].lstrip(" :-–—") if clause is not None else point)
            actionable = (
                is_actionable(point) or commits(point) or (owner is not None and not _BODY_NOTED.match(point))
            )
            owner = owner if actionable else None
            found.append(_resolution(point, label, st, meeting_date, owner=owner, actionable=actionable))
    out.said.append(_Said((st.minute, st.title), len(out.resolutions), len(out.narrative) - 1, found, rest))


def _settle(out: ParsedLines) -> None:
    """Decisions written as sentences count where the item has no formal list of its own; under
    an item with a RESOLVED list they stay narrative (discussion that led to the formal points)."""
    for said in reversed(out.said):
        if said.item in out.formal:
            continue
        fresh = []
        for res in said.decisions:
            key = (res.minute, re.sub(r"\W+", " ", res.text).strip().lower())
            if key not in out.seen:
                out.seen.add(key)
                fresh.append(res)
        out.resolutions[said.at : said.at] = fresh
        out.narrative[said.narrative_at : said.narrative_at + 1] = [(r, said.item[0]) for r in said.rest]


_FIRST_LABELS = frozenset({"a", "i", "1"})
_RESOLUTION_MOOD = re.compile(r"\bbe\s+(?:\w+ly\s+)?\w+|\b(?:is|are)\s+(?:\w+ly\s+)?\w+ed\b", re.I)
_NARRATED = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|declared|advised|reported|said|stated|explained|asked|"
    r"confirmed|informed|commented|may|must|can)\b",
    re.I,
)
_LIST_INTRO = re.compile(r"(?:[:\-–—]|\bas\s+follows)\s*$", re.I)
_MINUTES_LABEL = re.compile(r"^(?:minutes|decisions?)\s*:?\s*$", re.I)


def _bare_list(lines: list[Line], i: int) -> tuple[list[tuple[str | None, str]], int] | None:
    """A numbered list of resolution points whose RESOLVED label was lost (a ModernGov page puts
    it in a cell of its own): "(i) The progress be noted; (ii) The outcomes be approved ...".

    Taken only when the list opens at (a), (i) or 1, is not introduced by a sentence ending in a
    colon (a list of facts), runs to the end of the item, and its points read as decisions
    ("be noted", "are arranged") rather than as an account ("declared", "was", "may"). Points that
    each open with the formula "that ..." ("1) that officers contact the stakeholders") are
    decisions even when a clause inside them is told in the past ("as this was a ...")."""
    line = lines[i]
    m = MARKER_RE.match(line.text)
    if m is None or line.bullet:
        return None
    label = (m.group("label") or m.group("plabel") or "").lower()
    if label not in _FIRST_LABELS:
        return None
    if i > 0:
        before = lines[i - 1].text
        if _LIST_INTRO.search(before) and not _MINUTES_LABEL.match(before):
            return None
    points, j = _collect(lines, i, "")
    if len(points) < 2:
        return None
    if j < len(lines):
        nxt = lines[j].text
        if not (_STOP.match(nxt) or _is_heading_line(nxt) is not None):
            return None
    formula = all(re.match(r"that\s", p, re.I) for _, p in points)
    if not formula and any(_NARRATED.search(p) for _, p in points):
        return None
    if not any(_RESOLUTION_MOOD.search(p) for _, p in points):
        return None
    return points, j


_DECISION_VERB = (
    r"(?:note|agree|approve|confirm|recommend|authori[sz]e|delegate|endorse|adopt|accept|support|instruct|"
    r"refer|defer|appoint|request|receive|ratify|grant|refuse|reject)"
)
_IMPERATIVE_POINT = re.compile(rf"^(?=(?-i:[A-Z]))(?:to\s+)?{_DECISION_VERB}\b", re.I)
_IMPERATIVE_START = re.compile(
    rf"^(?:\(?(?:\d{{1,2}}|[a-zA-Z]|[ivxlIVXL]{{1,5}})[.)]\s+)?(?=(?-i:[A-Z]))(?:to\s+)?{_DECISION_VERB}\b",
    re.I,
)
"""Cheap first test for `_imperative_list`: a line that opens (after any number) with a decision verb."""
_IMPERATIVE_FIRST = frozenset("(0123456789TNAaCRDEISGivxlIVXL")
"""First characters such a line can have: a list number or a decision verb's capital."""
_LIST_PUNCT = re.compile(r"(?:;|;\s*(?:and|or)|,\s*and)$", re.I)
_AGENDA_INTRO = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\b"
    r"|^(?:recommendations?|proposals?|options?|purpose(?:\s+of\s+(?:the\s+)?report)?)\s*[:\-–—]?$",
    re.I,
)
_TOLD = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|declared|advised|reported|said|stated|explained|informed)\b",
    re.I,
)
_LOST_KEYWORD = re.compile(r"(?:\bit\s+was|\bseconded\s+by\s+[^.;]{2,80}?\s+and(?:\s+it\s+was)?)$", re.I)


def _imperative_list(lines: list[Line], i: int) -> tuple[list[tuple[str | None, str]], int] | None:
    """Decision points written as imperatives with no RESOLVED label over them (a decision notice
    or a page that lost its label): "1) Authorise the Director to ...", "To note the report;"
    "To recommend the budget to Council.". Two or more in a row, each opening with a decision
    verb; unnumbered runs must carry list punctuation (";" between points) and numbered ones must
    be the whole list, so an agenda ("1) To receive apologies. 2) To note interests. 3) Public
    participation") does not read as decisions; an "is asked to:" or "Recommendations"
    introduction keeps the list out too."""
    first = MARKER_RE.match(lines[i].text)
    if not _IMPERATIVE_POINT.match(lines[i].text[first.end() :].lstrip() if first else lines[i].text):
        return None
    if i > 0 and (
        (_LIST_INTRO.search(lines[i - 1].text) and not _MINUTES_LABEL.match(lines[i - 1].text))
        or _AGENDA_INTRO.search(lines[i - 1].text)
    ):
        return None
    points: list[tuple[str | None, str]] = []
    j = i
    marked: bool | None = None
    while j < len(lines):
        line = lines[j]
        if line.table or line.bullet:
            break
        m = MARKER_RE.match(line.text)
        if marked is None:
            marked = m is not None
            if m is not None and (m.group("label") or m.group("plabel") or "").lower() not in _FIRST_LABELS:
                return None
        if (m is not None) != marked:
            break
        body = line.text[m.end() :].strip() if m else line.text
        if not _IMPERATIVE_POINT.match(body) or _TOLD.search(body.split(",")[0]):
            break
        label = (m.group("label") or m.group("plabel")) if m else None
        points.append((label, _that(_trim(body))))
        j += 1
        if not marked and not _LIST_PUNCT.search(line.text):
            break
    if len(points) < 2:
        return None
    if marked and j < len(lines):
        nxt = MARKER_RE.match(lines[j].text)
        if nxt is not None and _follows(nxt.group("label") or nxt.group("plabel") or "", points[-1][0]):
            return None
    return points, j


def _after_lost_keyword(lines: list[Line], i: int) -> tuple[list[tuple[str | None, str]], int] | None:
    """ "... moved and duly seconded and it was" then "To approve the guidance.": the RESOLVED that
    closed the sentence was lost (a page puts it in a cell of its own), so what follows is the decision."""
    if i == 0 or lines[i].bullet or not lines[i - 1].text.endswith((" was", " and")):
        return None
    if not _LOST_KEYWORD.search(lines[i - 1].text):
        return None
    points, j = _collect(lines, i, "")
    return (points, j) if points else None


def _may_start_inside(text: str) -> bool:
    """Cheap test before _MIDLINE: most narrative lines hold none of its words."""
    if len(text) <= 20:
        return False
    low = text.lower()
    return (
        "RESOLVED" in text
        or "AGREED" in text
        or "DECIDED" in text
        or "seconded" in low
        or "was resolved" in low
    )


def _add(out: ParsedLines, res: Resolution) -> None:
    """Append unless the same point under the same minute is already there (a ModernGov issue page
    shows the decision twice, under "Decision:" and "Minutes:")."""
    key = (res.minute, re.sub(r"\W+", " ", res.text).strip().lower())
    if key in out.seen:
        return
    out.seen.add(key)
    out.resolutions.append(res)


def _trigger(text: str) -> tuple[str, str] | None:
    m = TRIGGER.match(text)
    if not m:
        return None
    if m.group("kw"):
        rest = m.group("rest")
        kw = m.group("kw")
        if not (m.group("itwas") or m.group("body")) and not kw.isupper() and not _REST_OK.match(rest):
            return None
        if m.group("body") and not _REST_OK.match(rest):
            return None
        if m.group("body") and re.match(r"^(?:members)\s", m.group("body"), re.I) and not kw.isupper():
            return None
        if (m.group("itwas") or m.group("body")) and not kw.isupper():
            if m.group("body") and re.match(r"\s*:", rest):
                return "resolved", rest
            return "said", rest
        return "resolved", rest
    label = m.group("label")
    if not m.group("sep") and not label.isupper() and len(text) > 24:
        return None
    kind = "action" if label.lower().startswith(("action", "agreed action")) else "decision"
    return kind, m.group("lrest")


_LEADS_POINT = re.compile(r"^(?:[:\-–—.(]|that\b|to\b|$)", re.I)


def _collect(
    lines: list[Line], i: int, rest: str, whole: str = ""
) -> tuple[list[tuple[str | None, str]], int]:
    """The points of one resolution block starting after its trigger line. `whole` is the trigger
    line itself, kept as the point when what follows the keyword is not a clause of its own
    ("The Committee resolved in terms of Section 50A(4) ... to exclude the press and public")."""
    points: list[tuple[str | None, str]] = []
    leads = _LEADS_POINT.match(rest.strip()) is not None
    rest = re.sub(r"^\s*(?:unanimously|accordingly|as\s+follows)\b", "", rest, flags=re.I).strip()
    rest = re.sub(r"^\(\s*unanimously\s*\)", "", rest, flags=re.I).strip()
    rest = rest.lstrip(":-–—. ").strip()
    stem = ""
    if rest:
        s, inline = split_inline(rest)
        if inline:
            return [(label, _join_stem(s, p)) for label, p in inline], i
        if (
            _STEM_END.search(rest)
            or _DASH_STEM.search(rest)
            or re.fullmatch(r"(?:that|to)\s*[:\-–—]*", rest, re.I)
        ):
            stem = rest
        elif (
            whole
            and not leads
            and not re.match(r"^(?:unanimously|accordingly|as\s+follows)\b", rest.strip(), re.I)
        ):
            points.append((None, _that(whole)))
        else:
            points.append((None, _that(rest)))
    n = len(lines)
    family: str | None = None
    previous_label: str | None = None
    unmarked_that = bool(points)
    sublist = False
    apart = False
    while i < n:
        line = lines[i]
        text = line.text
        if line.table or _STOP.match(text) or (not line.bullet and _trigger(text) is not None):
            break
        m = MARKER_RE.match(text)
        if points and not m and not line.bullet and _is_heading_line(text) is None:
            last_label, last = points[-1]
            if (sublist or _LIST_OPENS.search(last)) and (
                _SUBLIST_ROW.match(text) or (sublist and _SUBLIST_LAST.match(text))
            ):
                points[-1] = (last_label, f"{last} {text}")
                sublist = True
                i += 1
                continue
        sublist = False
        if (m or line.bullet) and not line.bullet and _is_heading_line(text) is not None and not points:
            break
        if (
            m
            and points
            and _is_heading_line(text) is not None
            and (text.isupper() or family is None or not _follows(m.group("label") or "", previous_label))
        ):
            break
        if m or line.bullet:
            label = (m.group("label") or m.group("plabel")) if m else None
            body = text[m.end() :].strip() if m else text
            fam = f"bullet{line.glyph}" if label is None else _family(label, previous_label)
            if (
                fam == "alpha"
                and label
                and previous_label
                and previous_label.isalpha()
                and label.isupper() != previous_label.isupper()
                and len(label) == len(previous_label) == 1
            ):
                fam = "alpha-nested"
            if family is None:
                family = fam
            if fam != family and points:
                last_label, last = points[-1]
                sep = " " if last.endswith(":") or not line.bullet else "; "
                points[-1] = (last_label, f"{last}{sep}{body if line.bullet else text}")
            else:
                s, inline = split_inline(body)
                if inline and len(inline) >= 2 and not s.strip():
                    points.extend((label, _that(p)) for _, p in inline)
                else:
                    points.append(
                        (label, _join_stem(stem, body) if stem and not apart else _that(_trim(body)))
                    )
                previous_label = label if fam == family else previous_label
            i += 1
            continue
        if not points and not stem:
            if _is_heading_line(text) is not None:
                break
            if (_STEM_END.search(text) or _FOLLOWING_DASH.search(text)) and len(text.split()) <= 25:
                stem = text
                apart = not _STEM_END.search(text)
                i += 1
                continue
            if len(text.split()) <= 150:
                s, inline = split_inline(text)
                if inline:
                    points.extend((label, _join_stem(s, p)) for label, p in inline)
                else:
                    points.append((None, _that(text)))
                    unmarked_that = True
                i += 1
                continue
            break
        if unmarked_that and family is None and re.match(r"^(?:that|to)\b", text, re.I):
            points.append((None, _that(text)))
            i += 1
            continue
        break
    if not points and len(_STEM_END.sub("", stem).split()) >= 4:
        points.append((None, _that(_STEM_END.sub("", stem).strip())))
    return points, i


def _table_end(lines: list[Line], i: int) -> int:
    j = i
    while j < len(lines) and lines[j].table:
        j += 1
    return j


def _cells(row: str) -> list[str]:
    return [c.strip() for c in _TABLE_SPLIT.split(row.strip().strip("|"))]


def _action_table(rows: list[str], st: _State, meeting_date: dt.date | None) -> Iterator[Resolution]:
    """Rows of an "Action | Owner | Due" table (the form many county and NHS-style minutes use)."""
    header: list[str] | None = None
    for row in rows:
        cells = _cells(row)
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            continue
        low = [c.lower() for c in cells]
        if header is None or low == header:
            short = [c for c in low if len(c.split()) <= 3]
            if (
                any(
                    re.fullmatch(r"(?:agreed\s+)?actions?(?:\s+agreed)?|decisions?(?:\s+/\s+actions?)?", c)
                    for c in short
                )
                and any(
                    re.search(r"\bowner|\blead\b|responsib|\bwho\b|\bby whom|\bofficer", c) for c in short
                )
                and not any(c.startswith("topic") for c in low)
            ):
                header = low
            continue
        if len(cells) < 2:
            continue
        rec: dict[str, str] = {}
        for name, value in zip(header, cells, strict=False):
            rec[name] = value
        action = next((v for k, v in rec.items() if re.search(r"\baction|\bdecision|\bagreed", k)), "")
        owner = next(
            (
                v
                for k, v in rec.items()
                if re.search(r"\bowner|\blead\b|responsib|\bwho\b|\bby whom|\bofficer", k)
            ),
            "",
        )
        due = next(
            (
                v
                for k, v in rec.items()
                if re.search(r"\bdue|deadline|\bby when|\bdate|\btimescale|\bwhen\b", k)
            ),
            "",
        )
        minute = next((v for k, v in rec.items() if re.search(r"\bminute|\bitem|\bref|\bno\.?$", k)), "")
        if not action:
            continue
        local = _State(minute or st.minute, st.title, st.restricted)
        named = first_date(due, after=meeting_date) if due else None
        due_value = named.isoformat() if named else (find_due(due, meeting_date) or due or None)
        yield _resolution(
            action, None, local, meeting_date, owner=owner or None, due=due_value, actionable=True
        )
