"""The document controller: the one writer of a map.

It owns the :class:`JourneyMap` and a :class:`QUndoStack`. Every change arrives as a
model edit (``cjdesigner.model.edits``), is wrapped in an undo command and pushed;
listeners (the canvas scene, the panels) hear fine-grained signals and refresh only
what the edit touched. Nothing else mutates the document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit, SetFields, combine


class EditCommand(QUndoCommand):
    """One undo step: an applied edit and its inverse (both plain values).

    Undo applies the inverse (which returns the edit that redoes it); redo applies that.
    Both are lenient, so undo and redo never fail after remote changes and touch only
    what this step changed. Consecutive edits with the same ``merge_key`` merge
    (typing, spin boxes, nudges)."""

    MERGE_ID = 0x434A  # any constant: mergeability is decided by the merge key

    def __init__(self, controller: DocumentController, edit: Edit, inverse: Edit) -> None:
        # the model names its edits in English; their names are translated here
        super().__init__(QCoreApplication.translate("Edits", edit.text))
        self.controller = controller
        self.edit = edit
        self.inverse = inverse
        self._redo: Edit = edit
        self._fresh = True

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self.MERGE_ID if self.edit.merge_key else -1

    def redo(self) -> None:
        if self._fresh:
            # push() applied the edit already, so that a refused edit raises there
            self._fresh = False
            return
        self.inverse = self.controller._apply(self._redo, lenient=True)

    def undo(self) -> None:
        self._redo = self.controller._apply(self.inverse, lenient=True)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or other.edit.merge_key != self.edit.merge_key:
            return False
        self.edit = combine(self.edit, other.edit)
        self._redo = self.edit
        self.inverse = combine(other.inverse, self.inverse)
        return True


class DocumentController(QObject):
    """Owns one document and its undo stack; the only writer."""

    #: a set of card ids whose content, position or existence changed
    cardsChanged = Signal(object)
    #: stages, steps or lanes changed: the grid must be rebuilt
    structureChanged = Signal()
    curvesChanged = Signal()
    personasChanged = Signal()
    metaChanged = Signal()
    #: the whole document was replaced (open, revert, reload)
    documentReset = Signal()
    #: clean state changed (saved / unsaved)
    modifiedChanged = Signal(bool)
    #: an edit was applied (pushed, undone, redone or from elsewhere): the edit applied
    changed = Signal(object)

    def __init__(self, doc: JourneyMap | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc if doc is not None else JourneyMap()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        #: changed by edits from elsewhere since the last save (the stack may be clean)
        self._remote_changes = False
        self._modified = False

    # -- writing -----------------------------------------------------------------
    def push(self, edit: Edit) -> Edit:
        """Apply ``edit`` now (raising :class:`EditError` if it cannot) as one undo step;
        returns its inverse."""
        inverse = self._apply(edit, lenient=None)
        self.undo_stack.push(EditCommand(self, edit, inverse))
        return inverse

    def apply_remote(self, edit: Edit, lenient: bool = True) -> Edit:
        """Apply an edit from outside the undo stack (another writer, a merge): listeners,
        autosave and the modified state see it like any other, the local undo history
        stays (and still undoes only local steps). Lenient by default: parts naming
        items removed here are skipped. Returns the inverse."""
        inverse = self._apply(edit, lenient=lenient)
        self._remote_changes = True
        self._update_modified()
        return inverse

    def _apply(self, edit: Edit, lenient: bool | None) -> Edit:
        inverse = edit.apply(self.doc, lenient=lenient)
        self._announce(edit, inverse)
        self.changed.emit(edit)
        return inverse

    def reset(self, doc: JourneyMap) -> None:
        """Replace the document (open, revert); clears the undo history."""
        self.doc = doc
        self._remote_changes = False
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._update_modified()
        self.documentReset.emit()

    # -- state --------------------------------------------------------------------
    def is_modified(self) -> bool:
        return self._remote_changes or not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self._remote_changes = False
        self.undo_stack.setClean()
        self._update_modified()

    def record_save(self, modified: str) -> None:
        """The map was written at ``modified``: keep that time in the document (a
        timestamp, not an edit, so no undo step) and mark the history clean."""
        SetFields(target="meta", changes={"modified": modified}).apply(self.doc)
        self._remote_changes = False
        self.undo_stack.setClean()
        self._update_modified()
        self.metaChanged.emit()

    # -- notification ---------------------------------------------------------------
    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_modified()

    def _update_modified(self) -> None:
        modified = self.is_modified()
        if modified != self._modified:
            self._modified = modified
            self.modifiedChanged.emit(modified)

    def _announce(self, edit: Edit, inverse: Edit) -> None:
        scope = edit.scope
        if scope == "cards":
            # the cards an edit changed are those its inverse changes back: a removal
            # names the removed cards, its inverse also the cards that linked to them
            self.cardsChanged.emit(edit.card_ids() | inverse.card_ids())
        elif scope == "curves":
            self.curvesChanged.emit()
        elif scope == "personas":
            self.personasChanged.emit()
        elif scope == "meta":
            self.metaChanged.emit()
        else:
            self.structureChanged.emit()
