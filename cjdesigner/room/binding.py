"""Keep a map and the session's shared document equal, both ways, through edits.

* A local edit (the controller's ``changed`` signal, or a window-less host applying a
  phone's edit): the map's new flat form is compared with the last one the two sides
  agreed on, and only the difference is written into the document.
* A change from elsewhere: the document is read as a map (:mod:`.projection`) and the
  local map is edited into it (:func:`.reconcile.reconcile`), through ``apply`` (the
  controller's ``apply_remote``).

The document lives in the session's loop thread; ``run`` calls into it (``LoopThread.call``
in the editor, a plain call where everything shares one thread: tests, the host command).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit

from .flat import Flat, Flattener
from .mapdoc import MapDoc
from .reconcile import reconcile

T = TypeVar("T")
Runner = Callable[..., Any]


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
    ) -> None:
        self.mapdoc = mapdoc
        self.get_map = get_map
        self.apply = apply
        self.reset = reset
        self.run = run
        self._flattener = Flattener()
        self._target_flattener = Flattener()
        self.shadow: Flat = self._flattener.take(get_map())
        self._receiving = False
        #: how many times a remote change could not be made as edits (the map was reset)
        self.resets = 0

    def publish_all(self) -> None:
        """Write the whole local map into an empty document (the first host)."""
        self.run(self.mapdoc.write, Flat(), self.shadow)

    def adopt(self) -> None:
        """Take the document's map as it is (a peer that has just joined): an empty local
        map is replaced whole (nothing to undo yet; a large map joins much faster than
        edit by edit), one with content is edited into it."""
        current = self.get_map()
        if current.cards or current.stages or current.lanes or current.personas or current.curves:
            self.receive()
            return
        target = self.run(self.mapdoc.project)
        self._receiving = True
        try:
            self.reset(target)
        finally:
            self._receiving = False
        self.shadow = self._flattener.take(self.get_map())

    def local_changed(self, _edit: object = None) -> None:
        """This side's map changed by its own edit: write the difference."""
        if self._receiving:
            return
        new = self._flattener.take(self.get_map())
        old, self.shadow = self.shadow, new
        self.run(self.mapdoc.write, old, new)

    def receive(self) -> None:
        """The document changed elsewhere: bring the local map to it."""
        target = self.run(self.mapdoc.project)
        wanted = self._target_flattener.take(target)
        if wanted == self.shadow:
            return
        before = self.shadow
        after = wanted.items["cards"]

        def changed_cards() -> set[str]:
            # cards whose fields differ from what this side had (by their flat data)
            had = before.items["cards"]
            return {i for i, fields in after.items() if had.get(i) != fields}

        self._receiving = True
        try:
            reconcile(self.get_map, target, self.apply, changed_cards)
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
