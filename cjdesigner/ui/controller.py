"""The document controller: the one writer of a map.

It owns the :class:`JourneyMap` and a :class:`QUndoStack`. Every change arrives as a
model edit (``cjdesigner.model.edits``), is wrapped in an undo command and pushed;
listeners (the canvas scene, the panels) hear fine-grained signals and refresh only
what the edit touched. Nothing else mutates the document.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit


class EditCommand(QUndoCommand):
    """An undo command wrapping one model edit; merges edits that share a merge key."""

    MERGE_ID = 0x434A  # any constant: mergeability is decided by Edit.merge

    def __init__(self, controller: DocumentController, edit: Edit) -> None:
        super().__init__(edit.text)
        self.controller = controller
        self.edit = edit
        self._applied_once = False

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self.MERGE_ID if getattr(self.edit, "merge_key", None) else -1

    def redo(self) -> None:
        if not self._applied_once:
            # first apply already happened in push() so validation errors surface there
            self._applied_once = True
        else:
            self.edit.apply(self.controller.doc)
        self.controller._announce(self.edit)

    def undo(self) -> None:
        self.edit.revert(self.controller.doc)
        self.controller._announce(self.edit)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand):
            return False
        return self.edit.merge(other.edit)


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

    def __init__(self, doc: JourneyMap | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc if doc is not None else JourneyMap()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._pending: list[Edit] = []

    # -- writing -----------------------------------------------------------------
    def push(self, edit: Edit) -> None:
        """Apply ``edit`` now (raising :class:`EditError` if it cannot) and record it."""
        edit.apply(self.doc)
        self.undo_stack.push(EditCommand(self, edit))

    def reset(self, doc: JourneyMap) -> None:
        """Replace the document (open, revert); clears the undo history."""
        self.doc = doc
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.documentReset.emit()

    # -- state --------------------------------------------------------------------
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def record_save(self, modified: str) -> None:
        """The map was written at ``modified``: keep that time in the document (a
        timestamp, not an edit, so no undo step) and mark the history clean."""
        self.doc.meta.modified = modified
        self.undo_stack.setClean()
        self.metaChanged.emit()

    # -- notification ---------------------------------------------------------------
    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def _announce(self, edit: Edit) -> None:
        scope = edit.scope
        if scope == "cards":
            self.cardsChanged.emit(edit.card_ids())
        elif scope == "curves":
            self.curvesChanged.emit()
        elif scope == "personas":
            self.personasChanged.emit()
        elif scope == "meta":
            self.metaChanged.emit()
        else:
            self.structureChanged.emit()
