"""The Host header of a request to `blogbuild serve`: only this machine's names are answered (DNS rebinding)."""

from __future__ import annotations

import ipaddress
import re
import socket

_HOST = re.compile(r"(?:\[([0-9a-f:.]+)\]|([^:\[\]/@\s]+))(?::\d{1,5})?")
"""A Host header: a name or address, or an IPv6 address in brackets, and an optional port."""


_EVERY_INTERFACE = ("", "0.0.0.0", "::")


def allowed_hosts(host: str) -> frozenset[str]:
    """The names a request may give in its Host header: localhost, the loopback addresses, the
    host serve was started for and, when it listens on every interface, this machine's own name
    (any IP address is then accepted too: host_allowed)."""
    names = {"localhost", "127.0.0.1", "::1", host.strip("[]").lower()}
    if host in _EVERY_INTERFACE:
        machine = socket.gethostname().lower()
        names |= {machine, machine + ".local", "*"}
    return frozenset(n for n in names if n)


def host_allowed(header: str | None, allowed: frozenset[str]) -> bool:
    """Whether a Host header names this server (its port is not checked: the socket decided it).
    A web page on evil.example that rebinds its name to 127.0.0.1 still sends `Host: evil.example`,
    which is refused, as Vite and webpack-dev-server refuse it; so is a request with no Host."""
    if not header:
        return False
    m = _HOST.fullmatch(header.strip().lower())
    if m is None:
        return False
    name = (m.group(1) or m.group(2)).rstrip(".")
    if name in allowed or name.endswith(".localhost"):  # *.localhost never leaves the machine (RFC 6761)
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    # a bare address names no site an attacker controls; only the ones serve listens on are answered
    return address.is_loopback or "*" in allowed
