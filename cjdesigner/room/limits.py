"""Limits per client: how much, how often and how many, so no one client can swamp a session."""

from __future__ import annotations

from cjdesigner.ratelimit import RateLimits

#: one websocket message (a Yjs update or awareness state) at most this large
MAX_MESSAGE = 1024 * 1024
#: an HTTP request body at most this large
MAX_BODY = 64 * 1024
#: open websocket connections in all, and from one address
MAX_CONNECTIONS = 64
MAX_CONNECTIONS_PER_ADDRESS = 16
#: malformed messages a client may send before it is cut off
MAX_STRIKES = 5
#: failed join codes (per address, and in all) before /join refuses everyone
MAX_BAD_CODES_PER_ADDRESS = 10
MAX_BAD_CODES = 50


#: named kinds of traffic: (per second, burst)
RATES: dict[str, tuple[float, float]] = {
    "ws-message": (200.0, 400.0),
    "http": (20.0, 60.0),
    "join": (1.0, 5.0),
}


class Limits:
    """The session's counters, kept in its event loop's thread."""

    def __init__(self, rates: dict[str, tuple[float, float]] | None = None) -> None:
        self.rates = dict(RATES)
        if rates:
            self.rates.update(rates)
        #: the token buckets (per client and kind)
        self.rate_limits = RateLimits(self.rates, default=(5.0, 10.0), most=100_000)
        self.connections: dict[str, int] = {}
        self.bad_codes: dict[str, int] = {}

    def allow(self, client: str, kind: str) -> bool:
        """Whether ``client`` may do one more ``kind`` now (a rate from :data:`RATES`, or
        one named by a caller: 5 per second, bursts of 10, unless set in ``rates``)."""
        return self.rate_limits.allow(client, kind)

    def open_connection(self, address: str) -> bool:
        if sum(self.connections.values()) >= MAX_CONNECTIONS:
            return False
        if self.connections.get(address, 0) >= MAX_CONNECTIONS_PER_ADDRESS:
            return False
        self.connections[address] = self.connections.get(address, 0) + 1
        return True

    def close_connection(self, address: str) -> None:
        left = self.connections.get(address, 0) - 1
        if left > 0:
            self.connections[address] = left
        else:
            self.connections.pop(address, None)

    def code_failed(self, address: str) -> None:
        self.bad_codes[address] = self.bad_codes.get(address, 0) + 1

    def codes_blocked(self, address: str) -> bool:
        return (
            self.bad_codes.get(address, 0) >= MAX_BAD_CODES_PER_ADDRESS
            or sum(self.bad_codes.values()) >= MAX_BAD_CODES
        )
