"""A calm look that follows the system's light or dark scheme.

Fusion style with a quiet palette (warm greys, one blue accent) and a small style sheet
for type hierarchy in the panels. ``CJDESIGNER_THEME=dark|light`` forces a scheme.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

LIGHT = {
    "window": "#F3F4F6",
    "base": "#FFFFFF",
    "alt": "#F7F8FA",
    "text": "#1F2933",
    "soft": "#52606D",
    "faint": "#8A96A3",
    "line": "#DDE1E6",
    "button": "#F7F8FA",
    "accent": "#3E7CB1",
    "accent_text": "#FFFFFF",
    "tooltip": "#1F2933",
    "invalid": "#C8553D",
    "info": "#FFF6DD",
}
DARK = {
    "window": "#1E2227",
    "base": "#262B31",
    "alt": "#2B3138",
    "text": "#E4E7EB",
    "soft": "#AAB4BE",
    "faint": "#7B8794",
    "line": "#3A414A",
    "button": "#2E343B",
    "accent": "#5B9BD5",
    "accent_text": "#0F1419",
    "tooltip": "#E4E7EB",
    "invalid": "#E07A5F",
    "info": "#3A3524",
}


def is_dark(scheme: Qt.ColorScheme | None = None) -> bool:
    """Dark or light: ``CJDESIGNER_THEME`` if set, else ``scheme`` (what the system just
    announced), else the system's current scheme, else how dark its palette is."""
    forced = os.environ.get("CJDESIGNER_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    if scheme is None or scheme == Qt.ColorScheme.Unknown:
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    if scheme is not None and scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    if _system_palette is not None:  # the platform's palette, before ours replaced it
        return _system_palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours(scheme: Qt.ColorScheme | None = None) -> dict[str, str]:
    return DARK if is_dark(scheme) else LIGHT


def palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    for role, key in (
        (R.Window, "window"),
        (R.Base, "base"),
        (R.AlternateBase, "alt"),
        (R.WindowText, "text"),
        (R.Text, "text"),
        (R.ButtonText, "text"),
        (R.Button, "button"),
        (R.Highlight, "accent"),
        (R.HighlightedText, "accent_text"),
        (R.ToolTipBase, "base"),
        (R.ToolTipText, "tooltip"),
        (R.PlaceholderText, "faint"),
        (R.Link, "accent"),
        (R.Mid, "line"),
        (R.Midlight, "line"),
    ):
        p.setColor(role, QColor(c[key]))
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["faint"]))
    return p


def style_sheet(c: dict[str, str]) -> str:
    return f"""
QMainWindow::separator {{ background: {c['line']}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; }}
QDockWidget::title {{ padding: 6px 10px; background: {c['window']}; }}
QDockWidget > QWidget {{ font-weight: normal; }}
#panelPage, #personasPanel, #mapPanel, #outlinePanel, #inspector {{ background: {c['base']}; }}
QScrollArea {{ background: {c['base']}; }}
QLabel#sectionTitle {{ font-size: 15px; font-weight: 600; color: {c['text']}; padding-top: 4px; }}
QLabel#hint {{ color: {c['soft']}; }}
QLabel#startTitle {{ font-size: 30px; font-weight: 600; color: {c['text']}; }}
QLabel#startSubtitle {{ font-size: 15px; color: {c['soft']}; }}
#startPage {{ background: {c['window']}; }}
#startPage QListWidget {{ background: {c['window']}; border: none; }}
#startPage QListWidget::item {{ padding: 6px 8px; border-radius: 6px; }}
#startPage QListWidget::item:hover {{ background: {c['base']}; }}
#startPage QListWidget#templateGrid::item {{ padding: 8px; }}
#startPage QListWidget::item:selected {{ background: {c['base']}; color: {c['text']};
    border: 1px solid {c['accent']}; }}
#startPage QListWidget#recoveryList {{ background: {c['info']}; border: 1px solid {c['line']};
    border-radius: 6px; }}
QFrame#startDivider {{ color: {c['line']}; }}
QPushButton {{ padding: 5px 14px; border: 1px solid {c['line']}; border-radius: 5px;
    background: {c['base']}; }}
QPushButton:hover {{ border-color: {c['accent']}; }}
QPushButton#primaryButton {{ background: {c['accent']}; color: {c['accent_text']};
    border-color: {c['accent']}; font-weight: 600; }}
QLineEdit, QPlainTextEdit {{
    border: 1px solid {c['line']}; border-radius: 4px; padding: 3px 5px;
    background: {c['base']}; selection-background-color: {c['accent']}; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {c['accent']}; }}
*[invalid="true"] {{ border: 1px solid {c['invalid']}; }}
QToolBar {{ border: none; border-bottom: 1px solid {c['line']}; spacing: 2px; padding: 3px 6px; }}
QToolBar QToolButton {{ padding: 4px 9px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: {c['base']}; }}
QToolBar QToolButton:disabled {{ color: {c['faint']}; }}
QLabel#zoomLabel {{ color: {c['soft']}; }}
QStatusBar {{ border-top: 1px solid {c['line']}; color: {c['soft']}; }}
QStatusBar QLabel {{ color: {c['soft']}; padding: 0 8px; }}
QTabBar::tab {{ padding: 6px 14px; border: none; color: {c['soft']};
    border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {c['text']}; border-bottom: 2px solid {c['accent']}; }}
QToolButton#tabClose {{ border: none; padding: 0 4px; font-size: 15px; color: {c['faint']}; }}
QToolButton#tabClose:hover {{ color: {c['text']}; background: {c['line']}; border-radius: 3px; }}
QLabel#workshopTimer {{ color: {c['text']}; font-weight: 600; padding: 0 10px; }}
QLabel#workshopTimer[presenting="true"] {{ font-size: 22px; }}
QLabel#workshopTimer[done="true"] {{ color: {c['invalid']}; }}
#infoBar {{ background: {c['info']}; border-bottom: 1px solid {c['line']}; }}
#findBar {{ background: {c['window']}; border-bottom: 1px solid {c['line']}; }}
QTreeWidget, QListWidget {{ border: 1px solid {c['line']}; border-radius: 4px;
    background: {c['base']}; }}
QTreeWidget::item {{ padding: 2px 0; }}
"""


_system_palette: QPalette | None = None
_following: tuple | None = None  # (app, slot) while following the system


def apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    c = colours(scheme)
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c))


def follow_system(app: QApplication) -> None:
    """Apply now and again whenever the system switches between light and dark: the
    scheme the signal announces is the one used (the hints may lag behind it)."""
    global _following
    stop_following()
    apply(app)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        def slot(scheme: Qt.ColorScheme) -> None:
            apply(app, scheme)

        hints.colorSchemeChanged.connect(slot)
        _following = (hints, slot)


def stop_following() -> None:
    global _following
    if _following is not None:
        hints, slot = _following
        _following = None
        with contextlib.suppress(RuntimeError, TypeError):
            hints.colorSchemeChanged.disconnect(slot)
