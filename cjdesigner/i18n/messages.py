"""Messages for people from the Qt-free layers, as data: said in any language later.

Loading, importing, exporting and the command line cannot use Qt's translator, and the
language to speak is known only where the message is shown (the editor's language in the
window, the locale's or ``--language`` on the command line). So a Qt-free module writes

    raise CsvError(msg("Import", "row {row}: the column {key} appears twice", row=3, key=k))

``msg`` returns a :class:`Message`: a ``str`` holding the English text (so logs, tests and
code that joins texts work as before) that also keeps its context, source text, values
and count (``plural``: ``count`` stays ``str.count``). Where it is shown, :func:`say` puts
it (or an exception carrying it, or a list of them) into a language through the same catalogue the editor uses (the ``.ts`` files,
read by :mod:`cjdesigner.i18n.words`); values that are messages themselves are said in
that language too. ``make translations`` lists every ``msg("Context", "text")`` call for
the translators (``tools/i18n/sources.py``); a test fails when a raised or warned text in
these layers is not one.

Counted messages (``msg("Files", "%n more problem(s)", n=count)``) take the language's
plural form, chosen by Qt's rules for the languages the editor speaks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from .words import DEFAULT_LANGUAGE, LANGUAGES, language_of, numerus_forms, translation


def plural_index(language: str, n: int) -> int:
    """Which of the language's plural forms (in Qt's order) ``n`` takes."""
    if language == "ar":  # zero, one, two, few (3–10), many (11–99), other
        rest = n % 100
        if n == 0:
            return 0
        if n == 1:
            return 1
        if n == 2:
            return 2
        if 3 <= rest <= 10:
            return 3
        if rest >= 11:
            return 4
        return 5
    if language == "fr":  # 0 and 1 are singular
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1  # English, Danish, German, Spanish


class Message(str):
    """English text that can be said again in another language (see the module)."""

    context: str
    source: str
    values: Mapping[str, Any]
    plural: int | None

    def __new__(cls, context: str, source: str, plural: int | None = None,
                values: Mapping[str, Any] | None = None) -> Message:
        values = dict(values or {})
        text = _render(context, source, plural, values, DEFAULT_LANGUAGE)
        made = super().__new__(cls, text)
        made.context, made.source, made.values, made.plural = context, source, values, plural
        return made

    def say(self, language: str) -> str:
        """The message in ``language`` (a tag such as ``da`` or ``ar-EG``)."""
        return _render(self.context, self.source, self.plural, self.values, language_of(language))

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (worker processes) keep the data
        return (Message, (self.context, self.source, self.plural, dict(self.values)))


class Term:
    """A label of the domain's vocabulary (a lane kind, a map type: "Current state"),
    said in the message's language from the ``Vocabulary`` context, as the poster says
    it; ``lower`` for a label inside a sentence."""

    def __init__(self, label: str, lower: bool = False) -> None:
        self.label = label
        self.lower = lower

    def say(self, language: str) -> str:
        text = translation(language_of(language), "Vocabulary", self.label)
        return text.lower() if self.lower else text

    def __str__(self) -> str:
        return self.say(DEFAULT_LANGUAGE)


class Lines:
    """Texts (messages among them) joined by ``separator`` in whatever language the
    message holding them is said in: ``msg("Import", "… nothing imported:\\n  {problems}",
    problems=Lines(problems, "\\n  "))``."""

    def __init__(self, items: Iterable[object], separator: str) -> None:
        self.items = list(items)
        self.separator = separator

    def say(self, language: str) -> str:
        return say(self.separator, language).join(say(item, language) for item in self.items)

    def __str__(self) -> str:
        return self.say(DEFAULT_LANGUAGE)


def msg(context: str, text: str, /, *, n: int | None = None, **values: Any) -> Message:
    """Mark a message for translation and give its values (``{name}`` in ``text``);
    ``n`` counts (``%n`` in ``text``, with plural forms). Write context and text as
    literals: ``make translations`` reads them from the code."""
    return Message(context, text, n, values)


def _render(context: str, source: str, plural: int | None, values: Mapping[str, Any],
            language: str) -> str:
    if plural is not None:
        forms = numerus_forms(language, context, source)
        text = forms[min(plural_index(language, plural), len(forms) - 1)] if forms else source
        text = text.replace("%n", str(plural))
    else:
        text = translation(language, context, source)
    if not values:  # nothing to fill in: braces in the text are the text's own
        return text
    shown = {name: say(value, language) if isinstance(value, Message | BaseException | Lines | Term)
             else value for name, value in values.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English one
        return source.replace("%n", str(plural)).format(**shown) if plural is not None \
            else source.format(**shown)


#: the environment's variables naming the language of messages, in gettext's order
#: (LANGUAGE may list several: ``da:en``)
MESSAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def message_language(chosen: str | None = None,
                     environ: Mapping[str, str] | None = None) -> str:
    """The language to speak on the command line: ``chosen`` (``--language``) when the
    editor speaks it, else the first the environment names that it speaks, else English."""
    if chosen:
        language = language_of(chosen)
        return language if language in LANGUAGES else DEFAULT_LANGUAGE
    env = os.environ if environ is None else environ
    for name in MESSAGE_VARIABLES:
        for part in env.get(name, "").split(":"):
            if part and language_of(part) in LANGUAGES:
                return language_of(part)
        if name != "LANGUAGE" and env.get(name):
            return DEFAULT_LANGUAGE  # the locale the environment set speaks none of them
    return DEFAULT_LANGUAGE


def say(value: object, language: str) -> str:
    """``value`` in ``language``: a :class:`Message`, an exception whose message is one
    (its first argument, or its ``message`` attribute), or any other text as it is."""
    if isinstance(value, Message | Lines | Term):
        return value.say(language)
    if isinstance(value, BaseException):
        if value.args and isinstance(value.args[0], Message | BaseException):
            return say(value.args[0], language)
        carried = getattr(value, "message", None)
        if isinstance(carried, Message):
            return carried.say(language)
    return str(value)


def say_all(values: Iterable[object], language: str) -> list[str]:
    """Each of ``values`` in ``language`` (warnings, problems)."""
    return [say(value, language) for value in values]
