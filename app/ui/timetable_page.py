"""The timetable page: the slot x table grid to rearrange by hand, one organisation's, table's or
interpreter's day, and the requests the timetable does not meet, with their reasons.

Moves and locks are undoable edits of the session (``edits.change_meetings``). Idle gaps, table changes
and the reasons for unmet requests need the whole scheduling instance, half a second for a large event, so
``reports.check_timetable`` runs off the GUI thread and fills them in when it is done.
"""

from __future__ import annotations

import dataclasses
import html
from abc import abstractmethod
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRegularExpression,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event, Meeting, SolveStatus
from app.domain.days import DayLine, agenda_of, interpreted_languages, interpreter_day, table_day
from app.services import edits, reports
from app.services.reports import TimetableCheck
from app.ui.jobs import JobRunner
from app.ui.models import (
    FIRST_OF_DAY_ROLE,
    INTERPRETING_COLOUR,
    INTERPRETING_ROLE,
    LOCKED_COLOUR,
    MARK_COLOUR,
    REASON_ROLE,
    TimetableModel,
    UnmetModel,
    lock_icon,
    org_label,
)
from app.ui.session import EventSession
from app.ui.widgets import empty_state, show_warnings, warning_band

Index = QModelIndex | QPersistentModelIndex

BREAK_COLOUR = "#EDEDED"
QUIET_COLOUR = "#6B6B6B"
CHECK_DELAY_MS = 100


# -- someone's day ---------------------------------------------------------------------------------------


class DayModel(QAbstractTableModel):
    """One organisation's, table's or interpreter's day: a row per meeting, free slot and break, in time
    order. Subclasses say whose day it is and what the columns show."""

    INTERPRETER_COLUMN: int | None = None
    """The column naming the interpreter, hidden in an event without interpreters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._subject: int | None = None
        self._lines: tuple[DayLine, ...] = ()
        self._first_of_day: set[int] = set()

    # What each kind of day gives (Qt's metaclass leaves no room for ABCMeta; mypy still checks them).

    @abstractmethod
    def headers(self) -> tuple[str, ...]:
        """The column titles, the time first."""

    @abstractmethod
    def lines_of(self, event: Event, subject: int) -> tuple[DayLine, ...]:
        """The day of ``subject``, in time order."""

    @abstractmethod
    def meeting_cells(self, event: Event, meeting: Meeting) -> tuple[str, ...]:
        """The columns after the time, for a meeting."""

    def free_text(self, line: DayLine) -> str:
        return self.tr("free") if line.present else self.tr("not at the event")

    # The day.

    def show(self, event: Event | None, subject: int | None) -> None:
        """Show the day of ``subject`` (an organisation, table or interpreter id) in ``event``."""
        self.beginResetModel()
        self._event = event
        self._subject = subject
        self._lines = self.lines_of(event, subject) if event is not None and subject is not None else ()
        self._first_of_day = {
            row
            for row in range(1, len(self._lines))
            if self._lines[row].start.date() != self._lines[row - 1].start.date()
        }
        self.endResetModel()

    def subject(self) -> int | None:
        return self._subject

    def line_at(self, row: int) -> DayLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def meeting_at(self, row: int) -> Meeting | None:
        line = self.line_at(row)
        return line.meeting if line is not None else None

    def break_rows(self) -> list[int]:
        return [row for row, line in enumerate(self._lines) if line.is_break]

    def hidden_columns(self) -> set[int]:
        column = self.INTERPRETER_COLUMN
        event = self._event
        if column is None or (
            event is not None and (event.interpreters or reports.interpreting_needed(event))
        ):
            return set()
        return {column}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(headers):
            return headers[section]
        return super().headerData(section, orientation, role)

    def time_text(self, line: DayLine) -> str:
        event = self._event
        text = f"{line.start:%H:%M}–{line.end:%H:%M}"
        if event is not None and len(event.settings.days) > 1:
            return f"{line.start:%a %d %b} {text}"
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._event
        if event is None or not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == FIRST_OF_DAY_ROLE:
            return index.row() in self._first_of_day
        meeting = line.meeting
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.time_text(line)
            if meeting is not None:
                cells = self.meeting_cells(event, meeting)
                return cells[column - 1] if 0 < column <= len(cells) else None
            if column == 1:
                return line.label if line.is_break else self.free_text(line)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and meeting is not None:
            return self.tooltip(event, meeting)
        if role == INTERPRETING_ROLE:
            languages = reports.interpreting_needed(event).get(meeting.id) if meeting is not None else None
            return "–".join(languages) if languages and column == self.INTERPRETER_COLUMN else None
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and meeting is not None and meeting.locked:
            return lock_icon()
        if meeting is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(QUIET_COLOUR))
            if role == Qt.ItemDataRole.BackgroundRole and line.is_break:
                return QBrush(QColor(BREAK_COLOUR))
            if role == Qt.ItemDataRole.FontRole and column == 1:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def tooltip(self, event: Event, meeting: Meeting) -> str:
        lines = []
        for org in meeting.organisation_ids:
            people = [
                event.participant_by_id[p].name
                for p in meeting.participant_ids
                if event.participant_by_id[p].organisation_id == org
            ]
            lines.append(f"{org_label(event.organisation_by_id[org])}: {', '.join(people) or '-'}")
        if meeting.locked:
            lines.append(self.tr("Locked: keeps its time and table when the timetable is planned again"))
        lines.append(self.tr("Double-click to see it in the grid of all tables"))
        return "\n".join(lines)

    def interpreter_name(self, event: Event, meeting: Meeting) -> str:
        """The interpreter named on the meeting; for a meeting that needs one and has none, what to book."""
        if meeting.interpreter_id is None or meeting.interpreter_id not in event.interpreter_by_id:
            languages = reports.interpreting_needed(event).get(meeting.id)
            if languages:
                return self.tr("needed: {languages}").replace("{languages}", "–".join(languages))
            return ""
        return event.interpreter_by_id[meeting.interpreter_id].name

    def people_of(self, event: Event, meeting: Meeting, org: int) -> str:
        return ", ".join(
            event.participant_by_id[p].name
            for p in meeting.participant_ids
            if event.participant_by_id[p].organisation_id == org
        )


class AgendaModel(DayModel):
    """An organisation's day: when, where, with whom, who of its people goes, and the interpreter."""

    INTERPRETER_COLUMN = 4

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Table"),
            self.tr("With"),
            self.tr("Who goes"),
            self.tr("Interpreter"),
        )

    def lines_of(self, event: Event, subject: int) -> tuple[DayLine, ...]:
        return agenda_of(event, subject) if subject in event.organisation_by_id else ()

    def meeting_cells(self, event: Event, meeting: Meeting) -> tuple[str, ...]:
        org = self._subject or 0
        return (
            event.table_by_id[meeting.table_id].name,
            org_label(event.partner_of(meeting, org)),
            self.people_of(event, meeting, org),
            self.interpreter_name(event, meeting),
        )


