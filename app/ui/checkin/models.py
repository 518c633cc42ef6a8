"""The Check-in page's tables: the people a search found, and the counts per organisation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain import Event, OrgId, Participant
from app.services import event_day
from app.services.event_day import Counts, State

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class PeopleModel(QAbstractTableModel):
    """The people found: name in Latin letters and in their own script, organisation, where they stand."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._people: list[Participant] = []
        self._at = datetime.min
        self._headers = (
            self.tr("Name"),
            self.tr("Name in own script"),
            self.tr("Organisation"),
            self.tr("State"),
        )

    def show(self, event: Event | None, people: Sequence[Participant], at: datetime) -> None:
        self.beginResetModel()
        self._event, self._people, self._at = event, list(people), at
        self.endResetModel()

    def update(self, event: Event, at: datetime) -> None:
        """The same people in a newer snapshot (a check-in): only the state column changes."""
        self._event, self._at = event, at
        if self._people:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self._people) - 1, 3))

    def person(self, row: int) -> Participant | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._event is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self._people[index.row()]
        column = index.column()
        if column < 2:
            return person.names[column]
        if column == 2:
            org = self._event.organisation_by_id.get(person.organisation_id)
            return org.name if org is not None else ""
        return self.state_text(person.id)

    def state_text(self, person_id: int) -> str:
        """'arrived 12:48', 'absent', 'absent from 15:00', 'expected from 14:30', 'expected'."""
        assert self._event is not None
        entry = self._event.attendance_of(person_id)
        state = event_day.state_of(self._event, person_id, self._at)
        if state == State.ARRIVED:
            assert entry.arrived_at is not None
            text = self.tr("arrived {time}").replace("{time}", f"{entry.arrived_at:%H:%M}")
            if entry.absent_from is not None:
                text += ", " + self.tr("leaves {time}").replace("{time}", f"{entry.absent_from:%H:%M}")
            return text
        if state == State.ABSENT:
            return self.tr("absent")
        if state == State.LATE:
            assert entry.expected_from is not None
            return self.tr("expected from {time}").replace("{time}", f"{entry.expected_from:%H:%M}")
        if entry.absent_from is not None:
            return self.tr("expected, absent from {time}").replace("{time}", f"{entry.absent_from:%H:%M}")
        return self.tr("expected")


class CountsModel(QAbstractTableModel):
    """Arrived / expected / absent per organisation, the total first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Counts]] = []
        self._orgs: list[OrgId | None] = []
        self._row_of: dict[OrgId, int] = {}
        self._headers = (self.tr("Organisation"), self.tr("Arrived"), self.tr("Expected"), self.tr("Absent"))

    def show(self, event: Event | None, at: datetime) -> None:
        """Every organisation's counts; the rows stay put when only the numbers change (a check-in)."""
        if event is None:
            rows: list[tuple[str, Counts]] = []
            orgs: list[OrgId | None] = []
        else:
            per_org, total = event_day.attendance_counts(event, at)
            named = sorted(event.organisations, key=lambda o: _natural(o.name))
            rows = [(self.tr("All organisations"), total), *((o.name, per_org[o.id]) for o in named)]
            orgs = [None, *(o.id for o in named)]
        if orgs == self._orgs:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 1), self.index(len(rows) - 1, 3))
            return
        self.beginResetModel()
        self._rows, self._orgs = rows, orgs
        self._row_of = {org: row for row, org in enumerate(orgs) if org is not None}
        self.endResetModel()

    def update(self, event: Event, org_ids: Iterable[OrgId], at: datetime) -> None:
        """Count again only these organisations, and the total (a check-in changes one)."""
        fresh = event_day.counts_of(event, [org for org in org_ids if org in self._row_of], at)
        if not fresh:
            return
        total = self._rows[0][1]
        for org, counts in fresh.items():
            row = self._row_of[org]
            name, before = self._rows[row]
            total = Counts(
                total.arrived - before.arrived + counts.arrived,
                total.expected - before.expected + counts.expected,
                total.absent - before.absent + counts.absent,
            )
            self._rows[row] = (name, counts)
            self.dataChanged.emit(self.index(row, 1), self.index(row, 3))
        self._rows[0] = (self._rows[0][0], total)
        self.dataChanged.emit(self.index(0, 1), self.index(0, 3))

    def counts(self, org: OrgId | None) -> Counts:
        """The counts of one organisation, or the total (``None``)."""
        return self._rows[0 if org is None else self._row_of[org]][1]

    def organisation(self, row: int) -> OrgId | None:
        return self._orgs[row] if 0 <= row < len(self._orgs) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        name, counts = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return name if column == 0 else (counts.arrived, counts.expected, counts.absent)[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _natural(name: str) -> tuple[tuple[int, int | str], ...]:
    """'Company 9' before 'Company 10'."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name.casefold())
    )
