"""The command parser never crashes: any text gives a command or a ParseError with a message."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.grammar import VERBS, ParseError, parse

words = st.sampled_from(
    [
        *VERBS,
        "A1",
        "A12",
        "a0",
        "next",
        "meeting",
        "2024-02-30",
        "7d",
        '"',
        "'",
        "@U1",
        "<@U12345678>",
        "page",
        "share",
        "all",
        "\u00a0",
        "/actions",
    ]
)
texts = st.one_of(st.text(max_size=300), st.lists(words, max_size=8).map(" ".join))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_parse_never_crashes(text: str) -> None:
    try:
        command = parse(text)
    except ParseError as exc:
        assert exc.message.strip(), "an error always says what was wrong"
        return
    assert command is not None
