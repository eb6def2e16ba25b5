"""Comparing, merging and measuring maps: diff, three-way merge, journey metrics. No Qt."""

from .diff import Change, FieldChange, MapDiff, diff_maps, diff_text, summary_text
from .listing import listing

__all__ = [
    "Change",
    "FieldChange",
    "MapDiff",
    "diff_maps",
    "diff_text",
    "listing",
    "summary_text",
]
