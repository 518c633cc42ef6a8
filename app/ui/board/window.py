"""The board for the hall: a full-screen window on a second screen or a projector with the clock, the running
round and its countdown, the next round's meetings by table, and the breaks.

What it shows comes from ``app.services.board.board_at(event, clock.now())`` once a second; this module only
draws it, in type large enough to read across a hall. The clock is replaceable, so tests drive the board
through a whole day in a moment; the event is reloaded whenever the window's session changes (a re-plan shows
at once).

Over 400 lines because the board is drawn by hand, part by part (header, the round under way, the next
round's grid and its pages, the foot), so that its type can be sized to the screen and to the names.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from app.domain import Event
from app.services.board import (
    BoardMeeting,
    BoardSlot,
    BoardState,
    Phase,
    Rounds,
    VenueClock,
    board_at,
    countdown_text,
)
from app.ui.board.chime import play_chime
from app.ui.session import EventSession


class Clock(Protocol):
    def now(self) -> datetime: ...


PAGE_SECONDS = 8
"""How long one page of the next round's meetings stays when they do not all fit."""
SOON_SECONDS = 120
"""The countdown turns amber in a round's last two minutes."""
FONT = "DejaVu Sans"
NAME_SIZE = 30
"""Organisation names on a 1080-line screen, in pixels; local names are 26, table names 32."""
FITS = 0.85
"""Two columns of meetings when the longest name fits its half of a row at this share of its size."""
TABLE_WIDTH, PAD, HELPER_WIDTH, COLUMN_GAP, ROW_GAP, ROW_HEIGHT = 190, 22, 340, 36, 8, 84
GRID_TOP, GRID_BOTTOM = 456, 1004
"""Where the meetings go on a 1920×1080 screen (as do the other figures in pixels)."""

BACKGROUND = QColor("#0B1726")
PANEL = QColor("#13243A")
ROW = QColor("#112036")
ROW_ALT = QColor("#16294A")
TEXT = QColor("#F4F7FB")
MUTED = QColor("#8FA3BC")
LOCAL = QColor("#C8D4E3")
ACCENT = QColor("#5FB4F5")
AMBER = QColor("#F5B942")
GREEN = QColor("#4CC9A4")
RULE = QColor("#25395A")


@dataclass(frozen=True, slots=True)
class _Grid:
    """Where the next round's meetings go: so many columns of so many rows of a given height."""

    rect: QRect
    columns: int
    rows: int
    row_height: int
    helped: bool
    """Some meeting has an interpreter or needs one."""
    split: float
    """The share of the names' width given to the first organisation."""
    name_size: float
    """The names' size in pixels: one size for all, so that the longest fits where it can."""


