"""Qt table models over a loaded ``Event``: organisations, the slot x table timetable and unmet requests.

The models only translate the frozen event into rows and cells; they hold no rules of their own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import Event, Meeting, Organisation, UnmetRequest

Index = QModelIndex | QPersistentModelIndex

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


def org_label(org: Organisation) -> str:
    return f"{org.name} ({org.local_name})" if org.local_name else org.name


class _EventTableModel(QAbstractTableModel):
    """A read-only table over an event, reset whenever the event changes."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None

    def set_event(self, event: Event | None) -> None:
        self.beginResetModel()
        self._event = event
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        pass

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return super().headerData(section, orientation, role)


class OrganisationsModel(_EventTableModel):
    HEADERS = ("Organisation", "Local name", "Group", "Country", "People", "Meetings", "Interests")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Organisation, int, int]] = []

    def _rebuild(self) -> None:
        event = self._event
        if event is None:
            self._rows = []
            return
        meetings: dict[int, int] = {}
        for meeting in event.meetings:
            for org in meeting.organisation_ids:
                meetings[org] = meetings.get(org, 0) + 1
        self._rows = [
            (org, len(event.participants_by_organisation.get(org.id, ())), meetings.get(org.id, 0))
            for org in event.organisations
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        org, people, meetings = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                org.name,
                org.local_name,
                org.group,
                org.country,
                people,
                meetings,
                ", ".join(org.interests),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and meetings == 0 and self._event:
            return QBrush(QColor("#B00020"))
        if role == Qt.ItemDataRole.ToolTipRole and self._event is not None:
            names = [p.name for p in self._event.participants_by_organisation.get(org.id, ())]
            return "\n".join([org_label(org), *names])
        return None


class TimetableModel(_EventTableModel):
    """Rows are slots, columns are tables; each cell is the meeting held there, if any."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], Meeting] = {}
        self._row_of_slot: dict[int, int] = {}
        self._column_of_table: dict[int, int] = {}
        self._colours: dict[int, str] = {}

    def _rebuild(self) -> None:
        event = self._event
        self._cells, self._colours = {}, {}
        if event is None:
            self._row_of_slot, self._column_of_table = {}, {}
            return
        self._row_of_slot = {slot.id: row for row, slot in enumerate(event.slots)}
        self._column_of_table = {table.id: column for column, table in enumerate(event.tables)}
        for meeting in event.meetings:
            row = self._row_of_slot.get(meeting.slot_id)
            column = self._column_of_table.get(meeting.table_id)
            if row is not None and column is not None:
                self._cells[(row, column)] = meeting
        for number, org in enumerate(event.organisations):
            self._colours[org.id] = PALETTE[number % len(PALETTE)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._event is None else len(self._event.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._event is None else len(self._event.tables)

    def meeting_at(self, row: int, column: int) -> Meeting | None:
        return self._cells.get((row, column))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        event = self._event
        if role != Qt.ItemDataRole.DisplayRole or event is None:
            return super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(event.tables):
            return event.tables[section].name
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(event.slots):
            slot = event.slots[section]
            label = f"{slot.start:%H:%M}–{slot.end:%H:%M}"
            return f"{slot.start:%a %d %b} {label}" if len(event.settings.days) > 1 else label
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._event
        if event is None or not index.isValid():
            return None
        meeting = self._cells.get((index.row(), index.column()))
        if meeting is None:
            return None
        a, b = (event.organisation_by_id[org] for org in meeting.organisation_ids)
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
            if event.is_mutual(meeting.organisation_ids):
                lines.append(self.tr("Both asked for this meeting"))
            if meeting.locked:
                lines.append(self.tr("Locked"))
            return "\n".join(lines)
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


class UnmetModel(_EventTableModel):
    HEADERS = ("Organisations", "Reason", "Details")

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
            values = (f"{a} – {b}", unmet.reason, unmet.detail)
            return values[index.column()] if 0 <= index.column() < len(values) else None
        return None
