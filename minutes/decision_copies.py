"""A meeting page ("Agenda, decisions and minutes") prints an item's decision under "Decision:" and
again, worded a little differently, under "Minutes:" ("Cabinet RESOLVED to approve the minutes of
15 June" / "RESOLVED that the minutes of 15th June be approved"). The copy is not a second
decision; a decision the minutes add ("The Committee resolved:- to approve the recommendations")
is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes.model import Resolution

_DECISION_LABEL = re.compile(r"^decisions?\s*:", re.I)
_NON_WORD = re.compile(r"\W+")
_MOST_COPIED = 40
"""Each point under "Minutes:" is compared with the Decision label's last points, at most these
many (a hostile page of thousands would be quadratic)."""


def _words(text: str) -> frozenset[str]:
    return frozenset(_NON_WORD.sub(" ", text).lower().split())


class DecisionCopies:
    """What one reading knows of the item's Decision label and its Minutes copy."""

    def __init__(self) -> None:
        self.labelled = False
        self.copied: list[frozenset[str]] = []
        """The words of each point the Decision label gave, while its Minutes copy is read."""
        self.minutes_at = -2

    def new_item(self) -> None:
        self.labelled, self.copied = False, []

    def line(self, i: int, text: str, in_item: bool) -> None:
        """A "Decision:" label opens an item's decision, unless it heads the Minutes copy itself
        ("Minutes:" / "Decisions:"); on a flattened page it is how the next item shows."""
        if _DECISION_LABEL.match(text) and i > self.minutes_at + 1:
            self.labelled, self.copied = in_item, []

    def minutes_label(self, i: int, given: Sequence[Resolution]) -> None:
        """The item's "Minutes:" label, with the points read since the item began."""
        if self.labelled:
            self.copied = [_words(r.text) for r in given[-_MOST_COPIED:]]
        self.minutes_at = i

    def repeats(self, text: str) -> bool:
        """Whether a point restates one the Decision label gave: most of their words shared."""
        if not self.copied:
            return False
        own = _words(text)
        return any(len(own & d) >= 0.5 * len(own | d) for d in self.copied)
