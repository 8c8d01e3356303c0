"""A decision that names a list ("it was agreed that officers would explore inviting the following
witnesses ...:", "The Committee agreed the following appointments:") over points that are names or
things, not clauses: the conventions keep such sub-items inside their point, so the list is part of
that one decision."""

from __future__ import annotations

import re

from minutes.list_labels import Points
from minutes.stem_forms import STEM_END

NAMES_A_LIST = re.compile(r"\bthe\s+following\s+[^:;.]{1,160}:\s*[-–—]?$", re.I)
_NOUN_POINT = re.compile(
    r"^(?!(?:that|to)\b)(?![^;]*\b(?:be|is|are|was|were|will|would|should|shall|has|have|had|to\s+(?-i:[a-z]{3,})\b))[^;]{1,160}$",
    re.I,
)
"""A point that names someone or something ("A representative from the Environment Agency", "Vice-chair
of OSC: Cllr Lambert") and holds no clause of its own."""


def with_its_list(stem: str, found: Points) -> str | None:
    """A decision that names a list, with the list inside it, when its points are names or things."""
    if len(found) < 2 or NAMES_A_LIST.search(stem) is None or not all(_NOUN_POINT.match(p) for _, p in found):
        return None
    listed = " ".join(f"{label}. {p}" if label else f"• {p}" for label, p in found)
    return f"{STEM_END.sub('', stem).strip()}: {listed}"
