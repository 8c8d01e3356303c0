"""Exempt (private) business: items after an exclusion of the press and public, or under a "Part B"
or "Exempt" heading, are marked restricted so they reach only the committee's role holders."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RESTRICTED_ON = re.compile(
    r"exclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+)?public|\bexempt\b|\bpart\s+(?:b|ii|2)\b|private\s+(?:session|business|item)|\bconfidential\b|\bin\s+private\b",
    re.I,
)
_RESTRICTED_OFF = re.compile(r"^(?:public\s+session|part\s+(?:a|i|1))\b", re.I)
_EXCLUSION = re.compile(r"exclusion\s+of", re.I)


@dataclass
class Session:
    restricted: bool = False
    after_exclusion: bool = False

    def enter_item(self, title: str) -> None:
        """An item titled "Exclusion of the Public" starts the private part with the next item;
        an item titled "Exempt ..." or "Confidential ..." is private itself."""
        exclusion = _EXCLUSION.search(title) is not None
        if _RESTRICTED_OFF.match(title):
            self.restricted = self.after_exclusion = False
        else:
            self.restricted = self.after_exclusion or (
                not exclusion and _RESTRICTED_ON.search(title) is not None
            )
        if exclusion:
            self.after_exclusion = True

    def mark(self, text: str) -> None:
        """A short marker line between items: "PUBLIC SESSION", "EXEMPT INFORMATION"."""
        if is_public_marker(text):
            self.restricted = False
        elif is_private_marker(text):
            if _EXCLUSION.search(text):
                self.after_exclusion = True
            else:
                self.restricted = True


def is_public_marker(text: str) -> bool:
    return len(text) < 40 and _RESTRICTED_OFF.match(text) is not None


def is_private_marker(text: str) -> bool:
    return len(text) < 60 and text.isupper() and _RESTRICTED_ON.search(text) is not None
