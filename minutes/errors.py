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
