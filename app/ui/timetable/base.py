"""What the parts of the Timetable page share: its widgets and state (declared here, built by the page) and
its signals."""

from __future__ import annotations

from PySide6.QtCore import (
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.domain import Event
from app.services.reports import TimetableCheck
from app.ui.jobs import JobRunner
from app.ui.models.timetable import (
    AgendaModel,
    DayModel,
    InterpreterDayModel,
    TableDayModel,
    TimetableModel,
    UnmetFilter,
    UnmetModel,
)
from app.ui.session import EventSession

CHECK_DELAY_MS = 100


PROBLEMS_SHOWN = 5
"""Broken rules listed above the timetable; the rest are counted."""


class TimetableBase(QWidget):
    """The widgets, state and signals of the Timetable page, declared once for the parts that use them."""

    GRID, ORGANISATION, TABLE, INTERPRETER = range(4)

    plan_requested = Signal()  # plan the timetable (again, around the locked meetings)
    status_message = Signal(str, int)  # text for the status bar, how long to show it (ms)
    checked = Signal()  # idle gaps, table changes and unmet requests of the event shown are counted

    session: EventSession
    _event: Event | None
    _check: TimetableCheck | None
    _check_timer: QTimer
    _stale_views: set[int]
    _checker: JobRunner
    plan_button: QPushButton
    empty_label: QLabel
    empty_page: QWidget
    summary_label: QLabel
    timetable_model: TimetableModel
    timetable_view: QTableView
    legend_label: QLabel
    lock_legend: QLabel
    agenda_model: AgendaModel
    table_day_model: TableDayModel
    interpreter_day_model: InterpreterDayModel
    organisation_box: QComboBox
    table_box: QComboBox
    interpreter_box: QComboBox
    agenda_view: QTableView
    table_day_view: QTableView
    interpreter_day_view: QTableView
    _days: dict[int, tuple[QComboBox, DayModel, QTableView]]
    views: QTabWidget
    lock_button: QPushButton
    unmet_model: UnmetModel
    unmet_filter: UnmetFilter
    unmet_heading: QLabel
    reason_box: QComboBox
    plan_again_button: QPushButton
    unmet_view: QTableView
    unmet_note: QLabel
    unmet_stack: QStackedWidget
    splitter: QSplitter
    problems_label: QLabel
    content: QWidget
    stack: QStackedWidget
    warning_band: QLabel

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setBold(True)
        label.setFont(font)
        return label
