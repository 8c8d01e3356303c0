"""The clause a decision records, without the words that tell how it was decided: "Proposed by Cllr
A, seconded by Cllr B and agreed unanimously that the Clerk renew the insurance", "Cllr A proposed,
Cllr B seconded and it was agreed that ...", "Councillor A moved and Councillor B seconded that
...", "It was proposed by Cllr A and seconded by Cllr B that the Clerk order a cabinet", "The
Sub-Panel agreed that officers should prepare a policy", "In that regard, the Committee agreed that
...", "the Panel agreed for the Convener to write ...", a society's "Agreed we ask the Enforcement
Officer about this". Who moved and seconded voted; the one named in the clause acts. The point's
fields are read from the clause when the whole sentence names no actor or task."""

from __future__ import annotations

import re

from minutes.lead_in import LEAD_IN

_LEAD = re.compile(
    r"^(?:(?:(?:it\s+was\s+)?(?:proposed|moved)(?:\s+(?:by\s+)?[^;]{1,80}?)?,?\s+(?:and\s+)?seconded(?:\s+(?:by\s+)?[^;]{1,80}?)?"
    r"|[^;]{1,80}?\s+(?:proposed|moved)\s*,?\s+(?:and\s+)?[^;]{1,80}?\s+seconded(?:\s+a\s+motion)?"
    r"|(?:cllr\.?|councillor|mrs?\.?|ms\.?|dr\.?)\s+[^;,]{1,60}?\s+(?:proposed|moved))"
    r"(?:,?\s+(?:and\s+)?(?:it\s+was\s+|was\s+)?(?:unanimously\s+)?(?:agreed|resolved|carried)(?:\s+unanimously)?)?"
    rf"|{LEAD_IN}(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:committee|sub-committee|panel|sub-panel|board|council|group|members"
    r"|meeting|cabinet|commission)(?:\s*,\s+[^,.;:]{2,60},)?\s+(?:also\s+|further\s+|then\s+|therefore\s+)?"
    r"(?:unanimously\s+)?(?:agreed|resolved|decided)"
    rf"|{LEAD_IN}(?:it\s+was\s+(?:also\s+|further\s+|then\s+)?)?(?:unanimously\s+)?(?:agreed|resolved|decided))"
    r"(?:\s+unanimously)?"
    r"(?:,?\s+that\s+|\s+for\s+(?=(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){1,6}?to\s+(?-i:[a-z]))|\s+(?=we\s+(?-i:[a-z])))(?=\S)",
    re.I,
)


def decided_clause(text: str) -> str | None:
    """ "That" and what follows "... agreed that" / "... seconded ... that", or None when the text does not open
    with how it was decided. After "for" the clause names its actor first ("Tracy Knights to complete
    the litter pick"), the shape of an action note, and is given without "That"."""
    low = text[:200].lower()
    if ("that" not in low and " for " not in low and " we " not in low) or not (
        "seconded" in low or "agreed" in low or "resolved" in low or "decided" in low
    ):
        return None
    m = _LEAD.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    return rest if m.group().rstrip().lower().endswith(" for") else f"That {rest}"
