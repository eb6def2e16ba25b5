"""Timing and the statistics of a handful of runs: median with its spread."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Stat:
    """Several measurements of one thing (seconds, or bytes for sizes)."""

    runs: list[float]
    unit: str = "s"
    cpu: list[float] = field(default_factory=list)  # process CPU seconds of each run

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def low(self) -> float:
        return min(self.runs)

    @property
    def high(self) -> float:
        return max(self.runs)

    @property
    def quartiles(self) -> tuple[float, float]:
        if len(self.runs) < 2:
            return self.runs[0], self.runs[0]
        q = statistics.quantiles(self.runs, n=4, method="inclusive")
        return q[0], q[2]

    def as_dict(self) -> dict[str, Any]:
        q1, q3 = self.quartiles
        return {
            "unit": self.unit,
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "q1": q1,
            "q3": q3,
            "runs": list(self.runs),
            # CPU time of this process: steadier than wall time on a busy machine, but
            # blind to time spent in other processes and threads' waits
            "cpu_median": statistics.median(self.cpu) if self.cpu else None,
            "cpu_runs": list(self.cpu),
        }


SETTLED = 0.10
"""Runs stop early once they agree this well: the spread (max − min) of the runs so far
within this fraction of their median (issue 18: ``make bench`` under 6 minutes, with
fewer repeats where the spread is small, never fewer paths)."""


def settled(runs: list[float], least: int = 3) -> bool:
    """At least ``least`` runs, spread within ``SETTLED`` of their median."""
    if len(runs) < least:
        return False
    middle = statistics.median(runs)
    return middle > 0 and (max(runs) - min(runs)) <= SETTLED * middle


def measure(
    fn: Callable[[Any], Any],
    repeat: int,
    setup: Callable[[], Any] | None = None,
    teardown: Callable[[Any], Any] | None = None,
    warmup: int = 0,
    budget: float = 0.25,
    most: int = 15,
) -> Stat:
    """Time ``fn(setup())`` up to ``repeat`` times; setup and teardown are not timed.

    Fast paths get more runs, up to ``most``, while their timed total stays under
    ``budget`` seconds (only when ``repeat`` >= 3, i.e. not in the smoke test): a
    median of 15 four-millisecond frames is worth more on a busy machine than one of 3.
    Slower paths stop after three runs that agree within ``SETTLED`` (two, for a run of
    over a second), so only a noisy figure costs all ``repeat`` runs.
    The garbage collector runs before each run and is left enabled during it, as in
    the application, so collection pauses count where they would happen.
    """
    runs: list[float] = []
    cpu: list[float] = []
    i = 0
    while True:
        if runs and len(runs) >= 2 and repeat >= 3 and sum(runs) > budget and settled(
                runs, 2 if min(runs) > 1.0 else 3):
            break
        if i >= warmup + repeat and (
            repeat < 3 or len(runs) >= most or sum(runs) + sum(runs) / len(runs) > budget
        ):
            break
        i += 1
        state = setup() if setup else None
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        out = fn(state)
        elapsed, used = time.perf_counter() - start, time.process_time() - start_cpu
        if teardown:
            teardown(out if out is not None else state)
        if i > warmup:
            runs.append(elapsed)
            cpu.append(used)
    return Stat(runs, cpu=cpu)


def constant(value: float, unit: str = "bytes") -> Stat:
    return Stat([float(value)], unit)


@dataclass
class Row:
    """One line of the report: a measured path beside its alternative, with targets."""

    path: str
    size: int
    label: str
    stat: Stat | None = None
    alt_label: str = ""
    alt: Stat | None = None
    na: str | None = None
    alt_na: str | None = None
    note: str = ""
    targets: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.stat is None or self.alt is None or self.alt.median == 0:
            return None
        return self.stat.median / self.alt.median

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "size": self.size,
            "label": self.label,
            "stat": self.stat.as_dict() if self.stat else None,
            "alternative": self.alt_label,
            "alt_stat": self.alt.as_dict() if self.alt else None,
            "ratio": self.ratio,
            "na": self.na,
            "alt_na": self.alt_na,
            "note": self.note,
            "targets": self.targets,
            "extra": self.extra,
        }
