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

from pycrdt import Doc, Map, Subscription, Text, get_update

from cjdesigner.model import JourneyMap

from . import order
from .flat import COLLECTIONS, POINTS, POS, STAGE, TEXT_FIELDS, Flat, flatten
from .projection import Raw, project

SESSION = "session"
#: the origin of what the session server writes for phones (a remote change to everyone,
#: the host's own window included)
SERVER_ORIGIN = "cjdesigner-server"
#: an update with nothing in it (no structs, no deletions)
_EMPTY = b"\x00\x00"


class SyncDoc(Doc):  # type: ignore[type-arg]
    """A ``pycrdt.Doc`` that tells its :class:`MapDoc` about every update applied to it.

    Yjs keeps an update whose causes have not arrived yet *pending* and applies it later,
    when they do; pycrdt then changes the document without an event for that part. Every
    update from elsewhere enters through :meth:`apply_update` (pycrdt's providers, rooms
    and sync messages call it), so the map document can tell when that may happen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.after_update: Callable[[bytes], None] | None = None

    def apply_update(self, update: bytes) -> None:
        super().apply_update(update)
        if self.after_update is not None:
            self.after_update(update)


class Changes:
    """What changed in the document since a reader last took its changes: ids per
    collection (``None``: anything may have, read it whole) and whether the meta did."""

    def __init__(self) -> None:
        self.items: dict[str, set[str] | None] = {}
        self.meta = False

    def note(self, name: str, ids: set[str] | None) -> None:
        if name == "meta":
            self.meta = True
            return
        known = self.items.get(name, set())
        if known is None or ids is None:
            self.items[name] = None
        else:
            known.update(ids)
            self.items[name] = known

    def take(self) -> Changes:
        taken = Changes()
        taken.items, taken.meta = self.items, self.meta
        self.items, self.meta = {}, False
        return taken

    @property
    def whole(self) -> bool:
        """True when some collection must be read whole."""
        return any(ids is None for ids in self.items.values())


class MapDoc:
    """A map in a Yjs document: write local changes in, read the shared map out."""

    def __init__(self, ydoc: Doc[Any] | None = None, *, client_id: int | None = None) -> None:
        self.ydoc: Doc[Any] = ydoc if ydoc is not None else SyncDoc(client_id=client_id)
        #: the origin of this side's own transactions
        self.origin = f"cjdesigner-local-{id(self)}"
        # updates that were (partly) pending when they arrived and may still be
        self._waiting: list[bytes] = []
        self._check_all = False
        self._listeners: list[Callable[[bool], None]] = []
        self._readers: list[Changes] = []
        self._order_keys = Raw()
        # per collection: (the plain-data items the keys were read from, id → valid key,
        # ids read again since or None when the next items are new as a whole)
        self._keys: dict[str, tuple[Any, dict[str, str], set[str] | None]] = {}
        if isinstance(self.ydoc, SyncDoc):
            self.ydoc.after_update = self._after_update
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
        self._watching = [(name, root, root.observe_deep(lambda events, txn, n=name: listen(n, events, txn)))
                          for name, root in [("meta", self.meta), *self.roots.items()]]

    def _note_change(self, name: str, events: Any, txn: Any) -> None:
        self._note_dirty(name, events)
        local = txn.origin == self.origin
        for listener in list(self._listeners):
            listener(local)

    def _note_dirty(self, name: str, events: Any) -> None:
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

    def _after_update(self, update: bytes) -> None:
        """An update from elsewhere was applied. If it, or one before it, was (partly)
        pending, pycrdt may have changed the document without events: the next read
        compares the whole document with what it read last (finding exactly what changed),
        and the listeners hear of a remote change at once."""
        if update == _EMPTY:
            return
        state = self.ydoc.get_state()
        was_waiting = bool(self._waiting)
        self._waiting = [u for u in [*self._waiting, update] if _beyond(u, state)]
        if was_waiting or self._waiting:
            self._check_all = True
            for listener in list(self._listeners):
                listener(False)

    # -- writing ---------------------------------------------------------------------
    def seed(self, doc: JourneyMap) -> Flat:
        """Write the whole map into an empty document (the host, as a session starts)."""
        flat = flatten(doc)
        self.write(Flat(), flat)
        return flat

    def write(self, old: Flat, new: Flat, origin: str | None = None) -> None:
        """Write what changed from ``old`` to ``new`` (this side's map before and after
        its own edits) in one transaction. Fields nobody here changed are left as the
        document has them, so other people's concurrent changes stay. ``origin``: the
        transaction's (this side's own by default)."""
        keys = self.raw()  # the order keys as they are, read as plain data
        self._order_keys = keys
        with self.ydoc.transaction(origin=origin or self.origin):
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
        if name == "steps":
            for ident in new.order[name]:
                groups.setdefault(new.items[name][ident].get(STAGE, ""), []).append(ident)
        else:
            groups[""] = new.order[name]
        current = self._valid_keys(name)
        for ids in groups.values():
            for ident, key in order.keys_for(ids, current, checked=True).items():
                item = root.get(ident)
                if isinstance(item, Map):
                    item[POS] = key

    def _valid_keys(self, name: str) -> dict[str, str]:
        """id → order key of the items of ``name`` whose key is valid, as last read; kept
        beside the plain-data copy and brought up to date item by item."""
        items = self._order_keys.items.get(name, {})
        cached = self._keys.get(name)
        if cached is not None and cached[0] is items:
            return cached[1]
        if cached is not None and cached[2] is not None:
            keys = cached[1]
            for ident in cached[2]:
                _note_key(keys, ident, items.get(ident))
        else:
            keys = {}
            for ident, data in items.items():
                _note_key(keys, ident, data)
        self._keys[name] = (items, keys, None)
        return keys

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
                self._keys.clear()
                self._check_all = False
                for reader in self._readers:
                    reader.meta = True
                    reader.items = dict.fromkeys(self.roots)
                return self._raw
            meta = self._raw.meta
            items = dict(self._raw.items)
            if self._check_all:
                self._check_all = False
                self._compare_all(items)
            for name, root in self.roots.items():
                # a deletion that arrives before what it deletes is applied later without
                # an event (pycrdt): a count that differs means "read this one again"
                if name not in self._dirty and len(root) != len(items[name]):
                    self._dirty[name] = None
            for name, dirty in self._dirty.items():
                for reader in self._readers:
                    reader.note(name, dirty)
                cached = self._keys.get(name)
                if cached is not None:
                    if dirty is None or cached[2] is None and cached[0] is not items.get(name):
                        del self._keys[name]
                    else:
                        self._keys[name] = (cached[0], cached[1], (cached[2] or set()) | dirty)
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

    def _compare_all(self, items: dict[str, dict[str, Any]]) -> None:
        """Mark what differs between the document and the last read of it (after pending
        updates may have been applied without events); the ids found are read again."""
        meta = _read(self.meta)
        if self._raw is not None and meta != self._raw.meta:
            self._dirty["meta"] = None
        for name, root in self.roots.items():
            dirty = self._dirty.get(name, set())
            if dirty is None:
                continue
            fresh = _read(root)
            had = items[name]
            dirty.update(i for i, v in fresh.items() if had.get(i) != v)
            dirty.update(i for i in had if i not in fresh)
            if dirty:
                self._dirty[name] = dirty

    def reader(self) -> Changes:
        """A new reader of changes: each read of the document (:meth:`raw`) notes there
        which items it found changed, until the reader takes them (:meth:`changes`)."""
        reader = Changes()
        reader.note("meta", None)
        reader.items = dict.fromkeys(self.roots)
        self._readers.append(reader)
        return reader

    def drop_reader(self, reader: Changes) -> None:
        if reader in self._readers:
            self._readers.remove(reader)

    def changes(self, reader: Changes) -> tuple[Raw, Changes]:
        """The document as plain data and what changed in it since ``reader`` last asked."""
        raw = self.raw()
        return raw, reader.take()

    def invalidate(self) -> None:
        """Read the whole document again next time (every reader hears "everything")."""
        self._raw = None
        self._dirty.clear()

    def project(self) -> JourneyMap:
        """The shared map as it stands: always a valid map (see :mod:`.projection`)."""
        return project(self.raw(), self._memo)

    # -- listening -------------------------------------------------------------------
    def observe(self, callback: Callable[[bool], None]) -> Callable[[bool], None]:
        """Call ``callback(local)`` after each change of the map (not the session area);
        ``local`` is True for this side's own writes. Pending updates applied later
        count as a remote change. Returns what :meth:`unobserve` takes."""
        self._listeners.append(callback)
        return callback

    def unobserve(self, callback: Callable[[bool], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    def observe_session(self, callback: Callable[[], None]) -> Subscription:
        listen: Any = lambda _events, _txn=None: callback()  # noqa: E731
        subscription: Subscription = self.session.observe_deep(listen)
        return subscription


def _note_key(keys: dict[str, str], ident: str, data: Any) -> None:
    key = data.get(POS) if isinstance(data, dict) else None
    if isinstance(key, str) and order.valid_key(key):
        keys[ident] = key
    else:
        keys.pop(ident, None)


def _beyond(update: bytes, state: bytes) -> bool:
    """True when ``update`` holds content the document's state does not cover yet (it is
    pending inside pycrdt, waiting for what it builds on)."""
    rest = get_update(update, state)
    return bool(rest) and rest[0] != 0  # the number of clients with structs left


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
