"""Presentation mode on the projector: the map, a large timer and the facilitator's controls.

The :class:`Presenter` lays a :class:`PresentationOverlay` over the map while the window
presents (``MainWindow.toggle_presentation``) and takes it away after. Everything is
controllable without leaving the mode, by keys or by the overlay's buttons:

=================  ==================================================
Space              start or pause the timer
T                  set the timer (type ``7``, ``7:30`` or ``90s``; Enter)
+ / −              one minute more / less
R                  reset the timer
→ / ←, PgDn/PgUp   spotlight the next / previous stage
Home               the whole map again
V                  the vote round panel (budget, anonymous, timed; close, reveal, reset)
P                  private mode on; off again reveals every hidden note together
I                  the inbox: approve or reject participants' cards
O                  what phones may do: lanes open to them, every card approved first
L                  unlock the map for editing (locked again: read-only)
H                  hide or show the controls
=================  ==================================================

The map is read-only while presenting unless unlocked: the canvas gets no mouse presses
or keys and the window's edit actions are off (zoom and the mouse wheel still work).
No status messages appear. Text participants typed is shown as plain text only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.facilitation import state as fs
from cjdesigner.facilitation.state import FacilitationError, format_clock
from cjdesigner.model.edits import Edit, EditError
from cjdesigner.ui.i18n import translate

from .room_state import RoomState

if TYPE_CHECKING:  # pragma: no cover
    from .document_tab import DocumentTab

STYLE = """
QWidget#presentationOverlay { background: transparent; }
QFrame#presentClock, QFrame#presentPanel, QFrame#presentBar, QFrame#presentRanking {
    background: rgba(20, 24, 30, 228); border-radius: 14px; }
