"""MeetGrid's main window: open or create an event, see organisations and timetable, plan, export agendas.

Every job goes through the services (``app.services``); planning runs in a worker thread. Dialogs are opened
through the small ``ask_*`` and ``show_*`` methods so tests can replace them with plain values.

Over 400 lines because the menus, toolbar, navigation and the flow between pages meet here.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.domain import Event, SolveStatus
from app.errors import MeetGridError
from app.paths import sample_workbook
from app.services import event_setup, exporting, planning, reports
from app.services.event_files import EVENT_SUFFIX, is_event_url
from app.services.importing import Reimport, write_template
from app.services.planning import SolveResult
from app.ui import languages
from app.ui.board import BoardWindow
from app.ui.checkin.page import CheckInPage
from app.ui.import_wizard.wizard import ImportPage, ImportWizard
from app.ui.jobs import JobRunner, give_way
from app.ui.organisations_page import OrganisationsPage
from app.ui.outcomes_page import OutcomesPage
from app.ui.plan_page import PlanPage
from app.ui.print.page import PrintPage
from app.ui.replan_dialog import Replanner
from app.ui.requests.page import RequestsPage
from app.ui.session import EventSession, Refreshed
from app.ui.setup.page import SetupPage
from app.ui.start_page import StartPage, remember_recent
from app.ui.statistics_page import StatisticsPage
from app.ui.timetable.page import TimetablePage
from app.ui.widgets import tab_leaves_tables

EVENT_FILTER = f"MeetGrid events (*{EVENT_SUFFIX})"


DESK_WATCH_MS = 1000
"""How often a window on an event several desks share asks whether another desk changed it."""


def _accelerated(title: str, taken: set[str], number: int) -> str:
    """A menu item's text with a keyboard accelerator: the first letter of a word not taken yet, else any
    letter not taken, else (a title in Chinese) the page's number after it, as Chinese menus write it."""
    starts = [
        i
        for i, c in enumerate(title)
        if c.isascii() and c.isalpha() and (i == 0 or not title[i - 1].isalpha())
    ]
    others = [i for i, c in enumerate(title) if c.isascii() and c.isalpha()]
    for i in (*starts, *others):
        if title[i].lower() not in taken:
            taken.add(title[i].lower())
            return title[:i] + "&" + title[i:]
    # The page's number where it is one digit and free; past 9, a letter no other item of the menu has.
    free = [
        c for c in f"{number}abcdefghijklmnopqrstuvwxyz" if c not in taken and (c.isalpha() or number <= 9)
    ]
    taken.add(free[0])
    return f"{title}(&{free[0].upper()})"


