"""The rules' tests for a decision's trigger line: the keyword at the start ("RESOLVED:", "It was
agreed that", "Decision:"), a recommendation to another body ("RECOMMENDED to Council that",
"Resolved to RECOMMEND: (to Council)"), and a decision that starts inside a paragraph ("... the
railway station. AGREED – (a) ...")."""

from __future__ import annotations

import itertools
import re

from minutes.headings import title_case
from minutes.sentence_split import abbreviation_before, sentences
from minutes.tags import Hit
from minutes.text import MARKER_RE, Line
from minutes.triggers import (
    BODY_BE_RECOMMENDED,
    MIDLINE,
    RECOMMEND_STEM,
    RECOMMENDED_TO,
    RECOMMENDS_TO,
    RECOMMENDS_TO_RUN_ON,
    REST_OK,
    STEM_RECOMMENDS_TO,
    may_start_inside,
    proposal_with_clause,
    trigger,
)

NOTHING = re.compile(
    r"^\s*[:\-–—.]?\s*(?:none|nil|n/?a|not\s+applicable|no\s+(?:decisions?|actions?|resolutions?)"
    r"(?:\s+(?:required|taken|made|arising))?)\s*\.?\s*$",
    re.I,
)
"""A label with nothing under it: "Decision: None", "Actions: N/A", "Decision: No decision required"."""
_BARE_HEADING = re.compile(r"^\s*(?-i:RECOMMENDATIONS|DECISIONS|ACTIONS|ITEMS|MATTERS|MINUTES)\s*:?\s*$")
""" "AGREED RECOMMENDATIONS", "AGREED DECISIONS": a heading over what follows, not a decision itself."""


def decision_trigger(line: Line) -> Hit | None:
    if line.bullet:
        return None
    lettered = _LETTERED_KEYWORD.match(line.text) if line.text[:1] in "(abcdefgh" else None
    text = line.text[lettered.end() :] if lettered is not None else line.text
    trig = trigger(text)
    if trig is None or (trig.kind in ("decision", "action") and NOTHING.match(trig.rest)):
        return None
    cut = text if lettered is not None else None
    if _BARE_HEADING.match(trig.rest):
        return _trigger_hit(trig.kind, "", text=cut)
    if trig.kind == "resolved" and "RECOMMENDED" in text[:120] and _RECOMMENDED_THAT.match(text):
        return Hit(kind=trig.kind, rest=trig.rest, to="", text=cut)
    return _trigger_hit(trig.kind, trig.rest, text=cut)


_LETTERED_KEYWORD = re.compile(r"^\(?[a-h]\)\s+(?=(?-i:RESOLVED|AGREED)\s*[:\-–—])")
"""A sub-item's letter before its decision ("a) RESOLVED: that the Minutes ... be agreed"), as a town
council letters the parts of its minutes item; the sub-item after it ("b) MATTERS ARISING") is its
sibling, not its point (tags.sibling_after_decision)."""


_RECOMMENDED_THAT = re.compile(
    r"^(?:(?-i:[A-Z])[\w'’-]*\s+|(?:of|for|the|and|&)\s+){0,8}(?-i:RECOMMENDED)\s*[:\-–—]?\s*"
    r"(?:that\b|(?<=[:\-–—])\s*(?:$|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s))",
    re.I,
)
""""The Panel RECOMMENDED that the Cabinet approve the scheme", "RECOMMENDED – That the fees be set",
"RECOMMENDED: 1) That Council approve ...": what a committee recommends, another body is to act on
(actionable, whoever the point names)."""


def _trigger_hit(kind: str, rest: str, before: str = "", after: str = "", text: str | None = None) -> Hit:
    """`to` is the body a "Resolved to RECOMMEND: (to Council)" stem names ("" when it names none)."""
    recommend = RECOMMEND_STEM.match(rest)
    if recommend is not None:
        to = (recommend.group("to") or recommend.group("to2") or "").strip()
        return Hit(kind=kind, rest="", to=to, before=before, after=after, text=text)
    inline = RECOMMENDED_TO.match(rest) if "to " in rest[:40].lower() else None
    if inline is not None:
        to = title_case(inline.group("to").strip())
        if not rest[inline.end() :].strip(" :-–—"):
            rest = ""
        return Hit(kind=kind, rest=rest, to=to, before=before, after=after, text=text)
    body = BODY_BE_RECOMMENDED.match(rest) if "recommended" in rest[:80].lower() else None
    if body is not None:
        listed = body.group("after").strip()
        return Hit(
            kind=kind, rest=listed, to=title_case(body.group("to")), before=before, after=after, text=text
        )
    stem = STEM_RECOMMENDS_TO.match(rest) if rest.endswith(":") else None
    if stem is not None:
        return Hit(
            kind=kind, rest=rest, to=title_case(stem.group("to")), before=before, after=after, text=text
        )
    return Hit(kind=kind, rest=rest, before=before, after=after, text=text)


