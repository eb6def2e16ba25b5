"""The speed and size targets of issues 3 (canvas) and 5 (poster), checked against rows."""

from __future__ import annotations

from dataclasses import dataclass

from .stats import Row

LARGE = 50_000
"""Issue 18's year of research across a service: open, frames, drags, undo, memory and
the A0 poster have targets at this size."""


@dataclass(frozen=True)
class Target:
    path: str
    size: int | None  # None: every size
    on: str  # "median" (absolute, in the row's unit) or "ratio" (row / alternative)
    limit: float
    source: str

    def describe(self) -> str:
        if self.on == "ratio":
            what = f"≤ {self.limit:g}× alt"
        elif self.path.endswith("_rss"):
            what = (f"≤ {self.limit / 2**30:g} GB" if self.limit >= 2**30
                    else f"≤ {self.limit / 2**20:g} MB")
        elif self.limit >= 1024 and self.path.endswith("_size"):
            what = f"≤ {self.limit / 1024:.0f} KB"
        elif self.limit < 1:
            what = f"< {self.limit * 1000:g} ms"
        elif self.limit >= 60:
            what = f"< {self.limit / 60:g} min"
        else:
            what = f"< {self.limit:g} s"
        where = "" if self.size is None else f" @{self.size:,}"
        return f"{what}{where} ({self.source})"


TARGETS: tuple[Target, ...] = (
    # issue 3: the canvas, on a 2,000-card map (12 stages, 48 steps, 10 lanes)
    Target("open_to_paint", 2000, "median", 1.0, "issue 3"),
    Target("frame_100", 2000, "median", 0.008, "issue 3"),
    Target("frame_100_cold", 2000, "median", 0.008, "issue 3"),
    Target("frame_fit", 2000, "median", 0.025, "issue 3"),
    Target("frame_fit_cold", 2000, "median", 0.025, "issue 3"),
    Target("drag", 2000, "median", 0.016, "issue 3"),
    Target("undo_move", 2000, "median", 0.005, "issue 3"),
    Target("frame_fit", 10000, "median", 0.080, "issue 3"),
    Target("frame_fit_cold", 10000, "median", 0.080, "issue 3"),
    # issue 13: diff and merge of two 10,000-card maps each under 1 s
    Target("diff", 10000, "median", 1.0, "issue 13"),
    Target("merge", 10000, "median", 1.0, "issue 13"),
    # issue 5: the poster
    Target("poster_a0", 1000, "median", 0.7, "issue 5"),
    Target("poster_a0_size", 1000, "median", 400 * 1024, "issue 5"),
    Target("poster_a0", 5000, "median", 3.0, "issue 5"),
    Target("poster_a0", None, "ratio", 1.0, "issue 5: no slower than QPdfWriter"),
    Target("poster_a0_size", None, "ratio", 0.6, "issue 5: ≤ 0.6× QPdfWriter's size"),
    Target("poster_tiled_vs_single", None, "ratio", 1.2, "issue 5: tiled ≤ 1.2× single time"),
    Target("poster_tiled_vs_single_size", None, "ratio", 1.5,
           "issue 5: tiled ≤ 1.5× single size"),
    # issue 9: memory bounded in every export
    *(Target(f"export_{fmt}_rss", 100_000, "median", 2**30, "issue 9")
      for fmt in ("svg", "png", "pdf", "csv")),
    # issue 18: speed at every size
    Target("cold_start", 0, "ratio", 2.0, "issue 18"),
    Target("cold_start", 2000, "ratio", 3.0, "issue 18"),
    Target("save", None, "ratio", 1.5, "issue 18"),
    Target("load", None, "ratio", 2.0, "issue 18"),
    Target("csv_import", None, "ratio", 4.0, "issue 18"),
    Target("frame_100", 10000, "median", 0.012, "issue 18"),
    Target("frame_100_cold", 10000, "median", 0.012, "issue 18"),
    Target("open_to_paint", LARGE, "median", 2.0, "issue 18"),
    *(Target(path, LARGE, "median", 0.016, "issue 18")
      for path in ("frame_100", "frame_100_cold", "frame_fit", "frame_fit_cold", "drag",
                   "undo_move")),
    Target("peak_rss", LARGE, "median", 600 * 2**20, "issue 18"),
    Target("poster_a0", LARGE, "median", 10.0, "issue 18"),
    Target("bench_total", None, "median", 360.0, "issue 18: make bench"),
)


def evaluate(rows: list[Row]) -> None:
    """Attach every applicable target to its row, with pass / fail / n/a."""
    for row in rows:
        for target in TARGETS:
            if target.path != row.path or (target.size is not None and target.size != row.size):
                continue
            value = row.ratio if target.on == "ratio" else (
                row.stat.median if row.stat else None)
            if value is None:
                verdict = "n/a"
            else:
                verdict = "pass" if value <= target.limit else "FAIL"
            row.targets.append({
                "on": target.on,
                "limit": target.limit,
                "source": target.source,
                "text": target.describe(),
                "value": value,
                "verdict": verdict,
            })


def target_sizes() -> set[int]:
    return {t.size for t in TARGETS if t.size is not None}
