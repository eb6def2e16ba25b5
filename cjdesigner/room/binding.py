"""Keep a map and the session's shared document equal, both ways, through edits.

* A local edit (the controller's ``changed`` signal, or a window-less host applying a
  phone's edit): the map's new flat form is compared with the last one the two sides
  agreed on, and only the difference is written into the document.
* A change from elsewhere: the edits for the items that changed are made from those items
  alone (:mod:`.delta`); when that cannot be done (stages, steps or lanes added, removed or
  reordered…) the document is read whole as a map (:mod:`.projection`) and the local map
  is edited into it (:func:`.reconcile.reconcile`). Either way through ``apply`` (the
  controller's ``apply_remote``).

The document lives in the session's loop thread; ``run`` calls into it (``LoopThread.call``
in the editor, a plain call where everything shares one thread: tests, the host command).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit

from . import reconcile as whole
from .delta import CardOrder, edits_for
from .flat import Flat, Flattener
from .mapdoc import MapDoc
from .projection import Memo, Raw, project

T = TypeVar("T")
Runner = Callable[..., Any]
#: the default of :attr:`MapBinding.incremental` (the benchmark turns it off to compare)
INCREMENTAL = True


def _direct(fn: Callable[..., T], *args: Any) -> T:
    return fn(*args)


class MapBinding:
    """One map bound to one shared document; see the module docstring."""

    def __init__(
        self,
        mapdoc: MapDoc,
        get_map: Callable[[], JourneyMap],
        apply: Callable[[Edit], object],
        reset: Callable[[JourneyMap], None],
        run: Runner = _direct,
        *,
        origin: str | None = None,
        incremental: bool | None = None,
    ) -> None:
        self.mapdoc = mapdoc
        self.get_map = get_map
        self.apply = apply
        self.reset = reset
        self.run = run
        #: the origin of this side's writes (None: the document's own local origin)
        self.origin = origin
        #: build remote changes from the changed items (False: always the whole map)
        self.incremental = INCREMENTAL if incremental is None else incremental
        self._flattener = Flattener()
        self._target_flattener = Flattener()
        self._shadow: Flat | None = self._flattener.take(get_map())
        # the map as the two sides last agreed on it, when not flattened yet (a shallow
        # copy: the model's values are immutable, edits replace them)
        self._agreed: JourneyMap | None = None
        self._receiving = False
        self._reader = run(mapdoc.reader)
        self._memo: Memo = {}
        # the cards' order keys as of the last change taken in; None until a whole read
        self._cards: CardOrder | None = None
        #: how many times a remote change could not be made as edits (the map was reset)
        self.resets = 0
        #: remote changes taken in item by item, and by reading the whole map
        self.partial = 0
        self.whole = 0

    @property
    def shadow(self) -> Flat:
        """The flat form of the map as this side and the document last agreed on it."""
        if self._shadow is None:
            assert self._agreed is not None
            self._shadow, self._agreed = self._flattener.take(self._agreed), None
        return self._shadow

    @shadow.setter
    def shadow(self, flat: Flat) -> None:
        self._shadow, self._agreed = flat, None

    def _agree_later(self) -> None:
        """The map as it is now is what the document holds; flatten it when needed."""
        self._shadow, self._agreed = None, self.get_map().model_copy()

    def close(self) -> None:
        """Stop noting the document's changes for this binding."""
        self.run(self.mapdoc.drop_reader, self._reader)

    def publish_all(self) -> None:
        """Write the whole local map into an empty document (the first host)."""
        self.run(self.mapdoc.write, Flat(), self.shadow, self.origin)

    def adopt(self) -> None:
        """Take the document's map as it is (a peer that has just joined): an empty local
        map is replaced whole (nothing to undo yet; a large map joins much faster than
        edit by edit), one with content is edited into it."""
        current = self.get_map()
        if current.cards or current.stages or current.lanes or current.personas or current.curves:
            self.receive()
            return
        raw, _changes = self.run(self.mapdoc.changes, self._reader)
        target = project(raw, self._memo)
        self._receiving = True
        try:
            self.reset(target)
        finally:
            self._receiving = False
        self.shadow = self._flattener.take(self.get_map())
        self._cards = CardOrder(raw.items.get("cards", {}))

    def local_changed(self, _edit: object = None) -> None:
        """This side's map changed by its own edit: write the difference."""
        if self._receiving:
            return
        new = self._flattener.take(self.get_map())
        old, self.shadow = self.shadow, new
        self.run(self.mapdoc.write, old, new, self.origin)

    def receive(self) -> None:
        """The document changed elsewhere: bring the local map to it."""
        raw, changes = self.run(self.mapdoc.changes, self._reader)
        if self.incremental and self._cards is not None:
            try:
                parts = edits_for(raw, changes, self.get_map(), self._cards, self._memo)
                if parts is not None:
                    self._apply_parts(parts)
                    self.partial += 1
                    return
            except Exception:  # noqa: BLE001 - an edit refused: read the whole map
                pass
        self._receive_whole(raw)

    def _apply_parts(self, parts: list[Edit]) -> None:
        if not parts:
            return
        self._receiving = True
        try:
            whole.run_edits(self.apply, parts)
        finally:
            self._receiving = False
        self._agree_later()

    def _receive_whole(self, raw: Raw) -> None:
        self.whole += 1
        self._cards = None
        target = project(raw, self._memo)
        wanted = self._target_flattener.take(target)
        if wanted == self.shadow:
            self._cards = CardOrder(raw.items.get("cards", {}))
            return
        before = self.shadow
        after = wanted.items["cards"]

        def changed_cards() -> set[str]:
            # cards whose fields differ from what this side had (by their flat data)
            had = before.items["cards"]
            return {i for i, fields in after.items() if had.get(i) != fields}

        self._receiving = True
        try:
            whole.reconcile(self.get_map, target, self.apply, changed_cards)
            ok = self._flattener.take(self.get_map()) == wanted
        except Exception:  # noqa: BLE001 - an edit refused: fall back to a reset
            ok = False
        finally:
            self._receiving = False
        if not ok:
            self.resets += 1
            self._receiving = True
            try:
                self.reset(target)
            finally:
                self._receiving = False
        self.shadow = self._flattener.take(self.get_map())
        self._cards = CardOrder(raw.items.get("cards", {}))
