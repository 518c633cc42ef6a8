"""The event setup page: everything about the event except the registrations, with the meeting slots shown
as the organiser types.

The page edits a draft. Nothing is stored until Apply, which stores the settings
(``event_setup.change_settings``) and the pairs kept apart and the interpreters
(``edits.change_registrations``) as one undoable step; Revert puts the draft back as stored. Settings
that would remove meetings of the timetable are applied only once the organiser has agreed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    DEFAULT_TIERS,
    Break,
    Event,
    EventDay,
    EventSettings,
    Interpreter,
    Interpreting,
    OrgId,
    Pair,
    build_slots,
    day_slots,
    pair_of,
)
from app.services import edits, event_setup
from app.services.event_files import backups_folder
from app.services.importing import parse_periods, split_list
from app.ui.models import RowsModel, org_label
from app.ui.session import EventSession
from app.ui.time_grid import (
    DATE_FORMAT,
    TIME_FORMAT,
    GridDelegate,
    checked_settings,
    day_name,
    qdate,
    qtime,
    to_date,
    to_time,
)
from app.ui.widgets import empty_state, heading

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

PROBLEM_COLOUR = "#B00020"
BREAK_BACKGROUND = "#FFF2CC"
BREAK_FOREGROUND = "#5C4400"


def _hm(value: time | datetime) -> str:
    return f"{value:%H:%M}"


# -- the draft ------------------------------------------------------------------------------------------


@dataclass
class BreakDraft:
    start: time
    end: time
    label: str


@dataclass
class DayDraft:
    """A day as being edited: may be wrong (ending before it starts) until it is made an ``EventDay``."""

    date: date
    start: time
    end: time
    breaks: list[BreakDraft] = field(default_factory=list)

    @classmethod
    def of(cls, day: EventDay) -> DayDraft:
        return cls(day.date, day.start, day.end, [BreakDraft(b.start, b.end, b.label) for b in day.breaks])

    def day(self) -> EventDay:
        """The day as the domain has it; raises ValueError saying what is wrong."""
        breaks = sorted(
            (Break(b.start, b.end, b.label.strip()) for b in self.breaks), key=lambda b: (b.start, b.end)
        )
        return EventDay(self.date, self.start, self.end, tuple(breaks))


@dataclass
class TableDraft:
    name: str
    seats: int


def normal(settings: EventSettings) -> EventSettings:
    """The settings with days and breaks in time order, so that two ways of writing them compare equal."""
    days = tuple(
        dataclasses.replace(day, breaks=tuple(sorted(day.breaks, key=lambda b: (b.start, b.end, b.label))))
        for day in sorted(settings.days, key=lambda d: d.date)
    )
    return dataclasses.replace(settings, days=days)


# -- models ---------------------------------------------------------------------------------------------


class _ListModel(RowsModel[Row]):
    """A table over a list of rows that the page edits; ``edited`` after every change."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def append(self, item: Row) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(item)
        self.endInsertRows()
        self.edited.emit()
        return row

    def replace(self, row: int, item: Row) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            self.edited.emit()

    def remove_rows(self, rows: Iterable[int]) -> None:
        chosen = sorted({r for r in rows if 0 <= r < len(self._rows)}, reverse=True)
        for row in chosen:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        if chosen:
            self.edited.emit()

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self.headers())
        )

    def _changed(self, index: Index) -> bool:
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class DaysModel(_ListModel[DayDraft]):
    """The days of the event: date, first meeting, end of the last meeting, and the breaks (edited apart)."""

    EDITABLE = (0, 1, 2)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Meetings from"), self.tr("Meetings until"), self.tr("Breaks"))

    def breaks_text(self, day: DayDraft) -> str:
        parts = [
            f"{_hm(b.start)}–{_hm(b.end)} {b.label}".strip()
            for b in sorted(day.breaks, key=lambda b: (b.start, b.end))
        ]
        return "; ".join(parts) if parts else self.tr("none")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        day = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (day_name(day.date, DATE_FORMAT), _hm(day.start), _hm(day.end), self.breaks_text(day))[
                column
            ]
        if role == Qt.ItemDataRole.EditRole:
            return (qdate(day.date), qtime(day.start), qtime(day.end), self.breaks_text(day))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return self.tr("Select the day to edit its breaks below")
            return day_name(day.date)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and day.end <= day.start:
            return QBrush(QColor(PROBLEM_COLOUR))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        day = self._rows[index.row()]
        column = index.column()
        if column == 0 and hasattr(value, "year") and value.isValid():
            day.date = to_date(value)
        elif column in (1, 2) and hasattr(value, "hour") and value.isValid():
            if column == 1:
                day.start = to_time(value)
            else:
                day.end = to_time(value)
        else:
            return False
        return self._changed(index)

    def breaks_edited(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            index = self.index(row, 3)
            self.dataChanged.emit(index, index)

    def add_day(self) -> int:
        """A day after the last one, with its hours and breaks; the row it went to."""
        if not self._rows:
            return self.append(DayDraft(date.today(), event_setup.DEFAULT_START, event_setup.DEFAULT_END))
        last = max(self._rows, key=lambda d: d.date)
        taken = {d.date for d in self._rows}
        next_date = last.date + timedelta(days=1)
        while next_date in taken:
            next_date += timedelta(days=1)
        breaks = [dataclasses.replace(b) for b in last.breaks]
        return self.append(DayDraft(next_date, last.start, last.end, breaks))


class BreaksModel(_ListModel[BreakDraft]):
    """The breaks and plenary blocks of one day: start, end and what it is."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._day: DayDraft | None = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("From"), self.tr("Until"), self.tr("What"))

    def day(self) -> DayDraft | None:
        return self._day

    def set_day(self, day: DayDraft | None) -> None:
        """Edit the breaks of ``day`` in place (the day's own list)."""
        self.beginResetModel()
        self._day = day
        self._rows = day.breaks if day is not None else []
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        brk = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (_hm(brk.start), _hm(brk.end), brk.label)[column]
        if role == Qt.ItemDataRole.EditRole:
            return (qtime(brk.start), qtime(brk.end), brk.label)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and brk.end <= brk.start:
            return QBrush(QColor(PROBLEM_COLOUR))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        brk = self._rows[index.row()]
        column = index.column()
        if column == 2:
            brk.label = " ".join(str(value).split())
        elif hasattr(value, "hour") and value.isValid():
            if column == 0:
                brk.start = to_time(value)
            else:
                brk.end = to_time(value)
        else:
            return False
        return self._changed(index)

    def add_break(self, label: str) -> int:
        """A quarter of an hour in the middle of the day, or after the last break; the row it went to."""
        day = self._day
        if day is None:
            return -1
        if self._rows:
            start = max(b.end for b in self._rows)
            start = (datetime.combine(day.date, start) + timedelta(hours=1)).time()
        else:
            middle = (
                datetime.combine(day.date, day.start)
                + (datetime.combine(day.date, day.end) - datetime.combine(day.date, day.start)) / 2
            )
            start = middle.replace(minute=middle.minute - middle.minute % 5, second=0, microsecond=0).time()
        end = (datetime.combine(day.date, start) + timedelta(minutes=15)).time()
        if end <= start:  # past midnight
            start, end = time(23, 30), time(23, 45)
        return self.append(BreakDraft(start, end, label))


class TablesModel(_ListModel[TableDraft]):
    """Tables with a name and seats of their own."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Table"), self.tr("Seats"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        table = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (table.name, table.seats)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        table = self._rows[index.row()]
        if index.column() == 0:
            table.name = " ".join(str(value).split())
        elif isinstance(value, int) and value >= 2:
            table.seats = value
        else:
            return False
        return self._changed(index)


class ApartModel(_ListModel[Pair]):
    """Pairs of organisations that never meet."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: Mapping[OrgId, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Organisation"), self.tr("Never meets"))

    def set_names(self, names: Mapping[OrgId, str]) -> None:
        self._names = names
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            org = self._rows[index.row()][index.column()]
            return self._names.get(org, self.tr("(organisation {id})").replace("{id}", str(org)))
        return None


