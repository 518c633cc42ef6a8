"""The lists the Event setup page edits before Apply: days and their breaks, tables, who meets whom,
interpreters."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain import (
    Break,
    EventDay,
    EventSettings,
    Interpreter,
    OrgId,
    Pair,
)
from app.services import event_setup
from app.ui.models.rows import Index, Row, RowsModel
from app.ui.time_grid import (
    DATE_FORMAT,
    day_name,
    qdate,
    qtime,
    to_date,
    to_time,
)


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
            f"{hm(b.start)}–{hm(b.end)} {b.label}".strip()
            for b in sorted(day.breaks, key=lambda b: (b.start, b.end))
        ]
        return "; ".join(parts) if parts else self.tr("none")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        day = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (day_name(day.date, DATE_FORMAT), hm(day.start), hm(day.end), self.breaks_text(day))[
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
            return (hm(brk.start), hm(brk.end), brk.label)[column]
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
            return f"{hm(start)}–{hm(end)}"
        if start is not None:
            return self.tr("from {time}").replace("{time}", hm(start))
        if end is not None:
            return self.tr("until {time}").replace("{time}", hm(end))
        return self.tr("all day")

    def when(self, interpreter: Interpreter) -> str:
        """When the interpreter is there, their absences included."""
        text = self.available(interpreter)
        if interpreter.away:
            away = ", ".join(f"{hm(p.start)}–{hm(p.end)}" for p in interpreter.away)
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


PROBLEM_COLOUR = "#B00020"


def hm(value: time | datetime) -> str:
    return f"{value:%H:%M}"
