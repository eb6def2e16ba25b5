"""The editor's language: Qt translators for cjdesigner and Qt's own words, the layout
direction, the default locale (decimal separators in spin boxes) and the user's choice.

Every user-visible string in the UI goes through :func:`translate` with a literal context
and text, so ``pyside6-lupdate`` finds it (``make translations``; tests/ui/test_i18n*.py
check that the ``.ts`` files list every string, translated, and that the ``.qm`` files
are compiled from them). The setting ``""`` follows the system's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from cjdesigner.i18n.messages import say, say_all
from cjdesigner.i18n.paper import PaperDefaults, paper_defaults
from cjdesigner.i18n.words import DEFAULT_LANGUAGE, LANGUAGES, RIGHT_TO_LEFT, language_of
from cjdesigner.resources import resource_path

from .retranslate import Retranslator, remember

#: translators installed by :func:`install`, kept alive and removable
_installed: list[QTranslator] = []
#: the language the editor speaks now (``en`` until :func:`install`)
_current = [DEFAULT_LANGUAGE]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the editor's language. Write the context and text as literals.

    The result is remembered with its message, so a window can say it again in another
    language when the language changes (:mod:`cjdesigner.ui.retranslate`)."""
    result = QCoreApplication.translate(context, text, disambiguation, n)
    remember(result, (context, text, disambiguation, n))
    return result


def said(value: object) -> str:
    """A message of the Qt-free layers (a load error, an import or export warning: a
    :class:`~cjdesigner.i18n.messages.Message`, or an exception carrying one) in the
    editor's language; any other text as it is."""
    return say(value, current_language())


def said_all(values: Iterable[object]) -> list[str]:
    return say_all(values, current_language())


def vocabulary(label: str) -> str:
    """A label of the domain's vocabulary (lane kinds, channels, evidence …; marked in
    ``cjdesigner.model.vocabulary``) in the editor's language."""
    return translate("Vocabulary", label)


def number(value: float, decimals: int) -> str:
    """A number as the editor's locale writes it (``12,5`` in Danish, ``12.5`` in English)."""
    return QLocale().toString(float(value), "f", decimals)


def signed(value: float, decimals: int) -> str:
    """A difference with its sign, in the editor's locale: ``+1,5``, ``−0,5``."""
    sign = "+" if value >= 0 else "\u2212"
    return sign + number(abs(value), decimals)


def short_number(value: float) -> str:
    """A number in the editor's locale with as many decimals as it needs (``2,5``, ``150``)."""
    return QLocale().toString(float(value), "g", 12)


def parse_number(text: str) -> float | None:
    """A number typed in the editor's locale (``2,5`` in Danish, ``2.5`` in English);
    a plain ``2.5`` is understood in every locale. ``None`` when it is no number."""
    text = text.strip().replace("\u2212", "-")
    value, ok = QLocale().toDouble(text)
    if ok:
        return float(value)
    try:
        return float(text)
    except ValueError:
        return None


def locale_papers() -> PaperDefaults:
    """Poster and office paper as the system's country buys them (Letter, Tabloid and
    Arch E in the US, Canada …; A4, A3 and A0 elsewhere)."""
    return paper_defaults(QLocale.system().name())


def system_language() -> str:
    """The system's language when the editor speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        language = language_of(name)
        if language in LANGUAGES:
            return language
    return DEFAULT_LANGUAGE


def resolve(setting: str) -> str:
    """The language to use for a setting (``""``: follow the system)."""
    return setting if setting in LANGUAGES else system_language()


def current_language() -> str:
    return _current[0]


def editor_locale_tag() -> str:
    """The locale tag new maps take as their language: the editor's language, with the
    system's country when the system speaks that language (``da-DK``, ``en-US``)."""
    language = current_language()
    system = QLocale.system()
    if language_of(system.name()) == language and "_" in system.name():
        return system.name().replace("_", "-")
    return language


def install(app: QCoreApplication, language: str) -> str:
    """Speak ``language`` (a code of :data:`LANGUAGES`, or ``""`` for the system's):
    load cjdesigner's and Qt's translations, set the layout direction and the default
    locale. Returns the language now spoken.

    Called again in a running editor it changes the language at once: Qt sends every
    widget ``QEvent.LanguageChange`` and a :class:`~cjdesigner.ui.retranslate.Retranslator`
    on the application says each window's texts again in the new language."""
    if not any(isinstance(child, Retranslator) for child in app.children()):
        app.installEventFilter(Retranslator(app))
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    language = resolve(language)
    own = QTranslator(app)  # English too: its plural forms ("%n card(s)": "1 card", "3 cards")
    if own.load(str(resource_path("translations", f"cjdesigner_{language}.qm"))):
        app.installTranslator(own)
        _installed.append(own)
    if language != DEFAULT_LANGUAGE:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    _current[0] = language
    system = QLocale.system()
    locale = system if language_of(system.name()) == language else QLocale(language)
    QLocale.setDefault(locale)
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():  # open windows take the new locale (spin boxes)
            window.unsetLocale()
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return language


def language_names() -> list[tuple[str, str]]:
    """(code, name) for the preferences: follow the system first, then each language in
    its own name."""
    follow = translate("Preferences", "Follow the system")
    return [("", follow), *sorted(LANGUAGES.items(), key=lambda item: item[1].casefold())]
