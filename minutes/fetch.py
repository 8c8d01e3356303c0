"""Fetching a document by URL within bounds: a total deadline, a size cap on the wire and after
decoding, and only hosts `minutes.addresses` allows, checked before each request (redirects
included) and after each DNS lookup.

DNS answers are pinned: aiohttp connects to exactly the addresses our resolver checked (the
resolver is the connector's only source of addresses, and its cache is off), so a name cannot
resolve to a public address for the check and to an internal one for the connection. Redirects
are followed here, not by aiohttp, so each hop is checked. Compressed bodies are decoded here too,
a bounded piece at a time, so a gzip bomb stops at the cap instead of inflating in one call.
Proxies from the environment are not used: a proxy would resolve names where we cannot check them.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import unquote

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from minutes.addresses import AllowList, check_host, check_resolved
from minutes.errors import FetchError, FetchRefused, FetchTimedOut, TooLarge
from minutes.limits import FetchLimits, fetch_limits, megabytes

Lookup = Callable[[str, int], Awaitable[list[tuple[socket.AddressFamily, str]]]]
"""(host, port) -> [(family, address)], the system resolver by default (tests give their own)."""

USER_AGENT = "committee-bot (minutes reader)"
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Fetched:
    url: str
    """Where the document came from, after redirects."""
    status: int
    content_type: str | None
    data: bytes


async def system_lookup(host: str, port: int) -> list[tuple[socket.AddressFamily, str]]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [(family, str(sockaddr[0])) for family, _, _, _, sockaddr in infos]


class _CheckedResolver(AbstractResolver):
    """Resolves a name once and lets through only addresses the allow-list permits."""

    def __init__(self, allow: AllowList, lookup: Lookup) -> None:
        self.allow = allow
        self.lookup = lookup

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        try:
            found = await self.lookup(host, port)
        except OSError as exc:
            raise FetchError(f"could not find the web site {host} ({exc.strerror or exc})") from None
        if not found:
            raise FetchError(f"could not find the web site {host}")
        results: list[ResolveResult] = []
        for fam, address in found:
            check_resolved(host, ipaddress.ip_address(address.split("%", 1)[0]), self.allow)
            results.append(
                {
                    "hostname": host,
                    "host": address,
                    "port": port,
                    "family": fam,
                    "proto": socket.IPPROTO_TCP,
                    "flags": socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
                }
            )
        return results

    async def close(self) -> None:
        return None


def check_url(url: str, allow: AllowList) -> URL:
    """The URL, parsed, if its scheme and host may be fetched at all (before any lookup)."""
    try:
        parsed = URL(url)
    except (ValueError, TypeError):
        raise FetchError(f"{url} is not a web address; give one starting https://") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchRefused(f"{url} is not an http(s) address; give one starting https://")
    for host in {parsed.host or "", parsed.raw_host or "", unquote(parsed.raw_host or "")}:
        check_host(host, allow)
    return parsed


class _Body:
    """The body as it arrives, decoded (gzip or deflate) a bounded piece at a time."""

    def __init__(self, url: str, encoding: str, cap: int) -> None:
        self.url, self.cap = url, cap
        self.wire = 0
        self.out = bytearray()
        self.encoding = encoding
        self.inflate: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self.inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding not in ("", "identity", "deflate"):
            raise FetchError(
                f"{url} was sent encoded as {encoding!r}, which I did not ask for (gzip and deflate are fine); "
                "download the document and upload the file instead"
            )

    def feed(self, chunk: bytes) -> None:
        self.wire += len(chunk)
        if self.wire > self.cap:
            raise self._too_large("")
        if self.encoding == "deflate" and self.inflate is None:
            zlib_header = len(chunk) >= 2 and chunk[0] & 0x0F == 8 and (chunk[0] << 8 | chunk[1]) % 31 == 0
            self.inflate = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        if self.inflate is None:
            self.out += chunk
            return
        pending = chunk
        while pending:
            room = self.cap - len(self.out) + 1
            try:
                self.out += self.inflate.decompress(pending, room)
            except zlib.error as exc:
                raise FetchError(f"{self.url} sent a damaged {self.encoding} body ({exc})") from None
            if len(self.out) > self.cap:
                raise self._too_large(f" once unpacked ({self.encoding})")
            pending = self.inflate.unconsumed_tail
            if self.inflate.eof:
                break

    def _too_large(self, how: str) -> TooLarge:
        return TooLarge(
            f"{self.url} is more than {megabytes(self.cap)}{how}; I fetch documents up to {megabytes(self.cap)}. "
            "Give the link to the minutes alone rather than a whole agenda pack"
        )


async def _get(session: aiohttp.ClientSession, url: URL, limits: FetchLimits) -> Fetched | URL:
    """One request: the document, or the next URL when the answer is a redirect."""
    headers = {"Accept-Encoding": "gzip, deflate", "User-Agent": USER_AGENT}
    async with session.get(url, allow_redirects=False, headers=headers) as resp:
        location = resp.headers.get("Location")
        if resp.status in _REDIRECTS and location:
            return resp.url.join(URL(location))
        declared = resp.content_length
        if declared is not None and declared > limits.max_bytes:
            raise TooLarge(
                f"{url} is {megabytes(declared)}; I fetch documents up to {megabytes(limits.max_bytes)}. "
                "Give the link to the minutes alone rather than a whole agenda pack"
            )
        encoding = resp.headers.get("Content-Encoding", "").strip().lower()
        body = _Body(str(url), encoding, limits.max_bytes)
        async for chunk in resp.content.iter_chunked(64 * 1024):
            body.feed(chunk)
        return Fetched(str(url), resp.status, resp.headers.get("Content-Type"), bytes(body.out))


async def fetch(
    url: str,
    *,
    limits: FetchLimits | None = None,
    allow: AllowList | None = None,
    lookup: Lookup | None = None,
) -> Fetched:
    """GET a document; FetchRefused for a host we must not reach, TooLarge past the size cap,
    FetchError for the rest (deadline passed, no such host, connection or TLS failure).
    The status is the caller's to judge (ModernGov's 403 means something particular)."""
    limits = limits or fetch_limits()
    allow = allow if allow is not None else AllowList.from_settings()
    connector = aiohttp.TCPConnector(
        resolver=_CheckedResolver(allow, lookup or system_lookup), use_dns_cache=False
    )
    try:
        async with (
            asyncio.timeout(limits.seconds),
            aiohttp.ClientSession(connector=connector, trust_env=False, auto_decompress=False) as session,
        ):
            current = check_url(url, allow)
            for hop in range(limits.max_redirects + 1):
                try:
                    if hop:
                        current = check_url(str(current), allow)
                    answer = await _get(session, current, limits)
                except FetchRefused as exc:
                    if hop == 0:
                        raise
                    raise FetchRefused(f"{url} redirects to {current}, and {exc}") from None
                if isinstance(answer, Fetched):
                    return answer
                current = answer
    except TimeoutError:
        raise FetchTimedOut(
            f"{url} did not finish sending within {limits.seconds:g} s; try again later, "
            "or download the document and upload the file"
        ) from None
    except aiohttp.InvalidURL:
        raise FetchError(f"{url} is not a web address; give one starting https://") from None
    except aiohttp.ClientConnectorError as exc:
        raise FetchError(f"could not connect to {exc.host}: {exc.os_error.strerror or exc}") from None
    except aiohttp.ClientError as exc:
        raise FetchError(f"could not fetch {url}: {exc or type(exc).__name__}") from None
    raise FetchError(
        f"{url} redirects more than {limits.max_redirects} times; give the final address of the document"
    )
