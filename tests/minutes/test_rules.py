"""Every example in the rule table (minutes/rules.py) is a test: each positive example is tagged by
its rule, first match winning over the rules above it, and each counter-example is not."""

from __future__ import annotations

import pytest

from minutes.rules import RULES, tag_document
from minutes.text import logical_lines

CASES = [(rule.name, text, True) for rule in RULES for text in rule.examples] + [
    (rule.name, text, False) for rule in RULES for text in rule.counter
]


@pytest.mark.parametrize(("rule", "text", "matches"), CASES, ids=[f"{r}:{m}:{t[:40]}" for r, t, m in CASES])
def test_rule_example(rule: str, text: str, matches: bool) -> None:
    lines = logical_lines(text)
    assert len(lines) == 1, f"an example is one logical line: {[ln.text for ln in lines]}"
    # a rule may cut its line in parts (narrative before a decision); the part tagged by the
    # rule keeps the original line
    tagged = tag_document(lines)
    first = next(t for t in tagged if t.line is lines[0])
    if matches:
        assert first.rule == rule, f"{text!r} was tagged by {first.rule}, not {rule}"
    else:
        assert first.rule != rule, f"{text!r} must not be tagged by {rule}"


def test_every_rule_has_examples_and_a_reason() -> None:
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.why, rule.name
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
