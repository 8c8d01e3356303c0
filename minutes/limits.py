"""How much work one minutes document may cost: caps on what a file may contain, and the time and
memory budgets of reading it and of fetching it.

The caps sit well above real council papers (the largest agenda packs we have seen are a few
hundred pages and a few MB of text) and far below what hurts a server. The budgets can be set from
the environment (the README's settings list); `configure` lets the CLI pass values read from a
`.env` file too. Values are read when a document is read, so tests can change them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from minutes.errors import MinutesError, TooLarge

MB = 1_000_000


@dataclass(frozen=True)
class ExtractLimits:
    seconds: float = 30.0
    """Wall time of reading one document (bytes to resolutions) in the worker process."""
    memory_bytes: int = 1024 * MB
    """Address space of the worker process (RLIMIT_AS), its baseline of about 70 MB included."""
    input_bytes: int = 50 * MB
    docx_uncompressed_bytes: int = 50 * MB
    docx_entries: int = 1_000
    pdf_pages: int = 2_000
    markup_bytes: int = 20 * MB
    """HTML and ModernGov XML: a parsed tree takes several times its source in memory."""
    text_chars: int = 10 * MB
    """Text handed to the minutes parser, which reads about 2 MB a second."""


@dataclass(frozen=True)
class FetchLimits:
    seconds: float = 30.0
    """Everything from the first DNS lookup to the last byte, redirects included."""
    max_bytes: int = 50 * MB
    """On the wire and after gzip/deflate decoding, each."""
    max_redirects: int = 5


_overrides: dict[str, str] = {}

ENV_EXTRACT_SECONDS = "EXTRACT_TIMEOUT_SECONDS"
ENV_EXTRACT_MEMORY_MB = "EXTRACT_MEMORY_MB"
ENV_FETCH_SECONDS = "FETCH_TIMEOUT_SECONDS"
ENV_FETCH_MAX_MB = "FETCH_MAX_MB"
ENV_ALLOWED_HOSTS = "FETCH_ALLOWED_HOSTS"


def configure(values: dict[str, str | int | float | None]) -> None:
    """Settings from the CLI's Settings object (which also reads `.env`), by environment name;
    None leaves a value to the environment and the defaults."""
    for name, value in values.items():
        if value is None:
            _overrides.pop(name, None)
        else:
            _overrides[name] = str(value)


def setting(name: str) -> str | None:
    found = _overrides.get(name)
    return found if found is not None else os.environ.get(name)


def _positive(name: str, cast: type[float] | type[int]) -> float | int | None:
    raw = setting(name)
    if raw is None or not raw.strip():
        return None
    try:
        value = cast(raw.strip())
    except ValueError:
        raise MinutesError(f"{name}={raw!r} is not a number; unset it or give e.g. {name}=30") from None
    if value <= 0:
        raise MinutesError(f"{name}={raw!r} must be more than 0")
    return value


def extract_limits() -> ExtractLimits:
    limits = ExtractLimits()
    seconds = _positive(ENV_EXTRACT_SECONDS, float)
    memory = _positive(ENV_EXTRACT_MEMORY_MB, int)
    if seconds is not None:
        limits = replace(limits, seconds=float(seconds))
    if memory is not None:
        limits = replace(limits, memory_bytes=int(memory) * MB)
    return limits


def fetch_limits() -> FetchLimits:
    limits = FetchLimits()
    seconds = _positive(ENV_FETCH_SECONDS, float)
    size = _positive(ENV_FETCH_MAX_MB, int)
    if seconds is not None:
        limits = replace(limits, seconds=float(seconds))
    if size is not None:
        limits = replace(limits, max_bytes=int(size) * MB)
    return limits


def allowed_hosts_setting() -> str:
    return setting(ENV_ALLOWED_HOSTS) or ""


def megabytes(n: int) -> str:
    """3.7 GB, 50 MB, 1.5 MB, 300 kB: sizes as people say them."""
    if n >= 999_500_000:  # what would print as "1000 MB"
        return f"{n / (1000 * MB):.1f} GB"
    if n >= 10 * MB:
        return f"{n / MB:.0f} MB"
    if n >= MB:
        return f"{n / MB:.1f} MB"
    return f"{max(1, round(n / 1000))} kB"


def too_much_text(*, source: str, limits: ExtractLimits) -> TooLarge:
    return TooLarge(
        f"{source or 'the document'} has more than {limits.text_chars:,} characters of text "
        f"(about {limits.text_chars // 3_000:,} pages), more than I read from one document; "
        "import the minutes on their own rather than a whole agenda pack, or split the file"
    )


def check_text(text: str, *, source: str, limits: ExtractLimits) -> str:
    """The text, or TooLarge when it is more than the parser is given."""
    if len(text) > limits.text_chars:
        raise too_much_text(source=source, limits=limits)
    return text


def check_size(data: bytes, *, source: str, cap: int, what: str) -> None:
    if len(data) > cap:
        raise TooLarge(
            f"{source or 'the document'} is {megabytes(len(data))}; I read {what} up to {megabytes(cap)}. "
            "Import the minutes on their own rather than a whole agenda pack, or split the file"
        )