class TableDayModel(DayModel):
    """A table's day: who meets there in each slot."""

    INTERPRETER_COLUMN = 3

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Organisations"), self.tr("People"), self.tr("Interpreter"))

    def lines_of(self, event: Event, subject: int) -> tuple[DayLine, ...]:
        return table_day(event, subject) if subject in event.table_by_id else ()

    def meeting_cells(self, event: Event, meeting: Meeting) -> tuple[str, ...]:
        a, b = meeting.organisation_ids
        return (
            f"{event.organisation_by_id[a].name} – {event.organisation_by_id[b].name}",
            " · ".join(filter(None, (self.people_of(event, meeting, a), self.people_of(event, meeting, b)))),
            self.interpreter_name(event, meeting),
        )


class InterpreterDayModel(DayModel):
    """An interpreter's day: where, for whom, between which languages."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Table"), self.tr("Organisations"), self.tr("Languages"))

    def lines_of(self, event: Event, subject: int) -> tuple[DayLine, ...]:
        return interpreter_day(event, subject) if subject in event.interpreter_by_id else ()

    def meeting_cells(self, event: Event, meeting: Meeting) -> tuple[str, ...]:
        a, b = meeting.organisation_ids
        languages = interpreted_languages(event, meeting)
        return (
            event.table_by_id[meeting.table_id].name,
            f"{event.organisation_by_id[a].name} – {event.organisation_by_id[b].name}",
            f"{languages[0]} – {languages[1]}" if languages else "",
        )


class UnmetFilter(QSortFilterProxyModel):
    """The unmet requests of one reason, or all of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(REASON_ROLE)
        self.setFilterKeyColumn(1)
        self._reason: str | None = None

    def reason(self) -> str | None:
        return self._reason

    def set_reason(self, reason: str | None) -> None:
        self._reason = reason
        pattern = "" if reason is None else f"^{QRegularExpression.escape(reason)}$"
        self.setFilterRegularExpression(pattern)


# -- drawing ---------------------------------------------------------------------------------------------


