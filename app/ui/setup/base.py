"""What the tabs of the Event setup page share: the page's widgets and draft (declared here, built by each
tab) and the helpers that build spin boxes, tables and headings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from app.domain import (
    Event,
    OrgId,
)
from app.ui.models.setup import (
    ApartModel,
    BreaksModel,
    DaysModel,
    InterpretersModel,
    TablesModel,
)
from app.ui.session import EventSession
from app.ui.time_grid import (
    GridDelegate,
)
from app.ui.widgets import heading

BREAK_BACKGROUND = "#FFF2CC"
BREAK_FOREGROUND = "#5C4400"


class SetupBase(QWidget):
    """The draft and widgets of the Event setup page, declared once for the tabs that build and use them."""

    _session: EventSession
    _event: Event | None
    _loading: bool
    _names: dict[OrgId, str]
    _org_ids: dict[str, OrgId]
    _problem: str
    empty_label: QLabel
    tabs: QTabWidget
    splitter: QSplitter
    busy_label: QLabel
    state_label: QLabel
    revert_button: QPushButton
    apply_button: QPushButton
    content: QWidget
    stack: QStackedWidget
    empty_page: QWidget
    name_edit: QLineEdit
    venue_edit: QLineEdit
    time_zone: QComboBox
    max_meetings: QSpinBox
    min_meetings: QSpinBox
    max_in_a_row: QSpinBox
    meeting_minutes: QSpinBox
    pause_minutes: QSpinBox
    days_model: DaysModel
    days_view: QTableView
    add_day_button: QPushButton
    remove_day_button: QPushButton
    breaks_heading: QLabel
    breaks_model: BreaksModel
    breaks_view: QTableView
    add_break_button: QPushButton
    remove_break_button: QPushButton
    same_tables: QRadioButton
    named_tables: QRadioButton
    table_kind: QButtonGroup
    table_count: QSpinBox
    seats_per_table: QSpinBox
    tables_model: TablesModel
    tables_view: QTableView
    add_table_button: QPushButton
    remove_table_button: QPushButton
    host_group: QComboBox
    tables_note: QLabel
    named_tables_box: QWidget
    across_groups: QCheckBox
    apart_model: ApartModel
    apart_view: QTableView
    organisation_names: QStringListModel
    first_org: QLineEdit
    second_org: QLineEdit
    keep_apart_button: QPushButton
    remove_apart_button: QPushButton
    apart_note: QLabel
    interpreters_model: InterpretersModel
    interpreters_view: QTableView
    add_interpreter_button: QPushButton
    edit_interpreter_button: QPushButton
    remove_interpreter_button: QPushButton
    interpreting: QComboBox
    slot_count: QLabel
    capacity_label: QLabel
    grid_message: QLabel
    preview: QTreeWidget

    def _heading(self, text: str) -> QLabel:
        return heading(text, self)

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        return label

    def _spin(self, low: int, high: int, suffix: str = "", special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if special:
            spin.setSpecialValueText(special)
        spin.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(special or "0000 min") + self.fontMetrics().height() * 3
        )
        spin.valueChanged.connect(self._draft_changed)
        return spin

    def _view(self, model: QAbstractTableModel, editable: bool) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(GridDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.9))
        if not editable:
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.SelectedClicked
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def _fit_columns(self, view: QTableView, samples: Mapping[int, str]) -> None:
        """Columns wide enough for their header and for the sample text with an editor's buttons, whatever
        is in them yet; the last column takes the rest."""
        metrics = view.fontMetrics()
        header = view.horizontalHeader()
        model = view.model()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, sample in samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample) + metrics.height() * 3, metrics.horizontalAdvance(title)
            )
            header.resizeSection(column, width + metrics.height())

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _current_row(view: QTableView) -> int:
        index = view.currentIndex()
        return index.row() if index.isValid() else -1

    @staticmethod
    def _selected_rows(view: QTableView) -> list[int]:
        rows = {index.row() for index in view.selectionModel().selectedRows()}
        if not rows and view.currentIndex().isValid():
            rows = {view.currentIndex().row()}
        return sorted(rows)

    if TYPE_CHECKING:  # another part of the page defines these at run time

        def _draft_changed(self) -> None:
            """Show what the draft now gives (the page does)."""
            ...

        def _fill_host_groups(self, groups: list[str], chosen: str) -> None:
            """Offer the groups as host group (the Event tab does)."""
            ...
