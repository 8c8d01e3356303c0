"""Keep secrets out of logs: a logging filter that masks tokens wherever they appear.

Slack tokens have recognisable prefixes; the signing secret, client secret and Microsoft app
password do not, so their configured values are masked too. Installed on the root handlers by
`install(settings)` at start-up, before any edge logs anything.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

TOKEN = re.compile(r"\b(xox[abposr]|xapp|xoxe(?:\.xox[bp])?)-[0-9A-Za-z\-]{8,}")
BEARER = re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?bearer\s+)[A-Za-z0-9._\-]+")
MASK = "[redacted]"


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        text = TOKEN.sub(MASK, text)
        return BEARER.sub(lambda m: m.group(1) + MASK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True


def install(secrets: Iterable[str | None]) -> RedactSecrets:
    """Mask secrets in everything the root logger's handlers write."""
    flt = RedactSecrets(secrets)
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig()
    for handler in root.handlers:
        handler.addFilter(flt)
    return flt