class InterpretersModel(_ListModel[Interpreter]):
    """The interpreters: name, languages, and when they are there."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Interpreter"), self.tr("Languages"), self.tr("Available"))

    def available(self, interpreter: Interpreter) -> str:
        start, end = interpreter.available_from, interpreter.available_until
        if start is not None and end is not None:
            return f"{_hm(start)}–{_hm(end)}"
        if start is not None:
            return self.tr("from {time}").replace("{time}", _hm(start))
        if end is not None:
            return self.tr("until {time}").replace("{time}", _hm(end))
        return self.tr("all day")

    def when(self, interpreter: Interpreter) -> str:
        """When the interpreter is there, their absences included."""
        text = self.available(interpreter)
        if interpreter.away:
            away = ", ".join(f"{_hm(p.start)}–{_hm(p.end)}" for p in interpreter.away)
            text += self.tr(", away {spans}").replace("{spans}", away)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        interpreter = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (interpreter.name, ", ".join(interpreter.languages), self.when(interpreter))[
                index.column()
            ]
        return None


# -- the interpreter dialog -----------------------------------------------------------------------------


class InterpreterDialog(QDialog):
    """Name, languages and hours of one interpreter, checked before the dialog closes."""

    def __init__(self, interpreter: Interpreter | None, new_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interpreter") if interpreter else self.tr("New interpreter"))
        self._original = interpreter
        self._id = interpreter.id if interpreter else new_id
        self._result: Interpreter | None = None
        self.name = QLineEdit(interpreter.name if interpreter else "")
        self.languages = QLineEdit(", ".join(interpreter.languages) if interpreter else "")
        self.languages.setPlaceholderText(self.tr("e.g. Chinese, Norwegian, English"))
        self.has_from = QCheckBox(self.tr("From"))
        self.has_until = QCheckBox(self.tr("Until"))
        self.from_time = QTimeEdit(
            qtime(interpreter.available_from if interpreter and interpreter.available_from else time(9))
        )
        self.until_time = QTimeEdit(
            qtime(interpreter.available_until if interpreter and interpreter.available_until else time(17))
        )
        for check, edit, value in (
            (self.has_from, self.from_time, interpreter.available_from if interpreter else None),
            (self.has_until, self.until_time, interpreter.available_until if interpreter else None),
        ):
            edit.setDisplayFormat(TIME_FORMAT)
            check.toggled.connect(edit.setEnabled)
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
        hours = QHBoxLayout()
        for widget in (self.has_from, self.from_time, self.has_until, self.until_time):
            hours.addWidget(widget)
        hours.addStretch(1)
        self.away = QLineEdit(", ".join(str(p) for p in interpreter.away) if interpreter else "")
        self.away.setPlaceholderText(self.tr("e.g. 12:00-12:45, 15:15-15:45"))
        self.away.setToolTip(self.tr("Times of every day when the interpreter is not there"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Available"), hours)
        form.addRow(self.tr("Away"), self.away)
        note = QLabel(self.tr("Leave both times unticked when the interpreter is there all day."))
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def interpreter(self) -> Interpreter | None:
        """The interpreter as entered, once accepted."""
        return self._result

    def accept(self) -> None:
        start = to_time(self.from_time.time()) if self.has_from.isChecked() else None
        end = to_time(self.until_time.time()) if self.has_until.isChecked() else None
        if start is not None and end is not None and start >= end:
            self.problem.setText(self.tr("The interpreter must be there until after they arrive."))
            return
        away, wrong = parse_periods(self.away.text())
        if wrong:
            self.problem.setText(
                self.tr(
                    "'{part}' is not a span of time; write it like 12:00-12:45, several separated by commas."
                ).replace("{part}", wrong[0])
            )
            return
        try:
            self._result = Interpreter(
                self._id,
                " ".join(self.name.text().split()),
                split_list(self.languages.text()),
                start,
                end,
                away,
            )
        except ValueError as exc:
            text = str(exc)
            self.problem.setText(text[:1].upper() + text[1:] + ".")
            return
        super().accept()


# -- the page -------------------------------------------------------------------------------------------


class SetupPage(QWidget):
    """The setup of the open event as a draft, its meeting slots, and Apply and Revert."""

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._event: Event | None = None
        self._loading = False
        self._names: dict[OrgId, str] = {}
        self._org_ids: dict[str, OrgId] = {}
        self._problem = ""

        self.empty_label, empty = empty_state(self)
        self.empty_label.setText(
            "<h2>"
            + self.tr("No event open")
            + "</h2><p>"
            + self.tr(
                "Open an event or import registrations: this page sets the days, the meeting times, the "
                "tables, who may meet whom and the interpreters."
            )
            + "</p>"
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_event_tab(), self.tr("Event"))
        self.tabs.addTab(self._build_days_tab(), self.tr("Days and times"))
        self.tabs.addTab(self._build_tables_tab(), self.tr("Tables"))
        self.tabs.addTab(self._build_who_tab(), self.tr("Who meets whom"))
        self.tabs.addTab(self._build_interpreters_tab(), self.tr("Interpreters"))
        self.tabs.setCurrentIndex(1)

        parts = QSplitter(Qt.Orientation.Horizontal)
        parts.addWidget(self.tabs)
        parts.addWidget(self._build_preview())
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 2)
        parts.setChildrenCollapsible(False)
        self.splitter = parts

        self.busy_label = QLabel(
            self.tr("The timetable is being planned: the setup can be changed once planning has finished.")
        )
        self.busy_label.setWordWrap(True)
        self.busy_label.setStyleSheet(
            f"background: {BREAK_BACKGROUND}; color: {BREAK_FOREGROUND}; padding: 4px"
        )
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Put everything back as it is stored"))
        self.revert_button.clicked.connect(self.revert)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(self.tr("Store the changes; Undo takes them back"))
        self.apply_button.clicked.connect(self.apply)
        bar = QHBoxLayout()
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.apply_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.busy_label)
        # A narrow window scrolls the page rather than squeezing the tables and the preview.
        scroll = QScrollArea()
        scroll.setWidget(parts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(bar)
        self.content = content

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.empty_page = empty
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        session.busy_changed.connect(self._on_busy)
        self.set_event(None)

    # -- building ---------------------------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        return heading(text, self)

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        return label

    def _spin(self, low: int, high: int, suffix: str = "", special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if special:
            spin.setSpecialValueText(special)
        spin.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(special or "0000 min") + self.fontMetrics().height() * 3
        )
        spin.valueChanged.connect(self._draft_changed)
        return spin

    def _view(self, model: QAbstractTableModel, editable: bool) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(GridDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.9))
        if not editable:
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.SelectedClicked
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def _fit_columns(self, view: QTableView, samples: Mapping[int, str]) -> None:
        """Columns wide enough for their header and for the sample text with an editor's buttons, whatever
        is in them yet; the last column takes the rest."""
        metrics = view.fontMetrics()
        header = view.horizontalHeader()
        model = view.model()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, sample in samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample) + metrics.height() * 3, metrics.horizontalAdvance(title)
            )
            header.resizeSection(column, width + metrics.height())

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_event_tab(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Event name"))
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(self.tr("e.g. Innovation Park, Stavanger"))
        for edit in (self.name_edit, self.venue_edit):
            edit.textChanged.connect(self._draft_changed)
        self.max_meetings = self._spin(0, 999, self.tr(" meetings"), self.tr("No limit"))
        self.max_meetings.setToolTip(
            self.tr("An organisation's own limit, from its registration, comes first")
        )
        self.min_meetings = self._spin(0, 999, self.tr(" meetings"), self.tr("No minimum"))
        self.min_meetings.setToolTip(
            self.tr("Every organisation with wishes gets at least this many meetings, or all it asked for")
        )
        self.max_in_a_row = self._spin(0, 99, self.tr(" meetings in a row"), self.tr("No pause needed"))
        self.max_in_a_row.setToolTip(
            self.tr("After this many meetings in a row, a participant gets at least one slot's pause")
        )
        form = QFormLayout()
        form.addRow(self.tr("Event name"), self.name_edit)
        form.addRow(self.tr("Venue"), self.venue_edit)
        limits = QGroupBox(self.tr("Meetings per organisation"))
        limits_form = QFormLayout(limits)
        limits_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        limits_form.addRow(self.tr("At most"), self.max_meetings)
        limits_form.addRow(self.tr("At least"), self.min_meetings)
        limits_form.addRow(self.tr("A pause after"), self.max_in_a_row)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(limits)
        layout.addWidget(
            self._hint(
                self.tr(
                    "What the timetable aims for first (fairness, requests, compact days) is chosen on the "
                    "Plan page."
                )
            )
        )
        layout.addStretch(1)
        return tab

    def _build_days_tab(self) -> QWidget:
        self.meeting_minutes = self._spin(5, 240, self.tr(" min"))
        self.pause_minutes = self._spin(0, 120, self.tr(" min"))
        times = QFormLayout()
        times.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        times.addRow(self.tr("Meetings last"), self.meeting_minutes)
        times.addRow(self.tr("Pause between meetings"), self.pause_minutes)

        self.days_model = DaysModel(self)
        self.days_view = self._view(self.days_model, editable=True)
        self.days_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days_view.setAccessibleName(self.tr("Days"))
        self._fit_columns(
            self.days_view, {0: day_name(date(2026, 9, 30), DATE_FORMAT), 1: "00:00", 2: "00:00"}
        )
        self.days_model.edited.connect(self._draft_changed)
        self.days_view.selectionModel().currentRowChanged.connect(self._on_day_chosen)
        self.add_day_button = QPushButton(self.tr("Add a day"))
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button = QPushButton(self.tr("Remove the day"))
        self.remove_day_button.clicked.connect(self.remove_day)

        self.breaks_heading = self._heading(self.tr("Breaks and plenary sessions"))
        self.breaks_model = BreaksModel(self)
        self.breaks_view = self._view(self.breaks_model, editable=True)
        self.breaks_view.setAccessibleName(self.tr("Breaks"))
        self._fit_columns(self.breaks_view, {0: "00:00", 1: "00:00"})
        self.breaks_model.edited.connect(self._on_breaks_edited)
        self.add_break_button = QPushButton(self.tr("Add a break"))
        self.add_break_button.clicked.connect(self.add_break)
        self.remove_break_button = QPushButton(self.tr("Remove the break"))
        self.remove_break_button.clicked.connect(self.remove_breaks)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(times)
        layout.addWidget(self._heading(self.tr("Days")))
        layout.addWidget(self.days_view, 1)
        layout.addLayout(self._buttons(self.add_day_button, self.remove_day_button))
        layout.addWidget(self.breaks_heading)
        layout.addWidget(self.breaks_view, 1)
        layout.addLayout(self._buttons(self.add_break_button, self.remove_break_button))
        layout.addWidget(
            self._hint(
                self.tr(
                    "No meeting is planned during a break; a plenary session or a site visit is a break too. "
                    "Double-click a time to change it."
                )
            )
        )
        return tab

    def _build_tables_tab(self) -> QWidget:
        self.same_tables = QRadioButton(self.tr("Identical tables:"))
        self.named_tables = QRadioButton(self.tr("Tables with a name and seats of their own"))
        self.table_kind = QButtonGroup(self)
        self.table_kind.addButton(self.same_tables)
        self.table_kind.addButton(self.named_tables)
        self.same_tables.setChecked(True)
        self.same_tables.toggled.connect(self._on_table_kind)
        self.table_count = self._spin(1, 1000, self.tr(" tables"))
        self.seats_per_table = self._spin(2, 999, self.tr(" seats each"))
        same = QHBoxLayout()
        same.addWidget(self.same_tables)
        same.addWidget(self.table_count)
        same.addWidget(self.seats_per_table)
        same.addStretch(1)

        self.tables_model = TablesModel(self)
        self.tables_view = self._view(self.tables_model, editable=True)
        self.tables_view.setAccessibleName(self.tr("Tables"))
        self._fit_columns(self.tables_view, {1: "000"})
        self.tables_view.horizontalHeader().setStretchLastSection(False)
        self.tables_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tables_model.edited.connect(self._draft_changed)
        self.add_table_button = QPushButton(self.tr("Add a table"))
        self.add_table_button.clicked.connect(self.add_table)
        self.remove_table_button = QPushButton(self.tr("Remove the table"))
        self.remove_table_button.clicked.connect(self.remove_tables)

        self.host_group = QComboBox()
        self.host_group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.host_group.currentIndexChanged.connect(self._draft_changed)
        hosts = QFormLayout()
        hosts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        hosts.addRow(self.tr("Fixed host tables"), self.host_group)
        self.tables_note = QLabel()
        self.tables_note.setWordWrap(True)
        self.tables_note.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.tables_note.hide()

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(same)
        layout.addWidget(self.named_tables)
        named = QWidget()
        named_layout = QVBoxLayout(named)
        named_layout.setContentsMargins(0, 0, 0, 0)
        named_layout.addWidget(self.tables_view, 1)
        named_layout.addLayout(self._buttons(self.add_table_button, self.remove_table_button))
        self.named_tables_box = named
        layout.addWidget(named, 1)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(hosts)
        layout.addWidget(self.tables_note)
        layout.addWidget(
            self._hint(
                self.tr(
                    "With fixed host tables, every organisation of that group keeps a table of its own all "
                    "day and the others come to it. Without, tables are shared and people change tables as "
                    "little as possible."
                )
            )
        )
        layout.addStretch(0)
        return tab

    def _build_who_tab(self) -> QWidget:
        self.across_groups = QCheckBox(self.tr("Only meetings between organisations of different groups"))
        self.across_groups.setToolTip(self.tr("For example the delegation meets the hosts, not itself"))
        self.across_groups.toggled.connect(self._draft_changed)

        self.apart_model = ApartModel(self)
        self.apart_view = self._view(self.apart_model, editable=False)
        self.apart_view.setAccessibleName(self.tr("Pairs kept apart"))
        self.apart_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.apart_model.edited.connect(self._draft_changed)
        self.organisation_names = QStringListModel(self)
        self.first_org = self._org_picker(self.tr("First organisation"))
        self.second_org = self._org_picker(self.tr("Second organisation"))
        self.keep_apart_button = QPushButton(self.tr("Keep apart"))
        self.keep_apart_button.clicked.connect(self.add_apart_pair)
        self.second_org.returnPressed.connect(self.add_apart_pair)
        self.remove_apart_button = QPushButton(self.tr("Let them meet again"))
        self.remove_apart_button.clicked.connect(self.remove_apart_pairs)
        self.apart_note = QLabel()
        self.apart_note.setWordWrap(True)
        pickers = QHBoxLayout()
        pickers.addWidget(self.first_org, 1)
        pickers.addWidget(QLabel(self.tr("and")))
        pickers.addWidget(self.second_org, 1)
        pickers.addWidget(self.keep_apart_button)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.across_groups)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self._heading(self.tr("Pairs kept apart")))
        layout.addWidget(
            self._hint(self.tr("These organisations never meet each other (competitors, a known dispute)."))
        )
        layout.addWidget(self.apart_view, 1)
        layout.addLayout(self._buttons(self.remove_apart_button))
        layout.addLayout(pickers)
        layout.addWidget(self.apart_note)
        return tab

    def _org_picker(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        completer = QCompleter(self.organisation_names, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit

    def _build_interpreters_tab(self) -> QWidget:
        self.interpreters_model = InterpretersModel(self)
        self.interpreters_view = self._view(self.interpreters_model, editable=False)
        self.interpreters_view.setAccessibleName(self.tr("Interpreters"))
        self.interpreters_view.doubleClicked.connect(lambda index: self.edit_interpreter(index.row()))
        self.interpreters_model.edited.connect(self._draft_changed)
        self.add_interpreter_button = QPushButton(self.tr("Add an interpreter…"))
        self.add_interpreter_button.clicked.connect(self.add_interpreter)
        self.edit_interpreter_button = QPushButton(self.tr("Change…"))
        self.edit_interpreter_button.clicked.connect(
            lambda: self.edit_interpreter(self._current_row(self.interpreters_view))
        )
        self.remove_interpreter_button = QPushButton(self.tr("Remove"))
        self.remove_interpreter_button.clicked.connect(self.remove_interpreters)
        self.interpreting = QComboBox()
        self.interpreting.addItem(
            self.tr("Preferred: such meetings go ahead; interpreters are named where they are free"),
            Interpreting.PREFERRED.value,
        )
        self.interpreting.addItem(
            self.tr("Required: such a meeting takes place only with an interpreter"),
            Interpreting.REQUIRED.value,
        )
        self.interpreting.setAccessibleName(self.tr("Meetings without a shared language"))
        self.interpreting.currentIndexChanged.connect(self._draft_changed)
        rule = QFormLayout()
        rule.addRow(self.tr("Meetings without a shared language"), self.interpreting)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Organisations that share no language need someone who speaks a language of each: an "
                    "interpreter listed here (one meeting at a time), or one of their own people who speaks "
                    "both. Without interpreters listed, such meetings are planned and marked as needing "
                    "interpreting, so you see how many to book."
                )
            )
        )
        layout.addLayout(rule)
        layout.addWidget(self.interpreters_view, 1)
        layout.addLayout(
            self._buttons(
                self.add_interpreter_button, self.edit_interpreter_button, self.remove_interpreter_button
            )
        )
        return tab

    def _build_preview(self) -> QWidget:
        self.slot_count = self._heading("")
        self.slot_count.setWordWrap(True)
        self.capacity_label = QLabel()
        self.capacity_label.setWordWrap(True)
        self.grid_message = QLabel()
        self.grid_message.setWordWrap(True)
        self.grid_message.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.preview = QTreeWidget()
        self.preview.setColumnCount(2)
        self.preview.setHeaderLabels([self.tr("Time"), self.tr("What")])
        self.preview.setRootIsDecorated(True)
        self.preview.setUniformRowHeights(True)
        self.preview.setAccessibleName(self.tr("Meeting slots"))
        metrics = self.preview.fontMetrics()
        self.preview.header().setStretchLastSection(True)
        self.preview.header().resizeSection(
            0, self.preview.indentation() + metrics.horizontalAdvance("00:00–00:00") + metrics.height() * 2
        )
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Meeting slots")))
        layout.addWidget(self.slot_count)
        layout.addWidget(self.capacity_label)
        layout.addWidget(self.grid_message)
        layout.addWidget(self.preview, 1)
        box.setMinimumWidth(self.fontMetrics().height() * 20)
        return box

    # -- showing an event -------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the setup of the event as stored. Changes not applied yet stay, unless the stored setup itself
        changed meanwhile (an undo): then the draft starts again from what is stored."""
        if event is self._event and event is not None:
            return
        previous = self._event
        had_changes = previous is not None and self._differs_from(previous)
        self._event = event
        if event is None:
            self.stack.setCurrentWidget(self.empty_page)
            return
        self._show_organisations(event)
        setup_changed = previous is None or _setup(previous) != _setup(event)
        discarded = had_changes and setup_changed and self._differs_from(event)
        if setup_changed or not had_changes:
            self._load(event)
        self.stack.setCurrentWidget(self.content)
        self._draft_changed()
        if discarded:
            self.state_label.setText(
                self.tr("The stored setup changed (undo or redo), so the changes not applied were put aside.")
            )

    def stored_event(self) -> Event | None:
        """The event as stored that the draft starts from."""
        return self._event

    def _show_organisations(self, event: Event) -> None:
        self._names = {org.id: org_label(org) for org in event.organisations}
        self._org_ids = {}
        for org in event.organisations:
            for text in (org_label(org), org.name):
                self._org_ids.setdefault(text.casefold(), org.id)
        self.organisation_names.setStringList(sorted(self._names.values(), key=str.casefold))
        self.apart_model.set_names(self._names)
        groups = sorted({o.group.strip() for o in event.organisations if o.group.strip()}, key=str.casefold)
        self._fill_host_groups(groups, self.host_group.currentData() or event.settings.host_group)

    def _fill_host_groups(self, groups: list[str], chosen: str) -> None:
        loading, self._loading = self._loading, True
        self.host_group.clear()
        self.host_group.addItem(self.tr("None: tables are shared"), "")
        if chosen and chosen not in groups:
            groups = [*groups, chosen]
        for group in groups:
            self.host_group.addItem(
                self.tr("Every organisation of “{group}”").replace("{group}", group), group
            )
        self.host_group.setCurrentIndex(max(self.host_group.findData(chosen), 0))
        self._loading = loading

    def _load(self, event: Event) -> None:
        """Fill the draft from the stored event."""
        self._loading = True
        s = event.settings
        self.name_edit.setText(s.name)
        self.venue_edit.setText(s.venue)
        self.max_meetings.setValue(s.max_meetings or 0)
        self.min_meetings.setValue(s.min_meetings or 0)
        self.max_in_a_row.setValue(s.max_in_a_row or 0)
        self.meeting_minutes.setValue(s.meeting_minutes)
        self.pause_minutes.setValue(s.pause_minutes)
        self.days_model.set_rows(DayDraft.of(day) for day in sorted(s.days, key=lambda d: d.date))
        self.days_view.setCurrentIndex(self.days_model.index(0, 0))
        self._on_day_chosen(self.days_model.index(0, 0))
        self.table_count.setValue(s.table_count)
        self.seats_per_table.setValue(s.seats_per_table)
        self.tables_model.set_rows(TableDraft(name, seats) for name, seats in s.custom_tables)
        (self.named_tables if s.custom_tables else self.same_tables).setChecked(True)
        self._on_table_kind()
        self.host_group.setCurrentIndex(max(self.host_group.findData(s.host_group), 0))
        self.across_groups.setChecked(s.across_groups_only)
        self.interpreting.setCurrentIndex(max(self.interpreting.findData(s.interpreting.value), 0))
        self.apart_model.set_rows(sorted(pair_of(*pair) for pair in event.apart))
        self.interpreters_model.set_rows(event.interpreters)
        self.apart_note.clear()
        self._loading = False

    # -- the draft --------------------------------------------------------------------------------------

    def draft_grid(self) -> tuple[EventSettings | None, str]:
        """The days and the meeting and pause lengths as entered, or what is wrong with them."""
        base = self._event

        def grid() -> EventSettings:
            days = tuple(day.day() for day in sorted(self.days_model.rows(), key=lambda d: d.date))
            return EventSettings(
                name=base.settings.name if base else "",
                days=days,
                meeting_minutes=self.meeting_minutes.value(),
                pause_minutes=self.pause_minutes.value(),
            )

        if not self.days_model.rowCount():
            return None, self.tr("The event needs at least one day; add one.")
        return checked_settings(grid)

    def draft_settings(self) -> tuple[EventSettings | None, str]:
        """The settings as entered, or None and what is wrong with them."""
        base = self._event
        if base is None:
            return None, ""
        grid, problem = self.draft_grid()
        if grid is None:
            return None, problem
        name = " ".join(self.name_edit.text().split())
        if not name:
            return None, self.tr("The event needs a name.")
        named = self.named_tables.isChecked()
        tables = tuple((t.name, t.seats) for t in self.tables_model.rows()) if named else ()
        if named and not tables:
            return None, self.tr("Add at least one table, or choose identical tables.")
        return checked_settings(
            lambda: dataclasses.replace(
                base.settings,
                name=name,
                venue=" ".join(self.venue_edit.text().split()),
                days=grid.days,
                meeting_minutes=grid.meeting_minutes,
                pause_minutes=grid.pause_minutes,
                table_count=self.table_count.value(),
                seats_per_table=self.seats_per_table.value(),
                custom_tables=tables,
                host_group=str(self.host_group.currentData() or ""),
                across_groups_only=self.across_groups.isChecked(),
                interpreting=Interpreting(self.interpreting.currentData()),
                max_meetings=self.max_meetings.value() or None,
                min_meetings=self.min_meetings.value() or None,
                max_in_a_row=self.max_in_a_row.value() or None,
            )
        )

    def draft_apart(self) -> tuple[Pair, ...]:
        return tuple(sorted(self.apart_model.rows()))

    def draft_interpreters(self) -> tuple[Interpreter, ...]:
        return tuple(self.interpreters_model.rows())

    def _differs_from(self, event: Event) -> bool:
        settings, _ = self.draft_settings() if self._event is not None else (None, "")
        if settings is None or normal(settings) != normal(event.settings):
            return True
        return set(self.draft_apart()) != set(event.apart) or self.draft_interpreters() != event.interpreters

    def has_changes(self) -> bool:
        """The draft differs from the event as stored."""
        return self._event is not None and self._differs_from(self._event)

    def problem(self) -> str:
        """What keeps the draft from being applied ('' when nothing does)."""
        return self._problem

    @Slot()
    def _draft_changed(self) -> None:
        if self._loading or self._event is None:
            return
        grid, grid_problem = self.draft_grid()
        settings, problem = self.draft_settings()
        self._problem = problem
        self._show_preview(grid, grid_problem)
        self._update_state(settings)

    def _show_preview(self, grid: EventSettings | None, problem: str) -> None:
        self.preview.clear()
        self.grid_message.setText(problem)
        self.grid_message.setVisible(bool(problem))
        tables = self.tables_model.rowCount() if self.named_tables.isChecked() else self.table_count.value()
        if grid is None:
            self.slot_count.setText(self.tr("No meeting slots"))
            self.capacity_label.clear()
            self.capacity_label.hide()
            return
        slots = build_slots(grid)
        days = len(grid.days)
        text = (
            self.tr("{n} meeting slots over {d} days")
            if days != 1
            else self.tr("{n} meeting slots over 1 day")
        )
        if len(slots) == 1:
            text = (
                self.tr("1 meeting slot over {d} days") if days != 1 else self.tr("1 meeting slot over 1 day")
            )
        self.slot_count.setText(text.replace("{n}", str(len(slots))).replace("{d}", str(days)))
        self.capacity_label.setText(
            self.tr("At {t} tables: room for up to {m} meetings in all.")
            .replace("{t}", str(tables))
            .replace("{m}", str(tables * len(slots)))
        )
        self.capacity_label.show()
        number = 0
        italic = QFont(self.preview.font())
        italic.setItalic(True)
        bold = QFont(self.preview.font())
        bold.setBold(True)
        for day in sorted(grid.days, key=lambda d: d.date):
            spans = day_slots(day, grid.meeting_minutes, grid.pause_minutes)
            summary = self.tr("{day} · {n} slots") if len(spans) != 1 else self.tr("{day} · 1 slot")
            heading = QTreeWidgetItem(
                [summary.replace("{day}", day_name(day.date)).replace("{n}", str(len(spans)))]
            )
            heading.setFont(0, bold)
            entries: list[tuple[datetime, datetime, Break | None]] = [(s, e, None) for s, e in spans]
            entries += [
                (datetime.combine(day.date, b.start), datetime.combine(day.date, b.end), b)
                for b in day.breaks
            ]
            for start, end, brk in sorted(entries, key=lambda e: (e[0], e[2] is None)):
                if brk is None:
                    number += 1
                    what = self.tr("Meeting slot {n}").replace("{n}", str(number))
                    item = QTreeWidgetItem([f"{_hm(start)}–{_hm(end)}", what])
                else:
                    label = brk.label or self.tr("Break")
                    item = QTreeWidgetItem(
                        [
                            f"{_hm(start)}–{_hm(end)}",
                            self.tr("{label}: no meetings").replace("{label}", label),
                        ]
                    )
                    for column in (0, 1):
                        item.setBackground(column, QBrush(QColor(BREAK_BACKGROUND)))
                        item.setForeground(column, QBrush(QColor(BREAK_FOREGROUND)))
                        item.setFont(column, italic)
                    item.setData(0, Qt.ItemDataRole.UserRole, "break")
                heading.addChild(item)
            self.preview.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)

    def preview_rows(self) -> list[tuple[str, str, bool]]:
        """What the preview lists: (time, what, is a break) for every slot and break, day after day."""
        rows = []
        for d in range(self.preview.topLevelItemCount()):
            day = self.preview.topLevelItem(d)
            for c in range(day.childCount() if day is not None else 0):
                item = day.child(c) if day is not None else None
                if item is not None:
                    rows.append(
                        (item.text(0), item.text(1), item.data(0, Qt.ItemDataRole.UserRole) == "break")
                    )
        return rows

    def _update_state(self, settings: EventSettings | None) -> None:
        event = self._event
        busy = self._session.busy
        changed = self.has_changes()
        for tab in range(self.tabs.count()):  # the tabs can still be looked through
            widget = self.tabs.widget(tab)
            if widget is not None:
                widget.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.apply_button.setEnabled(event is not None and not busy and changed and settings is not None)
        self.revert_button.setEnabled(event is not None and not busy and changed)
        self.remove_day_button.setEnabled(self.days_model.rowCount() > 1)
        self.add_break_button.setEnabled(self.breaks_model.day() is not None)
        self.remove_break_button.setEnabled(self.breaks_model.rowCount() > 0)
        self.remove_table_button.setEnabled(self.tables_model.rowCount() > 1)
        self.remove_apart_button.setEnabled(self.apart_model.rowCount() > 0)
        self.edit_interpreter_button.setEnabled(self.interpreters_model.rowCount() > 0)
        self.remove_interpreter_button.setEnabled(self.interpreters_model.rowCount() > 0)
        tables = event_setup.table_problems(event, settings) if event is not None and settings else ()
        self.tables_note.setText(
            self.tr("Planning cannot work with these tables: ") + "; ".join(tables) + "." if tables else ""
        )
        self.tables_note.setVisible(bool(tables))
        named = self.named_tables.isChecked()
        self.named_tables_box.setVisible(named)
        self.table_count.setEnabled(not named)
        self.seats_per_table.setEnabled(not named)
        if self._problem:
            self.state_label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
            self.state_label.setText(self.tr("Cannot apply yet: ") + self._problem)
            return
        self.state_label.setStyleSheet("")
        if not changed:
            self.state_label.setText(self.tr("Everything here is as stored in the event."))
            return
        text = self.tr("Changes not applied yet.")
        if tables:
            text += " " + self.tr("The tables need a look (see Tables).")
        if event is not None and settings is not None and event.meetings:
            dropped = len(event_setup.dropped_meetings(event, settings))
            if dropped:
                text += " " + (
                    self.tr("Applying removes {n} of the {total} meetings of the timetable.")
                    .replace("{n}", str(dropped))
                    .replace("{total}", str(len(event.meetings)))
                )
        self.state_label.setText(text)

    @Slot(bool)
    def _on_busy(self, _busy: bool) -> None:
        if self._event is not None:
            settings, _ = self.draft_settings()
            self._update_state(settings)

    # -- editing ----------------------------------------------------------------------------------------

    @staticmethod
    def _current_row(view: QTableView) -> int:
        index = view.currentIndex()
        return index.row() if index.isValid() else -1

    @staticmethod
    def _selected_rows(view: QTableView) -> list[int]:
        rows = {index.row() for index in view.selectionModel().selectedRows()}
        if not rows and view.currentIndex().isValid():
            rows = {view.currentIndex().row()}
        return sorted(rows)

    @Slot(QModelIndex)
    def _on_day_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        day = self.days_model.row_at(current.row()) if current.isValid() else None
        self.breaks_model.set_day(day)
        self.breaks_heading.setText(
            self.tr("Breaks and plenary sessions on {day}").replace("{day}", day_name(day.date))
            if day is not None
            else self.tr("Breaks and plenary sessions (choose a day)")
        )
        self.add_break_button.setEnabled(day is not None)

    @Slot()
    def _on_breaks_edited(self) -> None:
        self.days_model.breaks_edited(self._current_row(self.days_view))
        self._draft_changed()

    @Slot()
    def add_day(self) -> None:
        row = self.days_model.add_day()
        self.days_view.setCurrentIndex(self.days_model.index(row, 0))

    @Slot()
    def remove_day(self) -> None:
        row = self._current_row(self.days_view)
        if row < 0 or self.days_model.rowCount() <= 1:
            return
        self.days_model.remove_rows([row])
        self.days_view.setCurrentIndex(self.days_model.index(min(row, self.days_model.rowCount() - 1), 0))

    @Slot()
    def add_break(self) -> None:
        row = self.breaks_model.add_break(self.tr("Break"))
        if row >= 0:
            self.breaks_view.setCurrentIndex(self.breaks_model.index(row, 0))

    @Slot()
    def remove_breaks(self) -> None:
        self.breaks_model.remove_rows(self._selected_rows(self.breaks_view))

    @Slot()
    def _on_table_kind(self) -> None:
        if self.named_tables.isChecked() and not self.tables_model.rowCount() and not self._loading:
            # Start the list from the identical tables, so the tables keep their numbers and meetings.
            count, seats = self.table_count.value(), self.seats_per_table.value()
            self.tables_model.set_rows(
                TableDraft(self.tr("Table {n}").replace("{n}", str(n)), seats) for n in range(1, count + 1)
            )
        self._draft_changed()

    @Slot()
    def add_table(self) -> None:
        taken = {t.name.casefold() for t in self.tables_model.rows()}
        number = self.tables_model.rowCount() + 1
        while self.tr("Table {n}").replace("{n}", str(number)).casefold() in taken:
            number += 1
        row = self.tables_model.append(
            TableDraft(self.tr("Table {n}").replace("{n}", str(number)), self.seats_per_table.value())
        )
        self.tables_view.setCurrentIndex(self.tables_model.index(row, 0))

    @Slot()
    def remove_tables(self) -> None:
        self.tables_model.remove_rows(self._selected_rows(self.tables_view))

    def _organisation_named(self, text: str) -> OrgId | None:
        return self._org_ids.get(" ".join(text.split()).casefold())

    @Slot()
    def add_apart_pair(self) -> bool:
        """Keep the two organisations typed in the pickers apart (in the draft)."""
        first = self._organisation_named(self.first_org.text())
        second = self._organisation_named(self.second_org.text())
        if first is None or second is None:
            missing = self.first_org.text() if first is None else self.second_org.text()
            self.apart_note.setText(
                self.tr(
                    "No organisation is called “{name}”; type part of a name and choose from the list."
                ).replace("{name}", missing.strip())
                if missing.strip()
                else self.tr("Choose two organisations: type part of a name and pick it from the list.")
            )
            return False
        if first == second:
            self.apart_note.setText(self.tr("Choose two different organisations."))
            return False
        pair = pair_of(first, second)
        names = f"{self._names[pair[0]]} – {self._names[pair[1]]}"
        if pair in self.apart_model.rows():
            self.apart_note.setText(self.tr("{pair} are kept apart already.").replace("{pair}", names))
            return False
        row = self.apart_model.append(pair)
        self.apart_view.setCurrentIndex(self.apart_model.index(row, 0))
        self.first_org.clear()
        self.second_org.clear()
        note = self.tr("{pair} will never meet once you apply.").replace("{pair}", names)
        event = self._event
        meeting = next((m for m in event.meetings if m.organisation_ids == pair), None) if event else None
        if event is not None and meeting is not None:
            start = event.slot_by_id[meeting.slot_id].start
            note += " " + self.tr(
                "They meet at {time} in the current timetable; plan again to take that meeting out."
            ).replace("{time}", _hm(start))
        self.apart_note.setText(note)
        self.first_org.setFocus()
        return True

    @Slot()
    def remove_apart_pairs(self) -> None:
        self.apart_model.remove_rows(self._selected_rows(self.apart_view))
        self.apart_note.clear()

    def _new_interpreter_id(self) -> int:
        stored = self._event.interpreters if self._event else ()
        return max((i.id for i in (*stored, *self.interpreters_model.rows())), default=0) + 1

    @Slot()
    def add_interpreter(self) -> bool:
        interpreter = self.ask_interpreter(None, self._new_interpreter_id())
        if interpreter is None:
            return False
        row = self.interpreters_model.append(interpreter)
        self.interpreters_view.setCurrentIndex(self.interpreters_model.index(row, 0))
        return True

    def edit_interpreter(self, row: int) -> bool:
        existing = self.interpreters_model.row_at(row)
        if existing is None or self._session.busy:
            return False
        interpreter = self.ask_interpreter(existing, existing.id)
        if interpreter is None or interpreter == existing:
            return False
        self.interpreters_model.replace(row, interpreter)
        return True

    @Slot()
    def remove_interpreters(self) -> None:
        self.interpreters_model.remove_rows(self._selected_rows(self.interpreters_view))

    # -- dialogs (replaced in tests) --------------------------------------------------------------------

    def ask_interpreter(self, interpreter: Interpreter | None, new_id: int) -> Interpreter | None:
        dialog = InterpreterDialog(interpreter, new_id, self)
        return dialog.interpreter() if dialog.exec() else None

    def ask_drop_meetings(self, dropped: int, total: int) -> bool:
        """Whether to apply settings that remove ``dropped`` of the ``total`` meetings."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove meetings?"))
        box.setText(
            self.tr("The new settings remove {n} of the {total} meetings of the timetable.")
            .replace("{n}", str(dropped))
            .replace("{total}", str(total))
        )
        box.setInformativeText(
            self.tr(
                "Their times or tables no longer exist. A copy of the event as it is now is kept in its "
                "backups folder, and Undo brings them back. Plan again to fill the new slots."
            )
        )
        remove = box.addButton(
            self.tr("Apply and remove {n} meetings").replace("{n}", str(dropped)),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(self.tr("Keep the meetings"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is remove

    # -- apply and revert -------------------------------------------------------------------------------

    @Slot()
    def apply(self) -> bool:
        """Store the draft as one undoable step; False when nothing was stored."""
        event = self._event
        if event is None or self._session.busy:
            return False
        settings, _ = self.draft_settings()
        if settings is None:
            return False
        apart, interpreters = self.draft_apart(), self.draft_interpreters()
        settings_changed = normal(settings) != normal(event.settings)
        registrations_changed = set(apart) != set(event.apart) or interpreters != event.interpreters
        if not settings_changed and not registrations_changed:
            return False
        registrations = (
            dataclasses.replace(edits.registrations_of(event), apart=apart, interpreters=interpreters)
            if registrations_changed
            else None
        )
        dropped = event_setup.dropped_meetings(event, settings) if settings_changed else ()
        if dropped and not self.ask_drop_meetings(len(dropped), len(event.meetings)):
            return False
        change: Callable[[Any], Event]
        if settings_changed:
            change = lambda event_file: event_setup.change_settings(event_file, settings, registrations)  # noqa: E731
        else:
            assert registrations is not None
            stored = registrations
            change = lambda event_file: edits.change_registrations(event_file, stored)  # noqa: E731
        if not self._session.edit(self.tr("Change the event setup"), change):
            return False
        self.set_event(self._session.current)
        text = self.tr("Applied; Undo takes the change back.")
        path = self._session.path
        if dropped and path is not None:
            text = (
                self.tr(
                    "Applied; {n} meetings were removed. The event as it was is kept in “{folder}”, and Undo "
                    "brings them back."
                )
                .replace("{n}", str(len(dropped)))
                .replace("{folder}", backups_folder(path).name)
            )
        self.state_label.setText(text)
        return True

    @Slot()
    def revert(self) -> None:
        """Put the draft back as stored."""
        if self._event is not None:
            self._load(self._event)
            self._draft_changed()


def _setup(event: Event) -> tuple[EventSettings, frozenset[Pair], tuple[Interpreter, ...]]:
    """What the page edits of an event (the order of what matters most is the Plan page's)."""
    settings = dataclasses.replace(normal(event.settings), tiers=DEFAULT_TIERS)
    return settings, frozenset(event.apart), event.interpreters
