"""A decision's stem joined to each of its points, so a point reads as the resolution: "That the
Cabinet be recommended to:" + "approve the plan", "The Committee:-" + "noted the report"."""

from __future__ import annotations

import re

from minutes.list_labels import trim
from minutes.triggers import BODY

_BODY_STEM = re.compile(
    rf"^(?:the\s+)?(?:[A-Z][\w'-]*\s+){{0,4}}(?:{BODY}|(?-i:Body))(?:\s+(?:then|further|also))?(?:\s+(?:unanimously\s+)?(?:agreed|resolved|decided))?$",
    re.I,
)
"""A stem naming the body that acts in each point: "The Committee:-", "Cabinet:", "The Panel agreed:",
"The Governing Body:"."""


def that(text: str) -> str:
    """The point as a resolution reads: "That ..." capitalised, list punctuation kept."""
    text = text.strip().lstrip(":-–—. ").strip()
    if text[:5].lower() == "that ":
        return "That " + text[5:]
    return text[:1].upper() + text[1:] if text else text


_MOVED_THEN_RESOLVED = re.compile(r"\b(?:moved|seconded)\b.{0,200}?\b(?:resolved|agreed)\b", re.I)
"""The movers written before the decision word ("Cllr Bell MOVED, Cllr Dacres SECONDED and it was
RESOLVED to:") are not part of any point."""


LONG_STEM = 14
"""A stem longer than this is not repeated in each of its points; over a single point ("That in
addition to any matters mentioned above, the following item should be brought forward:" then "-
Maintenance of the triangle of land ..."), the two are one resolution (minutes/lists.py)."""


def join_stem(stem: str, point: str) -> str:
    """ "That the Cabinet be recommended to:" + "approve the plan" reads as one sentence."""
    point = trim(point)
    s = re.sub(r"^(?:that\s*)?[:\-–—]*\s*$", "", stem.strip(), flags=re.I).rstrip(":-–— ")
    moved = _MOVED_THEN_RESOLVED.search(s)
    if moved is not None:
        s = s[moved.end() :].strip()
    if s and _BODY_STEM.match(s) and not re.match(r"^\s*(?:that|to)\b", point, re.I):
        p = trim(point)
        return f"{s} {p[:1].lower() + p[1:] if p[1:2].islower() else p}"
    if not s and re.match(r"^\s*that\b", stem, re.I) and not re.match(r"^\s*that\b", point, re.I):
        p = point.strip()
        if re.match(r"^(?:The|A|An|This|These|Those|Officers)\b", p):
            p = p[0].lower() + p[1:]
        return that(f"that {p}")
    if not s or len(s.split()) > LONG_STEM or s.lower() == "to":
        return that(point)
    body = re.sub(r"^that\s+", "", s, flags=re.I)
    p = re.sub(r"^that\s+", "", point.strip(), flags=re.I)
    p = p[:1].lower() + p[1:] if p[:2] != p[:2].upper() else p
    if body[:3].lower() == "to ":
        return that(f"{body} {p}")
    return that(f"that {body} {p}")
