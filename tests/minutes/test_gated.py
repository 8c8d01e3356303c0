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

from minutes.gated import Form, GatedPattern
from minutes.request_forms import FORMS, PATTERN

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
PATTERNS = (PATTERN,)


def _agrees(pattern: GatedPattern, text: str) -> bool:
    return pattern.found_in(text, text.lower()) == (pattern.whole.search(text) is not None)


_FORM_PATTERNS = tuple(re.compile(f.form.pattern, re.I | re.M) for f in FORMS)


def _first_form_agrees(text: str) -> bool:
    """The gated search names the form the whole forms would, and the same match in it."""
    expected = next(
        ((k, m.span()) for k, rx in enumerate(_FORM_PATTERNS) if (m := rx.search(text)) is not None), None
    )
    found = PATTERN.search(text, text.lower())
    return (None if found is None else (found[0], found[1].span())) == expected


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


def test_the_first_form_and_its_match_are_the_whole_forms() -> None:
    assert any(f.form.parts for f in FORMS), "some forms are made of parts"
    for sentence in _sentences():
        assert _first_form_agrees(sentence), sentence
    for f in FORMS:
        for example in f.examples:
            assert _first_form_agrees(example), example


def test_a_form_of_parts_takes_the_leftmost_match_and_the_first_part_there() -> None:
    pattern = GatedPattern(
        [Form.either(Form(r"\bcat\w*", words=("cat",)), Form(r"\bdog", words=("dog",)), Form(r"\bdogs\b"))],
        re.I,
    )
    for text, span in (
        ("dogs and cats", (0, 3)),
        ("cats and dogs", (0, 4)),
        ("a dog", (2, 5)),
        ("none", None),
    ):
        found = pattern.search(text, text.lower())
        assert (None if found is None else found[1].span()) == span, text
        assert pattern.found_in(text, text.lower()) == (span is not None)


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
    assert _first_form_agrees(text), text
