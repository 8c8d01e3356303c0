"""Narrative follow-ups outside the formal resolution list: "The Chair requested that...",
"Officers agreed to circulate...", "... was also requested", "further information would be
provided to Members"."""

from __future__ import annotations

import datetime as dt
import re

from minutes.model import Request
from minutes.owners import find_due, find_owner
from minutes.text import sentences, strip_bullet

_WHO = (
    r"(?:the\s+)?(?:chair(?:man|person)?|vice[- ]chair(?:man)?|members?|committee|commission|panel|board|"
    r"councillors?\s+[A-Z][\w'-]+|cllr\.?\s+[A-Z][\w'-]+|councillors|(?:a\s+)?member)"
)
_REQUEST = re.compile(
    rf"\b{_WHO}\s+(?:also\s+|further\s+|therefore\s+)?(?:requested|asked\s+(?:that|for|if|whether\s+officers|officers|the)|"
    rf"called\s+for|requested\s+that|urged\s+(?:officers|the))\b"
    r"|\b(?:was|were)\s+(?:also\s+|further\s+)?requested\b"
    r"|\bit\s+was\s+(?:also\s+|further\s+)?(?:requested|agreed)\s+that\b"
    r"|\b(?:a|the|one|specific|further)\s+(?:specific\s+|further\s+|formal\s+)?request\s+(?:to|for|that)\b"
    r"|\b(?:officers?|the\s+(?:[\w-]+\s+){0,6}(?:director|officer|manager|head|lead|member|chief\s+executive|clerk)(?:\s+(?:of|for)\s+[\w ,&-]{3,60}?)?|he|she|they)\s+"
    r"(?:agreed|undertook|offered|promised|confirmed\s+(?:they|he|she)\s+would|said\s+(?:they|he|she)\s+would)\s+to\s+"
    r"|\b(?:officers?|the\s+(?:[\w-]+\s+){0,6}(?:director|officer|manager|head|lead|member|clerk)|he|she|they)\s+(?:would|will)\s+"
    r"(?:provide|circulate|share|send|report\s+back|bring|arrange|look\s+into|investigate|follow\s+(?:this\s+)?up|write|feed\s*back|update\s+members)\b"
    r"|\b(?:would|will|to)\s+be\s+(?:provided|circulated|shared|sent|brought|reported\s+back|emailed|forwarded)\s+(?:back\s+)?(?:to|at|for)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:members|councillors|committee|commission|panel|board|sub-committee|a\s+future|future|next|a\s+later|later)\b"
    r"|\bwould\s+welcome\s+(?:an?\s+|further\s+)?(?:update|report|further|briefing|information)"
    r"|\bagreed\s+to\s+(?:provide|circulate|share|send|arrange|bring|report|investigate|look\s+into|follow\s+up|write|update|"
    r"invite|refer\s+to|include|add|contact|raise|feed\s*back|email|seek)\b"
    r"|(?:^|(?<=[.?!:]\s))(?-i:(?:[A-Z][\w'’-]+\s+){1,3}(?:and\s+(?:[A-Z][\w'’-]+\s+){1,3})?)"
    r"to\s+(?:provide|circulate|share|send|arrange|produce|prepare|draft|write|contact|investigate|look\s+into|"
    r"follow\s+up|report\s+back|bring|update|email|liaise|check|confirm|clarify)\b"
    r"|\bofficers\s+(?:were\s+)?asked\s+to\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"(?:,\s+|;\s+|\s+and\s+|\s+but\s+|\s+in\s+that\s+|\s+whereby\s+|\s+so\s+)", re.I)
_NOT_FOLLOW_UP = re.compile(r"\b(?:you|your)\b|\bare\s+asked\s+to\b|\bplease\b", re.I)


def _clause(sentence: str, start: int) -> str:
    """A long sentence whose follow-up sits in a later clause is cut to that clause."""
    words_before = len(sentence[:start].split())
    if len(sentence.split()) <= 35 or words_before <= 8:
        return sentence
    cut = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        cut = m.end()
    return sentence[cut:].strip() or sentence


def find_requests(narrative: list[tuple[str, str | None]], meeting_date: dt.date | None) -> list[Request]:
    out: list[Request] = []
    seen: set[str] = set()
    for text, minute in narrative:
        if text.startswith("|"):
            continue
        if _REQUEST.search(text) is None:
            continue
        body, _ = strip_bullet(text)
        body = re.sub(r"^\(?(?:\d{1,2}|[a-z]|[ivxl]{1,5})[.)]\s+", "", body, flags=re.I)
        for sentence in sentences(body):
            m = _REQUEST.search(sentence)
            if m is None or _NOT_FOLLOW_UP.search(sentence) or len(sentence.split()) < 4:
                continue
            req = _clause(sentence, m.start())
            if req in seen:
                continue
            seen.add(req)
            out.append(
                Request(text=req, owner=find_owner(req), due=find_due(req, meeting_date), minute=minute)
            )
    return out