QLabel { color: #F2F4F7; background: transparent; }
QLabel#presentTime { font-size: 92px; font-weight: 700; }
QLabel#presentTime[done="true"] { color: #FF9B85; }
QLabel#presentTime[paused="true"] { color: #AAB4BE; }
QLabel#presentStage { font-size: 26px; font-weight: 600; color: #FFFFFF; }
QLabel#presentBadge { font-size: 19px; color: #D5DBE1; }
QLabel#presentTitle { font-size: 22px; font-weight: 600; }
QLabel#presentRow { font-size: 19px; }
QPushButton { color: #F2F4F7; background: rgba(255,255,255,20); border: 1px solid
    rgba(255,255,255,50); border-radius: 8px; padding: 7px 12px; font-size: 15px; min-width: 28px; }
QPushButton:hover { background: rgba(255,255,255,45); }
QPushButton:checked { background: #3E7CB1; border-color: #5B9BD5; }
QLineEdit, QSpinBox { font-size: 18px; padding: 4px 8px; border-radius: 6px; }
QCheckBox { color: #F2F4F7; font-size: 16px; }
"""


def parse_duration(text: str) -> float:
    """Seconds from what a facilitator types: ``7`` (minutes), ``7:30``, ``1:00:00``,
    ``90s``, ``5m``, ``1h``. Raises :class:`FacilitationError` when it is none of those."""
    text = text.strip().lower().replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d+)?", text):
        return float(text) * 60
    if match := re.fullmatch(r"(\d{1,5})(s|m|min|h)", text):
        number, unit = int(match[1]), match[2]
        return float(number * {"s": 1, "m": 60, "min": 60, "h": 3600}[unit])
    if re.fullmatch(r"\d{1,3}(:[0-5]\d){1,2}", text):
        seconds = 0
        for part in text.split(":"):
            seconds = seconds * 60 + int(part)
        return float(seconds)
    raise FacilitationError("Type minutes (7), minutes and seconds (7:30) or 90s.")


def margins_clear_of(canvas: QRect, covers: list[QRect], bottom: QRect | None,
                     map_size: QSizeF, gap: int = 12) -> QMargins:
    """Viewport margins that keep the map off what the overlay ``covers`` at the top right
    (the clock, the ranking under it) and off the control bar at the ``bottom``; all in
    the canvas's coordinates. The map goes beside the clock or below it, whichever lets
    it show larger (a wide map: below; a tall one: beside)."""
    below_bar = 0
    if bottom is not None and bottom.intersects(canvas):
        below_bar = max(0, canvas.bottom() - bottom.top() + gap)
    top_right = [r for r in covers if r.intersects(canvas)]
    if not top_right or map_size.width() <= 0 or map_size.height() <= 0:
        return QMargins(0, 0, 0, below_bar)
    left_edge = min(r.left() for r in top_right)
    lowest = max(r.bottom() for r in top_right)
    beside = QMargins(0, 0, max(0, canvas.right() - left_edge + gap), below_bar)
    under = QMargins(0, max(0, lowest - canvas.top() + gap), 0, below_bar)

    def scale(m: QMargins) -> float:
        w = canvas.width() - m.left() - m.right()
        h = canvas.height() - m.top() - m.bottom()
        return min(w / map_size.width(), h / map_size.height())

    return beside if scale(beside) > scale(under) else under


def _plain(text: str = "", name: str = "") -> QLabel:
    """A label that never reads its text as markup (participants type hostile text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PresentationOverlay(QWidget):
    """The timer, the stage in focus, the room's badges and the control bar."""

    # the panels were placed (their sizes or the screen changed)
    placed = Signal()

    def __init__(self, room: RoomState, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentationOverlay")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.room = room

        # -- the clock, top right
        self.clock_frame = QFrame(self)
        self.clock_frame.setObjectName("presentClock")
        clock = QVBoxLayout(self.clock_frame)
        clock.setContentsMargins(26, 10, 26, 14)
        clock.setSpacing(2)
        self.time_label = _plain("5:00", "presentTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        font = self.time_label.font()
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFeature(QFont.Tag("tnum"), 1) if hasattr(QFont, "Tag") else None
        self.time_label.setFont(font)
        self.stage_label = _plain("", "presentStage")
        self.stage_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.badges = _plain("", "presentBadge")
        self.badges.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.time_label, self.stage_label, self.badges):
            clock.addWidget(label)

        # -- ranking after a reveal, right side under the clock
        self.ranking = QFrame(self)
        self.ranking.setObjectName("presentRanking")
        self.ranking_layout = QVBoxLayout(self.ranking)
        self.ranking_layout.setContentsMargins(22, 14, 22, 16)
        self.ranking.hide()

        # -- the control bar, bottom centre
        self.bar = QFrame(self)
        self.bar.setObjectName("presentBar")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            ("prev", "◀", translate("Presenting", "Previous stage in the spotlight (←)")),
            ("next", "▶", translate("Presenting", "Next stage in the spotlight (→)")),
            ("whole", translate("Presenting", "Whole map"), translate("Presenting", "No spotlight (Home)")),
            ("minus", "−1", translate("Presenting", "One minute less (−)")),
            ("toggle", translate("Presenting", "Start"), translate("Presenting", "Start or pause the timer (Space)")),
            ("plus", "+1", translate("Presenting", "One minute more (+)")),
            ("set", translate("Presenting", "Set"), translate("Presenting", "Set the timer (T)")),
            ("reset", translate("Presenting", "Reset"), translate("Presenting", "Reset the timer (R)")),
            ("vote", translate("Presenting", "Vote"), translate("Presenting", "Vote round (V)")),
            ("private", translate("Presenting", "Private"), translate("Presenting", "Private mode: notes hidden until revealed together (P)")),
            ("inbox", translate("Presenting", "Inbox"), translate("Presenting", "Participants' cards waiting for approval (I)")),
            ("phones", translate("Presenting", "Phones"), translate("Presenting", "Lanes open to phones; approve every card first (O)")),
            ("lock", translate("Presenting", "Unlock"), translate("Presenting", "Allow editing the map while presenting (L)")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"present_{key}")
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
            self.buttons[key] = button
            if key in ("whole", "reset"):
                row.addSpacing(14)
        self.buttons["private"].setCheckable(True)
        self.buttons["lock"].setCheckable(True)
        self.duration_edit = QLineEdit()
        self.duration_edit.setObjectName("presentDuration")
        self.duration_edit.setPlaceholderText("7:30")
        self.duration_edit.setFixedWidth(110)
        self.duration_edit.hide()
        row.insertWidget(row.indexOf(self.buttons["set"]) + 1, self.duration_edit)

        # -- the vote panel and the inbox, above the bar
        self.vote_panel = VotePanel(room, self)
        self.vote_panel.hide()
        self.inbox_panel = QFrame(self)
        self.inbox_panel.setObjectName("presentPanel")
        self.inbox_layout = QVBoxLayout(self.inbox_panel)
        self.inbox_layout.setContentsMargins(18, 14, 18, 14)
        self.inbox_panel.hide()
        self.phones_panel = QFrame(self)
        self.phones_panel.setObjectName("presentPanel")
        self.phones_layout = QVBoxLayout(self.phones_panel)
        self.phones_layout.setContentsMargins(18, 14, 18, 14)
        self.phones_panel.hide()

        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        parent.installEventFilter(self)
        self._fit_parent()

    # -- geometry: only the panels take the mouse; the map beneath stays reachable
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            if watched is self.parent():
                self._fit_parent()
            else:  # the map's view beneath (resized after the screen): keep it clear again
                self.placed.emit()
        return False

    def _fit_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.place()

    def place(self) -> None:
        margin = 24
        for frame in (self.clock_frame, self.bar, self.vote_panel, self.inbox_panel, self.ranking,
                      self.phones_panel):
            for child in frame.findChildren(QWidget):
                child.ensurePolished()  # the style sheet's type sizes, before measuring
            if (layout := frame.layout()) is not None:
                layout.invalidate()
                layout.activate()
            frame.adjustSize()
        w, h = self.width(), self.height()
        clock = self.clock_frame.sizeHint()
        self.clock_frame.setGeometry(w - clock.width() - margin, margin, clock.width(), clock.height())
        bar = self.bar.sizeHint()
        self.bar.setGeometry(max(0, (w - bar.width()) // 2), h - bar.height() - margin,
                             min(w, bar.width()), bar.height())
        above = self.bar.y() - margin if not self.bar.isHidden() else h - margin
        for panel in (self.vote_panel, self.inbox_panel, self.phones_panel):
            size = panel.sizeHint()
            panel.setGeometry((w - size.width()) // 2, above - size.height(), size.width(),
                              size.height())
        ranking = self.ranking.sizeHint()
        self.ranking.setGeometry(w - ranking.width() - margin,
                                 self.clock_frame.geometry().bottom() + 16,
                                 ranking.width(), ranking.height())
        self.setMask(self._panels_region())
        self.placed.emit()

    def _panels_region(self):
        from PySide6.QtGui import QRegion

        region = QRegion()
        for frame in (self.clock_frame, self.bar, self.vote_panel, self.inbox_panel, self.ranking,
                      self.phones_panel):
            if not frame.isHidden():
                region = region.united(frame.geometry())
        return region


class VotePanel(QFrame):
    """Set up a vote round, or run the one that is on: close, reveal, reset, record, end."""

    def __init__(self, room: RoomState, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentPanel")
        self.room = room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        self.title = _plain("Vote round", "presentTitle")
        layout.addWidget(self.title)
        self.setup = QWidget()
        form = QHBoxLayout(self.setup)
        form.setContentsMargins(0, 0, 0, 0)
        self.budget = QSpinBox()
        self.budget.setObjectName("voteBudget")
        self.budget.setRange(1, fs.MAX_BUDGET)
        self.budget.setValue(5)
        self.budget.setSuffix(translate("Presenting", " votes each"))
        self.per_card = QSpinBox()
        self.per_card.setObjectName("votePerCard")
        self.per_card.setRange(1, fs.MAX_BUDGET)
        self.per_card.setValue(5)
        self.per_card.setSuffix(translate("Presenting", " max on a card"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("voteMinutes")
        self.minutes.setRange(0, 120)
        self.minutes.setSpecialValueText(translate("Presenting", "untimed"))
        self.minutes.setSuffix(translate("Presenting", " min"))
        self.anonymous = QCheckBox(translate("Presenting", "Anonymous"))
        self.anonymous.setObjectName("voteAnonymous")
        self.anonymous.setChecked(True)
        self.start = QPushButton(translate("Presenting", "Start voting"))
        self.start.setObjectName("voteStart")
        for widget in (self.budget, self.per_card, self.minutes, self.anonymous, self.start):
            form.addWidget(widget)
        layout.addWidget(self.setup)
        self.status = _plain("", "presentRow")
        layout.addWidget(self.status)
        self.running = QWidget()
        actions = QHBoxLayout(self.running)
        actions.setContentsMargins(0, 0, 0, 0)
        self.controls: dict[str, QPushButton] = {}
        for key, text in (("close", translate("Presenting", "Close voting")), ("reveal", translate("Presenting", "Reveal")), ("reset", translate("Presenting", "Reset")),
                          ("record", translate("Presenting", "Add to cards' votes")), ("end", translate("Presenting", "End round"))):
            button = QPushButton(text)
            button.setObjectName(f"vote_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            actions.addWidget(button)
            self.controls[key] = button
        layout.addWidget(self.running)

    def refresh(self, now: float) -> None:
        vote = self.room.state.vote
        self.setup.setVisible(vote is None)
        self.running.setVisible(vote is not None)
        if vote is None:
            self.status.setText(translate("Presenting", "Each participant spends their votes on their phone."))
            return
        cast = sum(sum(b.values()) for b in vote.ballots.values())
        people = len(self.room.state.participants)
        kind = (translate("Presenting", "anonymous") if vote.anonymous
                else translate("Presenting", "named"))
        if vote.accepting(now):
            left = "" if vote.closes_at is None else translate("Presenting", " · {clock} left").format(
                clock=format_clock(vote.closes_at - now))
            text = translate("Presenting", "Voting open ({kind}): {cast} votes cast by {voters} of {people}{left}").format(kind=kind, cast=cast, voters=len(vote.ballots), people=people, left=left)
        elif vote.status == "revealed":
            text = translate("Presenting", "Revealed: {cast} votes from {voters} people").format(cast=cast, voters=len(vote.ballots))
        else:
            text = translate("Presenting", "Voting closed: {cast} votes cast. Reveal when ready.").format(cast=cast)
        self.status.setText(text)
        self.controls["close"].setEnabled(vote.accepting(now))
        self.controls["reveal"].setEnabled(vote.status != "revealed")
        self.controls["record"].setEnabled(vote.status == "revealed" and cast > 0)


class Presenter(QObject):
    """Puts the overlay over the window's map, runs the controls, keeps the map locked."""

    LOCKABLE_EVENTS = {
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
        QEvent.Type.DragEnter, QEvent.Type.Drop, QEvent.Type.ContextMenu,
    }

    def __init__(self, host: QWidget, room: RoomState, current_tab: Callable[[], DocumentTab | None],
                 edit_actions: Callable[[], list], set_undo_active: Callable[[bool], None]) -> None:
        super().__init__(host)
        self.host = host
        self.room = room
        self.current_tab = current_tab
        self.edit_actions = edit_actions
        self.set_undo_active = set_undo_active
        self.overlay: PresentationOverlay | None = None
        self.tab: DocumentTab | None = None
        self._disabled: list = []
        self._shortcuts: list[QShortcut] = []
        self._controls_hidden = False
        self._accepting = False
        self.last_refusal = ""
        room.changed.connect(self.refresh)
        room.ticked.connect(self.refresh_clock)
        room.refused.connect(self._refused)

    # -- entering and leaving -------------------------------------------------------
    def active(self) -> bool:
        return self.overlay is not None

    def enter(self, parent: QWidget) -> None:
        self.tab = self.current_tab()
        self.overlay = PresentationOverlay(self.room, parent)
        self._fitted_zoom: float | None = None
        self.overlay.placed.connect(self._keep_clear)
        if self.tab is not None:
            canvas = self.tab.canvas
            canvas.installEventFilter(self.overlay)
            # no scroll bars on the projector (the wheel and dragging still move the map)
            self._scroll_policies = (canvas.horizontalScrollBarPolicy(), canvas.verticalScrollBarPolicy())
            canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            canvas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wire(self.overlay)
        self.overlay.show()
        self.overlay.raise_()
        self._add_shortcuts()
        self._apply_lock()
        self.refresh()

    def leave(self) -> None:
        if self.overlay is None:
            return
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self._unlock_canvas()
        self.overlay.placed.disconnect(self._keep_clear)
        if self.tab is not None:
            canvas = self.tab.canvas
            canvas.removeEventFilter(self.overlay)
            canvas.setHorizontalScrollBarPolicy(self._scroll_policies[0])
            canvas.setVerticalScrollBarPolicy(self._scroll_policies[1])
        self.overlay.hide()
        self.overlay.deleteLater()
        self.overlay = None
        if self.tab is not None:
            self.tab.canvas.set_highlight(None)
            self.tab.canvas.setViewportMargins(QMargins())
        self.tab = None

    def _wire(self, overlay: PresentationOverlay) -> None:
        b = overlay.buttons
        b["prev"].clicked.connect(lambda: self.step_stage(-1))
        b["next"].clicked.connect(lambda: self.step_stage(1))
        b["whole"].clicked.connect(self.whole_map)
        b["minus"].clicked.connect(lambda: self.extend(-60))
        b["plus"].clicked.connect(lambda: self.extend(60))
        b["toggle"].clicked.connect(self.toggle_timer)
        b["set"].clicked.connect(self.ask_duration)
        b["reset"].clicked.connect(lambda: self.room.update(fs.reset_timer))
        b["vote"].clicked.connect(self.toggle_vote_panel)
        b["private"].clicked.connect(self.toggle_private)
        b["inbox"].clicked.connect(self.toggle_inbox)
        b["lock"].clicked.connect(self.toggle_lock)
        b["phones"].clicked.connect(self.toggle_phones)
        overlay.duration_edit.returnPressed.connect(self._duration_entered)
        overlay.duration_edit.installEventFilter(self)
        panel = overlay.vote_panel
        panel.start.clicked.connect(self.start_vote)
        panel.controls["close"].clicked.connect(lambda: self.room.update(fs.close_vote))
        panel.controls["reveal"].clicked.connect(lambda: self.room.update(fs.reveal_vote))
        panel.controls["reset"].clicked.connect(lambda: self.room.update(fs.reset_vote))
        panel.controls["record"].clicked.connect(self.record_vote)
        panel.controls["end"].clicked.connect(lambda: self.room.update(fs.end_vote))

    def _add_shortcuts(self) -> None:
        keys: list[tuple[list[str], Callable[[], object]]] = [
            (["Space"], self.toggle_timer),
            (["T"], self.ask_duration),
            (["+", "="], lambda: self.extend(60)),
            (["-"], lambda: self.extend(-60)),
            (["R"], lambda: self.room.update(fs.reset_timer)),
            (["Right", "PgDown"], lambda: self.step_stage(1)),
            (["Left", "PgUp"], lambda: self.step_stage(-1)),
            (["Home"], self.whole_map),
            (["V"], self.toggle_vote_panel),
            (["P"], self.toggle_private),
            (["I"], self.toggle_inbox),
            (["O"], self.toggle_phones),
            (["L"], self.toggle_lock),
            (["H"], self.toggle_controls),
        ]
        for sequences, slot in keys:
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self.host)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

    # -- the lock ------------------------------------------------------------------------
    def locked(self) -> bool:
        return self.active() and not self.room.state.unlocked

    def _apply_lock(self) -> None:
        if self.tab is None:
            return
        canvas = self.tab.canvas
        if self.locked():
            if not self._disabled:
                canvas.installEventFilter(self)
                canvas.viewport().installEventFilter(self)
                self._disabled = [a for a in self.edit_actions() if a.isEnabled()]
                for action in self._disabled:
                    action.setEnabled(False)
                self.set_undo_active(False)
                canvas.commands.close_editors()
        else:
            self._unlock_canvas()

    def _unlock_canvas(self) -> None:
        if not self._disabled or self.tab is None:
            return
        canvas = self.tab.canvas
        canvas.removeEventFilter(self)
        canvas.viewport().removeEventFilter(self)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.set_undo_active(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.overlay is not None and watched is self.overlay.duration_edit:
            escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
            if event.type() == QEvent.Type.ShortcutOverride and escape:
                event.accept()  # Esc closes the field, not the presentation
                return True
            if event.type() == QEvent.Type.KeyPress and escape:
                self.overlay.duration_edit.hide()
                self.overlay.place()
                if self.tab is not None:
                    self.tab.canvas.setFocus()
                return True
            return False
        # read-only: the press, the key, the drop go nowhere
        return self.locked() and event.type() in self.LOCKABLE_EVENTS

    def toggle_lock(self) -> None:
        self.room.update(lambda s: fs.set_unlocked(s, not s.unlocked))

    # -- timer ---------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        self.room.update(lambda s: fs.toggle_timer(s, self.room.now()))

    def extend(self, seconds: float) -> None:
        self.room.update(lambda s: fs.extend_timer(s, seconds, self.room.now()))

    def ask_duration(self) -> None:
        if self.overlay is None:
            return
        edit = self.overlay.duration_edit
        edit.setText(format_clock(self.room.state.countdown.duration))
        edit.show()
        edit.selectAll()
        edit.setFocus()
        self.overlay.place()

    def _duration_entered(self) -> None:
        if self.overlay is None:
            return
        edit = self.overlay.duration_edit
        try:
            seconds = parse_duration(edit.text())
        except FacilitationError as exc:
            self._refused(str(exc))
            return
        if self.room.update(lambda s: fs.set_timer(s, seconds)):
            edit.hide()
            if self.tab is not None:
                self.tab.canvas.setFocus()
            self.overlay.place()

    # -- spotlight -----------------------------------------------------------------------
    def step_stage(self, delta: int) -> None:
        if self.tab is not None:
            doc = self.tab.controller.doc
            self.room.update(lambda s: fs.step_spotlight(s, doc, delta))

    def whole_map(self) -> None:
        if self.tab is not None:
            doc = self.tab.controller.doc
            self.room.update(lambda s: fs.spotlight(s, doc, None))

    def _show_spotlight(self) -> None:
        if self.tab is None:
            return
        canvas = self.tab.canvas
        stage_id = self.room.state.spotlight
        doc = self.tab.controller.doc
        stage = next((s for s in doc.stages if s.id == stage_id), None)
        if stage is None:
            canvas.set_highlight(None)
            if self._shown_spotlight is not None:
                self._shown_spotlight = None
                self.fit_view()
            return
        steps = {step.id for step in stage.steps}
        canvas.set_highlight({c.id for c in doc.cards if c.step_id in steps})
        if self._shown_spotlight != stage.id:
            self._shown_spotlight = stage.id
            self.fit_view()

    _shown_spotlight: str | None = None
    _fitted_zoom: float | None = None
    _scroll_policies = (Qt.ScrollBarPolicy.ScrollBarAsNeeded, Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def fit_view(self) -> None:
        """The whole map, or the stage in the spotlight, fills the screen (the part the
        clock and the controls leave free, see :meth:`_keep_clear`)."""
        if self.tab is None:
            return
        canvas = self.tab.canvas
        stage_id = self._shown_spotlight
        if stage_id is not None:
            zoom_onto_stage(canvas, stage_id)
        else:
            canvas.fit_all()
        self._fitted_zoom = canvas.zoom_factor()

    def fitted(self) -> bool:
        """Whether the view shows what :meth:`fit_view` chose (not zoomed by hand since)."""
        return (self.tab is not None and self._fitted_zoom is not None
                and abs(self.tab.canvas.zoom_factor() - self._fitted_zoom) < 1e-9)

    def _keep_clear(self) -> None:
        """The clock (with the ranking under it), the control bar and the panel open above
        it (vote round, inbox, phones) never cover the map:
        the canvas shows it only in the part of the screen they leave free, beside the
        clock or below it (:func:`margins_clear_of`); a fitted view is fitted again when
        that part changes (the controls hidden, a ranking shown, the screen resized)."""
        overlay, tab = self.overlay, self.tab
        if overlay is None or tab is None:
            return
        canvas = tab.canvas
        origin = canvas.mapTo(self.host, QPoint(0, 0)) - overlay.mapTo(self.host, QPoint(0, 0))

        def local(frame: QWidget) -> QRect:
            return frame.geometry().translated(-origin)

        covers = [local(f) for f in (overlay.clock_frame, overlay.ranking) if not f.isHidden()]
        bar: QRect | None = None  # the control bar and the panel open above it
        for frame in (overlay.bar, overlay.vote_panel, overlay.inbox_panel, overlay.phones_panel):
            if not frame.isHidden():
                bar = local(frame) if bar is None else bar.united(local(frame))
        size = canvas.canvas_scene.map_rect().size()
        margins = margins_clear_of(QRect(QPoint(0, 0), canvas.size()), covers, bar, size)
        if margins == canvas.viewportMargins():
            return
        fitted = self.fitted()
        canvas.setViewportMargins(margins)
        if fitted:
            self.fit_view()

    # -- votes, private mode, inbox ---------------------------------------------------------
    def _show_only(self, panel: QFrame) -> None:
        """One panel above the bar at a time: this one shown or hidden again."""
        if self.overlay is None:
            return
        show = panel.isHidden()
        for other in (self.overlay.vote_panel, self.overlay.inbox_panel,
                      self.overlay.phones_panel):
            other.hide()
        panel.setVisible(show)
        self.refresh()

    def toggle_vote_panel(self) -> None:
        if self.overlay is not None:
            self._show_only(self.overlay.vote_panel)

    def toggle_phones(self) -> None:
        if self.overlay is not None:
            self._show_only(self.overlay.phones_panel)

    def set_lane_open(self, lane_id: str, open_to_phones: bool) -> None:
        if self.tab is None:
            return
        doc = self.tab.controller.doc
        closed = [lane for lane in self.room.state.private_lanes if lane != lane_id]
        if not open_to_phones:
            closed.append(lane_id)
        self.room.update(lambda s: fs.set_private_lanes(
            s, doc, [lane for lane in closed if lane in {x.id for x in doc.lanes}]))

    def start_vote(self) -> None:
        if self.overlay is None:
            return
        panel = self.overlay.vote_panel
        minutes = panel.minutes.value()
        self.room.update(lambda s: fs.open_vote(
            s, self.room.now(), budget=panel.budget.value(), anonymous=panel.anonymous.isChecked(),
            seconds=minutes * 60 if minutes else None, per_card=panel.per_card.value()))

    def record_vote(self) -> None:
        if self.tab is None:
            return
        try:
            edit = fs.record_vote(self.room.state, self.tab.controller.doc)
        except FacilitationError as exc:
            self._refused(str(exc))
            return
        if edit is not None and self._push(edit):
            self.room.update(fs.end_vote)

    def toggle_private(self) -> None:
        if self.tab is None:
            return
        if not self.room.state.private:
            self.room.update(lambda s: fs.set_private(s, True))
            return
        new_state, edit = fs.reveal_notes(self.room.state, self.tab.controller.doc)
        if edit is None or self._push(edit):
            self.room.replace(new_state)

    def toggle_inbox(self) -> None:
        if self.overlay is not None:
            self._show_only(self.overlay.inbox_panel)

    def approve(self, note_id: str) -> None:
        if self.tab is None:
            return
        doc = self.tab.controller.doc
        chosen = self.tab.canvas.canvas_scene.current_cell
        note = self.room.state.notes.get(note_id)
        cell = note.cell() if note is not None and note.cell() is not None else chosen
        try:
            new_state, edit = fs.approve_note(self.room.state, doc, note_id, cell)
        except FacilitationError as exc:
            self._refused(str(exc))
            return
        if self._push(edit):
            self.room.replace(new_state)

    def reject(self, note_id: str) -> None:
        self.room.update(lambda s: fs.reject_note(s, note_id))

    def _push(self, edit: Edit) -> bool:
        """A facilitator's own edit (an undo step), allowed through the lock."""
        if self.tab is None:
            return False
        try:
            self.tab.controller.push(edit)
        except EditError as exc:
            self._refused(str(exc))
            return False
        return True

    def toggle_controls(self) -> None:
        self._controls_hidden = not self._controls_hidden
        if self.overlay is not None:
            self.overlay.bar.setVisible(not self._controls_hidden)
            if self._controls_hidden:
                self.overlay.vote_panel.hide()
                self.overlay.inbox_panel.hide()
                self.overlay.phones_panel.hide()
            self.overlay.place()

    def _refused(self, text: str) -> None:
        """Said on the overlay (no status bar while presenting)."""
        self.last_refusal = text
        if self.overlay is not None:
            self.overlay.badges.setText(text)
            self.overlay.place()

    # -- drawing ---------------------------------------------------------------------------
    def refresh_clock(self) -> None:
        overlay = self.overlay
        if overlay is None:
            return
        now = self.room.now()
        countdown = self.room.state.countdown
        overlay.time_label.setText(format_clock(countdown.remaining(now)))
        overlay.time_label.setProperty("done", countdown.finished(now))
        overlay.time_label.setProperty("paused", not countdown.running())
        _repolish(overlay.time_label)
        overlay.buttons["toggle"].setText(
            translate("Presenting", "Pause") if countdown.running() and not countdown.finished(now) else translate("Presenting", "Start"))
        if not overlay.vote_panel.isHidden():
            overlay.vote_panel.refresh(now)
        vote = self.room.state.vote
        accepting = vote is not None and vote.accepting(now)
        if accepting != self._accepting:  # a timed round just closed: the badges say so
            self._accepting = accepting
            self.refresh()

    def refresh(self) -> None:
        overlay = self.overlay
        if overlay is None:
            return
        state = self.room.state
        self._apply_lock()
        self.refresh_clock()
        self._show_spotlight()
        doc = self.tab.controller.doc if self.tab is not None else None
        stage = next((s for s in doc.stages if s.id == state.spotlight), None) if doc else None
        overlay.stage_label.setText(stage.name if stage is not None else "")
        overlay.stage_label.setVisible(stage is not None)
        badges = []
        if state.private:
            waiting = len(state.hidden())
            badges.append(QCoreApplication.translate(
                "Presenting", "Private · %n note(s) hidden", None, waiting))
        if state.vote is not None and state.vote.accepting(self.room.now()):
            badges.append(translate("Presenting", "Voting open"))
        inbox = len(state.inbox())
        if inbox:
            badges.append(translate("Presenting", "Inbox {count}").format(count=inbox))
        if state.unlocked:
            badges.append(translate("Presenting", "Map unlocked"))
        overlay.badges.setText(" · ".join(badges))
        overlay.badges.setVisible(bool(badges))
        overlay.buttons["private"].setChecked(state.private)
        overlay.buttons["private"].setText(translate("Presenting", "Reveal") if state.private else translate("Presenting", "Private"))
        overlay.buttons["lock"].setChecked(state.unlocked)
        overlay.buttons["lock"].setText(translate("Presenting", "Lock") if state.unlocked else translate("Presenting", "Unlock"))
        overlay.buttons["inbox"].setText(translate("Presenting", "Inbox ({inbox})").format(inbox=inbox) if inbox else translate("Presenting", "Inbox"))
        overlay.vote_panel.refresh(self.room.now())
        self._fill_ranking(overlay, doc)
        self._fill_inbox(overlay)
        self._fill_phones(overlay, doc)
        overlay.place()
        QTimer.singleShot(0, overlay, overlay.place)  # again once new rows have their size

    def _fill_ranking(self, overlay: PresentationOverlay, doc) -> None:
        layout = overlay.ranking_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        vote = self.room.state.vote
        if vote is None or vote.status != "revealed" or doc is None:
            overlay.ranking.hide()
            return
        titles = {c.id: c.title for c in doc.cards}
        layout.addWidget(_plain("Votes", "presentTitle"))
        shown = [(card, n) for card, n in vote.tally().items() if card in titles][:10]
        for card, votes in shown:
            voters = vote.voters_of(card)
            extra = f"  ({', '.join(self.room.state.name_of(v) for v in voters)})" if voters else ""
            title = titles[card] or translate("Presenting", "(untitled)")
            if len(title) > 60:
                title = title[:59] + "…"
            row = _plain(f"{votes:>3}   {title}{extra}", "presentRow")
            row.setObjectName("presentRow")
            layout.addWidget(row)
        if not shown:
            layout.addWidget(_plain("No votes were cast.", "presentRow"))
        overlay.ranking.show()
        if self.tab is not None:
            self.tab.canvas.set_highlight({card for card, _ in shown} or None)

    def _fill_phones(self, overlay: PresentationOverlay, doc) -> None:
        if overlay.phones_panel.isHidden() or doc is None:
            return
        layout = overlay.phones_layout
        _clear(layout)
        state = self.room.state
        layout.addWidget(_plain("What phones may do", "presentTitle"))
        moderated = QCheckBox(translate("Presenting", "Approve every card first (all go to the inbox)"))
        moderated.setObjectName("phonesModerated")
        moderated.setChecked(state.moderated)
        moderated.toggled.connect(
            lambda on: self.room.update(lambda s: fs.set_moderated(s, on)))
        layout.addWidget(moderated)
        layout.addWidget(_plain("Lanes phones see and add cards to:", "presentRow"))
        for lane in doc.lanes:
            box = QCheckBox((lane.title or "(untitled lane)").replace("&", "&&"))
            box.setObjectName(f"lane_{lane.id}")
            box.setChecked(lane.id not in state.private_lanes)
            box.toggled.connect(lambda on, lane_id=lane.id: self.set_lane_open(lane_id, on))
            layout.addWidget(box)

    def _fill_inbox(self, overlay: PresentationOverlay) -> None:
        layout = overlay.inbox_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        notes = self.room.state.inbox()
        layout.addWidget(_plain(f"Inbox · {len(notes)} waiting" if notes else "The inbox is empty",
                                "presentTitle"))
        for note in notes[:8]:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = _plain(f"{note.title}  — {self.room.state.name_of(note.author)}", "presentRow")
            text.setMaximumWidth(640)
            line.addWidget(text, 1)
            approve = QPushButton(translate("Presenting", "Approve"))
            approve.setObjectName(f"approve_{note.id}")
            approve.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            approve.clicked.connect(lambda _c=False, n=note.id: self.approve(n))
            reject = QPushButton(translate("Presenting", "Reject"))
            reject.setObjectName(f"reject_{note.id}")
            reject.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            reject.clicked.connect(lambda _c=False, n=note.id: self.reject(n))
            line.addWidget(approve)
            line.addWidget(reject)
            layout.addWidget(row)
        if len(notes) > 8:
            layout.addWidget(_plain(f"and {len(notes) - 8} more", "presentRow"))


def _clear(layout: QVBoxLayout) -> None:
    """Take every row out (rows go once events run: a clicked button may be one)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def zoom_onto_stage(canvas, stage_id: str) -> None:
    """Zoom the canvas so the stage's columns fill the view, the lane titles beside them."""
    from cjdesigner.layout import style

    layout = canvas.canvas_scene.layout
    box = next((s for s in layout.stages if s.stage_id == stage_id), None)
    if box is None:
        return
    viewport = canvas.viewport().rect()
    factor = (viewport.width() - 24) / max(1.0, box.rect.w + style.LANE_HEADER_W)
    canvas.zoom_to(min(1.6, max(factor, 0.05)))
    # the lane titles stay frozen at the left: the stage starts right after them
    header = style.LANE_HEADER_W * canvas.canvas_scene.header_scale * canvas.zoom_factor()
    bar = canvas.horizontalScrollBar()
    if layout.rtl:  # the lane titles are frozen at the right: the stage ends left of them
        edge = canvas.mapFromScene(box.rect.right, 0).x()
        bar.setValue(bar.value() + round(edge - (viewport.width() - header)))
    else:
        bar.setValue(bar.value() + round(canvas.mapFromScene(box.rect.x, 0).x() - header))
    canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().minimum())
