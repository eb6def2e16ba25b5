"""Rate limits: a token bucket for each (who, kind of request), refilled at a steady rate.

Shared by the session server (websocket messages, HTTP requests, join codes per client
address: ``cjdesigner.room.limits``) and the phones' endpoints (joins, cards, votes and
reads per participant: ``cjdesigner.phone.api``). No Qt, no network, no other imports:
it sits at the bottom of the layers, so both may use it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Bucket:
    """``rate`` tokens a second, at most ``burst`` saved up; each request takes one."""

    rate: float
    burst: float
    tokens: float
    stamp: float

    def take(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + max(0.0, now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


class RateLimits:
    """A bucket per (who, kind), made full on first use. ``rates``: kind → (per second,
    burst; read at each new bucket, so a change to it counts from then on); a kind not
    named there gets ``default`` (None: an unknown kind is an error).
    At most ``most`` buckets are kept: past that all start again (a flood of new names
    cannot exhaust memory)."""

    def __init__(
        self,
        rates: dict[str, tuple[float, float]],
        default: tuple[float, float] | None = None,
        clock: Callable[[], float] = time.monotonic,
        most: int = 50_000,
    ) -> None:
        self.rates = rates
        self.default = default
        self.clock = clock
        self.most = most
        self.buckets: dict[tuple[str, str], Bucket] = {}

    def allow(self, who: str, kind: str) -> bool:
        """Whether ``who`` may make one more request of ``kind`` now."""
        key = (who, kind)
        now = self.clock()
        bucket = self.buckets.get(key)
        if bucket is None:
            rate, burst = self.rates[kind] if self.default is None else self.rates.get(kind, self.default)
            if len(self.buckets) >= self.most:
                self.buckets.clear()
            bucket = self.buckets[key] = Bucket(rate, burst, burst, now)
        return bucket.take(now)
