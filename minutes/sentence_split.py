"""Splitting a paragraph into its sentences."""

from __future__ import annotations

import re

TITLES = (
    "Cllr",
    "Clr",
    "Cr",
    "Mrs",
    "Mr",
    "Ms",
    "Dr",
    "Prof",
    "Rev",
    "Commr",
    "Commrs",
    "Hon",
    "Supt",
    "Insp",
    "Sgt",
)
"""Titles written with a full stop before a name ("Cllr. Ward", "Commr. Carson" in an American county
board's minutes, "Insp. Hale"): the stop ends no sentence and no mover's name."""
_SENTENCE_END = re.compile(
    r"(?P<end>[.!?:])(?:"
    r"(?<=[.!?])['\"”’)]?\s+(?:[•▪●·]\s+)?(?=[A-Z\"“‘(]|[-–—]\s*(?-i:Action|ACTION)\b|(?-i:[a-h]|i{1,3}|iv|vi{0,3})\)\s+(?-i:[A-Z])|\d{1,2}\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?-i:[A-Z][a-z]|[A-Z]{2,3}\s))"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2})"
    r"|(?<=[a-z]{2}[.!?])\s+(?=\d{1,4}/\d{2,5}[A-Z]{0,3}\s+(?:\(\d{1,4}/\d{2,4}\)\s+)?[A-Z])"
    r"|(?<=[a-z]{2}:)\s+(?=(?:Agreed|AGREED|Resolved|RESOLVED|Decided|DECIDED)\s+(?:this|that|to|not)\b))"
)
"""A sentence starts with a capital, with the dash of an action tag ("... June Ward. - Action - Stuart"),
or with the number of a paragraph run into the one before ("NW to write to Peabody. 3 Concern was ..."),
not with a date ("New agreement on salaries. 9 March - Agenda Next Meeting"). A bullet run into the
line after a full stop ("... passed away. • The Chair thanked ...") is where the next sentence starts; so
is a capital a PDF ran into the stop before it ("It was agreed to employ this contractor.The Playing Field
..."), a decision whose stop a PDF lost ("... behind the Notice Board It was agreed to ..."), and the
number of the next minute run into the paragraph ("... Arddleen Hall. 295/2016 (245/2016) It was ..."). A
topic closed by a colon ends before the decision on it ("Precept to include election costs: Agreed this be
deferred until next meeting")."""
_LOST_STOP = re.compile(
    r"(?<=[a-z]{2})\s+(?=It\s+was\s+(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED|Agreed|Resolved|Decided)\b)"
)
"""A decision whose stop a PDF lost before it, looked for only where "It was" is in the text."""
_RUN_IN_BULLET = re.compile(r"(?<=[a-z0-9)])\s+[•▪●]\s+(?=[A-Z])")
"""A bullet a PDF ran into the text before it with no stop ("... extended to remote areas • Council
to write to the Treasurer"), looked for only where there is a bullet."""
_RUN_IN_ACTION = re.compile(r"(?<=[a-z0-9)])\s+(?=ACTION(?:\s+(?i:completed?|closed|done))?\s*:)")
"""An action label in capitals run into the note before it with no stop ("... reports for May and June
ACTION: C Woods to ask Police for an update")."""
_ABBREV = re.compile(r"(?:\b(?:approx|No|St|e\.g|i\.e|Co|Ltd|vs|Sr|Jr|[A-Z]|" + "|".join(TITLES) + r")\.)$")


def abbreviation_before(text: str, cut: int, start: int = 0) -> bool:
    """Whether the stop just before `cut` closes an abbreviation ("Cllr.", "e.g.", an initial), not a
    sentence; only the last few characters are looked at."""
    return _ABBREV.search(text, max(start, cut - 12), cut) is not None


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations such as "Cllr." and "e.g." intact.

    Only the last few characters before a stop are tried for an abbreviation: a paragraph of
    "Mr. Smith ... Mr. " stops nowhere, and trying the whole growing head was quadratic. Every form of
    an end but a lost stop opens with its stop or colon, so the search skips the letters between them."""
    parts: list[str] = []
    start = 0
    ends = [(m.end("end"), m.end()) for m in _SENTENCE_END.finditer(text)]
    if "It was" in text:
        ends = sorted(ends + [(m.start(), m.end()) for m in _LOST_STOP.finditer(text)])
    if "•" in text or "▪" in text or "●" in text:
        ends = sorted(ends + [(m.start(), m.end()) for m in _RUN_IN_BULLET.finditer(text)])
    if "ACTION" in text:
        ends = sorted(ends + [(m.start(), m.end()) for m in _RUN_IN_ACTION.finditer(text)])
    for cut, after in ends:
        if cut < start or abbreviation_before(text, cut, start):
            continue
        parts.append(text[start:cut].strip())
        start = after
        if text[start : start + 1].isdigit() and (number := _RUN_IN_MINUTE.match(text, start)) is not None:
            start = number.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


_RUN_IN_MINUTE = re.compile(r"\d{1,4}/\d{2,4}\s+(?:\(\d{1,4}/\d{2,4}\)\s+)?(?=[A-Z])")
"""The number of the next minute a PDF ran into the paragraph ("... Arddleen Hall. 295/2016 (245/2016)
It was agreed ..."), with the earlier minute it follows up: no words of the sentence after it."""
