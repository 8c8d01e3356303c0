from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes.extract import extract_text

WORDS = st.sampled_from(
    ["RESOLVED:", "AGREED", "(a)", "(i)", "1.", "That", "officers", "provide", "next meeting", "\n", "\n\n", "•",
     "12 March", "2024", "| Action | Owner |", "|", "Work Programme:", "- ", "Held:", "Minutes of the", "ACTION:"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    e = extract_text(text)
    assert isinstance(e.to_json(), dict)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=60))
def test_never_raises_on_minutes_like_text(parts: list[str]) -> None:
    e = extract_text(" ".join(parts))
    for r in e.resolutions:
        assert r.text


@pytest.mark.parametrize("label", ["(li)", "(xl)", "(xxi)", "(ll)", "li.", "xl)"])
def test_a_list_labelled_past_the_common_roman_numerals_is_read(label: str) -> None:
    text = (
        "resolved:\n(l) that the report be noted;\n"
        + f"{label} that the clerk write to the county council.\n"
    )
    extraction = extract_text(text)
    assert isinstance(extraction.to_json(), dict)
