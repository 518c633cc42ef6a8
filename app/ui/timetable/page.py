"""The timetable page: the slot x table grid to rearrange by hand, one organisation's, table's or
interpreter's day, and the requests the timetable does not meet, with their reasons.

Moves and locks are undoable edits of the session (``edits.change_meetings``). Idle gaps, table changes
and the reasons for unmet requests need the whole scheduling instance, half a second for a large event, so
``reports.check_timetable`` runs off the GUI thread and fills them in when it is done.

Over 400 lines because building the grid and its edits (moves, locks) belong together.
"""

from __future__ import annotations

import dataclasses
import html
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event, SolveStatus
from app.services import edits, reports
from app.services.reports import TimetableCheck
from app.ui.jobs import JobRunner
from app.ui.models.timetable import (
    LOCKED_COLOUR,
    MARK_COLOUR,
    AgendaModel,
    DayModel,
    InterpreterDayModel,
    TableDayModel,
    TimetableModel,
    UnmetFilter,
    UnmetModel,
    lock_icon,
)
from app.ui.session import EventSession
from app.ui.timetable.base import CHECK_DELAY_MS
from app.ui.timetable.check import CheckPanel
from app.ui.timetable.days import DayViews
from app.ui.timetable.grid import DayHeader, DayLineDelegate
from app.ui.widgets import empty_state, warning_band

Index = QModelIndex | QPersistentModelIndex


# -- someone's day ---------------------------------------------------------------------------------------


# -- drawing ---------------------------------------------------------------------------------------------


# -- the page --------------------------------------------------------------------------------------------


NARROWEST_CHARS, WIDEST_CHARS = 14, 24
"""A table's column in the grid, in average characters: the names of both organisations fit at the widest
and are shortened (in full in the tooltip) at the narrowest."""


_STEPS = {
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}
"""Ctrl and an arrow: where the meeting of the current cell moves, in rows (slots) and columns (tables)."""


