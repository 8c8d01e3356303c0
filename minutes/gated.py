"""A pattern of many alternatives, asked only whether it matches anywhere, tried one alternative at
a time and each only when a cheap test on the lower-cased text shows it could match.

Python's `re` tries every alternative at every word of the text; the long request and follow-up
patterns cost more than the rest of the reader put together, though most paragraphs hold none of
their words. The tests are necessary conditions, so the answer is the whole pattern's answer.

A form may be made of parts (`Form.either`), each with its own test, tried when the form's test
passes: an alternative that opens with who does it ("Cllr Dean could provide ...") tries every word
of the text as a name, so it is worth trying only when its own verb ("could provide") is there.

The words are matched as written, with single spaces: the text is whitespace-collapsed.
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
    text). With neither, the form is always tried. A form of `parts` is their alternation."""

    pattern: str
    words: tuple[str, ...] = ()
    hint: str | None = None
    parts: tuple[Form, ...] = ()

    @classmethod
    def either(cls, *parts: Form, words: tuple[str, ...] = (), hint: str | None = None) -> Form:
        return cls("|".join(p.pattern for p in parts), words=words, hint=hint, parts=parts)


_Gate = tuple[tuple[str, ...], "re.Pattern[str] | None", "re.Pattern[str]"]
_FormGates = tuple[tuple[str, ...], "re.Pattern[str] | None", tuple[_Gate, ...]]


def _compiled(hint: str | None) -> re.Pattern[str] | None:
    return re.compile(hint) if hint is not None else None


def _gates(form: Form, flags: int) -> _FormGates:
    if not form.parts:
        return (), None, ((form.words, _compiled(form.hint), re.compile(form.pattern, flags)),)
    parts = tuple((p.words, _compiled(p.hint), re.compile(p.pattern, flags)) for p in form.parts)
    return form.words, _compiled(form.hint), parts


def _may_match(words: tuple[str, ...], hint: re.Pattern[str] | None, low: str) -> bool:
    if words and not any(map(low.__contains__, words)):
        return False
    return hint is None or hint.search(low) is not None


class GatedPattern:
    def __init__(self, forms: Sequence[Form], flags: int) -> None:
        self.whole = re.compile("|".join(f.pattern for f in forms), flags)
        self._forms = tuple(_gates(f, flags) for f in forms)

    def search(self, text: str, low: str) -> tuple[int, re.Match[str]] | None:
        """The first form, in order, that matches somewhere, with its index and its leftmost match
        (of its parts matching at the same place, the first), as the form's own pattern finds it."""
        odd = any(c in text for c in CASE_ODD)
        for index, (form_words, form_hint, gates) in enumerate(self._forms):
            if not odd and not _may_match(form_words, form_hint, low):
                continue
            best: re.Match[str] | None = None
            for words, hint, rx in gates:
                if not odd and not _may_match(words, hint, low):
                    continue
                m = rx.search(text)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is not None:
                return index, best
        return None

    def found_in(self, text: str, low: str) -> bool:
        """`self.whole.search(text) is not None`; `low` is `text.lower()`."""
        for c in CASE_ODD:
            if c in text:
                return self.whole.search(text) is not None
        for form_words, form_hint, gates in self._forms:
            if form_words and not any(map(low.__contains__, form_words)):
                continue
            if form_hint is not None and form_hint.search(low) is None:
                continue
            for words, hint, rx in gates:
                if words and not any(map(low.__contains__, words)):
                    continue
                if hint is not None and hint.search(low) is None:
                    continue
                if rx.search(text) is not None:
                    return True
        return False
