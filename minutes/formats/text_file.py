"""Plain text minutes: UTF-8 (with or without a byte-order mark), else Windows-1252."""

from __future__ import annotations

from minutes.limits import ExtractLimits, check_text, too_much_text


def decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def plain_text(data: bytes, *, source: str, limits: ExtractLimits) -> str:
    if len(data) > 4 * limits.text_chars:  # more characters than the cap, in any encoding
        raise too_much_text(source=source, limits=limits)
    return check_text(decode(data), source=source, limits=limits)
