"""The token buckets the session server and the phones' endpoints share."""

from __future__ import annotations

import pytest

from cjdesigner.ratelimit import RateLimits


def test_a_burst_then_the_steady_rate_each_client_apart() -> None:
    now = [100.0]
    limits = RateLimits({"card": (0.5, 3.0)}, clock=lambda: now[0])
    assert [limits.allow("ana", "card") for _ in range(4)] == [True, True, True, False]
    assert limits.allow("bo", "card")  # another participant has a bucket of their own
    now[0] += 1.0
    assert not limits.allow("ana", "card")  # half a token back after a second
    now[0] += 1.0
    assert limits.allow("ana", "card")
    now[0] -= 50.0  # a clock that goes back gives nothing
    assert not limits.allow("ana", "card")


def test_kinds_unknown_take_the_default_or_are_refused_and_buckets_are_bounded() -> None:
    with pytest.raises(KeyError):
        RateLimits({"card": (1.0, 1.0)}).allow("ana", "other")
    limits = RateLimits({}, default=(1.0, 1.0), most=3)
    for n in range(10):
        assert limits.allow(f"client-{n}", "http")
        assert len(limits.buckets) <= 3
