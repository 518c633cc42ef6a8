"""The requests page: who wishes to meet whom, by organisation and across groups, and pairs worth suggesting.

Three tabs. *By organisation*: the organisations on the left (searchable); on the right the chosen one's
wishes (to add, remove or reprioritise) and who wished to meet it. *Across groups*: a matrix of requests
from group to group (or country), each cell with how many were met; a click lists them. *Suggested pairs*:
pairs that share interests but have not asked to meet (``app.services.suggestions``), to accept as requests.

Every edit is one undoable ``session.edit`` storing new registrations with ``edits.change_registrations``.
What takes long on a large event (the reasons of unmet requests, the suggestions) is computed only when
shown, and off the GUI thread from ``INLINE_BELOW`` organisations on.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import (
    DEFAULT_PRIORITY,
    DaySession,
    Event,
    Meeting,
    MeetingRequest,
    Pair,
    Priority,
    UnmetRequest,
)
from app.domain import pair_of as pair_of_ids
from app.domain.interests import folded
from app.domain.wishes import (
    Grouping,
    OrganisationWishes,
    RequestMatrix,
    request_matrix,
    wishes_by_organisation,
    with_priority,
    with_requests,
    without_request,
)
from app.services import edits, reports
from app.services.suggestions import SUGGESTIONS_PER_ORGANISATION, Suggestion, suggest_pairs
from app.ui.jobs import JobRunner, failure_message
from app.ui.models import RowsModel, org_label
from app.ui.session import EventSession
from app.ui.widgets import empty_state, heading

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

INLINE_BELOW = 200
"""Organisations from which suggestions and reasons are worked out off the GUI thread. Measured on the
benchmark brokerage (benchmarks/suggestions.py, 2 shared cores): 200 organisations take 35 ms for either,
300 take 55 ms, 1,000 take about 0.6 s for the suggestions and 0.3 s for the reasons."""

ROWS_MEASURED = 100
"""Rows a table measures to fit its columns to their contents."""

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
DARK_TEXT = QColor("#000000")
LIGHT_TEXT = QColor("#FFFFFF")
UNMET_COLOURS = (QColor("#B00020"), QColor("#FF8A80"))
"""Red for unmet requests, on a light background and on a dark one."""
MATRIX_ACCENT = QColor("#2F6DB5")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestsPage", text)


def priority_name(priority: Priority) -> str:
    names = {
        Priority.MUST_MEET: _tr("must meet"),
        Priority.WOULD_LIKE: _tr("would like"),
        Priority.IF_TIME_ALLOWS: _tr("if time allows"),
    }
    return names[priority]


def session_name(session: DaySession) -> str:
    names = {
        DaySession.ANY: "",
        DaySession.MORNING: _tr("morning"),
        DaySession.AFTERNOON: _tr("afternoon"),
    }
    return names[session]


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def legible_text(background: QColor) -> QColor:
    """Black or white text, whichever stands out more on ``background``: at least 4.58 : 1 on any colour."""
    return max((DARK_TEXT, LIGHT_TEXT), key=lambda text: contrast(text, background))


def blend(base: QColor, accent: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * share,
        base.greenF() + (accent.greenF() - base.greenF()) * share,
        base.blueF() + (accent.blueF() - base.blueF()) * share,
    )


# -- what became of each request ------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcomes:
    """What the timetable made of each requested pair: its meeting, or why it has none."""

    planned: bool
    """The event has a timetable (or has been through the planner)."""
    meetings: dict[Pair, Meeting]
    unmet: dict[Pair, UnmetRequest] | None
    """Reasons by pair; None while they are being worked out."""

    @classmethod
    def of(cls, event: Event, unmet: Sequence[UnmetRequest] | None) -> Outcomes:
        return cls(
            planned=planned(event),
            meetings={m.organisation_ids: m for m in event.meetings},
            unmet=None if unmet is None else {u.organisation_ids: u for u in unmet},
        )


def planned(event: Event) -> bool:
    return bool(event.meetings) or event.last_run is not None


class _Computation(QObject, Generic[T]):
    """A value worked out from the event: in the GUI thread for a small event, else by a JobRunner. A value
    for an event since replaced is dropped, and the newest event wanted is computed next."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self.runner = JobRunner(self)
        self._for: tuple[Event, object] | None = None
        self._value: T | None = None
        self._wanted: tuple[Event, Callable[[], T], object] | None = None

    def value(self, event: Event | None, key: object = None) -> T | None:
        """The value for this event (and key), when it is there."""
        if self._for is not None and event is self._for[0] and key == self._for[1]:
            return self._value
        return None

    def request(self, event: Event, job: Callable[[], T], key: object = None) -> None:
        """Have the value for ``event`` worked out, unless it is there or under way."""
        if self.value(event, key) is not None:
            return
        wanted = self._wanted
        if wanted is not None and wanted[0] is event and wanted[2] == key:
            return
        self._wanted = (event, job, key)
        if len(event.organisations) < INLINE_BELOW:
            try:
                value = job()
            except Exception as exc:
                self._failed(failure_message(self._what, exc))
            else:
                self._store(event, key, value)
        elif not self.runner.is_running():
            self._start()

    def forget(self) -> None:
        """Drop the value and any wish for one (the event was closed)."""
        self._for, self._value, self._wanted = None, None, None

    def is_running(self) -> bool:
        return self.runner.is_running()

    def shutdown(self) -> None:
        self._wanted = None
        self.runner.wait()

    def _start(self) -> None:
        assert self._wanted is not None
        event, job, key = self._wanted
        self.runner.start(
            self._what,
            job,
            lambda value: self._finished(event, key, value),
            self._failed,
        )

    def _finished(self, event: Event, key: object, value: T) -> None:
        wanted = self._wanted
        if wanted is not None and wanted[0] is event and wanted[2] == key:
            self._store(event, key, value)
        elif wanted is not None:
            self._start()

    def _failed(self, message: str) -> None:
        self._wanted = None
        self.failed.emit(message)

    def _store(self, event: Event, key: object, value: T) -> None:
        self._wanted = None
        self._for, self._value = (event, key), value
        self.ready.emit()


