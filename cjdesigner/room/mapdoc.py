"""The shared Yjs document of a session, and the map's place in it.

Layout (root types of the ``pycrdt.Doc``; a Yjs client from npm sees the same):

* ``meta`` — a Map of the map's meta fields;
* ``personas``, ``stages``, ``steps``, ``lanes``, ``cards``, ``curves``, ``conflicts`` —
  Maps from an item's id to a Map of its fields, plus ``pos`` (its order key, see
  :mod:`cjdesigner.room.order`) and, for a step, ``stage`` (its stage's id);
* ``session`` — a Map that facilitation keeps (timer, votes…); never part of the file.

Field values: the text of :data:`~cjdesigner.room.flat.TEXT_FIELDS` is a ``Y.Text`` (two
people typing into one card merge), a curve's ``points`` a nested Map (step id → value),
lists and objects a JSON string, everything else the plain value. Reading the document
back into a map is :mod:`cjdesigner.room.projection`.

All access to a :class:`MapDoc` happens in one thread (the session's event loop).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pycrdt import Doc, Map, Subscription, Text

from cjdesigner.model import JourneyMap

from . import order
from .flat import COLLECTIONS, POINTS, POS, STAGE, TEXT_FIELDS, Flat, flatten
from .projection import Raw, project

SESSION = "session"


class MapDoc:
    """A map in a Yjs document: write local changes in, read the shared map out."""

    def __init__(self, ydoc: Doc[Any] | None = None) -> None:
        self.ydoc: Doc[Any] = ydoc if ydoc is not None else Doc()
        #: the origin of this side's own transactions
        self.origin = f"cjdesigner-local-{id(self)}"
        self.meta = self.ydoc.get("meta", type=Map)
        self.roots: dict[str, Map[Any]] = {
            name: self.ydoc.get(name, type=Map) for name in COLLECTIONS
        }
        self.session = self.ydoc.get(SESSION, type=Map)

    # -- writing ---------------------------------------------------------------------
    def seed(self, doc: JourneyMap) -> Flat:
        """Write the whole map into an empty document (the host, as a session starts)."""
        flat = flatten(doc)
        self.write(Flat(), flat)
        return flat

    def write(self, old: Flat, new: Flat) -> None:
        """Write what changed from ``old`` to ``new`` (this side's map before and after
        its own edits) in one transaction. Fields nobody here changed are left as the
        document has them, so other people's concurrent changes stay."""
        with self.ydoc.transaction(origin=self.origin):
            if self.meta.get("schema_version") != new.schema_version:
                self.meta["schema_version"] = new.schema_version
            _write_fields(self.meta, "meta", old.meta, new.meta)
            for name in COLLECTIONS:
                self._write_collection(name, old, new)

    def _write_collection(self, name: str, old: Flat, new: Flat) -> None:
        root = self.roots[name]
        before, after = old.items[name], new.items[name]
        if before is after and old.order[name] is new.order[name]:
            return
        for ident in before:
            if ident not in after and ident in root:
                del root[ident]
        for ident, fields in after.items():
            previous = before.get(ident)
            if previous is fields:
                continue
            item = root.get(ident)
            if not isinstance(item, Map):
                item = Map()
                root[ident] = item
                previous = None
            _write_fields(item, name, previous, fields)
        if old.order[name] != new.order[name] or any(i not in before for i in after):
            self._write_order(name, new)

    def _write_order(self, name: str, new: Flat) -> None:
        root = self.roots[name]
        groups: dict[str, list[str]] = {}
        for ident in new.order[name]:
            group = new.items[name][ident].get(STAGE, "") if name == "steps" else ""
            groups.setdefault(group, []).append(ident)
        for ids in groups.values():
            current = {}
            for ident in ids:
                item = root.get(ident)
                key = item.get(POS) if isinstance(item, Map) else None
                if isinstance(key, str) and order.valid_key(key):
                    current[ident] = key
            for ident, key in order.keys_for(ids, current).items():
                item = root.get(ident)
                if isinstance(item, Map):
                    item[POS] = key

    def set_session(self, key: str, value: Any) -> None:
        with self.ydoc.transaction(origin=self.origin):
            self.session[key] = value

    # -- reading ---------------------------------------------------------------------
    def raw(self) -> Raw:
        """The document as plain data (what :func:`projection.project` reads)."""
        with self.ydoc.transaction():
            return Raw(
                meta=self.meta.to_py() or {},
                items={name: root.to_py() or {} for name, root in self.roots.items()},
            )

    def project(self) -> JourneyMap:
        """The shared map as it stands: always a valid map (see :mod:`.projection`)."""
        return project(self.raw())

    # -- listening -------------------------------------------------------------------
    def observe(self, callback: Callable[[bool], None]) -> list[tuple[Map[Any], Subscription]]:
        """Call ``callback(local)`` after each transaction that changed the map (not the
        session area); ``local`` is True for this side's own writes."""

        def heard(_events: Any, txn: Any) -> None:
            callback(txn.origin == self.origin)

        listen: Any = heard  # pycrdt passes the transaction too
        return [(root, root.observe_deep(listen)) for root in [self.meta, *self.roots.values()]]

    @staticmethod
    def unobserve(subscriptions: list[tuple[Map[Any], Subscription]]) -> None:
        for root, subscription in subscriptions:
            root.unobserve(subscription)

    def observe_session(self, callback: Callable[[], None]) -> Subscription:
        listen: Any = lambda _events, _txn=None: callback()  # noqa: E731
        subscription: Subscription = self.session.observe_deep(listen)
        return subscription


