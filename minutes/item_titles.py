"""An item's title that no rule tagged as a heading: a bare title line ("Car park") over the item's
text, or over a meeting page's "Minutes:" label."""

from __future__ import annotations

from minutes.headings import PAGE_SECTION, bare_title
from minutes.model import Item
from minutes.tags import Tag, Tagged


def untagged_title(lines: list[Tagged], i: int, *, minutes_read: bool = True) -> Item | None:
    """A bare title line over a paragraph of text, or over a meeting page's "Minutes:": the start of an
    item with no number. Over "Minutes:" only once the item before has had its own (`minutes_read`):
    until then the line is that item's description ("Report by the Leader of the Council")."""
    if lines[i].line.bullet or i + 1 >= len(lines):
        return None
    after = lines[i + 1]
    if after.tag is Tag.FURNITURE and PAGE_SECTION.match(after.text):
        return bare_title(lines[i].text) if minutes_read else None
    if after.tag not in (Tag.NARRATIVE, Tag.TRIGGER, Tag.ACTION, Tag.RECORD) or bare_title(after.text):
        return None
    if after.line is not lines[i].line and after.line.text.startswith(lines[i].line.text):
        return None  # the opening of a paragraph whose decision was cut off on its own
    return bare_title(lines[i].text)
