"""The *Days and times* tab of the Event setup page: the days, their meeting times and their breaks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.setup import (
    BreaksModel,
    DaysModel,
)
from app.ui.setup.base import SetupBase
from app.ui.time_grid import (
    DATE_FORMAT,
    day_name,
)


class DaysTab(SetupBase):
    def _build_days_tab(self) -> QWidget:
        self.meeting_minutes = self._spin(5, 240, self.tr(" min"))
        self.pause_minutes = self._spin(0, 120, self.tr(" min"))
        times = QFormLayout()
        times.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        times.addRow(self.tr("Meetings last"), self.meeting_minutes)
        times.addRow(self.tr("Pause between meetings"), self.pause_minutes)

        self.days_model = DaysModel(self)
        self.days_view = self._view(self.days_model, editable=True)
        self.days_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days_view.setAccessibleName(self.tr("Days"))
        self._fit_columns(
            self.days_view, {0: day_name(date(2026, 9, 30), DATE_FORMAT), 1: "00:00", 2: "00:00"}
        )
        self.days_model.edited.connect(self._draft_changed)
        self.days_view.selectionModel().currentRowChanged.connect(self._on_day_chosen)
        self.add_day_button = QPushButton(self.tr("&Add a day"))
        self.add_day_button.clicked.connect(self.add_day)
        self.remove_day_button = QPushButton(self.tr("&Remove the day"))
        self.remove_day_button.clicked.connect(self.remove_day)

        self.breaks_heading = self._heading(self.tr("Breaks and plenary sessions"))
        self.breaks_model = BreaksModel(self)
        self.breaks_view = self._view(self.breaks_model, editable=True)
        self.breaks_view.setAccessibleName(self.tr("Breaks"))
        self._fit_columns(self.breaks_view, {0: "00:00", 1: "00:00"})
        self.breaks_model.edited.connect(self._on_breaks_edited)
        self.add_break_button = QPushButton(self.tr("Add a &break"))
        self.add_break_button.clicked.connect(self.add_break)
        self.remove_break_button = QPushButton(self.tr("Remove &the break"))
        self.remove_break_button.clicked.connect(self.remove_breaks)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(times)
        layout.addWidget(self._heading(self.tr("Days")))
        layout.addWidget(self.days_view, 1)
        layout.addLayout(self._buttons(self.add_day_button, self.remove_day_button))
        layout.addWidget(self.breaks_heading)
        layout.addWidget(self.breaks_view, 1)
        layout.addLayout(self._buttons(self.add_break_button, self.remove_break_button))
        layout.addWidget(
            self._hint(
                self.tr(
                    "No meeting is planned during a break; a plenary session or a site visit is a break too. "
                    "Double-click a time to change it."
                )
            )
        )
        return tab

    @Slot(QModelIndex)
    def _on_day_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        day = self.days_model.row_at(current.row()) if current.isValid() else None
        self.breaks_model.set_day(day)
        self.breaks_heading.setText(
            self.tr("Breaks and plenary sessions on {day}").replace("{day}", day_name(day.date))
            if day is not None
            else self.tr("Breaks and plenary sessions (choose a day)")
        )
        self.add_break_button.setEnabled(day is not None)

    @Slot()
    def _on_breaks_edited(self) -> None:
        self.days_model.breaks_edited(self._current_row(self.days_view))
        self._draft_changed()

    @Slot()
    def add_day(self) -> None:
        row = self.days_model.add_day()
        self.days_view.setCurrentIndex(self.days_model.index(row, 0))

    @Slot()
    def remove_day(self) -> None:
        row = self._current_row(self.days_view)
        if row < 0 or self.days_model.rowCount() <= 1:
            return
        self.days_model.remove_rows([row])
        self.days_view.setCurrentIndex(self.days_model.index(min(row, self.days_model.rowCount() - 1), 0))

    @Slot()
    def add_break(self) -> None:
        row = self.breaks_model.add_break(self.tr("Break"))
        if row >= 0:
            self.breaks_view.setCurrentIndex(self.breaks_model.index(row, 0))

    @Slot()
    def remove_breaks(self) -> None:
        self.breaks_model.remove_rows(self._selected_rows(self.breaks_view))
