"""This machine's address on the local network (never asks anything outside it)."""

from __future__ import annotations

import ipaddress


def _private(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.is_private and not ip.is_loopback and not ip.is_link_local


def lan_addresses() -> list[str]:
    """The machine's private IPv4 addresses (from its interfaces; nothing is sent)."""
    import ifaddr

    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and _private(ip.ip) and ip.ip not in found:
                found.append(ip.ip)
    return found


def lan_address() -> str:
    """The address others on the network reach this machine at; loopback without one."""
    found = lan_addresses()
    return found[0] if found else "127.0.0.1"