def _day_line_width(widget: QWidget) -> int:
    return max(2, widget.fontMetrics().height() // 8)


class _DayLineDelegate(QStyledItemDelegate):
    """Draws cells as usual, with a line above the first row of each new day and an amber frame round a
    meeting that needs interpreting."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        widget = self.parent()
        width = _day_line_width(widget) if isinstance(widget, QWidget) else 2
        rect: QRect = option.rect
        if index.data(INTERPRETING_ROLE):
            painter.save()
            painter.setPen(QPen(QColor(INTERPRETING_COLOUR), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = width // 2 + 1
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
            painter.restore()
        if index.data(FIRST_OF_DAY_ROLE):
            painter.save()
            painter.setPen(QPen(QColor(MARK_COLOUR), width))
            painter.drawLine(rect.left(), rect.top() + width // 2, rect.right(), rect.top() + width // 2)
            painter.restore()


class _DayHeader(QHeaderView):
    """The slots' header, with the same line above the first slot of each new day."""

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        painter.save()
        super().paintSection(painter, rect, logicalIndex)
        painter.restore()
        model = self.model()
        if model is not None and model.headerData(logicalIndex, self.orientation(), FIRST_OF_DAY_ROLE):
            width = _day_line_width(self)
            painter.save()
            painter.setPen(QPen(QColor(MARK_COLOUR), width))
            painter.drawLine(rect.left(), rect.top() + width // 2, rect.right(), rect.top() + width // 2)
            painter.restore()


# -- the page --------------------------------------------------------------------------------------------


NARROWEST_CHARS, WIDEST_CHARS = 14, 24
"""A table's column in the grid, in average characters: the names of both organisations fit at the widest
and are shortened (in full in the tooltip) at the narrowest."""

PROBLEMS_SHOWN = 5
"""Broken rules listed above the timetable; the rest are counted."""


class TimetablePage(QWidget):
    """The saved timetable of the session's event, seen whole or one organisation, table or interpreter
    at a time, with the requests it leaves unmet."""

    GRID, ORGANISATION, TABLE, INTERPRETER = range(4)

    plan_requested = Signal()  # plan the timetable (again, around the locked meetings)
    status_message = Signal(str, int)  # text for the status bar, how long to show it (ms)
    checked = Signal()  # idle gaps, table changes and unmet requests of the event shown are counted

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
        self.plan_button = QPushButton(self.tr("Plan the timetable"))
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
        self.lock_button = QPushButton(self.tr("Lock or unlock"))
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
        self.plan_again_button = QPushButton(self.tr("Plan again around locked meetings"))
        self.plan_again_button.setToolTip(
            self.tr(
                "Plan the whole timetable again: locked meetings keep their time and table, the others may "
                "move. The timetable as it is now is kept in a backup copy."
            )
        )
        self.plan_again_button.clicked.connect(self.plan_requested)
        self.unmet_view = QTableView()
        self.unmet_view.setModel(self.unmet_filter)
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

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _grid_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.timetable_model)
        view.setVerticalHeader(_DayHeader(Qt.Orientation.Vertical, view))
        view.setItemDelegate(_DayLineDelegate(view))
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

    def _chooser(self, *, searchable: bool) -> QComboBox:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(48 if searchable else 24)
        box.setMaxVisibleItems(20)
        if searchable:  # a thousand organisations: type part of a name
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = box.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line = box.lineEdit()
            if line is not None:  # a long name shows its beginning, not its end
                box.currentIndexChanged.connect(lambda _row: line.setCursorPosition(0))
        return box

    def _day_view(self, model: DayModel, *, stretch: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(_DayLineDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        metrics = view.fontMetrics()
        view.setIconSize(QSize(metrics.height(), metrics.height()))
        view.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + metrics.height() // 2)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(lambda index: self._jump_from(model, index))

        def fit() -> None:
            hidden = model.hidden_columns()
            for column in range(model.columnCount()):
                view.setColumnHidden(column, column in hidden)
            view.clearSpans()
            for row in model.break_rows():  # a break's name across the row
                view.setSpan(row, 1, 1, model.columnCount() - 1)

        model.modelReset.connect(fit)
        return view

    def _day_tab(self, label: str, box: QComboBox, view: QTableView) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(label)
        caption.setBuddy(box)
        row.addWidget(caption)
        row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return tab

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
        self.timetable_model.set_event(event)
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
        return super().eventFilter(watched, event)

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
        warnings = reports.summarise(event).warnings if event is not None and event.last_run else ()
        self._show_warnings(warnings)
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

    def _show_summary(self) -> None:
        event = self._event
        if event is None:
            return
        locked = sum(1 for m in event.meetings if m.locked)
        parts = [
            self.tr("{n} meetings").replace("{n}", str(len(event.meetings))),
            self.tr("{n} locked").replace("{n}", str(locked)),
        ]
        check = self._check
        if check is None:
            parts.append(self.tr("counting idle gaps and table changes…"))
        else:
            parts += [
                self.tr("{n} idle gaps").replace("{n}", str(check.figures.idle_gaps)),
                self.tr("{n} table changes").replace("{n}", str(check.figures.table_changes)),
                self.tr("{n} requests unmet").replace("{n}", str(len(check.unmet))),
            ]
        run = event.last_run
        if run is not None:
            how = {
                SolveStatus.OPTIMAL: self.tr("the best possible under the rules you set"),
                SolveStatus.FEASIBLE: self.tr("good, not proven best (time limit)"),
            }.get(run.status, run.status)
            if check is not None and check.thin:
                how = self.tr("hardly any meetings — see the warnings")
            if event.changed_since_planned:
                how = self.tr("changed by hand since")
            parts.append(
                self.tr("last planned {when}: {how}")
                .replace("{when}", f"{run.finished_at:%d %b %H:%M}")
                .replace("{how}", how)
            )
        self.summary_label.setText(" · ".join(parts))
        self._show_warnings(check.warnings if check is not None else ())
        problems = check.problems if check is not None else ()
        self.problems_label.setVisible(bool(problems))
        if problems:
            shown = "\n• ".join(problems[:PROBLEMS_SHOWN])
            more = len(problems) - PROBLEMS_SHOWN
            self.problems_label.setText(
                self.tr(
                    "The timetable breaks {n} rules as the event now stands; move or unlock these meetings, "
                    "or plan again:"
                ).replace("{n}", str(len(problems)))
                + "\n• "
                + shown
                + (self.tr("\n… and {n} more").replace("{n}", str(more)) if more > 0 else "")
            )

    def _show_warnings(self, warnings: tuple[str, ...]) -> None:
        show_warnings(self.warning_band, self.tr("Look at this before printing the agendas:"), warnings)

    def warnings_shown(self) -> bool:
        """The yellow band of warnings is up (the page may be hidden itself)."""
        return not self.warning_band.isHidden()

    # -- the counting in the background ---------------------------------------------------------------

    @Slot()
    def _check_now(self) -> None:
        """Count the event shown in the background, unless counted already or a count is under way (it
        starts the next one when it ends)."""
        event = self._event
        if event is None or not event.meetings or self._check is not None or self._checker.is_running():
            return
        self._checker.start(
            self.tr("Counting idle gaps and unmet requests"),
            lambda: reports.check_timetable(event),
            lambda check: self._on_checked(event, check),
            self._on_check_failed,
        )

    def _on_checked(self, event: Event, check: TimetableCheck) -> None:
        if event is not self._event:  # changed meanwhile: count it afresh
            if not self._check_timer.isActive():
                self._check_now()
            return
        self._check = check
        self.unmet_model.set_unmet(event, check.unmet)
        self._show_reasons()
        metrics = self.unmet_view.fontMetrics()
        reasons = [self.unmet_model.reason_text(code) for code, _count in self.unmet_model.reasons()]
        widest = max((metrics.horizontalAdvance(text) for text in reasons), default=0)
        self.unmet_view.horizontalHeader().resizeSection(1, widest + metrics.height())
        if check.unmet:
            self.unmet_stack.setCurrentWidget(self.unmet_view)
        else:
            self._show_unmet_note(self.tr("Every request is met."))
        self._show_summary()
        self.checked.emit()

    def _on_check_failed(self, message: str) -> None:
        if self._check is None and not self._check_timer.isActive():
            self._show_unmet_note(self.tr("Could not work out the unmet requests: ") + message)
            self.status_message.emit(self.tr("Could not count idle gaps and unmet requests: ") + message, 0)

    def _show_unmet_note(self, text: str) -> None:
        self.unmet_note.setText(text)
        self.unmet_stack.setCurrentWidget(self.unmet_note)

    def _show_reasons(self) -> None:
        """Fill the reason filter, keeping the reason chosen while any request has it."""
        chosen = self.unmet_filter.reason()
        reasons = self.unmet_model.reasons()
        self.reason_box.blockSignals(True)
        self.reason_box.clear()
        total = self.unmet_model.rowCount()
        self.reason_box.addItem(self.tr("All reasons ({n})").replace("{n}", str(total)), None)
        for code, count in reasons:
            self.reason_box.addItem(f"{self.unmet_model.reason_text(code)} ({count})", code)
        row = self.reason_box.findData(chosen) if chosen is not None else 0
        self.reason_box.setCurrentIndex(max(row, 0))
        self.reason_box.blockSignals(False)
        self.unmet_filter.set_reason(self.reason_box.currentData())
        self.unmet_heading.setText(self.tr("Unmet requests"))
        self.reason_box.setEnabled(bool(reasons))

    def set_reason_filter(self, reason: str | None) -> bool:
        """Show only the unmet requests with this reason code (None: all); False when none has it."""
        row = self.reason_box.findData(reason) if reason is not None else 0
        if row < 0:
            return False
        self.reason_box.setCurrentIndex(row)
        return True

    # -- views ----------------------------------------------------------------------------------------

    @Slot(int)
    def _on_view_chosen(self, view: int) -> None:
        self._refresh_view(view)

    def _refresh_view(self, view: int) -> None:
        """Bring one organisation's, table's or interpreter's day up to date; the others wait till shown."""
        event = self._event
        if view not in self._stale_views or event is None:
            return
        self._stale_views.discard(view)
        box, model, _view = self._days[view]
        if view == self.ORGANISATION:
            ordered = sorted(event.organisations, key=lambda o: (o.name.casefold(), o.id))
            choices = [(org_label(o), o.id) for o in ordered]
        elif view == self.TABLE:
            choices = [(t.name, t.id) for t in event.tables]
        else:
            choices = [(i.name, i.id) for i in event.interpreters]
        chosen = box.currentData()
        present = [(box.itemText(row), box.itemData(row)) for row in range(box.count())]
        if present != choices:
            box.blockSignals(True)
            box.clear()
            for text, subject in choices:
                box.addItem(text, subject)
            row = box.findData(chosen) if chosen is not None else -1
            box.setCurrentIndex(max(row, 0) if choices else -1)
            box.blockSignals(False)
        model.show(event, box.currentData())

    def current_view(self) -> int:
        return self.views.currentIndex()

    def show_view(self, view: int) -> None:
        """Show all tables (``GRID``) or one organisation's, table's or interpreter's day."""
        self.views.setCurrentIndex(view)

    def _show_day(self, view: int, subject: int) -> bool:
        self.show_view(view)
        box = self._days[view][0]
        row = box.findData(subject)
        if row < 0:
            return False
        box.setCurrentIndex(row)
        return True

    def show_organisation(self, org_id: int) -> bool:
        return self._show_day(self.ORGANISATION, org_id)

    def show_table(self, table_id: int) -> bool:
        return self._show_day(self.TABLE, table_id)

    def show_interpreter(self, interpreter_id: int) -> bool:
        return self._show_day(self.INTERPRETER, interpreter_id)

    def _jump_from(self, model: DayModel, index: QModelIndex) -> None:
        meeting = model.meeting_at(index.row())
        if meeting is not None:
            self.show_meeting(meeting.id)

    def show_meeting(self, meeting_id: int) -> bool:
        """Show the meeting in the grid of all tables, selected."""
        index = self.timetable_model.index_of(meeting_id)
        if not index.isValid():
            return False
        self.show_view(self.GRID)
        self.timetable_view.setCurrentIndex(index)
        self.timetable_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.timetable_view.setFocus()
        return True

    # -- edits ----------------------------------------------------------------------------------------

    def move_problems(self, meeting_id: int, slot_id: int, table_id: int) -> list[str]:
        """The rules moving the meeting there would break; none when it may go there."""
        event = self.session.current
        if event is None:
            return [self.tr("no event is open")]
        return edits.new_problems(event, edits.moved(event, meeting_id, slot_id, table_id))

    def move_meeting(self, meeting_id: int, slot_id: int, table_id: int) -> bool:
        """Move (or, onto another meeting, swap) a meeting as an undoable step; the move locks it."""
        event = self.session.current
        if event is None or self.session.busy:
            return False
        meetings = tuple(
            dataclasses.replace(m, locked=True) if m.id == meeting_id else m
            for m in edits.moved(event, meeting_id, slot_id, table_id)
        )
        return self.session.edit(self.tr("Move a meeting"), lambda ef: edits.change_meetings(ef, meetings))

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
        return self.session.edit(text, lambda ef: edits.change_meetings(ef, meetings))

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
