"""The start page: new map, open, recent files, recovered work and the templates."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.ui.i18n import translate

from . import thumbnails
from .recovery import RecoveredMap

PATH = Qt.ItemDataRole.UserRole


class _SecondClickGuard(QObject):
    """For one double-click interval after a click opened a map, mouse presses and
    double-clicks elsewhere in the window are dropped: a habitual double-click on a
    thumbnail must not land its second click on the map that just opened (where a
    double-click adds a card). The interval counts from when the map is open
    (``start_clock``): opening the first map of a session loads the canvas and takes a
    moment, during which the second click is still on its way."""

    EATEN = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
             QEvent.Type.MouseButtonRelease)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        app = QApplication.instance()
        self.interval = app.styleHints().mouseDoubleClickInterval() / 1000
        self.deadline = math.inf  # until the map is open
        self.pressed = False
        app.installEventFilter(self)

    def start_clock(self) -> None:
        """The map is open: one double-click interval from now."""
        self.deadline = time.monotonic() + self.interval

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in self.EATEN or not isinstance(watched, QWidget):
            return False
        if time.monotonic() > self.deadline and not (self.pressed and kind == self.EATEN[2]):
            QApplication.instance().removeEventFilter(self)
            self.deleteLater()
            return False
        if watched.window() is not self.page.window() or self.page.isVisible():
            return False
        if kind != self.EATEN[2]:
            self.pressed = True  # its release is eaten too, even after the deadline
        elif self.pressed:
            self.pressed = False
        else:
            return False
        return True


class TwoLineDelegate(QStyledItemDelegate):
    """First line as the item's name, second line smaller and quieter (where, when)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        first, _, second = text.replace("\u2028", "\n").partition("\n")
        rect = opt.rect.adjusted(10, 5, -8, -5)
        painter.save()
        palette = opt.palette
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        painter.setPen(palette.color(QPalette.ColorRole.Text if enabled else QPalette.ColorRole.PlaceholderText))
        metrics = QFontMetrics(opt.font)
        painter.setFont(opt.font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()))
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.88))
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        small_metrics = QFontMetrics(small)
        painter.drawText(rect.adjusted(0, metrics.height() + 2, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         small_metrics.elidedText(second, Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt's name
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 14)


def _ago(stamp: float) -> str:
    seconds = max(0, time.time() - stamp)
    if seconds < 90:
        return translate("StartPage", "just now")
    if seconds < 3600:
        return translate("StartPage", "{n} min ago").format(n=int(seconds // 60))
    if seconds < 86400 * 2:
        return translate("StartPage", "{n} h ago").format(n=int(seconds // 3600))
    return time.strftime("%d %b %Y, %H:%M", time.localtime(stamp))


def _list_templates():
    """The bundled templates as the start page and the template menu show them (read
    without the model: see ``templates.template_summaries``)."""
    try:
        from cjdesigner.templates import template_summaries
    except ImportError:
        return []
    try:
        return template_summaries()
    except Exception:  # noqa: BLE001 - a broken template must not hide the start page
        return []


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    fileRequested = Signal(str)
    templateRequested = Signal(str)  # template name
    removeRecentRequested = Signal(str)
    restoreRequested = Signal(object)  # RecoveredMap
    discardRequested = Signal(object)  # RecoveredMap

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 32)
        outer.setSpacing(40)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(8)
        title = QLabel(translate("StartPage", "cjdesigner"))
        title.setObjectName("startTitle")
        from cjdesigner.resources import resource_path

        icon_path = resource_path("icons", "cjdesigner.svg")
        logo = QLabel()
        if icon_path.exists():
            logo.setPixmap(QIcon(str(icon_path)).pixmap(44, 44))
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(logo)
        head.addWidget(title, 1)
        subtitle = QLabel(translate("StartPage", "Customer journey maps and service blueprints"))
        subtitle.setObjectName("startSubtitle")
        left.addLayout(head)
        left.addWidget(subtitle)
        left.addSpacing(18)
        self.new_button = QPushButton(translate("StartPage", "New map"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(translate("StartPage", "Open…"))
        self.open_button.clicked.connect(self.openRequested)
        for button in (self.new_button, self.open_button):
            button.setMinimumHeight(34)
            left.addWidget(button)
        left.addSpacing(18)

        self.recovery_title = QLabel(translate("StartPage", "Recovered work"))
        self.recovery_title.setObjectName("sectionTitle")
        left.addWidget(self.recovery_title)
        self.recovery_hint = QLabel(
            translate("StartPage", "These maps had unsaved changes when cjdesigner last stopped.")
        )
        self.recovery_hint.setObjectName("hint")
        self.recovery_hint.setWordWrap(True)
        left.addWidget(self.recovery_hint)
        self.recovery_list = QListWidget()
        self.recovery_list.setObjectName("recoveryList")
        self.recovery_list.setMaximumHeight(150)
        self.recovery_list.setWordWrap(True)
        self.recovery_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recovery_list.setItemDelegate(TwoLineDelegate(self.recovery_list))
        left.addWidget(self.recovery_list)
        row = QHBoxLayout()
        self.restore_button = QPushButton(translate("StartPage", "Restore"))
        self.restore_button.clicked.connect(self._restore)
        self.discard_button = QPushButton(translate("StartPage", "Discard"))
        self.discard_button.clicked.connect(self._discard)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        self.recovery_buttons = QWidget()
        self.recovery_buttons.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.recovery_buttons)

        recent_title = QLabel(translate("StartPage", "Recent"))
        recent_title.setObjectName("sectionTitle")
        left.addWidget(recent_title)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentList")
        self.recent_list.setWordWrap(True)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_list.setItemDelegate(TwoLineDelegate(self.recent_list))
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent_list.customContextMenuRequested.connect(self._recent_menu)
        self.recent_list.itemActivated.connect(self._open_recent)
        self.recent_list.itemClicked.connect(
            lambda item: self._clicked(self.recent_list, item, self._open_recent))
        left.addWidget(self.recent_list, 1)
        self.no_recent = QLabel(translate("StartPage", "Maps you open or save appear here."))
        self.no_recent.setObjectName("hint")
        left.addWidget(self.no_recent)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(320)
        outer.addWidget(left_widget)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setObjectName("startDivider")
        outer.addWidget(line)

        right = QVBoxLayout()
        right.setSpacing(10)
        templates_title = QLabel(translate("StartPage", "Start from a template"))
        templates_title.setObjectName("sectionTitle")
        right.addWidget(templates_title)
        self.templates = QListWidget()
        self.templates.setObjectName("templateGrid")
        self.templates.setViewMode(QListView.ViewMode.IconMode)
        self.templates.setIconSize(QSize(thumbnails.THUMB_W, thumbnails.THUMB_H))
        self.templates.setGridSize(QSize(thumbnails.THUMB_W + 28, thumbnails.THUMB_H + 64))
        self.templates.setResizeMode(QListView.ResizeMode.Adjust)
        self.templates.setMovement(QListView.Movement.Static)
        self.templates.setWordWrap(True)
        self.templates.setSpacing(6)
        self.templates.setUniformItemSizes(True)
        self.templates.itemActivated.connect(self._template)
        self.templates.itemClicked.connect(
            lambda item: self._clicked(self.templates, item, self._template))
        right.addWidget(self.templates, 1)
        outer.addLayout(right, 1)
        self.show_recovered([])

    # -- contents ------------------------------------------------------------------------
    def show_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            p = Path(path)
            item = QListWidgetItem(f"{p.stem}\n{p.parent}")
            item.setData(PATH, path)
            item.setToolTip(path)
            if not p.exists():
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(translate("StartPage", "{stem}  (missing)\n{parent}").format(stem=p.stem, parent=p.parent))
            self.recent_list.addItem(item)
        self.no_recent.setVisible(not paths)
        self.recent_list.setVisible(bool(paths))
        self.recent_list.setMaximumHeight(16777215 if paths else 0)

    def show_recovered(self, recovered: list[RecoveredMap]) -> None:
        self.recovery_list.clear()
        for entry in recovered:
            where = Path(entry.source).name if entry.source else translate("StartPage", "never saved")
            mtime = entry.source_mtime()
            second = f"Autosaved {_ago(entry.saved_at)} · {where}" + (
                f", last saved {_ago(mtime)}" if mtime else ""
            )
            item = QListWidgetItem(f"{entry.title}\n{second}")
            item.setToolTip(entry.source or translate("StartPage", "This map was never saved"))
            item.setData(PATH, entry)
            self.recovery_list.addItem(item)
        if recovered:
            self.recovery_list.setCurrentRow(0)
            row = self.recovery_list.sizeHintForRow(0)
            self.recovery_list.setFixedHeight(min(3, len(recovered)) * row + 6)
        for widget in (
            self.recovery_title,
            self.recovery_hint,
            self.recovery_list,
            self.recovery_buttons,
        ):
            widget.setVisible(bool(recovered))

    def show_templates(self) -> None:
        if self.templates.count():
            return
        for info in _list_templates():
            image = thumbnails.thumbnail(info.path)
            icon = QIcon(QPixmap.fromImage(image)) if image is not None else QIcon()
            item = QListWidgetItem(icon, info.title)
            item.setData(PATH, info.name)
            item.setToolTip(info.description)
            item.setSizeHint(QSize(thumbnails.THUMB_W + 20, thumbnails.THUMB_H + 56))
            self.templates.addItem(item)

    # -- clicks -------------------------------------------------------------------------------
    @staticmethod
    def _clicked(view: QListWidget, item: QListWidgetItem, slot) -> None:
        """One click opens, as on a web page; where the platform already activates items
        on a single click, ``itemActivated`` does it and the click must not open a second."""
        style = view.style()
        if not style.styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, view):
            slot(item)

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(PATH)
        if path and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            guard = _SecondClickGuard(self)
            try:
                self.fileRequested.emit(path)
            finally:
                guard.start_clock()

    def recent_menu(self, item: QListWidgetItem) -> QMenu:
        path = item.data(PATH)
        menu = QMenu(self)
        menu.addAction(translate("StartPage", "Open"), lambda: self.fileRequested.emit(path)).setEnabled(
            bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        )
        menu.addAction(
            translate("StartPage", "Show in Folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))),
        )
        menu.addSeparator()
        menu.addAction(translate("StartPage", "Remove from List"), lambda: self.removeRecentRequested.emit(path))
        return menu

    def _recent_menu(self, pos) -> None:
        item = self.recent_list.itemAt(pos)
        if item is not None:
            self.recent_menu(item).popup(self.recent_list.viewport().mapToGlobal(pos))

    def _template(self, item: QListWidgetItem) -> None:
        guard = _SecondClickGuard(self)
        try:
            self.templateRequested.emit(item.data(PATH))
        finally:
            guard.start_clock()

    def _selected_recovery(self) -> RecoveredMap | None:
        item = self.recovery_list.currentItem()
        return item.data(PATH) if item else None

    def _restore(self) -> None:
        entry = self._selected_recovery()
        if entry is not None:
            self.restoreRequested.emit(entry)

    def _discard(self) -> None:
        entry = self._selected_recovery()
        if entry is not None:
            self.discardRequested.emit(entry)
