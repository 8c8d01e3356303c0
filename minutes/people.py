"""The people a document names in its attendance, so a task given to a first name alone
("Carol to turn these notes into a blog post.") can be told from a title ("Request to install a
bench", "Motion to adopt the policy"): a first name of somebody present is an actor, and so, where
the excerpt keeps no attendance, is a first name given a follow-up that no title word could be."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.name_words import NOT_A_NAME, may_be_first_name
from minutes.request_words import FOLLOW_UP_VERB
from minutes.sentence_split import sentences
from minutes.text import Line

_ATTENDANCE = re.compile(
    r"^(?:\d{1,3}[.)]?\s*)?(?:(?:members\s+|directors\s+|trustees\s+|also\s+)?present|attendees|attendance|in\s+attendance"
    r"|(?:board\s+|staff\s+|committee\s+|[A-Z]{2,5}\s+)?(?:attendees|participants|members\s+present)"
    r"|participants|apologies(?:\s+for\s+absence)?|attending|invited|guests)\b\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.I,
)
_FULL_NAME = re.compile(
    r"(?<![\w'’-])(?-i:[A-Z][a-z]{1,15})(?=\s+(?-i:[A-Z])(?:[a-z'’-]|\.\s*[A-Z])[\w'’-]*)"
)
"""The first word of "Carol Diaz" or "Carol A. Diaz"."""
_NAME_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:[(,–—-].{0,60})?)$")
"""A line of an attendance list set one name a line ("Carol Diaz (Chair)")."""
_SENTENCE = re.compile(
    r"\b(?:was|were|is|are|had|has|said|reported|agreed|noted)\b|[.!?]\s+(?-i:[A-Z][a-z]+\s+[a-z]{3,})"
)
"""A line under an attendance heading that says something, not the names of those present."""
_BARE = re.compile(r"^(?-i:[A-Z][a-z]{1,15})$")
_APOLOGIES = re.compile(r"^(?:\d{1,3}[.)]?\s*)?apologies", re.I)
"""Those who sent apologies are only some of the people the minutes may name: without the list of those
present, a first name outside them may still be somebody's."""


_RUN_ON_ATTENDANCE = re.compile(r"(?<=\s)(?:members\s+)?present\s*:\s*", re.I)
_NAME_PAIR = re.compile(
    r"(?<![\w'’-])(?:(?:cllrs?|councillors?|mrs?|ms|miss|dr|rev)\.?\s+)?((?-i:[A-Z][a-z]{1,15}))\s+(?-i:[A-Z])[\w'’-]+",
    re.I,
)
"""A first name and the surname after it, taken together so the surname starts no name of its own."""
_RUN_ON_END = re.compile(r"\b(?:apologies|in\s+attendance|absent|also\s+present)\b|\s\d{1,3}\.\s", re.I)
"""The attendance a PDF ran into the meeting's title and its first items ("Meeting of ... held on 13th
April 2021 Present: Chairperson: Laurence Oliver ... Clerk: Jayne Evans 1. Apologies ..."): up to its
apologies or its first numbered item."""


def _bare_names(listed: str) -> set[str]:
    """First names listed alone, as a small committee writes its attendance ("Present: Calvin,
    Vera, Pete, Don, Sue", "Roy, Carol, Roger and Sarah")."""
    parts = [re.sub(r"\s*\([^()]*\)", "", p).strip(" .;:()") for p in re.split(r",|;|\band\b|&", listed)]
    found = {p for p in parts if _BARE.match(p) and p not in NOT_A_NAME}
    return found if len(found) >= 2 else set()


_ACTS = re.compile(
    r"^(?P<who>(?-i:[A-Z][a-z]{1,15})(?:\s(?-i:[A-Z])\.?(?=\s))?(?:\s*(?:/|&|\band\b|\bor\b)\s*(?-i:[A-Z][a-z]{1,15})(?:\s(?-i:[A-Z])\.?(?=\s))?)*)"
    r"\s+(?:(?:is|are|will)\s+)?to\s+(?:also\s+|then\s+)?"
    r"(?!(?:be|the|a|an|this|that|these|date|have)\b)(?P<verb>(?-i:[a-z][a-z-]+))\b(?:\s+\S|\s*\.?$)"
)
"""A first name (with its surname's initial: "Jenny B is to write"), then "to" and a verb with its object,
or a verb that needs none ("Ron to chase.")."""


_INITIAL_NAME = re.compile(r"(?<![\w.'’-])(?-i:([A-Z]))\.?\s(?-i:[A-Z][a-z][\w'’-]+)")
"""Somebody listed by initial and surname ("Present: A Marshall, T Cattigan"): the minutes may give
them tasks by first name ("Tommy to email the chief executive"), known by the initial ("T.")."""


