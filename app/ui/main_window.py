"""MeetGrid's main window: open or create an event, see organisations and timetable, plan, export agendas.

Every job goes through ``app.workflow``; planning runs in a worker thread. Dialogs are opened through the
small ``ask_*`` and ``show_*`` methods so tests can replace them with plain values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import workflow
from app.domain import Event, EventSettings, SolveStatus, Tier
from app.errors import MeetGridError
from app.io.registrations import ImportResult
from app.paths import sample_workbook
from app.scheduler import SolveOptions, SolveProgress, SolveResult
from app.storage import EVENT_SUFFIX, EventFile
from app.ui.dialogs import EventSettingsDialog, ImportReportDialog
from app.ui.models import OrganisationsModel, TimetableModel, UnmetModel
from app.ui.solve_controller import SolveController

WORKBOOK_FILTER = "Registrations (*.xlsx *.xlsm *.csv)"
EVENT_FILTER = f"MeetGrid events (*{EVENT_SUFFIX})"


class MainWindow(QMainWindow):
    event_opened = Signal()
    plan_finished = Signal(object)  # SolveResult

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("MeetGrid")
        self.resize(1280, 800)
        self._event_file: EventFile | None = None
        self._event: Event | None = None
        self._controller = SolveController(self)
        self._controller.progress.connect(self._on_progress)
        self._controller.finished.connect(self._on_plan_finished)
        self._controller.failed.connect(self._on_plan_failed)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)
        self._last_progress: SolveProgress | None = None

        self._build_actions()
        self._build_central()
        self._build_status()
        self._update_state()
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- building ---------------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: object
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open event…"), QKeySequence.StandardKey.Open, self.open_event_dialog
        )
        self.import_action = self._action(
            self.tr("&New event from workbook…"), "Ctrl+I", self.new_event_from_workbook
        )
        self.plan_action = self._action(self.tr("&Plan timetable"), "Ctrl+R", self.plan)
        self.cancel_action = self._action(self.tr("&Cancel planning"), "Esc", self.cancel_plan)
        self.export_action = self._action(self.tr("&Export agendas…"), "Ctrl+E", self.export_dialog)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.open_action, self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        plan_menu.addAction(self.plan_action)
        plan_menu.addAction(self.cancel_action)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.import_action)
        toolbar.addSeparator()
        toolbar.addAction(self.plan_action)
        toolbar.addWidget(QLabel(self.tr(" Time limit ")))
        self.time_limit = QSpinBox()
        self.time_limit.setRange(1, 3600)
        self.time_limit.setValue(30)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(
            self.tr("How long the planner may search; the best timetable found is kept")
        )
        toolbar.addWidget(self.time_limit)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)

    def _table_view(self, model: OrganisationsModel | TimetableModel | UnmetModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAlternatingRowColors(not isinstance(model, TimetableModel))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _build_central(self) -> None:
        self.organisations_model = OrganisationsModel(self)
        self.timetable_model = TimetableModel(self)
        self.unmet_model = UnmetModel(self)

        self.organisations_view = self._table_view(self.organisations_model)
        self.organisations_view.setSortingEnabled(False)
        self.timetable_view = self._table_view(self.timetable_model)
        self.timetable_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.timetable_view.horizontalHeader().setStretchLastSection(False)
        self.timetable_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.timetable_view.horizontalHeader().setDefaultSectionSize(200)
        self.timetable_view.verticalHeader().setDefaultSectionSize(60)
        self.unmet_view = self._table_view(self.unmet_model)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.organisations_view, self.tr("Organisations"))
        self.tabs.addTab(self.timetable_view, self.tr("Timetable"))
        self.tabs.addTab(self.unmet_view, self.tr("Unmet requests"))

        self.welcome = self._build_welcome()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        guide = QLabel(
            self.tr(
                "<h1>MeetGrid</h1>"
                "<p>Plan a B2B matchmaking day in three steps:</p>"
                "<ol><li><b>Import</b> the registrations (an Excel or CSV file) into a new event.</li>"
                "<li><b>Plan</b> the timetable: who meets whom, when and at which table.</li>"
                "<li><b>Print</b> an agenda for every organisation.</li></ol>"
            )
        )
        guide.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(guide)
        for text, slot in (
            (self.tr("Import registrations…"), self.new_event_from_workbook),
            (self.tr("Open an event…"), self.open_event_dialog),
            (self.tr("Try the sample delegation day"), self.try_sample),
        ):
            button = QPushButton(text)
            button.setMinimumWidth(320)
            button.clicked.connect(slot)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_status(self) -> None:
        self.summary_label = QLabel()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_plan)
        status = self.statusBar()
        status.addWidget(self.summary_label, 1)
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)

    # -- dialogs (replaced in tests) --------------------------------------------------------------------

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open event"), "", self.tr(EVENT_FILTER))
        return Path(path) if path else None

    def ask_workbook_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import registrations"), "", self.tr(WORKBOOK_FILTER)
        )
        return Path(path) if path else None

    def ask_event_settings(self, workbook: Path) -> EventSettings | None:
        dialog = EventSettingsDialog(workbook, self)
        return dialog.settings() if dialog.exec() else None

    def ask_save_path(self, suggestion: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the event as"), str(suggestion), self.tr(EVENT_FILTER)
        )
        if not path:
            return None
        return Path(path) if path.endswith(EVENT_SUFFIX) else Path(path + EVENT_SUFFIX)

    def ask_export_folder(self) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export agendas and timetable to"))
        return Path(path) if path else None

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def show_info(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def show_import_report(self, result: ImportResult, source: Path) -> None:
        ImportReportDialog(result, source, self).exec()

    # -- events -----------------------------------------------------------------------------------------

    @property
    def current_event(self) -> Event | None:
        return self._event

    @Slot()
    def open_event_dialog(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_event(path)

    def open_event(self, path: Path) -> bool:
        """Open an event file; on failure the error is shown and the current event stays open."""
        if self._controller.is_running():
            self.show_error(
                self.tr("Planning in progress"), self.tr("Wait for planning to finish or cancel it.")
            )
            return False
        try:
            event_file = EventFile.open(path)
            try:
                event = event_file.load()
            except BaseException:
                event_file.close()
                raise
        except (MeetGridError, OSError) as exc:
            self.show_error(self.tr("Cannot open the event"), str(exc))
            return False
        if self._event_file is not None:
            self._event_file.close()
        self._event_file = event_file
        self._show_event(event)
        self.tabs.setCurrentWidget(self.timetable_view if event.meetings else self.organisations_view)
        self.event_opened.emit()
        return True

    @Slot()
    def new_event_from_workbook(self, workbook: Path | None = None) -> bool:
        """Import a workbook into a new event file and open it."""
        workbook = workbook or self.ask_workbook_path()
        if workbook is None:
            return False
        try:
            imported = workflow.import_workbook(workbook)
        except (MeetGridError, OSError) as exc:
            self.show_error(self.tr("Cannot import the registrations"), str(exc))
            return False
        settings = self.ask_event_settings(workbook)
        if settings is None:
            return False
        target = self.ask_save_path(workbook.with_suffix(EVENT_SUFFIX))
        if target is None:
            return False
        try:
            workflow.create_event(target, settings, imported, replace=True).close()
        except (MeetGridError, OSError) as exc:
            self.show_error(self.tr("Cannot create the event"), str(exc))
            return False
        opened = self.open_event(target)
        if opened and imported.findings:
            self.show_import_report(imported, workbook)
        return opened

    @Slot()
    def try_sample(self) -> None:
        self.new_event_from_workbook(sample_workbook())

    def _show_event(self, event: Event) -> None:
        self._event = event
        self.organisations_model.set_event(event)
        self.timetable_model.set_event(event)
        self.unmet_model.set_unmet(event, workflow.unmet_requests(event) if event.meetings else ())
        self.organisations_view.resizeColumnsToContents()
        self.unmet_view.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.tabs)
        path = self._event_file.path if self._event_file else None
        self.setWindowTitle(f"{event.settings.name} — {path.name if path else ''} — MeetGrid")
        summary = workflow.summarise(event)
        self.summary_label.setText(
            self.tr(
                "{orgs} organisations · {people} people · {meetings} meetings · {met} of {asked} requests met"
            )
            .replace("{orgs}", str(summary.organisations))
            .replace("{people}", str(summary.participants))
            .replace("{meetings}", str(summary.meetings))
            .replace("{met}", str(summary.requests_met))
            .replace("{asked}", str(summary.requests))
        )
        self._update_state()

    # -- planning ---------------------------------------------------------------------------------------

    @Slot()
    def plan(self) -> bool:
        """Start planning in the background; False when there is nothing to plan or planning is running."""
        if self._event is None or self._controller.is_running():
            return False
        self._last_progress = None
        self._controller.start(self._event, SolveOptions(time_limit=float(self.time_limit.value())))
        self._clock.start()
        self._ticker.start()
        self._update_state()
        self._tick()
        return True

    @Slot()
    def cancel_plan(self) -> None:
        if self._controller.is_running():
            self._controller.cancel()
            self.progress_label.setText(self.tr("Stopping…"))

    @Slot(object)
    def _on_progress(self, progress: SolveProgress) -> None:
        self._last_progress = progress

    @Slot()
    def _tick(self) -> None:
        seconds = self._clock.elapsed() / 1000
        limit = max(self.time_limit.value(), 1)
        self.progress_bar.setValue(min(1000, int(1000 * seconds / limit)))
        text = self.tr("Planning… {s} s").replace("{s}", f"{seconds:.0f}")
        progress = self._last_progress
        if progress is not None and progress.objective is not None:
            stage = {
                Tier.FAIRNESS: self.tr("fairness level"),
                Tier.REQUESTS: self.tr("requests"),
                Tier.IDLE_GAPS: self.tr("idle gaps"),
            }[progress.tier]
            best = self.tr(", {stage}: best {value}").replace("{stage}", stage)
            text += best.replace("{value}", f"{progress.objective:g}")
            gap = progress.gap
            if gap is not None:
                text += self.tr(", within {gap} % of the best possible").replace("{gap}", f"{100 * gap:.1f}")
        self.progress_label.setText(text)

    @Slot(object)
    def _on_plan_finished(self, result: SolveResult) -> None:
        self._ticker.stop()
        self._update_state()
        if result.status == SolveStatus.INFEASIBLE:
            self.show_error(
                self.tr("No timetable possible"),
                self.tr("No timetable can keep all of these together: ")
                + "; ".join(result.conflicts)
                + self.tr(". Unlock or move one of them and plan again."),
            )
        elif not result.has_schedule:
            self.statusBar().showMessage(
                self.tr("Planning stopped before a timetable was found; nothing changed.")
            )
        elif self._event_file is not None:
            try:
                event = workflow.save_plan(self._event_file, result)
            except (MeetGridError, OSError) as exc:
                self.show_error(self.tr("Cannot save the timetable"), str(exc))
            else:
                self._show_event(event)
                self.tabs.setCurrentWidget(self.timetable_view)
                self.statusBar().showMessage(
                    self.tr("Planned {n} meetings ({status}) in {s} s")
                    .replace("{n}", str(len(event.meetings)))
                    .replace("{status}", result.status)
                    .replace("{s}", f"{result.seconds:.1f}"),
                    10_000,
                )
        self.plan_finished.emit(result)

    @Slot(str)
    def _on_plan_failed(self, message: str) -> None:
        self._ticker.stop()
        self._update_state()
        self.show_error(self.tr("Planning failed"), message)

    # -- export -----------------------------------------------------------------------------------------

    @Slot()
    def export_dialog(self) -> None:
        folder = self.ask_export_folder()
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> bool:
        if self._event is None:
            return False
        try:
            exported = workflow.export_event(self._event, folder)
        except (MeetGridError, OSError) as exc:
            self.show_error(self.tr("Cannot export"), str(exc))
            return False
        self.show_info(
            self.tr("Exported"),
            self.tr("Wrote {n} agendas to {agendas}, and {json} and {xlsx}.")
            .replace("{n}", str(len(exported.agendas)))
            .replace("{agendas}", str(folder / "agendas"))
            .replace("{json}", exported.schedule_json.name)
            .replace("{xlsx}", exported.schedule_xlsx.name),
        )
        return True

    # -- state ------------------------------------------------------------------------------------------

    def _update_state(self) -> None:
        planning = self._controller.is_running()
        has_event = self._event is not None
        self.open_action.setEnabled(not planning)
        self.import_action.setEnabled(not planning)
        self.plan_action.setEnabled(has_event and not planning)
        self.export_action.setEnabled(has_event and not planning)
        self.cancel_action.setEnabled(planning)
        self.time_limit.setEnabled(not planning)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(planning)
        if not has_event:
            self.stack.setCurrentWidget(self.welcome)

    def is_planning(self) -> bool:
        return self._controller.is_running()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ticker.stop()
        self._controller.shutdown()
        if self._event_file is not None:
            self._event_file.close()
            self._event_file = None
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
