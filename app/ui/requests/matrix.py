"""The *Across groups* tab of the Requests page: a matrix of requests from group to group (or country), each
cell with how many were met; a click lists them."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.wishes import (
    Grouping,
    request_matrix,
)
from app.ui.models.requests import (
    MatrixModel,
    RequestsModel,
    planned,
)
from app.ui.requests.base import RequestsBase


class MatrixTab(RequestsBase):
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
        self.matrix_view.setAccessibleName(self.tr("Requests between groups"))
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
        self.cell_view.setAccessibleName(self.tr("Requests of the chosen cell"))
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
            self.tr("%n requests from {row} to {column}", "", len(requests))
            .replace("{row}", self.matrix_model.name(matrix.rows[row]))
            .replace("{column}", self.matrix_model.name(matrix.columns[column]))
        )
        self.cell_view.resizeColumnsToContents()
