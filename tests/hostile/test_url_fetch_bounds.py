"""URL fetches are bounded: internal addresses refused in every spelling (before a byte is sent),
after DNS and on every redirect; DNS answers pinned; size, decompressed size and time capped.

The hostile site is on 127.0.0.1, which the default refuses: tests that need to reach it name it
in FETCH_ALLOWED_HOSTS, or resolve a made-up name to it through a stub lookup.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from pathlib import Path

import pytest

from minutes.addresses import AllowList
from minutes.errors import FetchError, FetchRefused, FetchTimedOut, TooLarge
from minutes.fetch import Lookup, fetch
from minutes.limits import MB, FetchLimits, configure, fetch_limits
from tests.hostile.conftest import LOOPBACK_SPELLINGS, HostileSite

INTERNAL = [
    ("169.254.169.254", "link-local"),
    ("[fe80::1]", "link-local"),
    ("[fd00:ec2::254]", "private"),
    ("metadata.google.internal", "metadata"),
    ("10.0.0.1", "private"),
    ("172.16.5.4", "private"),
    ("192.168.1.1", "private"),
    ("[fd12:3456::1]", "private"),
    ("100.64.0.1", "carrier-grade NAT"),
    ("224.0.0.1", "multicast"),
    ("[ff02::1]", "multicast"),
    ("240.0.0.1", "reserved"),
]


def _stub(answers: dict[str, list[str]]) -> tuple[Lookup, list[str]]:
    """A DNS that knows only `answers` (name -> addresses); it records each name it is asked."""
    asked: list[str] = []

    async def lookup(host: str, port: int) -> list[tuple[socket.AddressFamily, str]]:
        asked.append(host)
        if host not in answers:
            raise OSError(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, a) for a in answers[host]]

    return lookup, asked


@pytest.fixture(autouse=True)
def _default_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FETCH_ALLOWED_HOSTS", raising=False)


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
async def test_loopback_is_refused_in_every_spelling_by_default(hostile_site: HostileSite, host: str) -> None:
    with pytest.raises(FetchRefused, match=r"(loopback|localhost|unspecified).*FETCH_ALLOWED_HOSTS"):
        await fetch(hostile_site.url("minutes.txt", host=host))
    assert hostile_site.total_hits == 0


@pytest.mark.parametrize(("host", "kind"), INTERNAL)
async def test_internal_and_metadata_addresses_are_refused(host: str, kind: str) -> None:
    lookup, asked = _stub({})
    with pytest.raises(FetchRefused, match=kind):
        await fetch(f"http://{host}/latest/meta-data/", lookup=lookup)
    assert asked == [], "refused before any DNS lookup"


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "fd00::5"])
async def test_a_name_that_resolves_inward_is_refused_after_resolution(address: str) -> None:
    lookup, asked = _stub({"minutes.example.org": ["93.184.216.34", address]})
    with pytest.raises(FetchRefused, match=rf"minutes\.example\.org resolves to {address}"):
        await fetch("http://minutes.example.org/minutes.pdf", lookup=lookup)
    assert asked == ["minutes.example.org"]


async def test_the_connection_goes_to_the_address_that_was_checked(hostile_site: HostileSite) -> None:
    """DNS rebinding: the first answer is checked and used; a second lookup would say 10.1.2.3."""
    answers = {"rebind.example.org": ["127.0.0.1"]}
    lookup, asked = _stub(answers)

    async def rebinding(host: str, port: int) -> list[tuple[socket.AddressFamily, str]]:
        found = await lookup(host, port)
        answers[host] = ["10.1.2.3"]
        return found

    allow = AllowList.parse("127.0.0.1")
    got = await fetch(
        hostile_site.url("minutes.txt", host="rebind.example.org"), allow=allow, lookup=rebinding
    )
    assert got.status == 200 and b"RESOLVED" in got.data
    assert asked == ["rebind.example.org"], "one lookup, and the connection used its checked answer"


async def test_a_named_intranet_host_is_allowed_by_the_setting(
    hostile_site: HostileSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookup, _ = _stub({"moderngov.council.internal": ["127.0.0.1"]})
    url = hostile_site.url("minutes.txt", host="moderngov.council.internal")
    with pytest.raises(FetchRefused):
        await fetch(url, lookup=lookup)
    monkeypatch.setenv("FETCH_ALLOWED_HOSTS", "intranet.example, moderngov.council.internal")
    got = await fetch(url, lookup=lookup)
    assert got.status == 200 and b"RESOLVED" in got.data
    with pytest.raises(FetchRefused, match="loopback"):
        await fetch(hostile_site.url("minutes.txt"), lookup=lookup)  # the name is allowed, not its address


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/minutes.txt",
        "http://[::1]:{port}/minutes.txt",
        "http://localhost:{port}/minutes.txt",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://internal.example.org/",
        "file:///etc/passwd",
    ],
)
async def test_a_redirect_inward_is_refused(hostile_site: HostileSite, target: str) -> None:
    lookup, _ = _stub({"public.example.org": ["127.0.0.1"], "internal.example.org": ["10.0.0.7"]})
    allow = AllowList.parse("public.example.org")
    to = target.format(port=hostile_site.port)
    start = hostile_site.url(f"redirect?to={to}", host="public.example.org")
    with pytest.raises(FetchRefused, match="redirects to"):
        await fetch(start, allow=allow, lookup=lookup)
    assert hostile_site.hits == {"/redirect": 1}


async def test_endless_redirects_stop(hostile_site: HostileSite) -> None:
    with pytest.raises(FetchError, match="redirects more than 5 times"):
        await fetch(hostile_site.url("loop"), allow=AllowList.parse("127.0.0.1"))
    assert hostile_site.hits["/loop"] == 6


@pytest.mark.parametrize("path", ["huge", "huge-declared"])
async def test_a_300_mb_body_is_cut_at_the_cap(hostile_site: HostileSite, path: str) -> None:
    limits = FetchLimits(max_bytes=5 * MB)
    with pytest.raises(TooLarge, match=r"more than 5\.0 MB|is 300 MB"):
        await fetch(hostile_site.url(path), limits=limits, allow=AllowList.parse("127.0.0.1"))
    assert hostile_site.sent[f"/{path}"] < 20 * MB, "the client hung up at the cap"


async def test_a_gzip_bomb_stops_at_the_cap_once_unpacked(hostile_site: HostileSite) -> None:
    limits = FetchLimits(max_bytes=5 * MB)
    with pytest.raises(TooLarge, match=r"more than 5.0 MB once unpacked \(gzip\)"):
        await fetch(hostile_site.url("gzip-bomb"), limits=limits, allow=AllowList.parse("127.0.0.1"))


async def test_an_encoding_we_did_not_ask_for_is_refused(hostile_site: HostileSite) -> None:
    with pytest.raises(FetchError, match="encoded as 'br', which I did not ask for"):
        await fetch(hostile_site.url("brotli"), allow=AllowList.parse("127.0.0.1"))


async def test_a_slow_drip_is_cut_at_the_deadline(hostile_site: HostileSite) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimedOut, match=r"did not finish sending within 1 s"):
        await fetch(
            hostile_site.url("drip"), limits=FetchLimits(seconds=1), allow=AllowList.parse("127.0.0.1")
        )
    assert time.monotonic() - started < 3
    assert hostile_site.sent["/drip"] == 1


def test_the_setting_reaches_the_fetcher_from_a_dotenv_file(tmp_path: Path) -> None:
    """`.env` values are not in os.environ: the CLI hands them over with `configure`."""
    from bot.config import Settings

    (tmp_path / ".env").write_text(
        "FETCH_ALLOWED_HOSTS=moderngov.council.local, 10.20.0.0/16\nFETCH_MAX_MB=7\n"
    )
    settings = Settings(_env_file=tmp_path / ".env")  # type: ignore[call-arg]
    try:
        configure(settings.minutes_limits)
        allow = AllowList.from_settings()
        assert allow.allows_name("ModernGov.Council.Local.")
        assert allow.allows_address(ipaddress.ip_address("10.20.3.4"))
        assert not allow.allows_address(ipaddress.ip_address("10.21.0.1"))
        assert fetch_limits().max_bytes == 7 * MB
    finally:
        configure(dict.fromkeys(settings.minutes_limits))
    assert AllowList.from_settings() == AllowList()
