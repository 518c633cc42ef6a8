"""The models of the Requests page: the organisations to choose from, one organisation's wishes and who
wished to meet it, the group-to-group matrix and the suggested pairs; with the colours they are drawn in.

Over 400 lines because the page's five models share the colours and the outcome of each request.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain import (
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
    OrganisationWishes,
    RequestMatrix,
)
from app.services.suggestions import Suggestion
from app.ui.models.rows import Index, RowsModel, org_label
from app.ui.reasons import reason_words

ID_ROLE = Qt.ItemDataRole.UserRole


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


DARK_TEXT = QColor("#000000")


LIGHT_TEXT = QColor("#FFFFFF")


UNMET_COLOURS = (QColor("#B00020"), QColor("#FF8A80"))
"""Red for unmet requests, on a light background and on a dark one."""


MATRIX_ACCENT = QColor("#2F6DB5")


def priority_name(priority: Priority) -> str:
    names = {
        Priority.MUST_MEET: QCoreApplication.translate("RequestsPage", "must meet"),
        Priority.WOULD_LIKE: QCoreApplication.translate("RequestsPage", "would like"),
        Priority.IF_TIME_ALLOWS: QCoreApplication.translate("RequestsPage", "if time allows"),
    }
    return names[priority]


def session_name(session: DaySession) -> str:
    names = {
        DaySession.ANY: "",
        DaySession.MORNING: QCoreApplication.translate("RequestsPage", "morning"),
        DaySession.AFTERNOON: QCoreApplication.translate("RequestsPage", "afternoon"),
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
        """Show ``event``: after a change of wishes only (the same organisations), the rows whose counts
        changed are updated in place, so the list of a large event is not sorted and laid out again."""
        old = self._event
        if old is not None and event is not None and old.organisations is event.organisations:
            empty = OrganisationWishes()

            def counts(of: dict[int, OrganisationWishes], org_id: int) -> tuple[int, int]:
                found = of.get(org_id, empty)
                return len(found.made), len(found.received)

            before, self._event, self._wishes = self._wishes, event, wishes
            for row, org in enumerate(event.organisations):
                if counts(before, org.id) != counts(wishes, org.id):
                    self.dataChanged.emit(self.index(row, 2), self.index(row, 3))
            return
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

    FROM, TO, PRIORITY, SESSION, MUTUAL, OUTCOME, AGREED = range(7)

    priority_requested = Signal(int, int, int)  # requester, requested, new priority
    agreed_requested = Signal(int, int, bool)  # requester, requested, agreed or not

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
            self.AGREED: self.tr("Agreed"),
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
            if role == Qt.ItemDataRole.ToolTipRole and kind == self.AGREED:
                return self.tr("Both sides agreed to the meeting before the day: it must take place")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._editable and index.isValid() and self._columns[index.column()] == self.PRIORITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._editable and index.isValid() and self._columns[index.column()] == self.AGREED:
            event = self._event
            if event is None or not event.settings.agreed:  # in agreed mode every request is agreed
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Passes a new priority, or agreed or not, on; the table changes when the stored event comes back."""
        if role == Qt.ItemDataRole.CheckStateRole and self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            request, event = self.request_at(index.row()), self._event
            agreed = Qt.CheckState(value) == Qt.CheckState.Checked
            if request is None or event is None:
                return False
            if agreed == (pair_of_ids(request.requester_id, request.requested_id) in event.agreed_pairs):
                return False
            self.agreed_requested.emit(request.requester_id, request.requested_id, agreed)
            return True
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
            if kind == self.AGREED:
                return self.tr("agreed") if pair in event.agreed_pairs else ""
            return self._outcome(event, pair)[0]
        if role == Qt.ItemDataRole.CheckStateRole and kind == self.AGREED:
            agreed = pair in event.agreed_pairs
            return Qt.CheckState.Checked if agreed else Qt.CheckState.Unchecked
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
        reason = reason_words().reason(unmet.reason)
        return self.tr("not met: ") + reason, unmet.detail or reason


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
                    text = self.tr("%n requests to {name}", "", total)
                else:
                    total = sum(matrix.count(section, column) for column in range(len(matrix.columns)))
                    text = self.tr("%n requests from {name}", "", total)
                return text.replace("{name}", self.name(names[section]))
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
            text = self.tr("%n requests from {row} to {column}", "", count)
            text = text.replace("{row}", self.name(matrix.rows[row])).replace(
                "{column}", self.name(matrix.columns[column])
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
