"""The choice of agendas on the Print page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from app.domain import Event
from app.ui.models.rows import Index


class AgendaChoicesModel(QAbstractListModel):
    """The organisations whose agenda can be previewed, in registration order; ``SEARCH_ROLE`` holds what
    the search box matches (names, group, country)."""

    ORG_ID_ROLE = Qt.ItemDataRole.UserRole
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str, str]] = []  # id, name, tooltip, search text
        self._row_of: dict[int, int] = {}

    def set_event(self, event: Event | None) -> None:
        held: dict[int, int] = {}
        if event is not None:
            for meeting in event.meetings:
                for org_id in meeting.organisation_ids:
                    held[org_id] = held.get(org_id, 0) + 1
        rows = []
        for org in event.organisations if event is not None else ():
            details = " · ".join(part for part in (org.local_name, org.group, org.country) if part)
            count = held.get(org.id, 0)
            meetings = self.tr("%n meetings", "", count)
            tooltip = "\n".join(part for part in (org.name, details, meetings) if part)
            search = " ".join((org.name, org.local_name, org.group, org.country))
            rows.append((org.id, org.name, tooltip, search))
        self.beginResetModel()
        self._rows = rows
        self._row_of = {row[0]: number for number, row in enumerate(rows)}
        self.endResetModel()

    def org_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, org_id: int) -> int | None:
        return self._row_of.get(org_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        org_id, name, tooltip, search = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == self.ORG_ID_ROLE:
            return org_id
        if role == self.SEARCH_ROLE:
            return search
        return None
