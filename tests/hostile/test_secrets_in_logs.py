"""Secrets never reach the logs, whether configured values or recognisable tokens."""

from __future__ import annotations

import io
import logging

from bot.redact import RedactSecrets


def test_tokens_and_configured_secrets_are_masked() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecrets(["s3cr3t-signing-value", None, "pw"]))
    log = logging.getLogger("test.redact")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        log.info("token %s and secret %s", "xoxb-1234567890-abcdefghij", "s3cr3t-signing-value")
        log.info("headers {'Authorization': 'Bearer eyJhbGciOi.abc.def'} app xapp-1-A0123-456789-abcdef")
        try:
            raise RuntimeError("failed with xoxp-9999999999-zzzzzzzz")
        except RuntimeError:
            log.exception("boom")
    finally:
        log.removeHandler(handler)
    out = stream.getvalue()
    for secret in (
        "xoxb-1234567890",
        "s3cr3t-signing-value",
        "eyJhbGciOi",
        "xapp-1-A0123",
        "xoxp-9999999999",
    ):
        assert secret not in out
    assert out.count("[redacted]") >= 5
    assert "boom" in out and "RuntimeError" in out
