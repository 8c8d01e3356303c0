"""Small readers shared by the minutes tests: short documents we write inline, and lookups."""

from __future__ import annotations

from minutes.extract import extract_text
from minutes.model import Extraction, Resolution
from minutes.requests import find_requests

_PARISH = "Minutes of the Greyfield Parish Council held on 3 March 2025\n\n"


def texts(doc: str) -> list[str]:
    return [r.text for r in extract_text(doc).resolutions]


def town_doc(*paragraphs: str) -> Extraction:
    return extract_text(
        "Minutes of the Ashcombe Town Council held on 12 May 2025\n\n" + "\n\n".join(paragraphs)
    )


def parish_doc(*paragraphs: str) -> Extraction:
    return extract_text(_PARISH + "\n\n".join(paragraphs))


def one(doc: Extraction, words: str) -> Resolution:
    [res] = [r for r in doc.resolutions if words in r.text]
    return res


def points(doc: Extraction) -> list[tuple[str, bool]]:
    return [(r.text, r.actionable) for r in doc.resolutions]


def only(doc: Extraction, fragment: str) -> Resolution:
    found_ = [r for r in doc.resolutions if fragment in r.text]
    assert len(found_) == 1, (fragment, points(doc))
    return found_[0]


def found(doc: Extraction, words: str) -> tuple[bool, bool]:
    """(listed as a resolution, listed as a request) for the text holding `words`."""
    return (
        any(words in r.text for r in doc.resolutions),
        any(words in q.text for q in doc.requests),
    )


def resolution_of(doc: Extraction, words: str) -> tuple[str, bool, str | None, str | None]:
    [res] = [r for r in doc.resolutions if words in r.text]
    return res.text, res.actionable, res.owner, res.minute


def requests_of(*paragraphs: str) -> list[str]:
    return [r.text for r in find_requests([(p, None) for p in paragraphs], None)]
