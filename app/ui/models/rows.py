"""The bases every table model of the window shares: a row per item (``RowsModel``) or a read-only table
over an event (``EventTableModel``), and how an organisation is named in a cell."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain import Event, Organisation

Index = QModelIndex | QPersistentModelIndex


def org_label(org: Organisation) -> str:
    return f"{org.name} ({org.local_name})" if org.local_name else org.name


Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A table with a row per item of ``_rows`` and a column per title of ``headers()``: the counting and
    the column titles every such model shares. Subclasses fill ``_rows`` and give ``headers`` and ``data``."""

    _rows: Sequence[Row] = ()

    @abstractmethod
    def headers(self) -> tuple[str, ...]:
        """The column titles, in the organiser's words."""

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return super().headerData(section, orientation, role)


class EventTableModel(QAbstractTableModel):
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

    def current_event(self) -> Event | None:
        """The event the rows are built from (QObject's own ``event`` is Qt's event handler)."""
        return self._event

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return super().headerData(section, orientation, role)
