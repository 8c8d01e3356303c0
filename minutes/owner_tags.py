"""Who acts, tagged after the decision rather than named in it: "... (Clerk)", "... (SS/FR)",
"... Action: Democratic Services", "... – Democratic Services"."""

from __future__ import annotations

import re

from minutes.actors import INITIALS_TAG

_TAGGED = (
    r"(?:(?-i:[A-Z]{2,4})|(?-i:Clerk|Chair|Chairman|Chairperson|Vice-Chair|Treasurer|Secretary|Officers))"
)
_OWNER_TAG = re.compile(rf"[.!?]\s*\(\s*(?P<who>{_TAGGED}(?:\s*[/&,]\s*{_TAGGED})*)\s*\)\s*\.?$")
"""Who acts, tagged by initials or a post after the decision ("... a full meeting. (SS/FR/PC)")."""


_TEAM = (
    r"(?:officers?|director|head|manager|clerk|secretary|secretariat|team|services?|department|directorate|unit|"
    r"lead|coordinator|co-ordinator|adviser|advisor|solicitor|treasurer|cllr|councillor)"
)
_TRAILING_OWNER = re.compile(
    r"(?:(?:[.;,]\s*\(?|\s+\(|\s+(?=(?-i:ACTION|Action)(?:\s+(?:by|owner))?\s*:))(?-i:ACTION|Action)"
    r"(?:(?:\s+(?:by|owner))?\s*[:\-–—]|\s+(?-i:Points?|POINTS?)\s*[:\-–—]?)\s*"
    r"(?P<tagged>(?:(?-i:[A-Z])|(?=(?:secretariat|clerk|chair|officers?|treasurer|secretary)\b))[\w'’&/,. ]{1,60}?)\)?;?|\s[–—-]\s+(?P<dashed>(?:the\s+)?(?-i:[A-Z])[\w'’&]*"
    r"(?:\s+(?:of|for|and|&|(?-i:[A-Z])[\w'’&]*)){0,6})"
    rf"|(?<=[.!?)])\s+(?:[–—-]\s+)?{INITIALS_TAG})"
    r"\s*\.?\s*$"
)
_DASHED_ROLE = re.compile(rf"\b{_TEAM}\b", re.I)


_INITIALS_TAG = re.compile(r"\s\(\s*(?P<who>(?-i:[A-Z]{2,4})(?:\s*[/&,]\s*(?-i:[A-Z]{2,4}))*)\s*\)\s*\.?$")
"""Initials in brackets closing a sentence with no stop before them ("... at the March Board
(COO)."), unless they spell the words before them ("... the Integrated Care Board (ICB).")."""


def _spelled_before(text: str, acronym: str) -> bool:
    words = [
        w
        for w in re.findall(r"[A-Za-z][\w'’-]*", text)
        if w.lower() not in ("of", "and", "the", "for", "on", "in", "to")
    ]
    return "".join(w[0] for w in words[-len(acronym) :]).upper() == acronym


def owner_tag(text: str) -> str | None:
    """Who a decision is tagged to ("... (Clerk)", "... (SS/FR)"): someone has something to do."""
    if not text.rstrip(" .").endswith(")"):
        return None
    m = _OWNER_TAG.search(text)
    if m is not None:
        return m.group("who")
    i = _INITIALS_TAG.search(text)
    if i is None:
        return None
    who = i.group("who")
    return None if "/" not in who and _spelled_before(text[: i.start()], who) else who


def trailing_owner(text: str) -> str | None:
    """Who acts, written after the task: "... Action: Clerk", "(ACTION: Democratic Services)",
    "a site visit be arranged – Democratic Services". A name after a dash counts only when it
    names a role or a team, so "– subject to funding" or "– Planning Committee" does not."""
    tail = text[-160:]
    m = _TRAILING_OWNER.search(tail)
    if m is None or len(text[: len(text) - len(tail) + m.start()].split()) < 3:
        return None
    if m.group("tagged"):
        who = re.split(
            r"\s+to\s+(?=[a-z])|\s+(?-i:Action|ACTION)\s+(?=[a-z])", m.group("tagged"), maxsplit=1
        )[0].strip(" ,.;")
        return None if who.lower() in ("none", "n/a", "no action", "noted") else who
    if m.group("who") or m.group("before"):
        return m.group("who") or m.group("before")
    dashed = m.group("dashed")
    return dashed if _DASHED_ROLE.search(dashed) else None
