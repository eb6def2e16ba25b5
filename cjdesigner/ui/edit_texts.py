"""The names of undo steps that the model gives its edits (``Edit.text`` defaults in
``cjdesigner.model.edits``, English there, as the model has no Qt), for translation: the
undo stack shows ``translate("Edits", edit.text)``. ``tests/i18n/test_catalogue.py``
checks that every edit kind's default name is listed here."""

from __future__ import annotations

from cjdesigner.i18n.words import QT_TRANSLATE_NOOP

EDIT_TEXTS = (
    QT_TRANSLATE_NOOP("Edits", "Edit"),
    QT_TRANSLATE_NOOP("Edits", "Add card"),
    QT_TRANSLATE_NOOP("Edits", "Delete cards"),
    QT_TRANSLATE_NOOP("Edits", "Move cards"),
    QT_TRANSLATE_NOOP("Edits", "Link cards"),
    QT_TRANSLATE_NOOP("Edits", "Unlink cards"),
    QT_TRANSLATE_NOOP("Edits", "Add stage"),
    QT_TRANSLATE_NOOP("Edits", "Remove stage"),
    QT_TRANSLATE_NOOP("Edits", "Move stage"),
    QT_TRANSLATE_NOOP("Edits", "Add step"),
    QT_TRANSLATE_NOOP("Edits", "Remove step"),
    QT_TRANSLATE_NOOP("Edits", "Move step"),
    QT_TRANSLATE_NOOP("Edits", "Add lane"),
    QT_TRANSLATE_NOOP("Edits", "Remove lane"),
    QT_TRANSLATE_NOOP("Edits", "Move lane"),
    QT_TRANSLATE_NOOP("Edits", "Move curve point"),
    QT_TRANSLATE_NOOP("Edits", "Add emotion curve"),
    QT_TRANSLATE_NOOP("Edits", "Remove emotion curve"),
    QT_TRANSLATE_NOOP("Edits", "Add persona"),
    QT_TRANSLATE_NOOP("Edits", "Remove persona"),
    QT_TRANSLATE_NOOP("Edits", "Record conflict"),
    QT_TRANSLATE_NOOP("Edits", "Resolve conflict"),
    QT_TRANSLATE_NOOP("Edits", "Keep their value"),
    QT_TRANSLATE_NOOP("Edits", "Set metrics"),
    QT_TRANSLATE_NOOP("Edits", "Import survey metrics"),
)
