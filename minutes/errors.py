"""Errors raised while reading minutes. Each message says what was wrong and what would work."""

from __future__ import annotations


class MinutesError(Exception):
    """Base class for every failure to read or understand a minutes source."""


class UnsupportedFormat(MinutesError):
    """The bytes are not a format we can read (txt, pdf, html, docx, ModernGov XML)."""


class SourceNotFound(MinutesError):
    """A file path that does not exist or cannot be opened."""


class FetchError(MinutesError):
    """An http(s) source could not be fetched."""


class ModernGovError(MinutesError):
    """The ModernGov web service timed out, refused access, or sent XML we cannot parse."""


class TooLarge(MinutesError):
    """The document goes past a cap (size, uncompressed size, zip entries, pages, text)."""


class OverBudget(MinutesError):
    """Reading the document took more time or memory than its budget; the work was stopped."""


class FetchRefused(FetchError):
    """The URL leads to an address the bot must not reach (loopback, private, link-local, metadata)."""


class FetchTimedOut(FetchError):
    """The server did not finish sending within the fetch deadline."""
