"""Qt table models over a loaded ``Event``: the slot x table timetable, the day views
(an organisation's agenda, a table's day, an interpreter's day) and unmet requests.

The models only translate the frozen event into rows and cells; they hold no rules of their own.

Over 400 lines because the grid and the three day views are one family, built from the same meetings.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from app.domain import Event, Meeting, Organisation, UnmetRequest
from app.domain.days import DayLine, agenda_of, interpreted_languages, interpreter_day, table_day
from app.services import reports
from app.ui.models.rows import EventTableModel, Index, org_label
from app.ui.reasons import reason_words

# Soft colours that stay readable with black text, one per delegation-side organisation.
PALETTE = (
    "#DCEAF7",
    "#FCE4D6",
    "#E2EFDA",
    "#FFF2CC",
    "#EADCF4",
    "#DDEBEB",
    "#F8DCE0",
    "#E7E6E6",
    "#D9E1F2",
    "#F4E3C9",
)
LOCKED_COLOUR = "#BDD7EE"
MARK_COLOUR = "#1A1A1A"

FIRST_OF_DAY_ROLE = Qt.ItemDataRole.UserRole + 1
"""True on the first row of every day but the first: views draw a line above it."""
REASON_ROLE = Qt.ItemDataRole.UserRole + 2
"""An unmet request's reason code (``app.scheduler.explain.Reason``), to filter on."""
INTERPRETING_ROLE = Qt.ItemDataRole.UserRole + 3
"""On a meeting that needs interpreting (no shared language, no interpreter named): the two languages, as
'Chinese–Norwegian'; views mark such cells. None on every other cell."""
INTERPRETING_COLOUR = "#E69F00"
"""The mark of a meeting that needs interpreting: amber, apart from the organisations' soft colours."""

_lock_icon: QIcon | None = None


def lock_icon() -> QIcon:
    """The mark of a locked meeting: a small padlock, drawn so it looks the same on every platform."""
    global _lock_icon
    if _lock_icon is None:
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(MARK_COLOUR), 7))
        painter.drawArc(18, 6, 28, 36, 0, 180 * 16)  # the shackle
        painter.drawLine(18, 24, 18, 30)
        painter.drawLine(46, 24, 46, 30)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MARK_COLOUR))
        painter.drawRoundedRect(10, 28, 44, 32, 6, 6)  # the body
        painter.end()
        _lock_icon = QIcon(pixmap)
    return _lock_icon


MEETING_MIME = "application/x-meetgrid-meeting"

MoveCheck = Callable[[int, int, int], Sequence[str]]
"""(meeting id, slot id, table id) -> the rules moving it there would break."""
Move = Callable[[int, int, int], bool]


def _same_but_meetings(old: Event, new: Event) -> bool:
    """Whether every cell's words but those of the meetings are as they were: the same slots, tables and
    registrations (an edit keeps what it does not change, not a copy)."""
    return (
        old.slots == new.slots
        and old.tables == new.tables
        and old.organisations is new.organisations
        and old.participants is new.participants
        and old.requests is new.requests
        and old.interpreters is new.interpreters
        and old.settings is new.settings
    )


