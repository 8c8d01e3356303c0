"""HTTP/1.1 POSTs each on a connection of its own, timed from the moment the request is in the
server's socket.

The connection is opened (and accepted by the server) before the clock starts, as Slack's TCP and
TLS handshakes come before its request is sent. The request is then written whole in one
`transport.write`, which on an idle, connected socket sends at once, inside the call: on loopback
the bytes are in the server's receive buffer when it returns. That moment is the request's
arrival; the ack is when the response has been read in full.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]


@dataclass
class Exchange:
    rid: str
    started: float = 0.0
    """When the connection was begun (only for `post(..., connect_first=False)`)."""
    arrived: float = 0.0
    acked: float = 0.0
    status: int = 0
    body: bytes = b""
    error: str = ""

    @property
    def ack_s(self) -> float:
        return self.acked - self.arrived


def request_bytes(port: int, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    head = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


async def connect(port: int, *, timeout: float = 10.0) -> Streams:
    return await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)


async def connect_many(port: int, count: int, *, at_once: int = 50) -> list[Streams]:
    """`count` connections, opened a batch at a time so none waits on a full listen backlog."""
    out: list[Streams] = []
    while len(out) < count:
        batch = min(at_once, count - len(out))
        out += await asyncio.gather(*(connect(port) for _ in range(batch)))
    return out


def send(streams: Streams, raw: bytes, exchange: Exchange) -> None:
    streams[1].write(raw)
    exchange.arrived = time.perf_counter()


async def read_response(streams: Streams, exchange: Exchange, *, timeout: float) -> None:
    reader, writer = streams
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
        lines = head.decode("latin-1").split("\r\n")
        exchange.status = int(lines[0].split()[1])
        length = next(
            (int(v) for k, _, v in (x.partition(":") for x in lines[1:]) if k.lower() == "content-length"),
            None,
        )
        remaining = timeout - (time.perf_counter() - exchange.arrived)
        exchange.body = await asyncio.wait_for(
            reader.readexactly(length) if length is not None else reader.read(), max(0.1, remaining)
        )
        exchange.acked = time.perf_counter()
    except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
        exchange.error = type(exc).__name__
    finally:
        writer.close()


async def post(
    port: int, path: str, rid: str, body: bytes, headers: dict[str, str], *, timeout: float
) -> Exchange:
    """One request on a new connection: connect, then time from the write to the full response;
    `started` is when the connection was begun."""
    exchange = Exchange(rid, started=time.perf_counter())
    try:
        streams = await connect(port)
    except (TimeoutError, OSError) as exc:
        exchange.error = type(exc).__name__
        return exchange
    send(streams, request_bytes(port, path, body, headers), exchange)
    await read_response(streams, exchange, timeout=timeout)
    return exchange