class MainWindow(QMainWindow):
    event_opened = Signal()
    plan_finished = Signal(object)  # SolveResult
    language_chosen = Signal(str)  # the window is to be opened again in that language (app.ui.app)
    exported = Signal(object)  # ExportResult, when an export started by export_to has finished

    def __init__(self) -> None:
        self.location: Path | str | None = None
        """Where the open event is: its file or its server URL (to open it again in another language)."""
        super().__init__()
        self.setWindowTitle("MeetGrid")
        self.resize(1280, 800)
        self.session = EventSession(self)
        # Queued: a model edited in place is reset only after its setData has returned.
        self.session.changed.connect(self._on_event_changed, Qt.ConnectionType.QueuedConnection)
        self.session.day_changed.connect(self._on_day_changed)
        self.session.failed.connect(lambda title, message: self.show_error(title, message))
        self.import_wizard: ImportWizard | None = None

        self._build_actions()
        self._build_central()
        self._build_board_action()
        self._build_status()
        self._update_state()
        self._restore_layout()

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
        self.open_shared_action = self._action(
            self.tr("Open &shared event…"), "Ctrl+Shift+O", self.open_shared_event_dialog
        )
        self.open_shared_action.setToolTip(
            self.tr(
                "An event on a PostgreSQL server, which several desks work on (meetgrid share puts it there)"
            )
        )
        self.import_action = self._action(
            self.tr("&New event from workbook…"), "Ctrl+I", self.new_event_from_workbook
        )
        self.plan_action = self._action(self.tr("&Plan timetable"), "Ctrl+R", self.plan)
        self.cancel_action = self._action(self.tr("&Cancel planning"), "Esc", self.cancel_plan)
        self.export_action = self._action(self.tr("&Export everything…"), "Ctrl+E", self.export_dialog)
        self.export_action.setToolTip(
            self.tr("Every agenda as its own PDF, schedule.json and schedule.xlsx, into a folder you choose")
        )
        self.print_action = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_shown)
        self.print_action.setToolTip(
            self.tr("Show the Print and export page and print the document previewed there")
        )
        self.template_action = self._action(
            self.tr("Save a blank &registration workbook…"), "", self.save_template_dialog
        )
        self.template_action.setToolTip(
            self.tr("The MeetGrid layout with instructions, to send to the participants")
        )
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        # Own actions rather than the stack's, so that nothing is undone while a plan is being made.
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.session.undo)
        self.redo_action = self._action(self.tr("&Redo"), QKeySequence.StandardKey.Redo, self.session.redo)
        stack = self.session.undo_stack
        for signal in (stack.indexChanged, stack.cleanChanged, self.session.busy_changed):
            signal.connect(self._update_undo)
        self._update_undo()
        self.lock_action = self._action(self.tr("&Lock or unlock meetings"), "Ctrl+L", self.toggle_lock)
        self.lock_action.setToolTip(
            self.tr("A locked meeting keeps its time and table when the timetable is planned again")
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.open_action,
            self.open_shared_action,
            self.import_action,
            self.print_action,
            self.export_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.template_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.lock_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        plan_menu.addAction(self.plan_action)
        plan_menu.addAction(self.cancel_action)
        # On an event several desks share, the other desks' changes are shown within DESK_WATCH_MS or so.
        self._desk_watch = QTimer(self)
        self._desk_watch.setInterval(DESK_WATCH_MS)
        self._desk_watch.timeout.connect(self._watch_desks)
        self._watcher = JobRunner(self)
        self._server_lost = False
        self.replanner = Replanner(self.session, self)
        self.replanner.failed.connect(self.show_error)
        plan_menu.addSeparator()
        plan_menu.addAction(self.replanner.action)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.import_action)
        toolbar.addSeparator()
        toolbar.addAction(self.plan_action)
        toolbar.addAction(self.cancel_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)

    def _build_central(self) -> None:
        self.organisations_page = OrganisationsPage(self.session)
        self.timetable_page = TimetablePage(self.session)
        self.timetable_page.plan_requested.connect(self._plan_from_timetable)
        self.timetable_page.status_message.connect(self.statusBar().showMessage)
        self.statistics_page = StatisticsPage()
        self.plan_page = PlanPage()
        self.plan_page.controller.finished.connect(self._on_plan_finished)
        self.plan_page.controller.failed.connect(self._on_plan_failed)
        self.plan_page.ticked.connect(self._on_tick)
        self.plan_page.plan_requested.connect(self.plan)
        self.plan_page.cancel_requested.connect(self.cancel_plan)
        self.plan_page.timetable_requested.connect(lambda: self.show_page("timetable"))
        self.setup_page = SetupPage(self.session)
        self.print_page = PrintPage(self.session)
        self.print_page.export_started.connect(
            lambda folder: self.statusBar().showMessage(
                self.tr("Exporting to {folder}…").replace("{folder}", folder)
            )
        )
        self.print_page.exported.connect(self._on_exported)
        self.print_page.export_failed.connect(lambda _message: self.statusBar().clearMessage())
        self.requests_page = RequestsPage(self.session)
        self.outcomes_page = OutcomesPage(self.session)
        self.checkin_page = CheckInPage(self.session)

        self.start_page = StartPage()
        self.welcome = self.start_page
        self.start_page.open_requested.connect(self.open_event)
        self.start_page.import_requested.connect(self.new_event_from_workbook)
        self.start_page.open_dialog_requested.connect(self.open_event_dialog)
        self.start_page.sample_requested.connect(self.try_sample)
        self.import_page = ImportPage()
        self.import_page.new_requested.connect(self.new_event_from_workbook)
        self.import_page.update_requested.connect(self.update_from_workbook)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self._page_keys: list[str] = []
        # The letters of the view menu's own items (the board, the language), which the pages leave alone.
        own = (self.tr("&Board for the hall"), self.tr("&Language"))
        self._menu_letters = {letter.lower() for text in own for letter in re.findall(r"&(\w)", text)}
        self.page_actions: dict[str, QAction] = {}
        self._stale: set[str] = set()
        for key, title, page in (
            ("start", self.tr("Start"), self.start_page),
            ("setup", self.tr("Event setup"), self.setup_page),
            ("import", self.tr("Import"), self.import_page),
            ("organisations", self.tr("Organisations"), self.organisations_page),
            ("requests", self.tr("Requests"), self.requests_page),
            ("plan", self.tr("Plan"), self.plan_page),
            ("timetable", self.tr("Timetable"), self.timetable_page),
            ("statistics", self.tr("Statistics"), self.statistics_page),
            ("checkin", self.tr("Check-in"), self.checkin_page),
            ("outcomes", self.tr("Outcomes"), self.outcomes_page),
            ("print", self.tr("Print and export"), self.print_page),
        ):
            self._add_page(key, title, page)
        self.navigation.currentRowChanged.connect(self._on_page_chosen)
        padding = self.fontMetrics().height() // 3
        self.navigation.setStyleSheet(
            f"QListWidget#navigation::item {{ padding: {padding}px {2 * padding}px; }}"
        )
        width = max(self.navigation.sizeHintForColumn(0), self.fontMetrics().averageCharWidth() * 16)
        self.navigation.setFixedWidth(width + self.fontMetrics().height() * 2)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_board_action(self) -> None:
        self.board: BoardWindow | None = None
        self.board_action = self._action(self.tr("&Board for the hall"), "F11", self.open_board)
        self.board_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+B")])
        self.board_action.setToolTip(
            self.tr(
                "The clock, the running round and the next round's tables, full screen on a second screen"
            )
        )
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.board_action)
        self._add_language_menu()

    def _add_language_menu(self) -> None:
        """View ▸ Language: the system's, or one of the four the window speaks, each named in itself."""
        menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = str(QSettings().value(languages.SETTING, "") or "")
        self.language_actions: dict[str | None, QAction] = {}
        choices: list[tuple[str | None, str]] = [(None, self.tr("&System language"))]
        choices += list(languages.LANGUAGES.items())
        for code, name in choices:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == (chosen or None))
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            menu.addAction(action)
            self.language_actions[code] = action
            if code is None:
                menu.addSeparator()

    @Slot()
    def choose_language(self, code: str | None) -> None:
        """Keep the organiser's choice of language and show the window in it: Qt sets a window's words when
        it is made, so the window is opened again, with the same event and page."""
        if self.plan_page.is_planning() or self.session.is_working():
            self.show_error(
                self.tr("Planning in progress"),
                self.tr("Wait for planning to finish or cancel it, then choose the language again."),
            )
            return
        languages.choose_language(code)
        self.language_chosen.emit(code or languages.system_language())

    @Slot()
    def open_board(self) -> None:
        """Show the open event's board, full screen on the second screen when there is one."""
        if self.session.current is None:
            return
        if self.board is None:
            self.board = BoardWindow(session=self.session, parent=self)
        self.board.show_beside(self.screen())

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        tab_leaves_tables(page)
        self.stack.addWidget(page)
        self._page_keys.append(key)
        number = len(self._page_keys)
        action = QAction(_accelerated(title, self._menu_letters, number), self)
        action.setObjectName(f"show-{key}")
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda: self.show_page(key))
        self.view_menu.addAction(action)
        self.page_actions[key] = action

    def page(self, key: str) -> QWidget:
        """The page called ``key`` ('start', 'organisations', 'timetable', 'statistics', ...)."""
        page = self.stack.widget(self._page_keys.index(key))
        assert page is not None
        return page

    def page_keys(self) -> tuple[str, ...]:
        return tuple(self._page_keys)

    def current_page(self) -> str:
        return self._page_keys[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        """Bring a page to the front, as a click in the navigation does."""
        self.navigation.setCurrentRow(self._page_keys.index(key))

    @Slot(int)
    def _on_page_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self._page_keys[row]
        give_way()  # background work waits while the page is brought up to date and painted
        if key in self._stale:
            self._refresh_page(key)
        if key == "start":
            self.start_page.refresh()
        self.stack.setCurrentIndex(row)

    def _refresh_page(self, key: str) -> None:
        """Bring one page up to date with the event; pages out of sight wait until they are shown."""
        self._stale.discard(key)
        page = self.page(key)
        set_event = getattr(page, "set_event", None)
        if callable(set_event):
            set_event(self.session.current)

    def _build_status(self) -> None:
        self.summary_label = QLabel()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("C&ancel"))
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

    def ask_server_url(self) -> str | None:
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Open shared event"),
            self.tr(
                "The event's address on the server, for example\n"
                "postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026\n"
                "(the password comes from PGPASSWORD or ~/.pgpass, never from here)"
            ),
        )
        return text.strip() if accepted and text.strip() else None

    def ask_export_folder(self) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export agendas and timetable to"))
        return Path(path) if path else None

    def ask_template_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a blank registration workbook"), "registrations.xlsx", "Excel (*.xlsx)"
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

    @Slot()
    def save_template_dialog(self) -> None:
        path = self.ask_template_path()
        if path is not None:
            self.save_template(path)

    def save_template(self, path: Path) -> bool:
        """Write the blank registration workbook (as ``meetgrid template`` does)."""
        try:
            write_template(path)
        except (MeetGridError, OSError) as exc:
            self.show_error(self.tr("Cannot save the workbook"), str(exc))
            return False
        self.statusBar().showMessage(
            self.tr("Saved the blank registration workbook {path}").replace("{path}", str(path)), 8000
        )
        return True

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def show_info(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    def run_import(self, wizard: ImportWizard) -> bool:
        """Show the import wizard and return at once (False: nothing done yet); it reports back through its
        signals. Tests replace this with a driver that goes through the steps and says whether it finished."""
        wizard.open()
        return False

    # -- events -----------------------------------------------------------------------------------------

    @property
    def current_event(self) -> Event | None:
        return self.session.current

    @Slot()
    def open_event_dialog(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_event(path)

    @Slot()
    def open_shared_event_dialog(self) -> None:
        url = self.ask_server_url()
        if url is None:
            return
        if not is_event_url(url):
            self.show_error(
                self.tr("Cannot open the event"),
                self.tr(
                    "A shared event's address starts with postgresql+psycopg:// — {url} does not."
                ).replace("{url}", url),
            )
            return
        self.open_event(url)

    def open_event(self, path: Path | str) -> bool:
        """Open an event file, or an event on a server by its URL; on failure the error is shown and the
        current event stays open."""
        if self.plan_page.is_planning():
            self.show_error(
                self.tr("Planning in progress"), self.tr("Wait for planning to finish or cancel it.")
            )
            return False
        try:
            event = self.session.open(path)
        except (MeetGridError, OSError) as exc:
            self.show_error(self.tr("Cannot open the event"), str(exc))
            return False
        if isinstance(path, Path):
            remember_recent(path)
        self.location = path
        opened = self.session.event_file
        if opened is not None and opened.known_changes is not None:
            self._desk_watch.start()
        else:
            self._desk_watch.stop()
        self._show_event(event)
        self.show_page("timetable" if event.meetings else "organisations")
        event_file = self.session.event_file
        if event_file is not None and event_file.upgrade_backup is not None:
            self.statusBar().showMessage(
                self.tr(
                    "This event was saved by an older MeetGrid and has been upgraded; the file as it was "
                    "is kept in {path}"
                ).replace("{path}", str(event_file.upgrade_backup))
            )
        self.event_opened.emit()
        return True

    @Slot()
    def new_event_from_workbook(self, workbook: Path | None = None) -> bool:
        """Import a workbook into a new event through the import wizard (with ``workbook`` already being
        read), then open the event; True when that is done by the time this returns."""
        wizard = self._start_import(update=False)
        if wizard is None:
            return False
        if workbook is not None:
            wizard.set_workbook(workbook)
        return self.run_import(wizard)

    @Slot()
    def update_from_workbook(self, workbook: Path | None = None) -> bool:
        """Read a changed workbook into the open event through the import wizard, which shows the
        differences before applying them as an undoable edit."""
        if self.session.current is None:
            return False
        wizard = self._start_import(update=True)
        if wizard is None:
            return False
        if workbook is not None:
            wizard.set_workbook(workbook)
        return self.run_import(wizard)

    def _start_import(self, *, update: bool) -> ImportWizard | None:
        if self.plan_page.is_planning():
            self.show_error(
                self.tr("Planning in progress"), self.tr("Wait for planning to finish or cancel it.")
            )
            return None
        if self.import_wizard is not None:
            self.import_wizard.shutdown()
            self.import_wizard.deleteLater()
        wizard = ImportWizard(self.session, update=update, parent=self)
        wizard.created.connect(self._on_import_created)
        wizard.updated.connect(self._on_import_updated)
        self.import_wizard = wizard
        return wizard

    @Slot(object)
    def _on_import_created(self, path: Path) -> None:
        self.open_event(path)

    @Slot(object)
    def _on_import_updated(self, merged: Reimport) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Updated from the workbook: %n changes; plan again to use them. Undo takes them back.",
                "",
                len(merged.changes),
            ),
            10_000,
        )

    @Slot()
    def try_sample(self) -> None:
        self.new_event_from_workbook(sample_workbook())

    @Slot(object)
    def _on_event_changed(self, event: Event | None) -> None:
        if event is not None:
            self._show_event(event)
        else:
            self._update_state()

    def _on_day_changed(self, _event: Event) -> None:
        """The day's record changed (a check-in here or at another desk): the check-in page shows it at
        once by itself, the outcomes page if it is in front; the other pages when next shown."""
        current = self.current_page()
        self._stale |= {key for key in self._page_keys if key not in ("start", "checkin", current)}
        if current == "outcomes":
            self._refresh_page(current)

    def _show_event(self, event: Event) -> None:
        self.organisations_page.model.set_event(event)
        self._stale = {key for key in self._page_keys if key != "start"}
        self._refresh_page(self.current_page())
        event_file = self.session.event_file
        self.setWindowTitle(f"{event.settings.name} — {event_file.title if event_file else ''} — MeetGrid")
        # Counted here, not taken from the summary: after an edit that is worked out in the background.
        self.summary_label.setText(
            " · ".join(
                (
                    self.tr("%n organisations", "", len(event.organisations)),
                    self.tr("%n people", "", len(event.participants)),
                    self.tr("%n meetings", "", len(event.meetings)),
                    self.tr("{met} of %n requests met", "", len(event.requests)).replace(
                        "{met}", str(reports.requests_met(event))
                    ),
                )
            )
        )
        self._update_state()

    # -- planning ---------------------------------------------------------------------------------------

    @Slot()
    def plan(self) -> bool:
        """Start planning in the background; False when there is nothing to plan or planning is running."""
        event = self.session.current
        if event is None or self.plan_page.is_planning() or self.session.is_working():
            return False
        tiers, agreed = self.plan_page.tiers(), self.plan_page.agreed.isChecked()
        if agreed:
            tiers = event.settings.tiers  # agreed meetings have goals of their own; the order stays
        if tiers != event.settings.tiers or agreed != event.settings.agreed:
            settings = dataclasses.replace(event.settings, tiers=tiers, agreed=agreed)
            if not self.session.edit(
                self.tr("Change what matters most"),
                lambda ef: event_setup.change_settings(ef, settings, before=event),
            ):
                return False
            event = self.session.current
            assert event is not None
        self.plan_page.start(event)
        self.show_page("plan")
        self._update_state()
        self.plan_page.tick()
        return True

    @Slot()
    def _plan_from_timetable(self) -> None:
        """The timetable page asks for a plan (again, around the locked meetings)."""
        if "plan" in self._page_keys:
            self.show_page("plan")
        self.plan()

    @Slot()
    def cancel_plan(self) -> None:
        if self.plan_page.cancel():
            self.progress_label.setText(self.tr("Stopping…"))

    @Slot(str, int)
    def _on_tick(self, text: str, permille: int) -> None:
        self.progress_bar.setValue(permille)
        self.progress_label.setText(text)

    @Slot(object)
    def _on_plan_finished(self, result: SolveResult) -> None:
        self._update_state()
        if result.status == SolveStatus.INFEASIBLE:
            self.statusBar().showMessage(
                self.tr("No timetable can keep every agreed or locked meeting and rule; nothing changed.")
            )
            locked = any("locked meeting" in c for c in result.conflicts)
            event = self.session.current
            others = any("locked meeting" in c or "at least" in c for c in result.conflicts)
            agreed = any("agreed meeting" in c for c in result.conflicts) or (
                event is not None and event.settings.agreed and not others
            )
            advice = (
                self.tr(
                    "Take one of these agreed meetings out (Requests page), let the organisations stay "
                    "longer, or give the event more slots or tables, and plan again."
                )
                if agreed
                else self.tr("Unlock or move one of the locked meetings, or lower a minimum, and plan again.")
                if locked
                else self.tr(
                    "Lower the minimum number of meetings (Event setup, or the organisations' own minimum), "
                    "or give the event more slots or tables, and plan again."
                )
            )
            self.show_error(
                self.tr("No timetable possible"),
                self.tr("No timetable can keep all of these together:")
                + "\n• "
                + "\n• ".join(result.conflicts)
                + "\n\n"
                + advice,
            )
        elif not result.has_schedule:
            self.statusBar().showMessage(
                self.tr("Planning stopped before a timetable was found; nothing changed.")
            )
        elif self.session.edit(
            self.tr("Plan the timetable"),
            lambda ef: planning.save_plan(ef, result, self.plan_page.controller.planned_on),
            whole=True,
        ):
            event = self.session.current
            if event is not None:
                self._show_event(event)
                self.statusBar().showMessage(
                    self.tr("Planned %n meetings in {s} s: {status}", "", len(event.meetings))
                    .replace("{status}", self.plan_page.verdict(reports.summarise(event), result.status))
                    .replace("{s}", f"{result.seconds:.1f}"),
                    10_000,
                )
        self.plan_page.planning_finished(result)
        self.plan_finished.emit(result)

    @Slot(str)
    def _on_plan_failed(self, message: str) -> None:
        self._update_state()
        self.statusBar().showMessage(self.tr("Planning failed; nothing changed."))
        self.plan_page.planning_failed()
        self.show_error(self.tr("Planning failed"), message)

    # -- edits ------------------------------------------------------------------------------------------

    @Slot(int, str, str)
    def edit_organisation(self, org_id: int, field: str, text: str) -> bool:
        """Store an organisation's field as the organiser typed it, as an undoable step."""
        return self.organisations_page.edit_organisation(org_id, field, text)

    def move_meeting(self, meeting_id: int, slot_id: int, table_id: int) -> bool:
        """Move (or, onto another meeting, swap) a meeting as an undoable step; the move locks it."""
        return self.timetable_page.move_meeting(meeting_id, slot_id, table_id)

    @Slot()
    def toggle_lock(self) -> bool:
        """Lock the meetings selected on the timetable page, or unlock them when all are locked already."""
        return self.timetable_page.toggle_lock()

    # -- export -----------------------------------------------------------------------------------------

    @Slot()
    @Slot()
    def print_shown(self) -> None:
        """File ▸ Print: the Print and export page, and the print dialog for its document as soon as the
        preview is ready (at once when it is)."""
        if self.session.current is None:
            return
        self.show_page("print")
        page = self.print_page
        if page.has_preview():
            page.print_document()
            return
        if not page.is_preparing():
            return  # the page says why there is nothing to print (not planned yet, nothing changed)
        self.statusBar().showMessage(self.tr("Preparing the document to print…"), 4000)

        def when_ready() -> None:
            page.preview_ready.disconnect(when_ready)
            page.preview_failed.disconnect(when_failed)
            if self.current_page() == "print":
                page.print_document()

        def when_failed(_message: str) -> None:
            page.preview_ready.disconnect(when_ready)
            page.preview_failed.disconnect(when_failed)

        page.preview_ready.connect(when_ready)
        page.preview_failed.connect(when_failed)

    def export_dialog(self) -> None:
        folder = self.ask_export_folder()
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> bool:
        """Start exporting the event as saved into ``folder`` in the background (see the print page);
        ``exported`` follows when it is written. False when there is nothing to export or an export runs."""
        event = self.session.current
        if event is None:
            return False
        if not self.print_page.export_to(folder, event):
            self.statusBar().showMessage(self.tr("An export is still running; wait for it to finish."), 4000)
            return False
        return True

    @Slot(object)
    def _on_exported(self, result: object) -> None:
        assert isinstance(result, exporting.ExportResult)
        self.statusBar().showMessage(
            self.tr("Exported %n agendas to {folder}", "", len(result.agendas)).replace(
                "{folder}", str(result.schedule_json.parent)
            ),
            10_000,
        )
        self.exported.emit(result)

    # -- state ------------------------------------------------------------------------------------------

    def _update_undo(self) -> None:
        stack = self.session.undo_stack
        idle = not self.session.busy
        self.undo_action.setEnabled(idle and stack.canUndo())
        self.redo_action.setEnabled(idle and stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo {what}").replace("{what}", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").replace("{what}", redo) if redo else self.tr("&Redo")
        )

    def _update_state(self) -> None:
        planning = self.plan_page.is_planning()
        self.session.set_busy(planning)
        has_event = self.session.current is not None
        self.open_action.setEnabled(not planning)
        self.import_action.setEnabled(not planning)
        self.plan_action.setEnabled(has_event and not planning)
        self.export_action.setEnabled(has_event and not planning)
        self.print_action.setEnabled(has_event and not planning)
        self.cancel_action.setEnabled(planning)
        self.lock_action.setEnabled(has_event and not planning)
        self.board_action.setEnabled(has_event)
        self.plan_page.set_planning(planning)
        for button in (self.import_page.new_button, self.import_page.update_button):
            button.setEnabled(not planning)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(planning)
        for row, key in enumerate(self._page_keys):
            item = self.navigation.item(row)
            enabled = has_event or key in ("start", "import")
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags if enabled else Qt.ItemFlag.NoItemFlags)
            self.page_actions[key].setEnabled(enabled)
        if not has_event:
            self.show_page("start")

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for key, splitter in self._splitters():
            saved = settings.value(key)
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for key, splitter in self._splitters():
            settings.setValue(key, splitter.saveState())

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        """Every page's splitters, each with the settings key its position is kept under."""
        return [
            (f"window/splitters/{key}/{number}", splitter)
            for key in self._page_keys
            for number, splitter in enumerate(self.page(key).findChildren(QSplitter))
        ]

    def is_planning(self) -> bool:
        return self.plan_page.is_planning()

    @Slot()
    def _watch_desks(self) -> None:
        """Ask the server, in a worker, whether another desk changed the event (``_on_desk_count``)."""
        event_file = self.session.event_file
        if event_file is None or event_file.known_changes is None:
            self._desk_watch.stop()
            return
        if self.session.busy or self._watcher.is_running() or self.plan_page.is_planning():
            return
        job = self.session.other_desks_job()
        if job is None:
            return
        self._watcher.start("look for other desks' changes", job, self._on_other_desks, self._on_server_lost)

    def _on_other_desks(self, refreshed: object) -> None:
        if self._server_lost:
            self._server_lost = False
            self.statusBar().showMessage(self.tr("The server answers again."), 5000)
        if (
            isinstance(refreshed, Refreshed)
            and not self.session.busy
            and self.session.show_refreshed(refreshed)
        ):
            self.statusBar().showMessage(self.tr("Another desk's changes are shown."), 5000)

    def _on_server_lost(self, message: str) -> None:
        self._server_lost = True
        self.statusBar().showMessage(
            self.tr(
                "The server cannot be reached; the event is shown as last read, and MeetGrid keeps trying."
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.is_working():  # a change is being written: close once it is in the file
            event.ignore()
            QTimer.singleShot(100, self.close)
            return
        self._desk_watch.stop()
        self._watcher.wait()
        for key in self._page_keys:
            shutdown = getattr(self.page(key), "shutdown", None)
            if callable(shutdown):  # a page's background work ends with the window
                shutdown()
        if self.import_wizard is not None:
            self.import_wizard.shutdown()
        self.replanner.shutdown()
        self.session.shutdown()
        self.session.close(emit=False)
        self._save_layout()
        super().closeEvent(event)