def encode(value: Any) -> Any:
    """A field's value as the document keeps it (lists and objects as JSON text)."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _write_fields(item: Map[Any], kind: str, old: dict[str, Any] | None, new: dict[str, Any]) -> None:
    texts = TEXT_FIELDS.get(kind, frozenset())
    for key, value in new.items():
        before = old.get(key) if old is not None else None
        if old is not None and key in old and before == value and key in item:
            continue
        if key in texts and isinstance(value, str):
            current = item.get(key)
            if isinstance(current, Text):
                set_text(current, before if isinstance(before, str) else None, value)
            else:
                item[key] = Text(value)
        elif key == POINTS and kind == "curves" and isinstance(value, dict):
            current = item.get(key)
            if not isinstance(current, Map):
                item[key] = Map({k: float(v) for k, v in value.items()})
                continue
            previous = before if isinstance(before, dict) else {}
            for step in previous:
                if step not in value and step in current:
                    del current[step]
            for step, number in value.items():
                if previous.get(step) != number or step not in current:
                    current[step] = float(number)
        else:
            item[key] = encode(value)
    if old is not None:
        for key in old:
            if key not in new and key in item:
                del item[key]


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str, limit: int) -> int:
    n = min(len(a), len(b)) - limit
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i


def _map_position(old: str, current: str, position: int) -> int:
    """Where ``position`` in ``old`` lies in ``current`` (``old`` changed by someone else)."""
    prefix = _common_prefix(old, current)
    if position <= prefix:
        return position
    suffix = _common_suffix(old, current, prefix)
    if position >= len(old) - suffix:
        return position + len(current) - len(old)
    return len(current) - suffix


def set_text(text: Text, old: str | None, new: str) -> None:
    """Change ``text`` by what changed from ``old`` to ``new`` (one replaced range), at the
    same place in the text as it is now; without ``old``, from the text as it is now."""
    current = str(text)
    base = current if old is None else old
    if current == new or base == new:
        return
    prefix = _common_prefix(base, new)
    suffix = _common_suffix(base, new, prefix)
    start, end = prefix, len(base) - suffix
    inserted = new[prefix : len(new) - suffix]
    if base is not current:
        start = _map_position(base, current, start)
        end = max(start, _map_position(base, current, end))
    # pycrdt counts UTF-8 bytes
    byte_start = len(current[:start].encode("utf-8"))
    byte_end = len(current[:end].encode("utf-8"))
    if byte_end > byte_start:
        del text[byte_start:byte_end]
    if inserted:
        text.insert(byte_start, inserted)