def first_names(lines: Sequence[Line]) -> frozenset[str]:
    """First names of the people in the attendance ("Present: Alice Park, Ben Ode"), on its
    own line, set one a line under an "Attendees" heading, listed on the one line under it
    ("Members Present" / "Bob Davidson (Chair), Linda Mackie (Sec.), John Thomson, ..."), or run
    into the title by a PDF ("Meeting of ... 2021 Present: Chairperson: Laurence Oliver ...")."""
    names: set[str] = set()
    under = 0
    heading_only = False
    present = False
    for line in lines:
        text = line.text.lstrip("# ")
        m = _ATTENDANCE.match(text) if len(text) < 2000 else None
        if m is None and len(text) > 150 and (run_on := _RUN_ON_ATTENDANCE.search(text, 0, 800)) is not None:
            listed = _RUN_ON_END.split(text[run_on.end() : run_on.end() + 500], 1)[0]
            names.update(n.group(1) for n in _NAME_PAIR.finditer(listed) if n.group(1) not in NOT_A_NAME)
            heading_only = False
            present = True
            continue
        if m is not None:
            names.update(_FULL_NAME.findall(m.group("rest")))
            names.update(_bare_names(m.group("rest")))
            names.update(f"{i}." for i in _INITIAL_NAME.findall(m.group("rest")))
            under = 30
            heading_only = not m.group("rest").strip()
            present = present or _APOLOGIES.match(text) is None
            continue
        listed = heading_only and len(text) <= 600 and text.count(",") >= 2 and _SENTENCE.search(text) is None
        heading_only = False
        if listed:
            names.update(_FULL_NAME.findall(text))
            under -= 1
            continue
        if under and len(text) <= 80 and _NAME_LINE.match(text):
            names.update(_FULL_NAME.findall(text))
            under -= 1
        else:
            under = 0
    return frozenset(names - NOT_A_NAME) if present else frozenset()


def named_action(text: str, names: frozenset[str]) -> str | None:
    """Who a line gives a task to by first name ("Carol to turn these notes into a post"): somebody
    in the attendance, or, with no attendance to go by, a first name given a follow-up ("Alan to check
    on cost.", "Mike and Lesley to organise wine") that is not a word that opens sentences ("Agreed to
    write", "Plans to provide")."""
    m = _ACTS.match(text) if " to " in text else None
    if m is None:
        return None
    who = [n.split()[0] for n in re.split(r"\s*(?:/|&|\band\b|\bor\b)\s*", m.group("who"))]
    if names and not all(n in names or f"{n[0]}." in names for n in who):
        return None
    if names and all(n in names for n in who):
        return m.group("who")
    if not all(may_be_first_name(n) for n in who) or _FOLLOW_UP.match(text, m.start("verb")) is None:
        return None
    return m.group("who")


_FOLLOW_UP = re.compile(FOLLOW_UP_VERB)


_DASH = re.compile(r"\s[–-]\s")
_ITEM_LABEL = re.compile(r"^[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,4}:\s+(?=[A-Z])")
"""An item's title run into its first sentence ("Events: Discussed whether ...")."""


_NAME_TO = re.compile(
    r"(?-i:[A-Z])[a-z]{1,15}(?:\s(?-i:[A-Z])\.?)?\s+(?:(?:is|are|will)\s+)?to\s+(?-i:[a-z])"
)
"""A first name and "to": without it a paragraph gives nobody a task by name."""


def named_tasks(text: str, names: frozenset[str]) -> list[tuple[str, str]]:
    """The sentences of a paragraph that give somebody present a task by first name, whole or after
    a comma or a dash ("Discussed whether use covers costs, Calvin to look into this.", "Dog Walk –
    Linda to follow up on this."), with who."""
    if " to " not in text or _NAME_TO.search(text) is None:
        return []
    if names and not any(name in text for name in names if name[-1] != "."):
        initials = {name[0] for name in names if name[-1] == "."}
        if not any(m.group(0)[0] in initials for m in _NAME_TO.finditer(text)):
            return []
    found: list[tuple[str, str]] = []
    for said in sentences(text):
        sentence = _ITEM_LABEL.sub("", said, count=1)
        who = named_action(sentence, names)
        if who is None and ", " in sentence:
            who = named_action(sentence.rsplit(", ", 1)[1], names)
        if who is None and (" – " in sentence or " - " in sentence):
            who = named_action(_DASH.split(sentence)[-1], names)
        if who is not None:
            found.append((sentence, who))
    return found
