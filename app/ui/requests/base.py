"""What the tabs of the Requests page share: the page's widgets and state (declared here, built by each tab),
the helpers that build tables and headings, and the computations kept off the GUI thread on large events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.domain import (
    DEFAULT_PRIORITY,
    Event,
    Priority,
    UnmetRequest,
)
from app.domain.wishes import (
    OrganisationWishes,
)
from app.services.suggestions import Suggestion
from app.ui.jobs import Computation
from app.ui.models.requests import (
    MatrixModel,
    OrganisationFilter,
    OrganisationListModel,
    Outcomes,
    RequestsModel,
    SuggestionsModel,
    priority_name,
)
from app.ui.session import EventSession
from app.ui.widgets import ROWS_MEASURED, heading


class RequestsBase(QWidget):
    """The state and widgets of the Requests page, declared once for the tabs that build and use them."""

    outcomes_ready = Signal()  # the reasons of unmet requests are shown
    suggestions_ready = Signal()  # the suggestions of the current event are listed

    BY_ORGANISATION, ACROSS_GROUPS, SUGGESTIONS = range(3)

    session: EventSession
    _event: Event | None
    _wishes: dict[int, OrganisationWishes]
    _org_id: int | None
    _matrix_stale: bool
    _ids_by_label: dict[str, int]
    _reasons: Computation[tuple[UnmetRequest, ...]]
    _suggestions: Computation[list[Suggestion]]
    empty_label: QLabel
    empty_page: QWidget
    tabs: QTabWidget
    stack: QStackedWidget
    search: QLineEdit
    organisation_model: OrganisationListModel
    organisation_filter: OrganisationFilter
    organisation_view: QTableView
    organisation_heading: QLabel
    organisation_details: QLabel
    wishes_heading: QLabel
    wishes_model: RequestsModel
    wishes_view: QTableView
    remove_action: QAction
    wishes_hint: QLabel
    chosen_priority: QComboBox
    remove_button: QPushButton
    add_picker: QComboBox
    add_names: QStringListModel
    add_priority: QComboBox
    add_button: QPushButton
    add_feedback: QLabel
    wished_by_heading: QLabel
    wished_by_model: RequestsModel
    wished_by_view: QTableView
    wished_by_hint: QLabel
    choose_label: QLabel
    detail_stack: QStackedWidget
    detail_page: QWidget
    by_organisation_splitter: QSplitter
    matrix_rows: QComboBox
    matrix_columns: QComboBox
    matrix_hint: QLabel
    matrix_model: MatrixModel
    matrix_view: QTableView
    matrix_empty: QLabel
    matrix_stack: QStackedWidget
    cell_heading: QLabel
    cell_model: RequestsModel
    cell_view: QTableView
    suggestions_hint: QLabel
    per_organisation: QSpinBox
    suggestions_model: SuggestionsModel
    suggestions_view: QTableView
    suggestions_message: QLabel
    suggestions_stack: QStackedWidget
    select_all_button: QPushButton
    select_none_button: QPushButton
    accept_button: QPushButton
    suggestions_status: QLabel

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

    def _base(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Base)

    def _outcomes(self) -> Outcomes | None:
        event = self._event
        if event is None:
            return None
        return Outcomes.of(event, self._reasons.value(event))

    if TYPE_CHECKING:  # another part of the page defines these at run time

        def _update_editing(self) -> None:
            """Enable what can be edited now (the By organisation tab does)."""
            ...
