"""A notes-style line that sends its topic to the next meeting's agenda: "New agreement on salaries
- Agenda Next Meeting", "Bus shelter – next agenda", "Village sign - to go on the agenda for the next
meeting". The topic comes back: an action due at the next meeting, on the work programme."""

from __future__ import annotations

import re

NEXT_AGENDA_END = (
    r"(?:(?:to\s+(?:go\s+)?|put\s+|place[sd]?\s+)?(?:on|onto)\s+)?(?:the\s+)?(?:agenda\s+(?:for\s+)?(?:the\s+)?next\s+meeting"
    r"|next\s+(?:meeting'?s?\s+)?agenda)"
)
"""What closes such a line after its dash (text.py keeps the line whole on it)."""
_NEXT_AGENDA = re.compile(rf"\S\s*[-–—]\s*{NEXT_AGENDA_END}\s*\.?$", re.I)


def sent_to_next_agenda(text: str) -> bool:
    return "agenda" in text.lower() and _NEXT_AGENDA.search(text) is not None
