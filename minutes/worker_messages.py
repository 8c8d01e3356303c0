"""What passes between `minutes.bounded` and its worker processes (`minutes.reader_worker`).

Kept apart from the two so that the server, which unpickles the answers, never imports the readers."""

from __future__ import annotations

from dataclasses import dataclass

from minutes.limits import ExtractLimits
from minutes.model import Extraction

EXIT_OUT_OF_MEMORY = 75


@dataclass(frozen=True)
class Job:
    data: bytes
    source: str
    content_type: str | None
    limits: ExtractLimits


@dataclass(frozen=True)
class Stats:
    seconds: float
    """Time spent reading in the worker (the parent's figure adds the pipe)."""
    peak_rss_kb: int
    """The worker's peak resident memory so far (ru_maxrss)."""
    rss_bytes: int
    """Resident memory when the document was done."""


@dataclass(frozen=True)
class Done:
    extraction: Extraction
    stats: Stats


@dataclass(frozen=True)
class Refused:
    kind: str
    """The MinutesError subclass, by name."""
    message: str
    stats: Stats
