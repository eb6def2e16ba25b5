"""Reading and writing .cjm files (JSON). No Qt here."""

from .cjm import LoadError, dumps, load, loads, save

__all__ = ["LoadError", "dumps", "load", "loads", "save"]