# -- models ---------------------------------------------------------------------------------------------


class OrganisationListModel(QAbstractTableModel):
    """The organisations with their group, country and how many requests they made and received."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._wishes: dict[int, OrganisationWishes] = {}
        self._search: list[str] = []

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Organisation"),
            self.tr("Group"),
            self.tr("Wishes"),
            self.tr("Wished by"),
        )

    def set_event(self, event: Event | None, wishes: dict[int, OrganisationWishes]) -> None:
        self.beginResetModel()
        self._event = event
        self._wishes = wishes
        self._search = [
            folded(" ".join((o.name, o.local_name, o.group, o.country, *o.interests)))
            for o in (event.organisations if event is not None else ())
        ]
        self.endResetModel()

    def row_of(self, org_id: int) -> int | None:
        if self._event is None:
            return None
        return next((row for row, o in enumerate(self._event.organisations) if o.id == org_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._event is None else len(self._event.organisations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers()):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == 2:
                return self.tr("How many organisations it wishes to meet")
            if role == Qt.ItemDataRole.ToolTipRole and section == 3:
                return self.tr("How many organisations wish to meet it")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._event
        if event is None or not index.isValid() or not 0 <= index.row() < len(event.organisations):
            return None
        org = event.organisations[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            wishes = self._wishes.get(org.id, OrganisationWishes())
            values = (org.name, org.group, len(wishes.made), len(wishes.received))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [org_label(org)]
            if org.interests:
                lines.append(self.tr("Interests: ") + ", ".join(org.interests))
            return "\n".join(lines)
        if role == ID_ROLE:
            return org.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None


class OrganisationFilter(QSortFilterProxyModel):
    """Organisations whose name, local name, group, country or interests contain every word typed, case
    and accents aside ('sorvest' finds 'Sørvest Havn AS')."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        words = folded(text).split()
        if hasattr(self, "endFilterChange"):  # Qt 6.10 on, where invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return isinstance(text, str) and all(word in text for word in self._words)


class RequestsModel(QAbstractTableModel):
    """Requests as rows: who asks, whom, how much it matters, when, whether both asked, and what became of
    it. The columns shown are chosen per table; the priority can be edited when ``set_editable``."""

    FROM, TO, PRIORITY, SESSION, MUTUAL, OUTCOME = range(6)

    priority_requested = Signal(int, int, int)  # requester, requested, new priority

    def __init__(
        self, columns: Sequence[int], titles: Mapping[int, str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._titles = dict(titles or {})
        self._event: Event | None = None
        self._requests: tuple[MeetingRequest, ...] = ()
        self._outcomes: Outcomes | None = None
        self._editable = False

    def headers(self) -> dict[int, str]:
        return {
            self.FROM: self.tr("Asked by"),
            self.TO: self.tr("Wishes to meet"),
            self.PRIORITY: self.tr("Priority"),
            self.SESSION: self.tr("Session"),
            self.MUTUAL: self.tr("Both ways"),
            self.OUTCOME: self.tr("Met?"),
        } | self._titles

    def set_requests(
        self, event: Event | None, requests: Sequence[MeetingRequest], outcomes: Outcomes | None
    ) -> None:
        self.beginResetModel()
        self._event = event
        self._requests = tuple(requests) if event is not None else ()
        self._outcomes = outcomes
        self.endResetModel()

    def set_outcomes(self, outcomes: Outcomes | None) -> None:
        """The reasons have arrived: only the outcome column changes."""
        self._outcomes = outcomes
        if self._requests and self.OUTCOME in self._columns:
            column = self._columns.index(self.OUTCOME)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._requests) - 1, column))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def shown_event(self) -> Event | None:
        return self._event

    def column_of(self, kind: int) -> int:
        return self._columns.index(kind)

    def request_at(self, row: int) -> MeetingRequest | None:
        return self._requests[row] if 0 <= row < len(self._requests) else None

    def requests(self) -> tuple[MeetingRequest, ...]:
        return self._requests

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._requests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            kind = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[kind]
            if role == Qt.ItemDataRole.ToolTipRole and kind == self.PRIORITY and self._editable:
                return self.tr("Double-click a priority to change it")
            if role == Qt.ItemDataRole.ToolTipRole and kind == self.MUTUAL:
                return self.tr("Both organisations asked to meet each other: planned before one-way wishes")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable and index.isValid() and self._columns[index.column()] == self.PRIORITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Passes a new priority on; the table changes when the stored event comes back."""
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        request = self.request_at(index.row())
        try:
            priority = Priority(int(value))
        except (TypeError, ValueError):
            return False
        if request is None or priority == request.priority:
            return False
        self.priority_requested.emit(request.requester_id, request.requested_id, int(priority))
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._event
        if event is None or not index.isValid() or not 0 <= index.row() < len(self._requests):
            return None
        request = self._requests[index.row()]
        kind = self._columns[index.column()]
        pair = pair_of_ids(request.requester_id, request.requested_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind in (self.FROM, self.TO):
                org = request.requester_id if kind == self.FROM else request.requested_id
                return event.organisation_by_id[org].name
            if kind == self.PRIORITY:
                return priority_name(request.priority)
            if kind == self.SESSION:
                return session_name(request.session)
            if kind == self.MUTUAL:
                return self.tr("⇄ mutual") if event.is_mutual(pair) else ""
            return self._outcome(event, pair)[0]
        if role == Qt.ItemDataRole.EditRole and kind == self.PRIORITY:
            return int(request.priority)
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind in (self.FROM, self.TO):
                org = request.requester_id if kind == self.FROM else request.requested_id
                return org_label(event.organisation_by_id[org])
            if kind == self.OUTCOME:
                return self._outcome(event, pair)[1]
            if kind == self.MUTUAL and event.is_mutual(pair):
                return self.tr("Both asked to meet each other")
        if role == Qt.ItemDataRole.ForegroundRole and kind == self.OUTCOME:
            outcomes = self._outcomes
            if outcomes is not None and outcomes.planned and pair not in outcomes.meetings:
                base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
                return QBrush(max(UNMET_COLOURS, key=lambda red: contrast(red, base)))
        if role == ID_ROLE:
            return request.requester_id if kind == self.FROM else request.requested_id
        return None

    def _outcome(self, event: Event, pair: Pair) -> tuple[str, str]:
        """The outcome column's text and tooltip."""
        outcomes = self._outcomes
        if outcomes is None or not outcomes.planned:
            return self.tr("not planned yet"), self.tr("Plan the timetable to see which requests are met")
        meeting = outcomes.meetings.get(pair)
        if meeting is not None:
            slot = event.slot_by_id[meeting.slot_id]
            table = event.table_by_id[meeting.table_id].name
            when = f"{slot.start:%a %H:%M}" if len(event.settings.days) > 1 else f"{slot.start:%H:%M}"
            text = self.tr("met {when}, {table}").replace("{when}", when).replace("{table}", table)
            return text, text
        if outcomes.unmet is None:
            return self.tr("not met"), self.tr("Working out why…")
        unmet = outcomes.unmet.get(pair)
        if unmet is None:
            return self.tr("not met"), ""
        return self.tr("not met: ") + unmet.reason, unmet.detail or unmet.reason


