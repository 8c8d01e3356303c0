"""Which hosts a URL import may reach: the public internet, and intranet hosts a setting names.

A URL given in chat is fetched by the server, so without a check anyone who may import minutes
could make the server read its own admin ports, the cloud metadata service or the council's
intranet. Refused by default: loopback, unspecified, link-local (the metadata address
169.254.169.254 among them), private (RFC 1918, IPv6 ULA), carrier-grade NAT, multicast, reserved
and documentation ranges, in every spelling (`127.1`, `0x7f.1`, `2130706433`, `[::ffff:127.0.0.1]`,
NAT64 and 6to4 wrappings), `localhost` names and metadata host names. Names are checked again
after DNS resolution, on every redirect (see `minutes.fetch`).

`FETCH_ALLOWED_HOSTS` names the exceptions, comma-separated: a host name (allowed whatever it
resolves to), an IP address, or a network in CIDR form (`10.20.0.0/16`).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from minutes.errors import FetchRefused
from minutes.limits import ENV_ALLOWED_HOSTS, allowed_hosts_setting

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_PRIVATE = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)
_METADATA_NAMES = {"metadata", "metadata.google.internal", "instance-data", "instance-data.ec2.internal"}


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4, Teredo)."""
    if addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    if addr.sixtofour is not None:
        return addr.sixtofour
    if addr.teredo is not None:
        return addr.teredo[1]
    packed = addr.packed
    if any(addr in net for net in _NAT64):
        return ipaddress.IPv4Address(packed[-4:])
    if packed[:12] == bytes(12) and int(addr) > 1:  # ::a.b.c.d, the deprecated compatible form
        return ipaddress.IPv4Address(packed[-4:])
    return None


def internal_kind(addr: IPAddress) -> str | None:
    """What kind of non-public address this is ("a loopback address"), or None when it is public."""
    if isinstance(addr, ipaddress.IPv6Address):
        inner = _embedded_ipv4(addr)
        if inner is not None:
            kind = internal_kind(inner)
            return f"{kind} inside an IPv6 address" if kind else None
    if addr.is_loopback:
        return "a loopback address"
    if addr.is_unspecified or (isinstance(addr, ipaddress.IPv4Address) and addr.packed[0] == 0):
        return "an unspecified address"
    if addr.is_link_local:
        return "a link-local address (where cloud metadata services live)"
    if addr.is_multicast:
        return "a multicast address"
    if isinstance(addr, ipaddress.IPv4Address) and addr in _CGNAT:
        return "a carrier-grade NAT address"
    if any(addr.version == net.version and addr in net for net in _PRIVATE):
        return "a private network address"
    if addr.is_private or addr.is_reserved or not addr.is_global:
        return "a reserved address, not on the public internet"
    return None


def literal_address(host: str) -> IPAddress | None:
    """The address a host written as an IP means, in any spelling the system resolver accepts
    (`127.1`, `0x7f.1`, `017700000001`, `2130706433`, `[::1]`, `fe80::1%eth0`); None for a name."""
    bare = host.strip().strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(bare.split("%", 1)[0])
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(bare))
    except (OSError, ValueError):
        return None


def _normal_name(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


@dataclass(frozen=True)
class AllowList:
    names: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()

    @classmethod
    def parse(cls, spec: str) -> AllowList:
        names: set[str] = set()
        networks: list[Network] = []
        for raw in spec.replace(";", ",").split(","):
            entry = raw.strip()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                pass
            address = literal_address(entry)
            if address is not None:
                networks.append(ipaddress.ip_network(address))
            else:
                names.add(_normal_name(entry))
        return cls(frozenset(names), tuple(networks))

    @classmethod
    def from_settings(cls) -> AllowList:
        return cls.parse(allowed_hosts_setting())

    def allows_name(self, host: str) -> bool:
        return _normal_name(host) in self.names

    def allows_address(self, addr: IPAddress) -> bool:
        return any(addr.version == net.version and addr in net for net in self.networks)


def _refusal(what: str) -> FetchRefused:
    return FetchRefused(
        f"{what}; I only fetch minutes from public web sites. If it is your council's own "
        f"server (an intranet ModernGov site), the operator can name it in {ENV_ALLOWED_HOSTS}"
    )


def check_host(host: str, allow: AllowList) -> None:
    """Refuse a URL's host before any lookup: internal address literals and reserved names."""
    if not host:
        raise FetchRefused("the URL has no host name; give a full address such as https://council.gov.uk/...")
    if allow.allows_name(host):
        return
    address = literal_address(host)
    if address is not None:
        kind = internal_kind(address)
        if kind is not None and not allow.allows_address(address):
            raise _refusal(f"{host} is {kind}")
        return
    name = _normal_name(host)
    if name == "localhost" or name.endswith(".localhost"):
        raise _refusal(f"{host} is this machine (localhost)")
    if name in _METADATA_NAMES:
        raise _refusal(f"{host} is a cloud metadata service")


def check_resolved(host: str, addr: IPAddress, allow: AllowList) -> None:
    """Refuse a name that resolves to an internal address (unless the name or address is allowed)."""
    if allow.allows_name(host) or allow.allows_address(addr):
        return
    kind = internal_kind(addr)
    if kind is not None:
        raise _refusal(f"{host} resolves to {addr}, {kind}")