def recommends_to(line: Line) -> Hit | None:
    if line.bullet:
        return None
    if len(line.text) <= 200 and (m := RECOMMENDS_TO.match(line.text)) is not None:
        return Hit(kind="resolved", to=title_case(m.group("to").strip()))
    if ": 1. " in line.text and (run_on := RECOMMENDS_TO_RUN_ON.match(line.text)) is not None:
        return Hit(kind="resolved", rest=run_on.group("points"), to=title_case(run_on.group("to").strip()))
    return None


def decision_inside_paragraph(line: Line) -> Hit | None:
    text = line.text
    if line.bullet or not may_start_inside(text):
        return None
    mid = MIDLINE.search(text)
    if mid is None or mid.end() == 0 or proposal_with_clause(mid):
        return None
    tail = "RESOLVED:" if mid.group("lost") is not None else text[mid.end() :]
    if mid.group("bare") is not None:
        tail = f"Decision: {tail[len('Decision') :].lstrip()}"
    trig = trigger(tail)
    if trig is None or not (REST_OK.match(trig.rest) or (trig.kind == "decision" and trig.rest.strip())):
        return None
    head = MARKER_RE.sub("", text[: mid.start()].strip(), count=1)
    tail = tail.rstrip(" |")
    after = ""
    if (
        mid.group("lower")
        or mid.group("it_was")
        or mid.group("label") is not None
        or mid.group("bare") is not None
    ):
        said = sentences(tail)
        tail, after = said[0], " ".join(said[1:])
    else:
        tail, after = _before_the_next(tail)
    trig = trigger(tail)
    if trig is None:
        return None
    return _trigger_hit(trig.kind, trig.rest, before=head, after=after, text=tail)


_STOP = re.compile(r"(?<=[\w)][.!?])\s+(?=\S)")


def _stops(text: str, end: int) -> list[int]:
    """Where sentences end before `end`, looser than minutes/sentence_split.py (a stop before a
    number or a small roman numeral counts) but not after an abbreviation ("Cllr. Smith", an initial)."""
    return [m.end() for m in _STOP.finditer(text, 10, end) if not abbreviation_before(text, m.start())]


_POINT_LABEL = re.compile(r"^.{0,30}?(?<!\w)\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s")
_SIBLING = re.compile(r"(?<=[.!?]\s)\(?(?:[ivx]{1,4}|[a-h])\)\s*(?=[A-Z])")
"""The next lettered sub-item of the item run into the decision ("Resolved: To re-report it. ii)Broadband:
..."), where the decision has no lettered points of its own."""


_AGREED_NEXT = re.compile(
    r"(?:all|it\s+was|members|councillors|the\s+(?:committee|council|board|panel|meeting))\s+(?:also\s+|further\s+)?"
    r"(?:unanimously\s+)?(?:agreed|resolved|decided)\b",
    re.I,
)


def agreements_apart(text: str) -> list[str]:
    """A label's text cut before each later sentence that records an agreement of its own
    ("Decision: Secretary to prepare notices. All agreed the box be left unlocked."): two decisions."""
    if "agreed" not in text and "resolved" not in text and "decided" not in text:
        return [text]
    cuts = [at for at in _stops(text, len(text)) if _AGREED_NEXT.match(text, at)]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def _before_the_next(tail: str) -> tuple[str, str]:
    """Where a decision inside a paragraph ends when no sentence ends it by rule:
    - before the next decision, at the last sentence before it, where a PDF ran the next item into
      this one ("RESOLVED: i) that the correspondence be received. ii) ... 542 Mairie De Cusset It was
      moved by Cllr C Potter RESOLVED: i) that ...");
    - before the item's next lettered sub-item;
    - before a sentence that records another agreement ("Decision: Secretary to prepare notices. All
      agreed the box be left unlocked.");
    - at the end of a decision shouted in capitals ("RESOLVED: TO ACCEPT THE APOLOGIES. Councillor
      Leytham had also sent his apologies.")."""
    following = MIDLINE.search(tail, 10)
    end = following.start() if following is not None else len(tail)
    sibling = None if _POINT_LABEL.match(tail) else _SIBLING.search(tail, 10, end)
    if sibling is not None:
        return tail[: sibling.start()].rstrip(), tail[sibling.start() :]
    stops = _stops(tail, end)
    agreed = next((at for at in stops if _AGREED_NEXT.match(tail, at)), None)
    if agreed is not None:
        return tail[:agreed].rstrip(), tail[agreed:]
    if stops and _shouted(tail[: stops[0]]) and not _shouted(tail[stops[0] : stops[0] + 60]):
        return tail[: stops[0]].rstrip(), tail[stops[0] :]
    if following is None:
        return tail, ""
    cut = stops[-1] if stops else end
    return tail[:cut].rstrip(), tail[cut:]


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 10 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
