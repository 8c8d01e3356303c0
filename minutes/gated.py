"""A pattern of many alternatives, asked only whether it matches anywhere, tried one alternative at
a time and each only when a cheap test on the lower-cased text shows it could match.

Python's `re` tries every alternative at every word of the text; the long request and follow-up
patterns cost more than the rest of the reader put together, though most paragraphs hold none of
their words. The tests are necessary conditions, so the answer is the whole pattern's answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

CASE_ODD = ("ı", "İ", "ſ")
"""Letters that match an ASCII letter under re.IGNORECASE but do not lower-case to it (or change
the length when lower-cased): a text holding one is searched with the whole pattern."""


@dataclass(frozen=True)
class Form:
    """One top-level alternative of a pattern, with what it cannot match without: one of `words`
    (tried first, as plain substrings) and a match of `hint` (a pattern searched in the lower-cased
    text). With neither, the form is always tried."""

    pattern: str
    words: tuple[str, ...] = ()
    hint: str | None = None


class GatedPattern:
    def __init__(self, forms: Sequence[Form], flags: int) -> None:
        self.whole = re.compile("|".join(f.pattern for f in forms), flags)
        self._forms = tuple(
            (f.words, re.compile(f.hint) if f.hint is not None else None, re.compile(f.pattern, flags))
            for f in forms
        )

    def search(self, text: str, low: str) -> tuple[int, re.Match[str]] | None:
        """The first form, in order, that matches somewhere, with its index and match."""
        odd = any(c in text for c in CASE_ODD)
        for index, (words, hint, rx) in enumerate(self._forms):
            if not odd:
                if words and not any(word in low for word in words):
                    continue
                if hint is not None and hint.search(low) is None:
                    continue
            m = rx.search(text)
            if m is not None:
                return index, m
        return None

    def found_in(self, text: str, low: str) -> bool:
        """`self.whole.search(text) is not None`; `low` is `text.lower()`."""
        for c in CASE_ODD:
            if c in text:
                return self.whole.search(text) is not None
        for words, hint, rx in self._forms:
            if words and not any(word in low for word in words):
                continue
            if hint is not None and hint.search(low) is None:
                continue
            if rx.search(text) is not None:
                return True
        return False
