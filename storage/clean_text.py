"""Text as it may be stored: no control characters and no bidirectional overrides.

Whatever people type (chat commands, the update form) and whatever the minutes reader finds passes
through `clean` before it is stored. NUL, BEL, ESC and the other C0/C1 controls would be echoed into
terminals, logs and exports; the bidi embeddings, overrides and isolates (U+202A-U+202E,
U+2066-U+2069) reorder what follows them, so "A2 done" in a channel header could read as something
else (the "Trojan Source" characters); a lone surrogate cannot even be encoded for the database.
Newlines and tabs are kept where the text may have lines (`one_line=False`), and carriage returns
become newlines. The marks that only hint at direction (U+200E, U+200F, U+061C) stay: Arabic and
Hebrew names need them.

Pure and cheap: a text with nothing to remove is returned as it came, after one regex search.
"""

from __future__ import annotations

import re

_UNWANTED = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_REMOVE = re.compile(f"[{_UNWANTED}]+")
_SUSPECT = re.compile(f"[{_UNWANTED}\r\t\n]")
_SUSPECT_MULTILINE = re.compile(f"[{_UNWANTED}\r]")
_BREAKS = re.compile(r"[\t\n]+")


def clean(text: str, *, one_line: bool = False) -> str:
    """`text` without control or bidi-override characters; with `one_line`, tabs and newlines
    become single spaces too (names, titles, anything shown on one line)."""
    if (_SUSPECT if one_line else _SUSPECT_MULTILINE).search(text) is None:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _REMOVE.sub("", text)
    if one_line:
        text = _BREAKS.sub(" ", text)
    return text


def clean_optional(text: str | None, *, one_line: bool = False) -> str | None:
    return None if text is None else clean(text, one_line=one_line)
