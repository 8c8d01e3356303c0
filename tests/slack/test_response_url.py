"""Posting an answer to a response_url: the payload arrives as JSON, a connection dropped before
the answer (a pooled connection the far end had closed) is tried once more, and an error answer is
logged, not raised."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest

from bot.slack.delivery import send_response


@dataclass
class Far:
    """A response_url endpoint that drops the first `drops` requests before answering, and answers
    `status` after."""

    drops: int = 0
    status: int = 200
    requests: int = 0
    bodies: list[Any] = field(default_factory=list)
    url: str = ""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        body = await reader.readexactly(length)
        self.requests += 1
        if self.requests <= self.drops:
            writer.close()
            return
        self.bodies.append(json.loads(body))
        answer = b"ok" if self.status < 400 else b"no_text"
        writer.write(
            b"HTTP/1.1 %d X\r\nContent-Length: %d\r\nContent-Type: text/plain\r\n\r\n%s"
            % (self.status, len(answer), answer)
        )
        await writer.drain()
        writer.close()


@pytest.fixture
async def far() -> AsyncIterator[Far]:
    endpoint = Far()
    server = await asyncio.start_server(endpoint.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    endpoint.url = f"http://127.0.0.1:{port}/actions/T1/1/abc"
    async with server:
        yield endpoint


PAYLOAD: dict[str, Any] = {
    "text": "Open actions: 1 action",
    "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*A1* \u00b7 Caf\u00e9 &amp; more"}}],
    "response_type": "ephemeral",
    "replace_original": False,
}


async def test_the_payload_arrives_as_json(far: Far) -> None:
    async with aiohttp.ClientSession() as session:
        await send_response(far.url, session=session, **PAYLOAD)
    assert far.bodies == [PAYLOAD] and far.requests == 1


async def test_a_dropped_connection_is_tried_once_more(far: Far) -> None:
    far.drops = 1
    async with aiohttp.ClientSession() as session:
        await send_response(far.url, session=session, **PAYLOAD)
    assert far.requests == 2 and far.bodies == [PAYLOAD]


async def test_a_far_end_that_keeps_dropping_is_an_error_after_the_second_try(far: Far) -> None:
    far.drops = 5
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ServerDisconnectedError):
            await send_response(far.url, session=session, **PAYLOAD)
    assert far.requests == 2 and far.bodies == []


async def test_an_error_answer_is_logged(far: Far, caplog: pytest.LogCaptureFixture) -> None:
    far.status = 404
    async with aiohttp.ClientSession() as session:
        with caplog.at_level(logging.WARNING, logger="bot.slack.delivery"):
            await send_response(far.url, session=session, **PAYLOAD)
    assert far.requests == 1
    assert any("404" in r.getMessage() and "no_text" in r.getMessage() for r in caplog.records)
