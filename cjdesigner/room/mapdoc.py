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
        # the document as plain data, kept up to date item by item (reading a large
        # document whole from pycrdt is slow): None until first read, then what changed
        self._raw: Raw | None = None
        self._dirty: dict[str, set[str] | None] = {}
        self._memo: dict[tuple[str, str], tuple[Any, Any]] = {}
        listen: Any = self._note_change
        self._watching = [(name, root, root.observe_deep(lambda events, _txn=None, n=name: listen(n, events)))
                          for name, root in [("meta", self.meta), *self.roots.items()]]

    def _note_change(self, name: str, events: Any) -> None:
        if self._raw is None or name == "meta":
            self._dirty[name] = None
            return
        dirty = self._dirty.get(name, set())
        if dirty is None:
            return
        for event in events:
            path = event.path
            if path:
                dirty.add(str(path[0]))
            else:
                keys = getattr(event, "keys", None)
                if not isinstance(keys, dict):
                    self._dirty[name] = None
                    return
                dirty.update(str(k) for k in keys)
        self._dirty[name] = dirty

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
        """The document as plain data (what :func:`projection.project` reads): items that
        did not change since the last call are the same objects as then."""
        with self.ydoc.transaction():
            if self._raw is None:
                self._raw = Raw(meta=_read(self.meta),
                                items={name: _read(root) for name, root in self.roots.items()})
                self._dirty.clear()
                return self._raw
            meta = self._raw.meta
            items = dict(self._raw.items)
            for name, root in self.roots.items():
                # a deletion that arrives before what it deletes is applied later without
                # an event (pycrdt): a count that differs means "read this one again"
                if name not in self._dirty and len(root) != len(items[name]):
                    self._dirty[name] = None
            for name, dirty in self._dirty.items():
                if name == "meta":
                    meta = _read(self.meta)
                    continue
                root = self.roots[name]
                if dirty is None:
                    items[name] = _read(root)
                    continue
                collection = dict(items[name])
                for ident in dirty:
                    value = root.get(ident)
                    if value is None:
                        collection.pop(ident, None)
                    else:
                        collection[ident] = _value(value)
                items[name] = collection
            self._dirty.clear()
            self._raw = Raw(meta=meta, items=items)
            return self._raw

    def invalidate(self) -> None:
        """Read the whole document again next time. Updates that arrive out of order wait
        inside pycrdt until what they build on arrives, and are then applied without an
        event; the sessions call this a moment after the last remote change, so such a
        change shows within a second (cheap now and then, too slow on every change)."""
        self._raw = None
        self._dirty.clear()

    def project(self) -> JourneyMap:
        """The shared map as it stands: always a valid map (see :mod:`.projection`)."""
        return project(self.raw(), self._memo)

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


def _read(root: Map[Any]) -> dict[str, Any]:
    data = json.loads(str(root))
    return data if isinstance(data, dict) else {}


def _value(value: Any) -> Any:
    """An item's value as plain data (pycrdt's own JSON is much faster than ``to_py``)."""
    if isinstance(value, Map | Text):
        text = str(value)
        return json.loads(text) if isinstance(value, Map) else text
    return value


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