class BoardWindow(QWidget):
    """The board of one event; ``tick`` brings it up to ``clock.now()``."""

    round_changed = Signal()  # the running round changed (a round started or ended) since the last tick

    def __init__(
        self,
        event: Event | None = None,
        *,
        session: EventSession | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("MeetGrid board"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(640, 360)
        self.resize(1280, 720)
        self.chime: Callable[[], None] = play_chime
        self.chime_on = False
        self._own_clock = clock is None
        self._clock: Clock = clock if clock is not None else VenueClock()
        self._event: Event | None = None
        self.state: BoardState | None = None
        self._running: int | None = None
        self._ticked = False
        self._next_id: int | None = None
        self._next_since: datetime | None = None
        self.page = 0
        self._grid_cache: tuple[Event | None, tuple[int | None, int, int], _Grid] | None = None
        self._rounds: Rounds | None = None

        self.chime_action = self._action(self.tr("&Chime at the change of round"), "C", self.toggle_chime)
        self.chime_action.setCheckable(True)
        self.full_screen_action = self._action(self.tr("&Full screen"), "F11", self.toggle_full_screen)
        self.close_action = self._action(self.tr("C&lose the board"), "Ctrl+W", self.close)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        if session is not None:
            session.changed.connect(self.set_event)
            event = session.current if event is None else event
        self.set_event(event)
        self.timer.start(1000)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- what is shown ----------------------------------------------------------------------------------

    @Slot(object)
    def set_event(self, event: Event | None) -> None:
        """Show ``event`` from now on (a re-plan, an undo); the running round carries on without a chime."""
        self._event = event
        if event is not None:
            self.setWindowTitle(self.tr("{event} — MeetGrid board").replace("{event}", event.settings.name))
            if self._own_clock:
                self._clock = VenueClock(event.settings.time_zone)
        self._ticked = False
        self.tick()

    @property
    def clock(self) -> Clock:
        """Where the board reads the time: the venue's clock unless one was given (a test's fake clock)."""
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock
        self._own_clock = False

    def show_beside(self, screen: QScreen | None) -> None:
        """Full screen on a screen other than ``screen`` (the organiser's) when there is one, else on it."""
        other = next((s for s in QGuiApplication.screens() if s is not screen and s != screen), None)
        target = other or screen
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    @property
    def current_event(self) -> Event | None:
        """The event shown (QWidget's own ``event`` is Qt's event handler)."""
        return self._event

    @Slot()
    def tick(self) -> None:
        """Bring the board up to the clock: the countdown, the rounds, the page shown; the chime when on."""
        now = self._clock.now()
        if self._event is not None and (self._rounds is None or self._rounds.event is not self._event):
            self._rounds = Rounds(self._event)
        self.state = board_at(self._event, now, self._rounds) if self._event is not None else None
        running = self.state.running.slot_id if self.state and self.state.running else None
        if self._ticked and running != self._running:
            self.round_changed.emit()
            if self.chime_on:
                self.chime()
        self._running = running
        self._ticked = True
        shown = self.shown_round()
        shown_id = shown.slot_id if shown is not None else None
        if shown_id != self._next_id or self._next_since is None or now < self._next_since:
            self._next_id, self._next_since = shown_id, now
        pages = self.pages()
        elapsed = (now - self._next_since).total_seconds()
        self.page = int(elapsed // PAGE_SECONDS) % pages
        # Wake just after the next whole second, so that the countdown steps with the clock.
        self.timer.setInterval(max(200, 1005 - now.microsecond // 1000))
        self.update()

    def shown_round(self) -> BoardSlot | None:
        """The round whose meetings the grid lists: the next one; in the day's last round that round itself
        (for whoever comes late); none once the day is over."""
        state = self.state
        if state is None or state.phase is Phase.OVER:
            return None
        if state.phase is Phase.MEETING and (state.next is None or state.next_is_another_day):
            return state.running
        return state.next

    def shows_running(self) -> bool:
        """The grid lists the round under way (the day's last) rather than the next."""
        shown = self.shown_round()
        return shown is not None and self.state is not None and shown is self.state.running

    def pages(self) -> int:
        shown = self.shown_round()
        if shown is None or not shown.meetings:
            return 1
        grid = self._grid()
        return max(1, math.ceil(len(shown.meetings) / (grid.columns * grid.rows)))

    def visible_meetings(self) -> tuple[BoardMeeting, ...]:
        """The meetings on the page shown now."""
        shown = self.shown_round()
        if shown is None:
            return ()
        grid = self._grid()
        per_page = grid.columns * grid.rows
        return shown.meetings[self.page * per_page : (self.page + 1) * per_page]

    def clock_text(self) -> str:
        return f"{self.state.now:%H:%M}" if self.state is not None else ""

    def countdown_text(self) -> str:
        left = self.state.left if self.state is not None else None
        return countdown_text(left) if left is not None else ""

    def headline(self) -> tuple[str, str, str]:
        """The panel's label, its main line and the countdown's caption, in the organiser's words."""
        state = self.state
        if state is None or state.phase is Phase.NO_TIMETABLE:
            return self.tr("MeetGrid"), self.tr("No timetable yet"), ""
        if state.phase is Phase.MEETING and state.running is not None:
            return (
                self.tr("Now"),
                self._round_words(state.running),
                self.tr("left in this round"),
            )
        if state.phase is Phase.BREAK and state.break_ is not None:
            line = f"{state.break_.label} · {state.break_.start:%H:%M}–{state.break_.end:%H:%M}"
            return self.tr("Break"), line, self.tr("until the next round")
        if state.phase is Phase.CHANGEOVER and state.next is not None:
            line = self.tr("Go to your next table · round {n} at {time}")
            return (
                self.tr("Change tables"),
                line.replace("{n}", str(state.next.number)).replace("{time}", f"{state.next.start:%H:%M}"),
                self.tr("until the next round"),
            )
        if state.phase is Phase.BEFORE and state.next is not None:
            when = f"{state.next.start:%H:%M}"
            if state.next_is_another_day:
                when = f"{_day(state.next.start)}, {when}"
            return (
                self.tr("Welcome"),
                self.tr("The meetings start at {when}").replace("{when}", when),
                self.tr("until the first round"),
            )
        if state.next is not None:
            again = self.tr("Thank you. The meetings continue {day} at {time}")
            return (
                self.tr("The day is over"),
                again.replace("{day}", _day(state.next.start)).replace("{time}", f"{state.next.start:%H:%M}"),
                "",
            )
        return self.tr("The day is over"), self.tr("Thank you for coming"), ""

    def _round_words(self, slot: BoardSlot) -> str:
        words = self.tr("Round {n} of {of} · {start}–{end}")
        return (
            words.replace("{n}", str(slot.number))
            .replace("{of}", str(slot.of))
            .replace("{start}", f"{slot.start:%H:%M}")
            .replace("{end}", f"{slot.end:%H:%M}")
        )

    # -- keys and actions -------------------------------------------------------------------------------

    @Slot()
    def toggle_chime(self) -> None:
        self.chime_on = not self.chime_on
        self.chime_action.setChecked(self.chime_on)
        self.update()

    @Slot()
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # out of full screen first, then away
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:  # no pointer on the hall's screen
            if self.isFullScreen():
                self.setCursor(Qt.CursorShape.BlankCursor)
            else:
                self.unsetCursor()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.page = min(self.page, self.pages() - 1)

    # -- drawing ----------------------------------------------------------------------------------------

    def _unit(self) -> float:
        """One pixel of a 1920×1080 screen, at this window's size."""
        return min(self.width() / 1920, self.height() / 1080)

    def _frame(self) -> QRect:
        """The 16:9 area drawn in, centred."""
        u = self._unit()
        width, height = round(1920 * u), round(1080 * u)
        return QRect((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def _grid(self) -> _Grid:
        """The grid of the round shown, worked out once per round, event and window size."""
        shown = self.shown_round()
        key = (shown.slot_id if shown else None, self.width(), self.height())
        cached = self._grid_cache
        if cached is None or cached[0] is not self._event or cached[1] != key:
            cached = self._grid_cache = (self._event, key, self._layout_grid())
        return cached[2]

    def _layout_grid(self) -> _Grid:
        """Two columns of meetings where every name fits its half nearly at full size, else one column
        across the screen with the interpreters in a column of their own; as many rows as fit. The two
        sides share a row in proportion to their longest names (the guests' are often the longer)."""
        u = self._unit()
        frame = self._frame()
        margin = round(56 * u)
        rect = QRect(frame.left() + margin, frame.top() + round(GRID_TOP * u), frame.width() - 2 * margin, 0)
        rect.setBottom(frame.top() + round(GRID_BOTTOM * u))
        shown = self.shown_round()
        meetings = shown.meetings if shown is not None else ()
        helped = any(m.interpreter or m.needs_interpreting for m in meetings)
        first, second = _widest(meetings, NAME_SIZE * u, 0), _widest(meetings, NAME_SIZE * u, 1)
        split = min(0.7, max(0.3, first / (first + second))) if first + second else 0.5
        half = (rect.width() - round(COLUMN_GAP * u)) // 2
        two = bool(meetings) and (first + second) * FITS <= self._names_width(half, 2, helped)
        columns = 2 if two else 1
        row = (rect.width() - round(COLUMN_GAP * u) * (columns - 1)) // columns
        names = self._names_width(row, columns, helped)
        pad = round(PAD * u)
        room = (round(names * split) - pad, names - round(names * split) - pad)
        scale = min([1.0] + [space / wide for space, wide in zip(room, (first, second), strict=True) if wide])
        row_height = round((ROW_HEIGHT + (26 if two and helped else 0)) * u)
        rows = max(1, (rect.height() + round(ROW_GAP * u)) // (row_height + round(ROW_GAP * u)))
        return _Grid(rect, columns, rows, row_height, helped, split, max(0.62, scale) * NAME_SIZE * u)

    def _names_width(self, row_width: int, columns: int, helped: bool) -> int:
        """The width both organisations' names share in a row of ``row_width``."""
        u = self._unit()
        rest = row_width - round((TABLE_WIDTH + 2 * PAD) * u)
        if columns == 1 and helped:
            rest -= round(HELPER_WIDTH * u)
        return rest

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        self._draw_header(painter)
        self._draw_now(painter)
        self._draw_next(painter)
        self._draw_footer(painter)
        painter.end()

    def _draw_header(self, painter: QPainter) -> None:
        u, frame = self._unit(), self._frame()
        margin = round(56 * u)
        left = frame.left() + margin
        width = frame.width() - 2 * margin
        clock = QRect(
            left + width - round(420 * u), frame.top() + round(24 * u), round(420 * u), round(130 * u)
        )
        _text(painter, clock, self.clock_text(), 116 * u, TEXT, bold=True, align=Qt.AlignmentFlag.AlignRight)
        name = self._event.settings.name if self._event is not None else ""
        title = QRect(left, frame.top() + round(40 * u), width - round(460 * u), round(60 * u))
        _text(painter, title, name, 46 * u, TEXT, bold=True)
        details = []
        if self.state is not None:
            details.append(_day(self.state.now))
        if self._event is not None and self._event.settings.venue:
            details.append(self._event.settings.venue)
        line = QRect(left, frame.top() + round(106 * u), width - round(460 * u), round(40 * u))
        _text(painter, line, "  ·  ".join(details), 28 * u, MUTED)
        painter.fillRect(QRect(left, frame.top() + round(176 * u), width, max(1, round(2 * u))), RULE)

    def _phase_colour(self) -> QColor:
        phase = self.state.phase if self.state is not None else Phase.NO_TIMETABLE
        return {
            Phase.MEETING: ACCENT,
            Phase.BREAK: AMBER,
            Phase.CHANGEOVER: GREEN,
            Phase.BEFORE: GREEN,
        }.get(phase, MUTED)

    def _draw_now(self, painter: QPainter) -> None:
        u, frame = self._unit(), self._frame()
        margin = round(56 * u)
        panel = QRect(frame.left() + margin, frame.top() + round(200 * u), frame.width() - 2 * margin, 0)
        panel.setHeight(round(180 * u))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PANEL)
        painter.drawRoundedRect(QRectF(panel), 18 * u, 18 * u)
        colour = self._phase_colour()
        painter.setBrush(colour)
        strip = QRectF(panel.left(), panel.top(), 12 * u, panel.height())
        painter.drawRoundedRect(strip, 6 * u, 6 * u)
        label, line, caption = self.headline()
        inner = panel.adjusted(round(48 * u), round(26 * u), -round(40 * u), -round(20 * u))
        countdown = self.countdown_text()
        count_width = round(470 * u) if countdown else 0
        _text(
            painter,
            QRect(inner.left(), inner.top(), inner.width(), round(36 * u)),
            label.upper(),
            28 * u,
            colour,
            bold=True,
            spacing=3 * u,
        )
        main = QRect(
            inner.left(),
            inner.top() + round(52 * u),
            inner.width() - count_width - round(30 * u),
            round(84 * u),
        )
        _text(painter, main, line, 58 * u, TEXT, bold=True, smallest=0.55)
        if countdown:
            soon = (
                self.state is not None
                and self.state.phase is Phase.MEETING
                and (self.state.left is not None and self.state.left.total_seconds() <= SOON_SECONDS)
            )
            right = QRect(inner.right() - count_width, inner.top() - round(6 * u), count_width, round(36 * u))
            _text(painter, right, caption, 26 * u, MUTED, align=Qt.AlignmentFlag.AlignRight)
            digits = QRect(
                inner.right() - count_width, inner.top() + round(18 * u), count_width, round(124 * u)
            )
            _text(
                painter,
                digits,
                countdown,
                108 * u,
                AMBER if soon else TEXT,
                bold=True,
                align=Qt.AlignmentFlag.AlignRight,
            )

    def _draw_next(self, painter: QPainter) -> None:
        u, frame = self._unit(), self._frame()
        margin = round(56 * u)
        left, width = frame.left() + margin, frame.width() - 2 * margin
        shown = self.shown_round()
        top = frame.top() + round(400 * u)
        if shown is None:
            message = self._empty_message()
            if message:
                box = QRect(left, top + round(120 * u), width, round(80 * u))
                _text(painter, box, message, 40 * u, MUTED, align=Qt.AlignmentFlag.AlignHCenter)
            return
        if self.shows_running():
            label = self.tr("Last round")
        elif self.state is None or self.state.phase is Phase.MEETING:
            label = self.tr("Next")
        else:
            label = self.tr("Coming up")
        heading = f"{shown.start:%H:%M}–{shown.end:%H:%M}"
        if self.state is not None and shown.start.date() != self.state.now.date():
            heading = f"{_day(shown.start)}  {heading}"
        metrics = _text(
            painter,
            QRect(left, top, round(300 * u), round(52 * u)),
            label.upper(),
            30 * u,
            ACCENT,
            bold=True,
            spacing=3 * u,
        )
        after = left + metrics + round(28 * u)
        round_words = (
            self.tr("Round {n} of {of}").replace("{n}", str(shown.number)).replace("{of}", str(shown.of))
        )
        _text(
            painter,
            QRect(after, top - round(8 * u), width - (after - left) - round(300 * u), round(60 * u)),
            f"{heading}   {round_words}",
            44 * u,
            TEXT,
            bold=True,
        )
        pages = self.pages()
        if pages > 1:
            self._draw_pages(
                painter, QRect(left + width - round(300 * u), top, round(300 * u), round(44 * u)), pages
            )
        if not shown.meetings:
            box = QRect(left, top + round(140 * u), width, round(60 * u))
            _text(
                painter,
                box,
                self.tr("No meetings in this round"),
                36 * u,
                MUTED,
                align=Qt.AlignmentFlag.AlignHCenter,
            )
            return
        self._draw_grid(painter)

    def _empty_message(self) -> str:
        state = self.state
        if state is None or self._event is None:
            return self.tr("Open an event to show its timetable")
        if not self._event.meetings:
            return self.tr("No meetings planned yet")
        return ""

    def _draw_pages(self, painter: QPainter, rect: QRect, pages: int) -> None:
        u = self._unit()
        size, gap = 14 * u, 12 * u
        x = rect.right() - pages * (size + gap) + gap
        y = rect.center().y() - size / 2
        painter.setPen(Qt.PenStyle.NoPen)
        for number in range(pages):
            painter.setBrush(TEXT if number == self.page else RULE)
            painter.drawEllipse(QRectF(x + number * (size + gap), y, size, size))
        words = self.tr("Page {n} of {of}").replace("{n}", str(self.page + 1)).replace("{of}", str(pages))
        label = QRect(rect.left(), rect.top(), round(x - rect.left() - 16 * u), rect.height())
        _text(painter, label, words, 24 * u, MUTED, align=Qt.AlignmentFlag.AlignRight)

    def _draw_grid(self, painter: QPainter) -> None:
        u = self._unit()
        grid = self._grid()
        gap = round(ROW_GAP * u)
        column_gap = round(COLUMN_GAP * u)
        column_width = (grid.rect.width() - column_gap * (grid.columns - 1)) // grid.columns
        for index, meeting in enumerate(self.visible_meetings()):
            column, row = divmod(index, grid.rows)
            rect = QRect(
                grid.rect.left() + column * (column_width + column_gap),
                grid.rect.top() + row * (grid.row_height + gap),
                column_width,
                grid.row_height,
            )
            self._draw_meeting(painter, rect, meeting, grid, alternate=row % 2 == 1)

    def _draw_meeting(
        self, painter: QPainter, rect: QRect, meeting: BoardMeeting, grid: _Grid, *, alternate: bool
    ) -> None:
        u = self._unit()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ROW_ALT if alternate else ROW)
        painter.drawRoundedRect(QRectF(rect), 12 * u, 12 * u)
        pad = round(PAD * u)
        table_width = round(TABLE_WIDTH * u)
        middle = Qt.AlignmentFlag.AlignVCenter
        table = QRect(rect.left() + pad, rect.top(), table_width - pad, rect.height())
        _text(painter, table, meeting.table, 32 * u, ACCENT, bold=True, smallest=0.6, valign=middle)
        names = self._names_width(rect.width(), grid.columns, grid.helped)
        sides = (round(names * grid.split), names - round(names * grid.split))
        names_height = round(ROW_HEIGHT * u)  # the two lines of names, centred in a row of two lines
        least = min(1.0, 0.62 * NAME_SIZE * u / grid.name_size)
        for number, (latin, local) in enumerate((meeting.first, meeting.second)):
            x = rect.left() + table_width + pad + (sides[0] if number else 0)
            first, second = (latin, local) if latin else (local, "")
            width = sides[number] - pad
            if second:
                top = rect.top() + round(8 * u)
                _text(
                    painter,
                    QRect(x, top, width, round(40 * u)),
                    first,
                    grid.name_size,
                    TEXT,
                    bold=True,
                    smallest=least,
                )
                _text(
                    painter,
                    QRect(x, top + round(40 * u), width, round(34 * u)),
                    second,
                    26 * u,
                    LOCAL,
                    smallest=0.7,
                )
            else:
                box = QRect(x, rect.top(), width, names_height)
                _text(painter, box, first, grid.name_size, TEXT, bold=True, smallest=least, valign=middle)
        helper = meeting.interpreter or meeting.needs_interpreting
        if not helper:
            return
        words = (
            self.tr("Interpreter: {name}").replace("{name}", meeting.interpreter)
            if meeting.interpreter
            else self.tr("Interpreting needed: {languages}").replace(
                "{languages}", meeting.needs_interpreting
            )
        )
        colour = MUTED if meeting.interpreter else AMBER
        if grid.columns == 1:
            x = rect.left() + table_width + pad + names
            box = QRect(x, rect.top(), rect.right() - x - pad, rect.height())
            _text(painter, box, words, 24 * u, colour, smallest=0.75, valign=middle)
        else:
            x = rect.left() + table_width + pad
            box = QRect(x, rect.bottom() - round(34 * u), rect.right() - x - pad, round(30 * u))
            _text(painter, box, words, 22 * u, colour, smallest=0.8)

    def _draw_footer(self, painter: QPainter) -> None:
        u, frame = self._unit(), self._frame()
        margin = round(56 * u)
        left, width = frame.left() + margin, frame.width() - 2 * margin
        row = QRect(left, frame.top() + round(1018 * u), width, round(40 * u))
        state = self.state
        if state is not None and state.break_ is not None and state.phase is not Phase.BREAK:
            words = self.tr("Later: {label} {start}–{end}")
            text = (
                words.replace("{label}", state.break_.label)
                .replace("{start}", f"{state.break_.start:%H:%M}")
                .replace("{end}", f"{state.break_.end:%H:%M}")
            )
            _text(painter, row, text, 26 * u, AMBER)
        if self.chime_on:
            _text(painter, row, self.tr("Chime on"), 22 * u, MUTED, align=Qt.AlignmentFlag.AlignRight)


def _widest(meetings: tuple[BoardMeeting, ...], size: float, side: int) -> int:
    """The widest name of the first (0) or second (1) organisations of ``meetings`` in the bold name font of
    ``size`` pixels."""
    font = QFont(FONT)
    font.setBold(True)
    font.setPixelSize(max(1, round(size)))
    metrics = QFontMetrics(font)
    names = {name for m in meetings for name in (m.first, m.second)[side] if name}
    return max((metrics.horizontalAdvance(name) for name in names), default=0)


def _day(moment: datetime) -> str:
    """'Tuesday 9 June'."""
    return f"{moment:%A} {moment.day} {moment:%B}"


def _text(
    painter: QPainter,
    rect: QRect,
    text: str,
    size: float,
    colour: QColor,
    *,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    valign: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop,
    smallest: float = 0.75,
    spacing: float = 0.0,
) -> int:
    """Draw one line in ``rect``: shrunk down to ``smallest`` of its size to fit, then cut with an ellipsis,
    so that a long name never runs into its neighbour. Returns the width drawn."""
    if not text or rect.width() <= 0:
        return 0
    font = QFont(FONT)
    font.setBold(bold)
    if spacing:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    pixels = max(1.0, size)
    font.setPixelSize(round(pixels))
    metrics = QFontMetrics(font)
    while metrics.horizontalAdvance(text) > rect.width() and pixels > size * smallest:
        # Text grows about in proportion to its size; the step down makes up for rounding to whole pixels.
        pixels = max(
            size * smallest, min(pixels - 1, pixels * rect.width() / metrics.horizontalAdvance(text))
        )
        font.setPixelSize(max(1, round(pixels)))
        metrics = QFontMetrics(font)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, align | valign | Qt.TextFlag.TextSingleLine, shown)
    return min(metrics.horizontalAdvance(shown), rect.width())


def run_board(path: Path, event: Event) -> int:
    """Show the board of ``event`` (from ``path``) full screen until it is closed (``meetgrid board``)."""
    from app.ui.app import application
    from app.ui.board.follow import FileFollower

    app = application()
    board = BoardWindow(event)
    board.setWindowFilePath(str(path))
    FileFollower(board, path)
    board.showFullScreen()
    return app.exec()
