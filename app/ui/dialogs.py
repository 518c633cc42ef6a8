"""The window's dialogs: the settings of a new event."""

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
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import Break, EventSettings
from app.services import event_setup, importing
from app.ui.time_grid import checked_settings, qtime, to_date, to_time


class EventSettingsForm(QWidget):
    """Name, venue, day, time grid and tables of a new event: the form of the New event dialog and of the
    import wizard's last step."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(name)
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("e.g. Innovation Park, Stavanger"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.start = QTimeEdit(qtime(event_setup.DEFAULT_START))
        self.end = QTimeEdit(qtime(event_setup.DEFAULT_END))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.meeting_minutes = self._spin(5, 240, 20, self.tr(" min"))
        self.pause_minutes = self._spin(0, 120, 5, self.tr(" min"))
        self.tables = self._spin(1, 1000, 10, "")
        self.across_groups = QCheckBox(self.tr("&Only meetings between groups (e.g. delegation and hosts)"))
        self.has_break = QCheckBox(self.tr("&Break from"))
        self.has_break.setChecked(True)
        self.break_start = QTimeEdit(qtime(event_setup.DEFAULT_LUNCH.start))
        self.break_end = QTimeEdit(qtime(event_setup.DEFAULT_LUNCH.end))
        for edit in (self.break_start, self.break_end):
            edit.setDisplayFormat("HH:mm")
        self.has_break.toggled.connect(self.break_start.setEnabled)
        self.has_break.toggled.connect(self.break_end.setEnabled)

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        pause = QHBoxLayout()
        pause.addWidget(self.has_break)
        pause.addWidget(self.break_start)
        pause.addWidget(QLabel(self.tr("to")))
        pause.addWidget(self.break_end)
        pause.addStretch(1)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Event name"), self.name)
        self.form.addRow(self.tr("Venue"), self.venue)
        self.form.addRow(self.tr("Day"), self.day)
        self.form.addRow(self.tr("Meetings from"), times)
        self.form.addRow(self.tr("Meeting length"), self.meeting_minutes)
        self.form.addRow(self.tr("Pause between meetings"), self.pause_minutes)
        self.form.addRow("", pause)
        self.form.addRow(self.tr("Tables"), self.tables)
        self.form.addRow("", self.across_groups)

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def show_settings(self, settings: EventSettings) -> None:
        """Fill the form from settings (the first day and its first break; the form holds no more)."""
        first = settings.days[0]
        self.name.setText(settings.name)
        self.venue.setText(settings.venue)
        self.day.setDate(QDate(first.date.year, first.date.month, first.date.day))
        self.start.setTime(qtime(first.start))
        self.end.setTime(qtime(first.end))
        self.has_break.setChecked(bool(first.breaks))
        if first.breaks:
            self.break_start.setTime(qtime(first.breaks[0].start))
            self.break_end.setTime(qtime(first.breaks[0].end))
        self.meeting_minutes.setValue(settings.meeting_minutes)
        self.pause_minutes.setValue(settings.pause_minutes)
        self.tables.setValue(settings.table_count)
        self.across_groups.setChecked(settings.across_groups_only)

    def read(self) -> EventSettings:
        """The settings as entered; raises ValueError with the organiser's sentence when they cannot be (the
        same check as the Event setup page's)."""
        settings, problem = checked_settings(self._entered)
        if settings is None:
            raise ValueError(problem)
        return settings

    def _entered(self) -> EventSettings:
        breaks = (
            [Break(to_time(self.break_start.time()), to_time(self.break_end.time()), "Break")]
            if self.has_break.isChecked()
            else []
        )
        return event_setup.make_settings(
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


class EventSettingsDialog(QDialog):
    """The settings of a new event in a dialog of their own, checked before it closes."""

    def __init__(self, workbook: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self._settings: EventSettings | None = None
        self.form = EventSettingsForm(importing.event_name_from(workbook))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B00020")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def settings(self) -> EventSettings | None:
        """The settings as entered, once accepted."""
        return self._settings

    def accept(self) -> None:
        try:
            self._settings = self.form.read()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        super().accept()
