"""The gated request patterns answer exactly as the whole patterns do.

A form added to minutes/request_forms.py with a wrong word list would silently stop matching; these
tests compare the fast answer with the whole pattern's on every sentence of our fixtures and on
generated text built from the patterns' own words.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from minutes.gated import GatedPattern
from minutes.request_forms import PATTERN

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
PATTERNS = (PATTERN,)


def _agrees(pattern: GatedPattern, text: str) -> bool:
    return pattern.found_in(text, text.lower()) == (pattern.whole.search(text) is not None)


def _sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix in (".txt", ".html"):
            text = path.read_text(encoding="utf-8", errors="replace")
            out.extend(s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip())
    return out


def test_gates_agree_on_every_fixture_sentence() -> None:
    sentences = _sentences()
    assert len(sentences) > 300
    matched = 0
    for pattern in PATTERNS:
        for sentence in sentences:
            assert _agrees(pattern, sentence), sentence
            matched += pattern.whole.search(sentence) is not None
    assert matched > 0, "the fixtures hold requests, so some sentences must match"


_WORDS = [
    "requested",
    "asked",
    "agreed",
    "would",
    "will",
    "officers",
    "chair",
    "clerk",
    "circulate",
    "provide",
    "report",
    "back",
    "members",
    "that",
    "to",
    "the",
    "be",
    "was",
    "it",
    "also",
    "further",
    "update",
    "at",
    "next",
    "meeting",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "The", "REQUESTED", "Chair", ",", "."]), min_size=1, max_size=14))
def test_gates_agree_on_generated_text(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in PATTERNS:
        assert _agrees(pattern, text), text
