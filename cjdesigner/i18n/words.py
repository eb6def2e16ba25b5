"""The map's own words in the map's language, without Qt: the poster's headings, facts
and legend, and the labels of the domain's vocabulary.

There is one source of translations: the Qt Linguist files
``resources/translations/cjdesigner_LANG.ts`` that the editor's ``.qm`` files are compiled
from. Words meant for paper are marked in Qt-free code with :func:`mark` (context and
text, read by ``pyside6-lupdate`` like Qt's ``QT_TRANSLATE_NOOP``); here they are looked
up in the ``.ts`` file of a language, parsed with the standard XML parser (the file is
part of the installation, never a map's). A word without a finished translation stays
in English, so a poster is never missing a word.

Dates are written as the language writes them (Babel's CLDR data): ``30. november 2026``
in Danish, ``November 30, 2026`` in American English.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import xml.etree.ElementTree as ElementTree

from cjdesigner.resources import resource_path

#: the languages the editor and the poster speak besides English (ISO 639-1),
#: each with its name in its own language
LANGUAGES: dict[str, str] = {
    "en": "English",
    "da": "Dansk",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
}
#: languages written right to left
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})
#: the map language of maps that name none (files from before the field existed)
DEFAULT_LANGUAGE = "en"

_TAG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


def mark(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (pyside6-lupdate finds these calls by
    the name ``QT_TRANSLATE_NOOP``, see :data:`QT_TRANSLATE_NOOP`) and return it as is."""
    return text


#: the name pyside6-lupdate recognises; modules write ``QT_TRANSLATE_NOOP("Poster", "…")``
QT_TRANSLATE_NOOP = mark


#: the emotion curve key's note on hollow markers, on the canvas and on paper
DERIVED = QT_TRANSLATE_NOOP("Poster", "hollow: derived from the cards' mean")
#: the same, short, where the key sits in the lane header
DERIVED_SHORT = QT_TRANSLATE_NOOP("Poster", "the cards' mean")


#: the level names of the emotion scales the editor offers (a map keeps them in English
#: and shows them in its language; names a user typed stay as typed)
SCALE_LEVELS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Very negative"),
    QT_TRANSLATE_NOOP("Vocabulary", "Negative"),
    QT_TRANSLATE_NOOP("Vocabulary", "Neutral"),
    QT_TRANSLATE_NOOP("Vocabulary", "Positive"),
    QT_TRANSLATE_NOOP("Vocabulary", "Very positive"),
    QT_TRANSLATE_NOOP("Vocabulary", "Awful"),
    QT_TRANSLATE_NOOP("Vocabulary", "Poor"),
    QT_TRANSLATE_NOOP("Vocabulary", "Okay"),
    QT_TRANSLATE_NOOP("Vocabulary", "Good"),
    QT_TRANSLATE_NOOP("Vocabulary", "Delighted"),
)


def language_of(tag: str) -> str:
    """The language part of a locale tag: ``"da"`` for ``"da-DK"`` or ``"da_DK.UTF-8"``;
    ``"en"`` for an empty or malformed tag."""
    tag = tag.split(".")[0].split("@")[0].strip()
    if not _TAG.match(tag):
        return DEFAULT_LANGUAGE
    return re.split(r"[-_]", tag)[0].lower()


def locale_tag(name: str) -> str:
    """A BCP 47 tag for a POSIX or Qt locale name (``"da_DK.UTF-8"`` → ``"da-DK"``);
    ``"en"`` for C, POSIX, an empty or malformed name."""
    tag = name.split(".")[0].split("@")[0].strip().replace("_", "-")
    if not _TAG.match(tag) or tag.upper() in ("C", "POSIX"):
        return DEFAULT_LANGUAGE
    parts = tag.split("-")
    return "-".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])


def is_right_to_left(tag: str) -> bool:
    return language_of(tag) in RIGHT_TO_LEFT


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation, from the language's ``.ts`` file."""
    if language == DEFAULT_LANGUAGE or language not in LANGUAGES:
        return {}
    path = resource_path("translations", f"cjdesigner_{language}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: the English word stays
            if translation.text:
                table[(name, source)] = translation.text
    return table


@functools.cache
def _numerus(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) → the finished plural forms of counted messages, English too
    (its file exists for them: "%n problem(s)" → "1 problem", "2 problems")."""
    if language not in LANGUAGES:
        return {}
    path = resource_path("translations", f"cjdesigner_{language}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (source is None or translation is None or translation.get("type")
                    or message.get("numerus") != "yes"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if forms and all(forms):
                table[(name, source)] = forms
    return table


def translation(language: str, context: str, source: str) -> str:
    """``source`` of ``context`` in ``language`` (a language code), else as it is."""
    return _catalogue(language).get((context, source), source)


def numerus_forms(language: str, context: str, source: str) -> tuple[str, ...]:
    """The plural forms of a counted message in ``language``, in Qt's order; English's
    when the language has none; empty when neither has."""
    return _numerus(language).get((context, source)) or _numerus(DEFAULT_LANGUAGE).get(
        (context, source), ())


class Words:
    """The words of one language: ``words("Poster", "Updated {date}")``."""

    def __init__(self, tag: str = DEFAULT_LANGUAGE) -> None:
        self.tag = tag or DEFAULT_LANGUAGE
        self.language = language_of(self.tag)
        self._table = _catalogue(self.language)

    def __call__(self, context: str, text: str) -> str:
        return self._table.get((context, text), text)

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def label(self, member: object) -> str:
        """The translated label of a vocabulary member (``LaneKind.ACTIONS`` …)."""
        label = getattr(member, "label", str(member))
        return self("Vocabulary", str(label))

    def upper(self, text: str) -> str:
        """Capitals for headings, as the language writes them (Arabic has none)."""
        return text.upper()

    def date(self, day: _dt.date) -> str:
        """A date as the map's locale writes it in full (``30. november 2026``)."""
        return format_date(day, self.tag)


def locale_name(tag: str) -> str:
    """A Babel locale name for ``tag`` (``da_DK``, ``en_US``, ``fr``); English if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(tag.split(".")[0].replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        return "en"


def format_date(day: _dt.date, tag: str) -> str:
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(day, "long", locale=locale_name(tag or DEFAULT_LANGUAGE)))


def parse_iso_date(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
