"""The *Tables* tab of the Event setup page: how many tables, or the tables one by one."""

from __future__ import annotations

from PySide6.QtCore import (
    Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.setup import (
    PROBLEM_COLOUR,
    TableDraft,
    TablesModel,
)
from app.ui.setup.base import SetupBase


class TablesTab(SetupBase):
    def _build_tables_tab(self) -> QWidget:
        self.same_tables = QRadioButton(self.tr("&Identical tables:"))
        self.named_tables = QRadioButton(self.tr("&Tables with a name and seats of their own"))
        self.table_kind = QButtonGroup(self)
        self.table_kind.addButton(self.same_tables)
        self.table_kind.addButton(self.named_tables)
        self.same_tables.setChecked(True)
        self.same_tables.toggled.connect(self._on_table_kind)
        self.table_count = self._spin(1, 1000, self.tr(" tables"))
        self.seats_per_table = self._spin(2, 999, self.tr(" seats each"))
        self.table_count.setAccessibleName(self.tr("Number of tables"))
        self.seats_per_table.setAccessibleName(self.tr("Seats at each table"))
        same = QHBoxLayout()
        same.addWidget(self.same_tables)
        same.addWidget(self.table_count)
        same.addWidget(self.seats_per_table)
        same.addStretch(1)

        self.tables_model = TablesModel(self)
        self.tables_view = self._view(self.tables_model, editable=True)
        self.tables_view.setAccessibleName(self.tr("Tables"))
        self._fit_columns(self.tables_view, {1: "000"})
        self.tables_view.horizontalHeader().setStretchLastSection(False)
        self.tables_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tables_model.edited.connect(self._draft_changed)
        self.add_table_button = QPushButton(self.tr("&Add a table"))
        self.add_table_button.clicked.connect(self.add_table)
        self.remove_table_button = QPushButton(self.tr("&Remove the table"))
        self.remove_table_button.clicked.connect(self.remove_tables)

        self.host_group = QComboBox()
        self.host_group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.host_group.currentIndexChanged.connect(self._draft_changed)
        hosts = QFormLayout()
        hosts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        hosts.addRow(self.tr("Fixed host tables"), self.host_group)
        self.tables_note = QLabel()
        self.tables_note.setWordWrap(True)
        self.tables_note.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.tables_note.hide()

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(same)
        layout.addWidget(self.named_tables)
        named = QWidget()
        named_layout = QVBoxLayout(named)
        named_layout.setContentsMargins(0, 0, 0, 0)
        named_layout.addWidget(self.tables_view, 1)
        named_layout.addLayout(self._buttons(self.add_table_button, self.remove_table_button))
        self.named_tables_box = named
        layout.addWidget(named, 1)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(hosts)
        layout.addWidget(self.tables_note)
        layout.addWidget(
            self._hint(
                self.tr(
                    "With fixed host tables, every organisation of that group keeps a table of its own all "
                    "day and the others come to it. Without, tables are shared and people change tables as "
                    "little as possible."
                )
            )
        )
        layout.addStretch(0)
        return tab

    @Slot()
    def _on_table_kind(self) -> None:
        if self.named_tables.isChecked() and not self.tables_model.rowCount() and not self._loading:
            # Start the list from the identical tables, so the tables keep their numbers and meetings.
            count, seats = self.table_count.value(), self.seats_per_table.value()
            self.tables_model.set_rows(
                TableDraft(self.tr("Table {n}").replace("{n}", str(n)), seats) for n in range(1, count + 1)
            )
        self._draft_changed()

    @Slot()
    def add_table(self) -> None:
        taken = {t.name.casefold() for t in self.tables_model.rows()}
        number = self.tables_model.rowCount() + 1
        while self.tr("Table {n}").replace("{n}", str(number)).casefold() in taken:
            number += 1
        row = self.tables_model.append(
            TableDraft(self.tr("Table {n}").replace("{n}", str(number)), self.seats_per_table.value())
        )
        self.tables_view.setCurrentIndex(self.tables_model.index(row, 0))

    @Slot()
    def remove_tables(self) -> None:
        self.tables_model.remove_rows(self._selected_rows(self.tables_view))
