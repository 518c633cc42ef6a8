"""The window's dialogs: event settings for a new event, and the import report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import workflow
from app.domain import Break, EventSettings
from app.errors import Severity
from app.io.registrations import ImportResult
from app.ui.time_grid import checked_settings, qtime, to_date, to_time


class EventSettingsDialog(QDialog):
    """Name, day, time grid and tables of a new event, checked before the dialog closes."""

    def __init__(self, workbook: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self._settings: EventSettings | None = None

        self.name = QLineEdit(workflow.event_name_from(workbook))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("e.g. Innovation Park, Stavanger"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.start = QTimeEdit(qtime(workflow.DEFAULT_START))
        self.end = QTimeEdit(qtime(workflow.DEFAULT_END))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.meeting_minutes = self._spin(5, 240, 20, self.tr(" min"))
        self.pause_minutes = self._spin(0, 120, 5, self.tr(" min"))
        self.tables = self._spin(1, 1000, 10, "")
        self.across_groups = QCheckBox(self.tr("Only meetings between groups (e.g. delegation and hosts)"))
        self.has_break = QCheckBox(self.tr("Break from"))
        self.has_break.setChecked(True)
        self.break_start = QTimeEdit(qtime(workflow.DEFAULT_LUNCH.start))
        self.break_end = QTimeEdit(qtime(workflow.DEFAULT_LUNCH.end))
        for edit in (self.break_start, self.break_end):
            edit.setDisplayFormat("HH:mm")
        self.has_break.toggled.connect(self.break_start.setEnabled)
        self.has_break.toggled.connect(self.break_end.setEnabled)

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        pause = QHBoxLayout()
        pause.addWidget(self.has_break)
        pause.addWidget(self.break_start)
        pause.addWidget(QLabel(self.tr("to")))
        pause.addWidget(self.break_end)

        form = QFormLayout()
        form.addRow(self.tr("Event name"), self.name)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Meetings from"), times)
        form.addRow(self.tr("Meeting length"), self.meeting_minutes)
        form.addRow(self.tr("Pause between meetings"), self.pause_minutes)
        form.addRow("", pause)
        form.addRow(self.tr("Tables"), self.tables)
        form.addRow("", self.across_groups)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B00020")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def settings(self) -> EventSettings | None:
        """The settings as entered, once accepted."""
        return self._settings

    def accept(self) -> None:
        settings, problem = checked_settings(self._entered)
        if settings is None:
            self.problem.setText(problem)
            return
        self._settings = settings
        super().accept()

    def _entered(self) -> EventSettings:
        """The settings as entered; raises ValueError saying what is wrong with them."""
        breaks = (
            [Break(to_time(self.break_start.time()), to_time(self.break_end.time()), "Break")]
            if self.has_break.isChecked()
            else []
        )
        return workflow.make_settings(
            self.name.text().strip() or self.tr("B2B meetings"),
            day=to_date(self.day.date()),
            start=to_time(self.start.time()),
            end=to_time(self.end.time()),
            breaks=breaks,
            meeting_minutes=self.meeting_minutes.value(),
            pause_minutes=self.pause_minutes.value(),
            tables=self.tables.value(),
            venue=self.venue.text().strip(),
            across_groups_only=self.across_groups.isChecked(),
        )


class ImportReportDialog(QDialog):
    """What an import read, fixed and ignored, each with its sheet, row and column."""

    def __init__(self, result: ImportResult, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        reg = result.registrations
        summary = QLabel(
            self.tr("Read {orgs} organisations, {people} participants and {requests} requests from {file}.")
            .replace("{orgs}", str(len(reg.organisations)))
            .replace("{people}", str(len(reg.participants)))
            .replace("{requests}", str(len(reg.requests)))
            .replace("{file}", source.name)
        )
        summary.setWordWrap(True)
        self.table = QTableWidget(len(result.findings), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Where"), self.tr("What")])
        labels = {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        for row, finding in enumerate(result.findings):
            where = finding.location
            place = ", ".join(str(where).split(", ")[1:]) if where else ""
            for column, text in enumerate(
                (labels.get(finding.severity, finding.severity), place, finding.message)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 420)