class TimetableModel(EventTableModel):
    """Rows are slots, columns are tables; each cell is the meeting held there, if any.

    A meeting can be dragged to another cell (a meeting there swaps places with it). Whether a drop is
    allowed, and the move itself, are the window's (``set_moves``): the model only carries the meeting.
    """

    refused = Signal(str)  # why the cell under the dragged meeting does not take it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check: MoveCheck | None = None
        self._move: Move | None = None
        self._verdicts: dict[tuple[int, int, int], Sequence[str]] = {}
        self._cells: dict[tuple[int, int], Meeting] = {}
        self._row_of_slot: dict[int, int] = {}
        self._column_of_table: dict[int, int] = {}
        self._colours: dict[int, str] = {}
        self._first_of_day: set[int] = set()
        self._interpreting: Mapping[int, tuple[str, str]] = {}

    def set_event(self, event: Event | None) -> None:
        """Show ``event``: after an edit (the same slots, tables and colours) only the cells that changed
        are updated, so the grid is not laid out again."""
        old = self._event
        if old is None or event is None or not _same_but_meetings(old, event):
            super().set_event(event)
            return
        cells, colours, interpreting = self._grid_of(event)
        if colours != self._colours:
            super().set_event(event)
            return
        changed = [
            cell
            for cell in cells.keys() | self._cells.keys()
            if cells.get(cell) != self._cells.get(cell)
            or self._marked(self._interpreting, self._cells.get(cell))
            != self._marked(interpreting, cells.get(cell))
        ]
        self._event, self._cells, self._interpreting, self._verdicts = event, cells, interpreting, {}
        for row, column in changed:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    @staticmethod
    def _marked(interpreting: Mapping[int, tuple[str, str]], meeting: Meeting | None) -> object:
        return interpreting.get(meeting.id) if meeting is not None else None

    def _rebuild(self) -> None:
        event = self._event
        self._verdicts = {}
        self._first_of_day = set()
        if event is None:
            self._cells, self._colours, self._interpreting = {}, {}, {}
            self._row_of_slot, self._column_of_table = {}, {}
            return
        self._row_of_slot = {slot.id: row for row, slot in enumerate(event.slots)}
        self._column_of_table = {table.id: column for column, table in enumerate(event.tables)}
        self._cells, self._colours, self._interpreting = self._grid_of(event)
        self._first_of_day = {
            row
            for row in range(1, len(event.slots))
            if event.slots[row].start.date() != event.slots[row - 1].start.date()
        }

    def _grid_of(
        self, event: Event
    ) -> tuple[dict[tuple[int, int], Meeting], dict[int, str], Mapping[int, tuple[str, str]]]:
        """The meeting of each cell, the organisations' colours and the meetings needing interpreting."""
        cells: dict[tuple[int, int], Meeting] = {}
        for meeting in event.meetings:
            row = self._row_of_slot.get(meeting.slot_id)
            column = self._column_of_table.get(meeting.table_id)
            if row is not None and column is not None:
                cells[(row, column)] = meeting
        # A meeting takes the colour of its first organisation (the delegation side when the delegation
        # registered first); colours go in registration order to those that hold a meeting, so a day with
        # up to ten delegation companies gives each its own.
        owners = {m.organisation_ids[0] for m in cells.values()}
        colours: dict[int, str] = {}
        for org in event.organisations:
            if org.id in owners:
                colours[org.id] = PALETTE[len(colours) % len(PALETTE)]
        return cells, colours, reports.interpreting_needed(event)  # worked out with the stored event

    def colours(self) -> list[tuple[Organisation, str]]:
        """The organisations whose meetings are coloured, and their colours, in registration order."""
        event = self._event
        if event is None:
            return []
        return [(event.organisation_by_id[org], colour) for org, colour in self._colours.items()]

    def index_of(self, meeting_id: int) -> QModelIndex:
        """The cell of a meeting; invalid when it is not in the timetable."""
        for (row, column), meeting in self._cells.items():
            if meeting.id == meeting_id:
                return self.index(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._event is None else len(self._event.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._event is None else len(self._event.tables)

    def meeting_at(self, row: int, column: int) -> Meeting | None:
        return self._cells.get((row, column))

    def set_moves(self, check: MoveCheck, move: Move) -> None:
        self._check, self._move = check, move

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or self._move is None:
            return flags
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if (index.row(), index.column()) in self._cells:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEETING_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        meeting = next(
            (m for i in indexes if (m := self._cells.get((i.row(), i.column()))) is not None), None
        )
        if meeting is not None:
            data.setData(MEETING_MIME, QByteArray(str(meeting.id).encode()))
        return data

    def _target(self, data: QMimeData, row: int, column: int, parent: Index) -> tuple[int, int, int] | None:
        event = self._event
        if event is None or not data.hasFormat(MEETING_MIME):
            return None
        if parent.isValid():  # dropped onto a cell
            row, column = parent.row(), parent.column()
        if not (0 <= row < len(event.slots) and 0 <= column < len(event.tables)):
            return None
        meeting_id = int(bytes(data.data(MEETING_MIME).data()).decode() or 0)
        return meeting_id, event.slots[row].id, event.tables[column].id

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._target(data, row, column, parent)
        if target is None or self._check is None:
            return False
        if target not in self._verdicts:  # the live check runs once per cell while dragging
            self._verdicts[target] = self._check(*target)
        problems = self._verdicts[target]
        if problems:
            self.refused.emit("; ".join(problems))
        return not problems

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._target(data, row, column, parent)
        if (
            target is None
            or self._move is None
            or not self.canDropMimeData(data, action, row, column, parent)
        ):
            return False
        return self._move(*target)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        event = self._event
        vertical = orientation == Qt.Orientation.Vertical
        if event is not None and vertical and role == FIRST_OF_DAY_ROLE:
            return section in self._first_of_day
        if role != Qt.ItemDataRole.DisplayRole or event is None:
            return super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(event.tables):
            return event.tables[section].name
        if vertical and 0 <= section < len(event.slots):
            slot = event.slots[section]
            label = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
            # Several days: each day's first slot names the day, above a line drawn by the view.
            first = section == 0 or section in self._first_of_day
            return f"{slot.start:%a %d %b}\n{label}" if len(event.settings.days) > 1 and first else label
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._event
        if event is None or not index.isValid():
            return None
        if role == FIRST_OF_DAY_ROLE:
            return index.row() in self._first_of_day
        meeting = self._cells.get((index.row(), index.column()))
        if meeting is None:
            return None
        a, b = (event.organisation_by_id[org] for org in meeting.organisation_ids)
        languages = self._interpreting.get(meeting.id)
        if role == INTERPRETING_ROLE:
            return "–".join(languages) if languages else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{a.name}\n{b.name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            for org in (a, b):
                people = [
                    event.participant_by_id[p].name
                    for p in meeting.participant_ids
                    if event.participant_by_id[p].organisation_id == org.id
                ]
                lines.append(f"{org_label(org)}: {', '.join(people) or '-'}")
            if meeting.interpreter_id is not None and meeting.interpreter_id in event.interpreter_by_id:
                interpreter = event.interpreter_by_id[meeting.interpreter_id]
                lines.append(self.tr("Interpreter: {name}").replace("{name}", interpreter.name))
            if languages:
                lines.append(
                    self.tr(
                        "Needs {languages} interpreting: no shared language, no interpreter named"
                    ).replace("{languages}", "–".join(languages))
                )
            if event.is_mutual(meeting.organisation_ids):
                lines.append(self.tr("Both asked for this meeting"))
            if meeting.locked:
                lines.append(self.tr("Locked: keeps its time and table when the timetable is planned again"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and meeting.locked:
            return lock_icon()
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = (
                LOCKED_COLOUR
                if meeting.locked
                else self._colours.get(meeting.organisation_ids[0], PALETTE[0])
            )
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1A1A1A"))
        return None


class UnmetModel(EventTableModel):
    # Marked for translation; translated where shown (RowsModel.headerData).
    HEADERS = (
        str(QT_TRANSLATE_NOOP("UnmetModel", "Organisations")),
        str(QT_TRANSLATE_NOOP("UnmetModel", "Reason")),
        str(QT_TRANSLATE_NOOP("UnmetModel", "Details")),
    )

    def reason_text(self, code: str) -> str:
        """A reason code of the planner in the organiser's words."""
        return reason_words().reason(code)

    def reasons(self) -> list[tuple[str, int]]:
        """The reason codes present, most frequent first, with how many requests each explains."""
        counts: dict[str, int] = {}
        for unmet in self._unmet:
            counts[unmet.reason] = counts.get(unmet.reason, 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unmet: tuple[UnmetRequest, ...] = ()

    def set_unmet(self, event: Event | None, unmet: tuple[UnmetRequest, ...]) -> None:
        self.beginResetModel()
        self._event = event
        self._unmet = unmet if event is not None else ()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._unmet)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._event
        if event is None or not index.isValid() or not 0 <= index.row() < len(self._unmet):
            return None
        unmet = self._unmet[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            a, b = (event.organisation_by_id[org].name for org in unmet.organisation_ids)
            values = (f"{a} – {b}", self.reason_text(unmet.reason), unmet.detail)
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == REASON_ROLE:
            return unmet.reason
        return None

    def unmet_at(self, row: int) -> UnmetRequest | None:
        return self._unmet[row] if 0 <= row < len(self._unmet) else None


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


BREAK_COLOUR = "#EDEDED"


QUIET_COLOUR = "#6B6B6B"