class TimetablePage(DayViews, CheckPanel):
    """The saved timetable of the session's event, seen whole or one organisation, table or interpreter
    at a time, with the requests it leaves unmet."""

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._event: Event | None = None
        self._check: TimetableCheck | None = None
        # The counting starts once the new timetable is painted, and once for a burst of edits (undo
        # pressed again and again): it holds Python's lock for half a second on a large event.
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_now)
        self._stale_views: set[int] = set()
        self._checker = JobRunner(self)
        em = self.fontMetrics().height()

        # Nothing to show yet: what to do.
        self.plan_button = QPushButton(self.tr("Plan &the timetable"))
        self.plan_button.clicked.connect(self.plan_requested)
        self.empty_label, self.empty_page = empty_state(self, self.plan_button)

        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # All tables.
        self.timetable_model = TimetableModel(self)
        self.timetable_model.set_moves(self.move_problems, self.move_meeting)
        self.timetable_model.refused.connect(
            lambda why: self.status_message.emit(self.tr("Cannot move it here: ") + why, 4000)
        )
        self.timetable_view = self._grid_view()
        self.timetable_view.viewport().installEventFilter(self)
        self.timetable_view.installEventFilter(self)  # Ctrl+arrow moves the meeting of the current cell
        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.lock_legend = QLabel()
        self.lock_legend.setWordWrap(True)
        mark = QLabel()
        mark.setPixmap(lock_icon().pixmap(QSize(em, em)))
        mark.setStyleSheet(f"background-color: {LOCKED_COLOUR}; padding: {em // 6}px;")
        lock_row = QHBoxLayout()
        lock_row.setContentsMargins(0, 0, 0, 0)
        lock_row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        lock_row.addWidget(self.lock_legend, 1)
        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.timetable_view, 1)
        grid_layout.addWidget(self.legend_label)
        grid_layout.addLayout(lock_row)

        # One organisation, table or interpreter at a time.
        self.agenda_model = AgendaModel(self)
        self.table_day_model = TableDayModel(self)
        self.interpreter_day_model = InterpreterDayModel(self)
        self.organisation_box = self._chooser(searchable=True)
        self.table_box = self._chooser(searchable=False)
        self.interpreter_box = self._chooser(searchable=False)
        self.agenda_view = self._day_view(self.agenda_model, stretch=3)
        self.table_day_view = self._day_view(self.table_day_model, stretch=2)
        self.interpreter_day_view = self._day_view(self.interpreter_day_model, stretch=2)
        self.agenda_view.setAccessibleName(self.tr("Day of the chosen organisation"))
        self.table_day_view.setAccessibleName(self.tr("Day of the chosen table"))
        self.interpreter_day_view.setAccessibleName(self.tr("Day of the chosen interpreter"))
        self._days: dict[int, tuple[QComboBox, DayModel, QTableView]] = {
            self.ORGANISATION: (self.organisation_box, self.agenda_model, self.agenda_view),
            self.TABLE: (self.table_box, self.table_day_model, self.table_day_view),
            self.INTERPRETER: (self.interpreter_box, self.interpreter_day_model, self.interpreter_day_view),
        }
        for box, model, _view in self._days.values():
            box.currentIndexChanged.connect(
                lambda _row, box=box, model=model: model.show(self._event, box.currentData())
            )

        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(grid, self.tr("All tables"))
        self.views.addTab(
            self._day_tab(self.tr("Organisation"), self.organisation_box, self.agenda_view),
            self.tr("Per organisation"),
        )
        self.views.addTab(
            self._day_tab(self.tr("Table"), self.table_box, self.table_day_view), self.tr("Per table")
        )
        self.views.addTab(
            self._day_tab(self.tr("Interpreter"), self.interpreter_box, self.interpreter_day_view),
            self.tr("Per interpreter"),
        )
        self.lock_button = QPushButton(self.tr("&Lock or unlock"))
        self.lock_button.setToolTip(
            self.tr(
                "Lock the selected meetings, or unlock them when all are locked already (Ctrl+L). A locked "
                "meeting keeps its time and table when the timetable is planned again."
            )
        )
        self.lock_button.clicked.connect(self.toggle_lock)
        self.views.setCornerWidget(self.lock_button, Qt.Corner.TopRightCorner)
        self.views.currentChanged.connect(self._on_view_chosen)

        # The requests left unmet.
        self.unmet_model = UnmetModel(self)
        self.unmet_filter = UnmetFilter(self)
        self.unmet_filter.setSourceModel(self.unmet_model)
        self.unmet_heading = self._heading(self.tr("Unmet requests"))
        self.reason_box = QComboBox()
        self.reason_box.setAccessibleName(self.tr("Show unmet requests for"))
        self.reason_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_box.currentIndexChanged.connect(
            lambda _row: self.unmet_filter.set_reason(self.reason_box.currentData())
        )
        self.plan_again_button = QPushButton(self.tr("Pl&an again around locked meetings"))
        self.plan_again_button.setToolTip(
            self.tr(
                "Plan the whole timetable again: locked meetings keep their time and table, the others may "
                "move. The timetable as it is now is kept in a backup copy."
            )
        )
        self.plan_again_button.clicked.connect(self.plan_requested)
        self.unmet_view = QTableView()
        self.unmet_view.setModel(self.unmet_filter)
        self.unmet_view.setAccessibleName(self.tr("Unmet requests"))
        self.unmet_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unmet_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unmet_view.setAlternatingRowColors(True)
        self.unmet_view.setWordWrap(False)
        self.unmet_view.verticalHeader().setVisible(False)
        self.unmet_view.setToolTip(self.tr("Requests the timetable could not meet, with the reason"))
        header = self.unmet_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(0, em * 22)
        header.resizeSection(1, em * 12)
        self.unmet_note = QLabel()
        self.unmet_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unmet_note.setWordWrap(True)
        self.unmet_stack = QStackedWidget()
        self.unmet_stack.addWidget(self.unmet_view)
        self.unmet_stack.addWidget(self.unmet_note)
        unmet_top = QHBoxLayout()
        unmet_top.addWidget(self.unmet_heading)
        unmet_top.addWidget(self.reason_box)
        unmet_top.addStretch(1)
        unmet_top.addWidget(self.plan_again_button)
        unmet = QWidget()
        unmet_layout = QVBoxLayout(unmet)
        unmet_layout.setContentsMargins(0, 0, 0, 0)
        unmet_layout.addLayout(unmet_top)
        unmet_layout.addWidget(self.unmet_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timetable-splitter")
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(unmet)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #B00020")
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)
        self.content = content

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(content)
        # Above the timetable, and above the empty page too: a plan that placed no meeting warns as loudly.
        self.warning_band = warning_band()
        band_row = QHBoxLayout()
        band_row.setContentsMargins(em // 2, em // 2, em // 2, 0)
        band_row.addWidget(self.warning_band)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(band_row)
        outer.addWidget(self.stack, 1)

        session.busy_changed.connect(self._on_busy)
        self._show_empty(None)
        self._on_busy(session.busy)

    # -- building -------------------------------------------------------------------------------------

    def _grid_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.timetable_model)
        view.setVerticalHeader(DayHeader(Qt.Orientation.Vertical, view))
        view.setItemDelegate(DayLineDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = view.fontMetrics()
        view.setIconSize(QSize(metrics.height(), metrics.height()))
        # Sizes from the font, so the grid reads the same at any DPI; every cell holds two names.
        columns = view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setDefaultSectionSize(metrics.averageCharWidth() * 24)
        rows = view.verticalHeader()
        rows.setSectionsClickable(True)
        rows.setHighlightSections(True)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.lineSpacing() * 2 + metrics.height() // 2)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(True)
        view.setDropIndicatorShown(True)
        view.setAccessibleName(self.tr("Timetable of all tables"))
        return view

    # -- showing an event -----------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the timetable as saved; the counting of idle gaps and unmet requests follows in the
        background (``checked``)."""
        if event is self._event and event is not None:
            return
        self._event = event
        if event is None or not event.meetings:
            self._show_empty(event)
            return
        self.stack.setCurrentWidget(self.content)
        current = self.timetable_view.currentIndex()
        self.timetable_model.set_event(event)
        if current.isValid():  # the cell the organiser is on (a meeting moved by keys) stays current
            self.timetable_view.setCurrentIndex(self.timetable_model.index(current.row(), current.column()))
        self._fit_columns()
        self._show_legend(event)
        self.views.setTabEnabled(self.INTERPRETER, bool(event.interpreters))
        self.views.setTabToolTip(
            self.INTERPRETER, "" if event.interpreters else self.tr("This event has no interpreters")
        )
        if not event.interpreters and self.views.currentIndex() == self.INTERPRETER:
            self.views.setCurrentIndex(self.GRID)
        self._stale_views = set(self._days)
        self._refresh_view(self.views.currentIndex())
        self._check = None
        self.unmet_model.set_unmet(None, ())
        self._show_reasons()
        self._show_unmet_note(self.tr("Looking for the reasons…"))
        self._show_summary()
        self._check_timer.start()
        self._on_busy(self.session.busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.timetable_view.viewport():
            self._fit_columns()
        if (
            watched is self.timetable_view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in _STEPS
        ):
            self.move_current(*_STEPS[Qt.Key(event.key())])
            return True
        return super().eventFilter(watched, event)

    def move_current(self, rows: int, columns: int) -> bool:
        """The keyboard's drag and drop: the meeting in the current cell to the next cell in a direction
        (onto a meeting there: they swap), checked as a drop is; the current cell follows it."""
        index = self.timetable_view.currentIndex()
        event = self.session.current
        if event is None or not index.isValid():
            return False
        meeting = self.timetable_model.meeting_at(index.row(), index.column())
        row, column = index.row() + rows, index.column() + columns
        if meeting is None or not (0 <= row < len(event.slots) and 0 <= column < len(event.tables)):
            return False
        slot, table = event.slots[row].id, event.tables[column].id
        problems = self.move_problems(meeting.id, slot, table)
        if problems:
            self.timetable_model.refused.emit("; ".join(problems))  # said as a refused drop is
            return False
        if not self.move_meeting(meeting.id, slot, table):
            return False
        target = self.timetable_model.index(row, column)
        self.timetable_view.setCurrentIndex(target)
        self.timetable_view.scrollTo(target)
        return True

    def _fit_columns(self, available: int | None = None) -> None:
        """Tables as wide as lets them all be seen, between a narrow and the comfortable width: a dozen
        tables fit a laptop's window, a hundred and fifty scroll at the narrow width."""
        tables = self.timetable_model.columnCount()
        if not tables:
            return
        chars = self.timetable_view.fontMetrics().averageCharWidth()
        room = self.timetable_view.viewport().width() if available is None else available
        width = room // tables
        header = self.timetable_view.horizontalHeader()
        size = max(NARROWEST_CHARS * chars, min(WIDEST_CHARS * chars, width))
        if size != header.defaultSectionSize() or header.sectionSize(0) != size:
            header.setDefaultSectionSize(size)
            for column in range(tables):
                header.resizeSection(column, size)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def is_checking(self) -> bool:
        """Idle gaps, table changes or unmet requests are still being counted."""
        return self._event is not None and bool(self._event.meetings) and self._check is None

    def _show_empty(self, event: Event | None) -> None:
        self._check = None
        self._check_timer.stop()
        self.timetable_model.set_event(None)
        self.unmet_model.set_unmet(None, ())
        for _box, model, _view in self._days.values():
            model.show(None, None)
        # Planned without a single meeting: the summary (worked out with the stored event) says why.
        cautions = reports.summarise(event).cautions if event is not None and event.last_run else ()
        self._show_warnings(cautions)
        if event is None:
            title = self.tr("No event open")
            text = self.tr("Open an event or import registrations, then plan the timetable.")
        else:
            title = self.tr("Plan the timetable first")
            name = f"<i>{html.escape(event.settings.name)}</i>"
            if event.last_run is not None and event.last_run.status == SolveStatus.INFEASIBLE:
                text = self.tr(
                    "The last planning of {event} found no timetable that keeps every locked meeting and "
                    "minimum together. Change them and plan again."
                )
            elif event.last_run is not None and event.requests:
                title = self.tr("No meetings planned")
                text = self.tr(
                    "The last planning of {event} placed no meeting. The warnings above say why and what to "
                    "change; then plan again."
                )
            else:
                text = self.tr(
                    "{event} has no timetable yet. Plan it, and its meetings appear here, table by table "
                    "and slot by slot, to move by hand."
                )
            text = text.replace("{event}", name)
        self.empty_label.setText(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        self.plan_button.setVisible(event is not None)
        self.stack.setCurrentWidget(self.empty_page)

    def _show_legend(self, event: Event) -> None:
        colours = self.timetable_model.colours()
        metrics = self.legend_label.fontMetrics()
        if 0 < len(colours) <= 10:
            width = metrics.height() * 14
            elide = Qt.TextElideMode.ElideRight
            names = " ".join(
                f'<span style="background-color:{colour}; color:{MARK_COLOUR};">&nbsp;'
                + html.escape(metrics.elidedText(org.name, elide, width)).replace(" ", "&nbsp;")
                + "&nbsp;</span>"
                for org, colour in colours
            )
            text = self.tr("Each meeting has the colour of its first organisation:") + " " + names
        else:
            text = self.tr(
                "Each meeting has the colour of its first organisation; colours repeat, to tell neighbouring "
                "meetings apart."
            )
        self.legend_label.setText(text)
        lock = self.tr(
            "Locked: keeps its time and table when the timetable is planned again (select meetings, then "
            "Ctrl+L to lock or unlock). Drag a meeting to another cell to move it, or onto another meeting "
            "to swap the two; a moved meeting is locked, and moves again once unlocked."
        )
        if len(event.settings.days) > 1:
            lock += " " + self.tr("A thick line starts a new day.")
        if reports.interpreting_needed(event):
            lock += " " + self.tr(
                "An amber frame: the meeting needs interpreting (its sides share no language and no "
                "interpreter is named); the summary says how many interpreters to book."
            )
        self.lock_legend.setText(lock)

    # -- the counting in the background ---------------------------------------------------------------

    # -- views ----------------------------------------------------------------------------------------

    # -- edits ----------------------------------------------------------------------------------------

    def move_problems(self, meeting_id: int, slot_id: int, table_id: int) -> list[str]:
        """The rules moving the meeting there would break; none when it may go there."""
        event = self.session.current
        if event is None:
            return [self.tr("no event is open")]
        return edits.new_problems(event, edits.moved(event, meeting_id, slot_id, table_id), meeting_id)

    def move_meeting(self, meeting_id: int, slot_id: int, table_id: int) -> bool:
        """Move (or, onto another meeting, swap) a meeting as an undoable step; the move locks it."""
        event = self.session.current
        if event is None or self.session.busy:
            return False
        meetings = tuple(
            dataclasses.replace(m, locked=True) if m.id == meeting_id else m
            for m in edits.moved(event, meeting_id, slot_id, table_id)
        )
        return self.session.edit(
            self.tr("Move a meeting"), lambda ef: edits.change_meetings(ef, meetings, before=event)
        )

    def selected_meetings(self) -> set[int]:
        """The meetings selected in the view shown."""
        view = self.views.currentIndex()
        if view == self.GRID:
            model = self.timetable_model
            return {
                m.id
                for index in self.timetable_view.selectionModel().selectedIndexes()
                if (m := model.meeting_at(index.row(), index.column())) is not None
            }
        _box, day, table = self._days[view]
        return {
            m.id
            for index in table.selectionModel().selectedIndexes()
            if (m := day.meeting_at(index.row())) is not None
        }

    @Slot()
    def toggle_lock(self) -> bool:
        """Lock the selected meetings, or unlock them when all are locked already."""
        event = self.session.current
        if event is None or self.session.busy:
            return False
        chosen = self.selected_meetings()
        if not chosen:
            self.status_message.emit(self.tr("Select meetings in the timetable first"), 4000)
            return False
        lock = not all(m.locked for m in event.meetings if m.id in chosen)
        meetings = tuple(dataclasses.replace(m, locked=lock) if m.id in chosen else m for m in event.meetings)
        text = self.tr("Lock meetings") if lock else self.tr("Unlock meetings")
        return self.session.edit(text, lambda ef: edits.change_meetings(ef, meetings, before=event))

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        """No edits and no new plan while planning runs."""
        self.timetable_view.setDragEnabled(not busy)
        self.timetable_view.setAcceptDrops(not busy)
        self.lock_button.setEnabled(not busy)
        self.plan_button.setEnabled(not busy)
        self.plan_again_button.setEnabled(not busy)

    # -- layout and closing ---------------------------------------------------------------------------

    def saveState(self) -> QByteArray:
        """The split between the timetable and the unmet requests, to remember with the window."""
        return self.splitter.saveState()

    def restoreState(self, state: QByteArray | bytes) -> bool:
        return self.splitter.restoreState(state)

    def shutdown(self) -> None:
        """Wait for the counting under way, so no thread outlives the window."""
        self._check_timer.stop()
        self._checker.wait()

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)