class PriorityDelegate(QStyledItemDelegate):
    """A drop-down of the three priorities for the priority column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for priority in Priority:
            editor.addItem(priority_name(priority), int(priority))
        editor.activated.connect(lambda _: self._chosen(editor))
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        """A choice is stored at once, not when the editor loses focus."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MatrixModel(QAbstractTableModel):
    """Requests from each row's group to each column's group; the deeper the colour, the more requests."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: RequestMatrix | None = None
        self._planned = False
        self._base = QColor("#FFFFFF")

    def set_matrix(self, matrix: RequestMatrix | None, planned: bool, base: QColor) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self._planned = planned
        self._base = base
        self.endResetModel()

    def matrix(self) -> RequestMatrix | None:
        return self._matrix

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.columns)

    def name(self, text: str) -> str:
        return text or self.tr("(none given)")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        matrix = self._matrix
        if matrix is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            horizontal = orientation == Qt.Orientation.Horizontal
            names = matrix.columns if horizontal else matrix.rows
            if 0 <= section < len(names):
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.name(names[section])
                if horizontal:
                    total = sum(matrix.count(row, section) for row in range(len(matrix.rows)))
                    text = self.tr("{n} requests to {name}")
                else:
                    total = sum(matrix.count(section, column) for column in range(len(matrix.columns)))
                    text = self.tr("{n} requests from {name}")
                return text.replace("{n}", str(total)).replace("{name}", self.name(names[section]))
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        matrix = self._matrix
        if matrix is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(matrix.rows) and 0 <= column < len(matrix.columns)):
            return None
        count = matrix.count(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if not count:
                return "–"
            if not self._planned:
                return str(count)
            return (
                self.tr("{n} · {met} met")
                .replace("{n}", str(count))
                .replace("{met}", str(matrix.met_count(row, column)))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and count:
            return QBrush(self.colour(count))
        if role == Qt.ItemDataRole.ForegroundRole and count:
            return QBrush(legible_text(self.colour(count)))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{n} requests from {row} to {column}")
            text = (
                text.replace("{n}", str(count))
                .replace("{row}", self.name(matrix.rows[row]))
                .replace("{column}", self.name(matrix.columns[column]))
            )
            if self._planned and count:
                text += self.tr(", {met} of them met").replace("{met}", str(matrix.met_count(row, column)))
            return text
        return None

    def colour(self, count: int) -> QColor:
        """From a light tint for one request to the full accent for the busiest cell."""
        most = self._matrix.most if self._matrix is not None else 0
        share = 0.12 + 0.78 * (count / most if most else 0)
        return blend(self._base, MATRIX_ACCENT, share)


class SuggestionsModel(RowsModel[Suggestion]):
    """Suggested pairs, each with a check box: who would ask, whom, the interests they share, the score."""

    checks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._rows: tuple[Suggestion, ...] = ()
        self._checked: set[Pair] = set()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Would ask"),
            self.tr("To meet"),
            self.tr("Shared interests"),
            self.tr("Score"),
        )

    def set_suggestions(self, event: Event | None, suggestions: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._event = event
        self._rows = tuple(suggestions) if event is not None else ()
        self._checked = set()
        self.endResetModel()
        self.checks_changed.emit()

    def suggestions(self) -> tuple[Suggestion, ...]:
        return self._rows

    def shown_event(self) -> Event | None:
        return self._event

    def checked(self) -> list[Suggestion]:
        return [s for s in self._rows if s.pair in self._checked]

    def set_all(self, checked: bool) -> None:
        self._checked = {s.pair for s in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checks_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        pair = self._rows[index.row()].pair
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(pair)
        else:
            self._checked.discard(pair)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self._event
        if event is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        suggestion = self._rows[index.row()]
        column = index.column()
        asks = event.organisation_by_id[suggestion.requester_id]
        asked = event.organisation_by_id[suggestion.requested_id]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                asks.name,
                asked.name,
                ", ".join(str(s) for s in suggestion.shared),
                f"{suggestion.score:g}",
            )
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            checked = suggestion.pair in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            org = asks if column == 0 else asked
            details = [org_label(org), " · ".join(x for x in (org.group, org.country) if x)]
            if org.interests:
                details.append(self.tr("Interests: ") + ", ".join(org.interests))
            return "\n".join(x for x in details if x)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(str(s) for s in suggestion.shared)
        return None


# -- the page -------------------------------------------------------------------------------------------


class RequestsPage(QWidget):
    """Who wishes to meet whom in the open event; the organiser adds, removes and reprioritises wishes."""

    outcomes_ready = Signal()  # the reasons of unmet requests are shown
    suggestions_ready = Signal()  # the suggestions of the current event are listed

    BY_ORGANISATION, ACROSS_GROUPS, SUGGESTIONS = range(3)

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._event: Event | None = None
        self._wishes: dict[int, OrganisationWishes] = {}
        self._org_id: int | None = None
        self._matrix_stale = True
        self._ids_by_label: dict[str, int] = {}
        self._reasons: _Computation[tuple[UnmetRequest, ...]] = _Computation(self.tr("Reasons"), self)
        self._reasons.ready.connect(self._on_reasons)
        self._suggestions: _Computation[list[Suggestion]] = _Computation(self.tr("Suggestions"), self)
        self._suggestions.ready.connect(self._on_suggestions)
        self._suggestions.failed.connect(self._on_suggestions_failed)

        self.empty_label, self.empty_page = empty_state(self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_by_organisation(), self.tr("By organisation"))
        self.tabs.addTab(self._build_matrix(), self.tr("Across groups"))
        self.tabs.addTab(self._build_suggestions(), self.tr("Suggested pairs"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.tabs)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        session.busy_changed.connect(self._update_editing)
        self.set_event(None)

    # -- building ---------------------------------------------------------------------------------------

    def _heading(self, text: str = "", scale: float = 1.0) -> QLabel:
        label = heading(text, self, scale=scale)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _hint(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _table(self, model: QAbstractItemModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.5))
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Columns fit the rows in sight and a few around them: 1,000 organisations are not all measured.
        header.setResizeContentsPrecision(ROWS_MEASURED)
        return view

    def _priority_combo(self) -> QComboBox:
        combo = QComboBox()
        for priority in Priority:
            combo.addItem(priority_name(priority), int(priority))
        combo.setCurrentIndex(combo.findData(int(DEFAULT_PRIORITY)))
        return combo

    def _build_by_organisation(self) -> QWidget:
        em = self.fontMetrics().height()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations, groups, countries, interests"))
        self.search.setClearButtonEnabled(True)
        self.organisation_model = OrganisationListModel(self)
        self.organisation_filter = OrganisationFilter(self)
        self.organisation_filter.setSourceModel(self.organisation_model)
        self.organisation_view = self._table(self.organisation_filter)
        self.organisation_view.setSortingEnabled(True)
        self.organisation_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.organisation_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search.textChanged.connect(self.organisation_filter.set_text)
        self.organisation_view.selectionModel().currentRowChanged.connect(self._on_organisation_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.organisation_view, 1)
        left.setMinimumWidth(em * 12)

        self.organisation_heading = self._heading(scale=1.3)
        self.organisation_heading.setWordWrap(True)
        self.organisation_details = QLabel()
        self.organisation_details.setWordWrap(True)
        self.organisation_details.setTextFormat(Qt.TextFormat.PlainText)

        self.wishes_heading = self._heading()
        self.wishes_model = RequestsModel(
            (
                RequestsModel.TO,
                RequestsModel.PRIORITY,
                RequestsModel.SESSION,
                RequestsModel.MUTUAL,
                RequestsModel.OUTCOME,
            ),
            {RequestsModel.TO: self.tr("Organisation")},
            self,
        )
        self.wishes_model.priority_requested.connect(self._on_priority_requested)
        self.wishes_view = self._table(self.wishes_model)
        self.wishes_view.setItemDelegateForColumn(
            self.wishes_model.column_of(RequestsModel.PRIORITY), PriorityDelegate(self.wishes_view)
        )
        self.wishes_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.wishes_view.doubleClicked.connect(self._on_request_double_clicked)
        self.wishes_view.setToolTip(
            self.tr("Double-click a priority to change it, a name to see that organisation's own wishes")
        )
        self.remove_action = QAction(self.tr("Remove wish"), self.wishes_view)
        self.remove_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")]
        )
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self._on_remove)
        self.wishes_view.addAction(self.remove_action)
        self.wishes_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.wishes_view.selectionModel().selectionChanged.connect(self._update_wish_controls)
        self.wishes_hint = self._hint()

        self.chosen_priority = self._priority_combo()
        self.chosen_priority.setToolTip(self.tr("Priority of the selected wish"))
        self.chosen_priority.activated.connect(self._on_chosen_priority)
        self.remove_button = QPushButton(self.tr("Remove wish"))
        self.remove_button.clicked.connect(self._on_remove)
        chosen = QHBoxLayout()
        chosen.addWidget(QLabel(self.tr("Selected wish:")))
        chosen.addWidget(self.chosen_priority)
        chosen.addWidget(self.remove_button)
        chosen.addStretch(1)

        self.add_picker = QComboBox()
        self.add_picker.setEditable(True)
        self.add_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_picker.setMaxVisibleItems(15)
        self.add_picker.setMinimumContentsLength(14)
        self.add_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_names = QStringListModel(self)
        self.add_picker.setModel(self.add_names)
        completer = QCompleter(self.add_names, self.add_picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_picker.setCompleter(completer)
        line_edit = self.add_picker.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Type an organisation's name"))
        line_edit.returnPressed.connect(self._on_add)
        self.add_priority = self._priority_combo()
        self.add_button = QPushButton(self.tr("Add wish"))
        self.add_button.clicked.connect(self._on_add)
        self.add_feedback = QLabel()
        self.add_feedback.setWordWrap(True)
        add = QHBoxLayout()
        add.addWidget(self.add_picker, 1)
        add.addWidget(self.add_priority)
        add.addWidget(self.add_button)

        self.wished_by_heading = self._heading()
        self.wished_by_model = RequestsModel(
            (
                RequestsModel.FROM,
                RequestsModel.PRIORITY,
                RequestsModel.SESSION,
                RequestsModel.MUTUAL,
                RequestsModel.OUTCOME,
            ),
            {RequestsModel.FROM: self.tr("Organisation")},
            self,
        )
        self.wished_by_view = self._table(self.wished_by_model)
        self.wished_by_view.doubleClicked.connect(self._on_request_double_clicked)
        self.wished_by_view.setToolTip(self.tr("Double-click an organisation to see its own wishes"))
        self.wished_by_hint = self._hint()

        wishes = QWidget()
        wishes_layout = QVBoxLayout(wishes)
        wishes_layout.setContentsMargins(0, 0, 0, 0)
        wishes_layout.addWidget(self.wishes_heading)
        wishes_layout.addWidget(self.wishes_view, 1)
        wishes_layout.addWidget(self.wishes_hint)
        wishes_layout.addLayout(chosen)
        wishes_layout.addWidget(QLabel(self.tr("Add a wish to meet:")))
        wishes_layout.addLayout(add)
        wishes_layout.addWidget(self.add_feedback)
        wished_by = QWidget()
        wished_by_layout = QVBoxLayout(wished_by)
        wished_by_layout.setContentsMargins(0, 0, 0, 0)
        wished_by_layout.addWidget(self.wished_by_heading)
        wished_by_layout.addWidget(self.wished_by_view, 1)
        wished_by_layout.addWidget(self.wished_by_hint)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(wishes)
        lists.addWidget(wished_by)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        lists.setChildrenCollapsible(False)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(em // 2, 0, 0, 0)
        detail_layout.addWidget(self.organisation_heading)
        detail_layout.addWidget(self.organisation_details)
        detail_layout.addWidget(lists, 1)
        self.choose_label = QLabel(self.tr("Choose an organisation on the left to see and edit its wishes."))
        self.choose_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_label.setWordWrap(True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.choose_label)
        self.detail_stack.addWidget(detail)
        self.detail_page = detail

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([em * 28, em * 40])
        self.by_organisation_splitter = splitter
        return splitter

    def _build_matrix(self) -> QWidget:
        self.matrix_rows = QComboBox()
        self.matrix_columns = QComboBox()
        for combo in (self.matrix_rows, self.matrix_columns):
            combo.addItem(self.tr("groups"), "group")
            combo.addItem(self.tr("countries"), "country")
            combo.currentIndexChanged.connect(self._refresh_matrix)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Requests from")))
        controls.addWidget(self.matrix_rows)
        controls.addWidget(QLabel(self.tr("(rows) to")))
        controls.addWidget(self.matrix_columns)
        controls.addWidget(QLabel(self.tr("(columns)")))
        controls.addStretch(1)
        self.matrix_hint = self._hint()

        self.matrix_model = MatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setWordWrap(False)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Roomy cells: the matrix is read at a glance, and a cell is a target to click.
        em = self.fontMetrics().height()
        self.matrix_view.horizontalHeader().setMinimumSectionSize(em * 7)
        self.matrix_view.verticalHeader().setMinimumSectionSize(em * 2)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.selectionModel().currentChanged.connect(self._on_cell_chosen)
        self.matrix_view.clicked.connect(self._on_cell_chosen)
        self.matrix_empty = QLabel()
        self.matrix_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix_empty.setWordWrap(True)
        self.matrix_stack = QStackedWidget()
        self.matrix_stack.addWidget(self.matrix_view)
        self.matrix_stack.addWidget(self.matrix_empty)

        self.cell_heading = self._heading()
        self.cell_model = RequestsModel(
            (
                RequestsModel.FROM,
                RequestsModel.TO,
                RequestsModel.PRIORITY,
                RequestsModel.SESSION,
                RequestsModel.MUTUAL,
                RequestsModel.OUTCOME,
            ),
            parent=self,
        )
        self.cell_view = self._table(self.cell_model)
        self.cell_view.setSortingEnabled(False)
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.addWidget(self.cell_heading)
        cell_layout.addWidget(self.cell_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.matrix_stack)
        splitter.addWidget(cell)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.matrix_hint)
        layout.addWidget(splitter, 1)
        return page

    def _build_suggestions(self) -> QWidget:
        self.suggestions_hint = self._hint()
        self.suggestions_hint.setText(
            self.tr(
                "Pairs that share interests but have not asked to meet, and that the planner would let "
                "meet. Tick those worth a meeting and accept them: each becomes a request of normal "
                "priority from the organisation that has asked for fewer meetings."
            )
        )
        self.per_organisation = QSpinBox()
        self.per_organisation.setRange(1, 20)
        self.per_organisation.setValue(SUGGESTIONS_PER_ORGANISATION)
        self.per_organisation.setToolTip(self.tr("So that nobody is offered too many new meetings at once"))
        self.per_organisation.valueChanged.connect(self._refresh_suggestions)
        limit = QHBoxLayout()
        limit.addWidget(QLabel(self.tr("At most")))
        limit.addWidget(self.per_organisation)
        limit.addWidget(QLabel(self.tr("suggestions per organisation")))
        limit.addStretch(1)

        self.suggestions_model = SuggestionsModel(self)
        self.suggestions_model.checks_changed.connect(self._update_editing)
        self.suggestions_view = self._table(self.suggestions_model)
        header = self.suggestions_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.suggestions_message = QLabel()
        self.suggestions_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.suggestions_message.setWordWrap(True)
        self.suggestions_stack = QStackedWidget()
        self.suggestions_stack.addWidget(self.suggestions_view)
        self.suggestions_stack.addWidget(self.suggestions_message)

        self.select_all_button = QPushButton(self.tr("Select all"))
        self.select_all_button.clicked.connect(lambda: self.suggestions_model.set_all(True))
        self.select_none_button = QPushButton(self.tr("Select none"))
        self.select_none_button.clicked.connect(lambda: self.suggestions_model.set_all(False))
        self.accept_button = QPushButton(self.tr("Accept selected"))
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(self._on_accept)
        self.suggestions_status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.select_none_button)
        buttons.addWidget(self.suggestions_status, 1)
        buttons.addWidget(self.accept_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.suggestions_hint)
        layout.addLayout(limit)
        layout.addWidget(self.suggestions_stack, 1)
        layout.addLayout(buttons)
        return page

    # -- showing an event -------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show the event as saved; heavy parts (matrix, suggestions, reasons) wait until they are seen."""
        self._event = event
        self._matrix_stale = True
        if event is None or not event.organisations:
            self._reasons.forget()
            self._suggestions.forget()
            self._wishes = {}
            self.organisation_model.set_event(None, {})
            self.add_names.setStringList([])
            self._show_org(None)
            self.matrix_model.set_matrix(None, False, self._base())
            self.cell_model.set_requests(None, (), None)
            self.suggestions_model.set_suggestions(None, ())
            if event is None:
                self._show_empty(
                    self.tr("No event open"),
                    self.tr(
                        "Open an event or import registrations: this page shows who wishes to meet whom, "
                        "lets you add, remove and reprioritise wishes, and suggests pairs who share "
                        "interests."
                    ),
                )
            else:
                self._show_empty(
                    self.tr("No organisations yet"),
                    self.tr(
                        "{event} has no organisations. Import the registrations, or add organisations, "
                        "then come back to see and edit their wishes."
                    ).replace("{event}", f"<i>{html.escape(event.settings.name)}</i>"),
                )
            return
        self.stack.setCurrentWidget(self.tabs)
        self._wishes = wishes_by_organisation(event)
        self.organisation_model.set_event(event, self._wishes)
        self._set_picker(event)
        org_id = self._org_id if self._org_id in event.organisation_by_id else None
        self._show_org(org_id)
        self._select_in_list(org_id)
        if planned(event):
            self._reasons.request(event, lambda: reports.unmet_requests(event))
        self._refresh_visible_tab()
        self._update_editing()

    def shown_event(self) -> Event | None:
        """The event shown (QWidget's own ``event`` is Qt's event handler)."""
        return self._event

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def shutdown(self) -> None:
        """Wait for background work before the window closes."""
        self._reasons.shutdown()
        self._suggestions.shutdown()

    def _base(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Base)

    def _show_empty(self, title: str, text: str) -> None:
        self.empty_label.setText(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        self.stack.setCurrentWidget(self.empty_page)

    def _set_picker(self, event: Event) -> None:
        labels: list[str] = []
        self._ids_by_label = {}
        for org in event.organisations:
            label = org_label(org)
            if label.casefold() in self._ids_by_label:
                label = f"{label} #{org.id}"
            self._ids_by_label[label.casefold()] = org.id
            labels.append(label)
        # A name typed without its local name is found too, when no other organisation has it.
        names: dict[str, list[int]] = {}
        for org in event.organisations:
            names.setdefault(org.name.casefold(), []).append(org.id)
        for name, ids in names.items():
            if len(ids) == 1:
                self._ids_by_label.setdefault(name, ids[0])
        text = self.add_picker.currentText()
        self.add_names.setStringList(labels)
        self.add_picker.setEditText(text)

    def _outcomes(self) -> Outcomes | None:
        event = self._event
        if event is None:
            return None
        return Outcomes.of(event, self._reasons.value(event))

    @Slot()
    def _on_reasons(self) -> None:
        outcomes = self._outcomes()
        for model in (self.wishes_model, self.wished_by_model, self.cell_model):
            if model.shown_event() is self._event:
                model.set_outcomes(outcomes)
        self.outcomes_ready.emit()

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self._refresh_visible_tab()

    def _refresh_visible_tab(self) -> None:
        if self._event is None:
            return
        tab = self.tabs.currentIndex()
        if tab == self.ACROSS_GROUPS and self._matrix_stale:
            self._refresh_matrix()
        elif tab == self.SUGGESTIONS:
            self._refresh_suggestions()

    # -- by organisation --------------------------------------------------------------------------------

    def choose(self, org_id: int) -> None:
        """Show one organisation's wishes, as a click in the list does; a search that hides it is cleared."""
        if self.organisation_model.row_of(org_id) is None:
            return
        if not self._select_in_list(org_id):
            self.search.clear()
            self._select_in_list(org_id)
        self._show_org(org_id)

    def chosen(self) -> int | None:
        return self._org_id

    def _select_in_list(self, org_id: int | None) -> bool:
        view = self.organisation_view
        row = self.organisation_model.row_of(org_id) if org_id is not None else None
        if row is None:
            view.clearSelection()
            return False
        index = self.organisation_filter.mapFromSource(self.organisation_model.index(row, 0))
        if not index.isValid():
            return False
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_organisation_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            org_id = current.data(ID_ROLE)
            if isinstance(org_id, int) and org_id != self._org_id:
                self._show_org(org_id)

    def _show_org(self, org_id: int | None) -> None:
        event = self._event
        self._org_id = org_id
        self.add_feedback.clear()
        if event is None or org_id is None:
            self.wishes_model.set_requests(None, (), None)
            self.wished_by_model.set_requests(None, (), None)
            self.detail_stack.setCurrentWidget(self.choose_label)
            self._update_editing()
            return
        org = event.organisation_by_id[org_id]
        wishes = self._wishes.get(org_id, OrganisationWishes())
        self.organisation_heading.setText(org_label(org))
        details = [x for x in (org.group, org.country) if x]
        if org.interests:
            details.append(self.tr("interests: ") + ", ".join(org.interests))
        self.organisation_details.setText(" · ".join(details))
        self.organisation_details.setVisible(bool(details))
        outcomes = self._outcomes()
        kept = self._selected_wish()
        self.wishes_model.set_requests(event, wishes.made, outcomes)
        self.wished_by_model.set_requests(event, wishes.received, outcomes)
        if kept is not None and kept.requester_id == org_id:  # the wish just edited stays selected
            row = next((i for i, r in enumerate(wishes.made) if r.requested_id == kept.requested_id), None)
            if row is not None:
                self.wishes_view.setCurrentIndex(self.wishes_model.index(row, 0))
        self.wishes_heading.setText(self.tr("Wishes to meet ({n})").replace("{n}", str(len(wishes.made))))
        self.wished_by_heading.setText(
            self.tr("Wished for by ({n})").replace("{n}", str(len(wishes.received)))
        )
        self.wishes_hint.setText(
            self.tr("{name} has no wishes yet: add one below.").replace("{name}", org.name)
        )
        self.wishes_hint.setVisible(not wishes.made)
        self.wished_by_hint.setText(
            self.tr("Nobody has asked to meet {name} yet.").replace("{name}", org.name)
        )
        self.wished_by_hint.setVisible(not wishes.received)
        for view in (self.wishes_view, self.wished_by_view):
            view.resizeColumnsToContents()
        self.detail_stack.setCurrentWidget(self.detail_page)
        self._update_editing()

    @Slot(QModelIndex)
    def _on_request_double_clicked(self, index: QModelIndex) -> None:
        model = index.model()
        if not isinstance(model, RequestsModel):
            return
        column = model.column_of(RequestsModel.PRIORITY)
        if index.column() == column and model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return  # the priority is being edited
        org_id = index.data(ID_ROLE)
        if isinstance(org_id, int):
            self.choose(org_id)

    def _selected_wish(self) -> MeetingRequest | None:
        rows = self.wishes_view.selectionModel().selectedRows()
        return self.wishes_model.request_at(rows[0].row()) if rows else None

    @Slot()
    def _update_wish_controls(self) -> None:
        wish = self._selected_wish()
        if wish is not None:
            self.chosen_priority.setCurrentIndex(self.chosen_priority.findData(int(wish.priority)))
        self._update_editing()

    @Slot()
    def _update_editing(self) -> None:
        can_edit = self._event is not None and not self.session.busy
        has_org = can_edit and self._org_id is not None
        has_wish = has_org and self._selected_wish() is not None
        self.wishes_model.set_editable(has_org)
        for widget in (self.add_picker, self.add_priority, self.add_button):
            widget.setEnabled(has_org)
        self.chosen_priority.setEnabled(has_wish)
        self.remove_button.setEnabled(has_wish)
        self.remove_action.setEnabled(has_wish)
        checked = len(self.suggestions_model.checked())
        self.accept_button.setEnabled(can_edit and checked > 0)
        accept = self.tr("Accept {n} selected").replace("{n}", str(checked))
        self.accept_button.setText(accept if checked else self.tr("Accept selected"))
        has_rows = self.suggestions_model.rowCount() > 0
        self.select_all_button.setEnabled(can_edit and has_rows)
        self.select_none_button.setEnabled(can_edit and checked > 0)
        if self.session.busy:
            self.add_button.setToolTip(self.tr("Wishes can be edited again when planning has finished"))
        else:
            self.add_button.setToolTip("")

    def find_organisation(self, text: str) -> int | None:
        """The organisation a typed or chosen name means, if exactly one: its label, name or local name,
        or a part of them that only one organisation has (case and accents aside)."""
        exact = self._ids_by_label.get(" ".join(text.split()).casefold())
        if exact is not None or self._event is None:
            return exact
        wanted = folded(text).strip()
        if not wanted:
            return None
        orgs = self._event.organisations
        for whole in (True, False):
            hits = {
                org.id
                for org in orgs
                for name in (org.name, org.local_name)
                if name and (folded(name) == wanted if whole else wanted in folded(name))
            }
            if len(hits) == 1:
                return hits.pop()
            if hits:
                return None
        return None

    def organisations_matching(self, text: str) -> list[str]:
        """The names of the organisations whose name or local name holds ``text`` (for 'several match')."""
        wanted = folded(text).strip()
        if not wanted or self._event is None:
            return []
        return [
            org.name
            for org in self._event.organisations
            if any(name and wanted in folded(name) for name in (org.name, org.local_name))
        ]

    @Slot()
    def _on_add(self) -> None:
        org_id = self.find_organisation(self.add_picker.currentText())
        priority = Priority(int(self.add_priority.currentData()))
        if org_id is None:
            typed = self.add_picker.currentText().strip()
            several = self.organisations_matching(typed)
            if not typed:
                text = self.tr("Type or choose the organisation to meet.")
            elif len(several) > 1:
                text = (
                    self.tr("Several organisations match '{name}': {names}; type more of the name.")
                    .replace("{name}", typed)
                    .replace("{names}", ", ".join(several[:4]) + (", …" if len(several) > 4 else ""))
                )
            else:
                text = self.tr("No organisation is called '{name}'; choose one from the list.").replace(
                    "{name}", typed
                )
            self.add_feedback.setText(text)
            return
        if self.add_wish(org_id, priority):
            self.add_picker.setEditText("")

    def add_wish(self, requested: int, priority: Priority = DEFAULT_PRIORITY) -> bool:
        """The chosen organisation wishes to meet ``requested``: stored as an undoable edit."""
        event, requester = self._event, self._org_id
        if event is None or requester is None or self.session.busy:
            return False
        names = event.organisation_by_id
        if requested == requester:
            self.add_feedback.setText(self.tr("An organisation cannot wish to meet itself."))
            return False
        made = self._wishes.get(requester, OrganisationWishes()).made
        existing = next((r for r in made if r.requested_id == requested), None)
        if existing is not None:
            self.add_feedback.setText(
                self.tr("{a} already wishes to meet {b} ({priority}); change its priority above.")
                .replace("{a}", names[requester].name)
                .replace("{b}", names[requested].name)
                .replace("{priority}", priority_name(existing.priority))
            )
            return False
        registrations = with_requests(
            edits.registrations_of(event), [MeetingRequest(requester, requested, priority)]
        )
        text = (
            self.tr("Add wish: {a} to meet {b}")
            .replace("{a}", names[requester].name)
            .replace("{b}", names[requested].name)
        )
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations))

    @Slot()
    def _on_remove(self) -> None:
        wish = self._selected_wish()
        if wish is not None:
            self.remove_wish(wish.requester_id, wish.requested_id)

    def remove_wish(self, requester: int, requested: int) -> bool:
        """Remove one organisation's wish to meet another, as an undoable edit."""
        event = self._event
        if event is None or self.session.busy:
            return False
        registrations = without_request(edits.registrations_of(event), requester, requested)
        names = event.organisation_by_id
        text = (
            self.tr("Remove wish: {a} to meet {b}")
            .replace("{a}", names[requester].name)
            .replace("{b}", names[requested].name)
        )
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations))

    @Slot(int)
    def _on_chosen_priority(self, index: int) -> None:
        wish = self._selected_wish()
        if wish is not None:
            priority = Priority(int(self.chosen_priority.itemData(index)))
            self.set_priority(wish.requester_id, wish.requested_id, priority)

    @Slot(int, int, int)
    def _on_priority_requested(self, requester: int, requested: int, priority: int) -> None:
        self.set_priority(requester, requested, Priority(priority))

    def set_priority(self, requester: int, requested: int, priority: Priority) -> bool:
        """Change how much one wish matters, as an undoable edit."""
        event = self._event
        if event is None or self.session.busy:
            return False
        try:
            registrations = with_priority(edits.registrations_of(event), requester, requested, priority)
        except KeyError:
            return False
        names = event.organisation_by_id
        text = (
            self.tr("Make {a}'s wish to meet {b} '{priority}'")
            .replace("{a}", names[requester].name)
            .replace("{b}", names[requested].name)
            .replace("{priority}", priority_name(priority))
        )
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations))

    # -- across groups ----------------------------------------------------------------------------------

    def grouping(self) -> tuple[Grouping, Grouping]:
        """What the matrix's rows and columns are: groups or countries."""

        def by(combo: QComboBox) -> Grouping:
            return "country" if combo.currentData() == "country" else "group"

        return by(self.matrix_rows), by(self.matrix_columns)

    @Slot()
    def _refresh_matrix(self) -> None:
        event = self._event
        if event is None:
            return
        self._matrix_stale = False
        rows, columns = self.grouping()
        matrix = request_matrix(event, rows, columns)
        self.matrix_model.set_matrix(matrix, planned(event), self._base())
        self.cell_model.set_requests(None, (), None)
        self.cell_heading.setText(self.tr("Click a cell to list its requests."))
        if not event.requests:
            self.matrix_empty.setText(
                self.tr(
                    "No requests yet. Add wishes on the 'By organisation' tab, or accept suggested pairs."
                )
            )
            self.matrix_stack.setCurrentWidget(self.matrix_empty)
        else:
            self.matrix_stack.setCurrentWidget(self.matrix_view)
        self.matrix_hint.setText(
            self.tr(
                "Each cell counts the requests from organisations of its row to organisations of its "
                "column{met}; the deeper the colour, the more requests. Click a cell to list them."
            ).replace("{met}", self.tr(", and how many the timetable meets") if planned(event) else "")
        )

    @Slot(QModelIndex)
    def _on_cell_chosen(self, index: QModelIndex) -> None:
        self.show_cell(index.row(), index.column())

    def show_cell(self, row: int, column: int) -> None:
        """List the requests of one cell of the matrix."""
        event, matrix = self._event, self.matrix_model.matrix()
        if (
            event is None
            or matrix is None
            or not (0 <= row < len(matrix.rows))
            or not (0 <= column < len(matrix.columns))
        ):
            return
        requests = matrix.requests(row, column)
        self.cell_model.set_requests(event, requests, self._outcomes())
        self.cell_heading.setText(
            self.tr("{n} requests from {row} to {column}")
            .replace("{n}", str(len(requests)))
            .replace("{row}", self.matrix_model.name(matrix.rows[row]))
            .replace("{column}", self.matrix_model.name(matrix.columns[column]))
        )
        self.cell_view.resizeColumnsToContents()

    # -- suggestions ------------------------------------------------------------------------------------

    def _refresh_suggestions(self) -> None:
        event = self._event
        if event is None:
            return
        per_organisation = self.per_organisation.value()
        known = self._suggestions.value(event, per_organisation)
        if known is not None:
            if self.suggestions_model.shown_event() is not event:
                self._on_suggestions()
            return
        self._suggestions.request(
            event, lambda: suggest_pairs(event, per_organisation=per_organisation), per_organisation
        )
        if self._suggestions.value(event, per_organisation) is None:
            self.suggestions_message.setText(self.tr("Looking for pairs with shared interests…"))
            self.suggestions_stack.setCurrentWidget(self.suggestions_message)
            self.suggestions_status.clear()

    @Slot()
    def _on_suggestions(self) -> None:
        event = self._event
        suggestions = self._suggestions.value(event, self.per_organisation.value())
        if event is None or suggestions is None:
            return
        self.suggestions_model.set_suggestions(event, suggestions)
        if suggestions:
            self.suggestions_stack.setCurrentWidget(self.suggestions_view)
            self.suggestions_status.setText(
                self.tr("{n} pairs to suggest").replace("{n}", str(len(suggestions)))
            )
        else:
            with_interests = sum(1 for o in event.organisations if o.interests)
            self.suggestions_message.setText(
                self.tr(
                    "No organisation has given its interests, so there is nothing to compare. Add interests "
                    "on the Organisations page (or in the registration workbook) to get suggestions."
                )
                if with_interests < 2
                else self.tr(
                    "No new pairs to suggest: every pair that shares an interest has already asked to meet, "
                    "meets already, or may not meet under the event's rules."
                )
            )
            self.suggestions_stack.setCurrentWidget(self.suggestions_message)
            self.suggestions_status.clear()
        self._update_editing()
        self.suggestions_ready.emit()

    @Slot(str)
    def _on_suggestions_failed(self, message: str) -> None:
        self.suggestions_message.setText(self.tr("Could not look for pairs: ") + message)
        self.suggestions_stack.setCurrentWidget(self.suggestions_message)

    @Slot()
    def _on_accept(self) -> None:
        self.accept_suggestions(self.suggestions_model.checked())

    def accept_suggestions(self, suggestions: Sequence[Suggestion]) -> bool:
        """Add the suggestions as requests of normal priority, in one undoable edit."""
        event = self._event
        if event is None or not suggestions or self.session.busy:
            return False
        registrations = with_requests(edits.registrations_of(event), [s.request() for s in suggestions])
        text = (
            self.tr("Add a suggested request")
            if len(suggestions) == 1
            else self.tr("Add {n} suggested requests").replace("{n}", str(len(suggestions)))
        )
        return self.session.edit(text, lambda ef: edits.change_registrations(ef, registrations))
