"""The print and export page: preview an organisation's agenda (or all of them), print it, save it, and
export everything for the day into a folder.

The PDFs come from the core (``exporting.write_agenda_pdf``, ``exporting.export_event``), written off the GUI
thread by ``JobRunner``; the page only shows them with QtPdf. Printing draws the previewed pages on the
printer with QPainter, which Qt allows only in the GUI thread, so it goes one page per turn of the event
loop: the window stays usable, and the organiser can cancel between pages.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QFont, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain import Event, Organisation
from app.errors import MeetGridError
from app.services import exporting
from app.services.exporting import ExportResult, agenda_filename, agenda_paths
from app.ui.jobs import JobRunner
from app.ui.widgets import empty_state, heading

Index = QModelIndex | QPersistentModelIndex

PDF_FILTER = "PDF documents (*.pdf)"
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 8.0)
PRINT_DPI = 300
"""Pages are drawn on the printer as images of at most this resolution: sharp on paper, and small enough
(an A4 page is 35 MB at 300 dpi, 560 MB at a printer's 1200) to draw one after another."""
SHOW_BUSY_AFTER_MS = 250
"""A preview that takes longer than this shows that it is being prepared; a quick one does not flicker."""


def _capitalised(message: str) -> str:
    return message[:1].upper() + message[1:]


class AgendaChoicesModel(QAbstractListModel):
    """The organisations whose agenda can be previewed, in registration order; ``SEARCH_ROLE`` holds what
    the search box matches (names, group, country)."""

    ORG_ID_ROLE = Qt.ItemDataRole.UserRole
    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str, str]] = []  # id, name, tooltip, search text
        self._row_of: dict[int, int] = {}

    def set_event(self, event: Event | None) -> None:
        held: dict[int, int] = {}
        if event is not None:
            for meeting in event.meetings:
                for org_id in meeting.organisation_ids:
                    held[org_id] = held.get(org_id, 0) + 1
        rows = []
        for org in event.organisations if event is not None else ():
            details = " · ".join(part for part in (org.local_name, org.group, org.country) if part)
            count = held.get(org.id, 0)
            meetings = (
                self.tr("1 meeting") if count == 1 else self.tr("{n} meetings").replace("{n}", str(count))
            )
            tooltip = "\n".join(part for part in (org.name, details, meetings) if part)
            search = " ".join((org.name, org.local_name, org.group, org.country))
            rows.append((org.id, org.name, tooltip, search))
        self.beginResetModel()
        self._rows = rows
        self._row_of = {row[0]: number for number, row in enumerate(rows)}
        self.endResetModel()

    def org_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, org_id: int) -> int | None:
        return self._row_of.get(org_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        org_id, name, tooltip, search = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip
        if role == self.ORG_ID_ROLE:
            return org_id
        if role == self.SEARCH_ROLE:
            return search
        return None


class _Reporter(QObject):
    """Carries a job's progress from its worker thread to the page (queued, as the page lives elsewhere)."""

    reported = Signal(int, int, int)  # job, done, total

    def __init__(self, job: int) -> None:
        super().__init__()
        self._job = job

    def __call__(self, done: int, total: int) -> None:
        self.reported.emit(self._job, done, total)


class _PrintRun:
    """The pages still to draw on a printer, one per turn of the event loop."""

    def __init__(self, document: QPdfDocument, printer: QPrinter, pages: list[int]) -> None:
        self.document = document
        self.printer = printer
        self.pages = pages
        self.drawn = 0
        self.painter = QPainter()
        self.cancelled = False


class PrintPage(QWidget):
    """Preview, print and save agendas, and export everything for the day."""

    preview_ready = Signal()
    """A preview is loaded in the view (``document`` is Ready)."""
    preview_failed = Signal(str)
    saved = Signal(object)
    """The previewed document was saved; its path."""
    printed = Signal(int)
    """Printing finished; the number of pages drawn (0 when cancelled before the first)."""
    export_started = Signal(str)
    """An export began; the folder, for a status bar."""
    exported = Signal(object)
    """An export finished: the ``ExportResult``."""
    export_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._choice: int | None = None  # organisation id; None: all agendas in one document
        self._generation = 0  # counts the events shown, so a preview of an older one is not kept
        self._wanted: tuple[int, int | None] | None = None
        self._rendering: tuple[int, int | None] | None = None
        self._shown: tuple[int, int | None] | None = None
        self._preview_path: Path | None = None
        self._temporary: tempfile.TemporaryDirectory[str] | None = None
        self._names = itertools.count(1)
        self._jobs = itertools.count(1)
        self._render_job = 0
        self._export_job = 0
        self._export_folder: Path | None = None
        self._print_run: _PrintRun | None = None
        self._sized = False
        self._renderer = JobRunner(self)
        self._exporter = JobRunner(self)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(SHOW_BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

        self.empty_label, self.empty_page = empty_state(self)

        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(self._build_chooser())
        self.content.addWidget(self._build_preview())
        self.content.setStretchFactor(0, 0)
        self.content.setStretchFactor(1, 1)
        self.content.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.content)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_event(None)

    # -- building ---------------------------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        return heading(text, self)

    def _build_chooser(self) -> QWidget:
        self.all_button = QRadioButton(self.tr("All agendas in one document"))
        self.all_button.setToolTip(
            self.tr("Every organisation's agenda, each on its own pages, to print in one go")
        )
        self.one_button = QRadioButton(self.tr("One organisation's agenda"))
        self.one_button.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.all_button)
        choice.addButton(self.one_button)
        self.all_button.toggled.connect(self._on_all_toggled)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.choices = AgendaChoicesModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.choices)
        self.filtered.setFilterRole(AgendaChoicesModel.SEARCH_ROLE)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._choose_first_match)

        self.organisation_list = QListView()
        self.organisation_list.setModel(self.filtered)
        self.organisation_list.setUniformItemSizes(True)
        self.organisation_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organisation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.organisation_list.setAccessibleName(self.tr("Organisations"))
        self.organisation_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.organisation_list.clicked.connect(self._on_clicked)
        self.no_match = QLabel(self.tr("No organisation matches the search."))
        self.no_match.setWordWrap(True)
        self.no_match.setVisible(False)

        self.export_button = QPushButton(self.tr("Export everything…"))
        self.export_button.setToolTip(
            self.tr("Every agenda as its own PDF, schedule.json and schedule.xlsx, into a folder you choose")
        )
        self.export_button.clicked.connect(self.export_dialog)
        explain = QLabel(
            self.tr(
                "Writes every agenda as its own PDF (in a folder <i>agendas</i>), the timetable as an Excel "
                "workbook and as schedule.json into a folder you choose."
            )
        )
        explain.setWordWrap(True)
        self.export_progress = QProgressBar()
        self.export_progress.setTextVisible(False)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_progress.setVisible(False)
        self.export_status.setVisible(False)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Preview")))
        layout.addWidget(self.all_button)
        layout.addWidget(self.one_button)
        layout.addWidget(self.search)
        layout.addWidget(self.organisation_list, 1)
        layout.addWidget(self.no_match)
        layout.addWidget(line)
        layout.addWidget(self._heading(self.tr("Export for the day")))
        layout.addWidget(explain)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.export_progress)
        layout.addWidget(self.export_status)
        em = self.fontMetrics().height()
        panel.setMinimumWidth(em * 11)
        panel.setMaximumWidth(em * 30)
        self.chooser_panel = panel
        return panel

    def _action(
        self, text: str, tip: str, slot: Callable[[], None], keys: QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            # Only while this page is in front: other pages have their own uses for the keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    def _build_preview(self) -> QWidget:
        self.title_label = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the document shown, or some of its pages"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.setToolTip(self.tr("Save the document shown as a PDF file"))
        self.save_button.clicked.connect(self.save_dialog)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)

        self.previous_action = self._action("▲", self.tr("Previous page"), self.previous_page)
        self.next_action = self._action("▼", self.tr("Next page"), self.next_page)
        self.page_spin = QSpinBox()
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setToolTip(self.tr("Page"))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel()
        self.fit_width_action = self._action(
            self.tr("Fit width"), self.tr("Fit the page width"), self.fit_width
        )
        self.fit_page_action = self._action(
            self.tr("Fit page"), self.tr("Show a whole page at once"), self.fit_page
        )
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self.zoom_out_action = self._action(
            "−", self.tr("Zoom out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_action = self._action(
            "+", self.tr("Zoom in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_label = QLabel()
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(" 800 % "))

        # A tool bar, so that in a narrow window what does not fit goes into its overflow menu.
        tools = QToolBar(self.tr("Preview"))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addAction(self.previous_action)
        tools.addAction(self.next_action)
        tools.addWidget(self.page_spin)
        tools.addWidget(self.page_count_label)
        tools.addSeparator()
        tools.addAction(self.fit_width_action)
        tools.addAction(self.fit_page_action)
        tools.addSeparator()
        tools.addAction(self.zoom_out_action)
        tools.addWidget(self.zoom_label)
        tools.addAction(self.zoom_in_action)
        self.tools = tools

        self.print_status = QLabel()
        self.print_progress = QProgressBar()
        self.print_progress.setTextVisible(False)
        self.print_progress.setMaximumWidth(self.fontMetrics().height() * 10)
        self.cancel_print_button = QPushButton(self.tr("Cancel printing"))
        self.cancel_print_button.clicked.connect(self.cancel_printing)
        for widget in (self.print_status, self.print_progress, self.cancel_print_button):
            widget.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(tools, 1)
        bar.addWidget(self.print_status)
        bar.addWidget(self.print_progress)
        bar.addWidget(self.cancel_print_button)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview"))
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._on_page_changed)
        self.view.zoomModeChanged.connect(lambda _mode: self._update_zoom())
        self.view.zoomFactorChanged.connect(lambda _factor: self._update_zoom())

        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.setTextFormat(Qt.TextFormat.RichText)
        self.busy_progress = QProgressBar()
        self.busy_progress.setTextVisible(False)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self._retry)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.busy_label)
        waiting_layout.addWidget(self.busy_progress)
        waiting_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignCenter)
        waiting_layout.addStretch(2)
        waiting.setMaximumWidth(self.fontMetrics().height() * 30)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.addWidget(waiting)
        self.waiting_page = holder

        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.view)
        self.preview_stack.addWidget(self.waiting_page)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.preview_stack, 1)
        return panel

    # -- the event --------------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show what can be printed from the event as saved; the preview is prepared in the background."""
        self._event = event
        self._generation += 1
        if event is None or not event.meetings:
            self.choices.set_event(None)
            self._wanted = None
            self._forget_preview()
            if event is None:
                self._show_empty(
                    self.tr("No event open"),
                    self.tr(
                        "Open an event or import registrations, then plan the timetable: here you will "
                        "preview, print and save each organisation's agenda, and export everything for "
                        "the day."
                    ),
                )
            else:
                self._show_empty(
                    self.tr("No timetable yet"),
                    self.tr(
                        "Plan the timetable of {event} first. Then each organisation's agenda can be "
                        "previewed and printed here, and everything for the day exported to a folder."
                    ).replace("{event}", f"<i>{html.escape(event.settings.name)}</i>"),
                )
            return
        self.choices.set_event(event)
        if not self._sized:
            self._size_chooser(event)
        if self._choice is not None and self.choices.row_of(self._choice) is None:
            self._choice = None if self.all_button.isChecked() else event.organisations[0].id
        if self._choice is None and not self.all_button.isChecked():
            self._choice = event.organisations[0].id
        self._select_in_list(self._choice)
        self.stack.setCurrentWidget(self.content)
        self._update_controls()
        self._request_preview()

    def _size_chooser(self, event: Event) -> None:
        """Once, wide enough for most names; the organiser's own width is kept after that."""
        self._sized = True
        metrics = self.organisation_list.fontMetrics()
        em = metrics.height()
        longest = max((metrics.horizontalAdvance(org.name) for org in event.organisations), default=0)
        width = round(min(max(longest + em * 2.5, em * 14), em * 24))
        total = sum(self.content.sizes()) or self.width()
        self.content.setSizes([width, max(total - width, em * 20)])

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def _show_empty(self, title: str, text: str) -> None:
        self.empty_label.setText(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        self.stack.setCurrentWidget(self.empty_page)

    def choice(self) -> int | None:
        """The organisation whose agenda is chosen, or None for all agendas in one document."""
        return self._choice

    def choose(self, org_id: int | None) -> None:
        """Preview one organisation's agenda, or with None all agendas in one document."""
        if org_id is None:
            self.all_button.setChecked(True)
            return
        self._choice = org_id
        self.one_button.setChecked(True)
        self._select_in_list(org_id)
        self._request_preview()

    def _select_in_list(self, org_id: int | None) -> None:
        row = self.choices.row_of(org_id) if org_id is not None else None
        selection = self.organisation_list.selectionModel()
        if row is None:
            selection.clear()
            return
        index = self.filtered.mapFromSource(self.choices.index(row))
        if index.isValid():
            with _signals_blocked(selection):
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
            self.organisation_list.scrollTo(index)
        else:
            selection.clear()

    @Slot(bool)
    def _on_all_toggled(self, everything: bool) -> None:
        if everything:
            self._choice = None
            # The list keeps its place, but no organisation looks chosen.
            self.organisation_list.selectionModel().clearSelection()
        else:
            current = self.organisation_list.currentIndex()
            if current.isValid():
                self._choice = int(current.data(AgendaChoicesModel.ORG_ID_ROLE))
            elif self._event is not None and self._event.organisations:
                self._choice = self._event.organisations[0].id
                self._select_in_list(self._choice)
        self._request_preview()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.choose(int(current.data(AgendaChoicesModel.ORG_ID_ROLE)))

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(int(index.data(AgendaChoicesModel.ORG_ID_ROLE)))

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.filtered.setFilterFixedString(text.strip())
        self.no_match.setVisible(self.filtered.rowCount() == 0 and bool(self.choices.rowCount()))
        if self._choice is not None:
            self._select_in_list(self._choice)

    @Slot()
    def _choose_first_match(self) -> None:
        if self.filtered.rowCount():
            first = self.filtered.index(0, 0)
            self.choose(int(first.data(AgendaChoicesModel.ORG_ID_ROLE)))
            self.organisation_list.setFocus()

    # -- the preview ------------------------------------------------------------------------------------

    def _request_preview(self) -> None:
        """Prepare the chosen document unless it is shown already; one render at a time, the newest wins."""
        if self._event is None or not self._event.meetings:
            return
        self._wanted = (self._generation, self._choice)
        if self._wanted == self._shown and self.preview_stack.currentWidget() is self.view:
            return
        if self._renderer.is_running():
            return  # when it is done, the newest wish is rendered
        event, choice = self._event, self._choice
        folder = self._temporary_folder()
        path = folder / f"preview-{next(self._names)}.pdf"
        self._render_job = job = next(self._jobs)
        reporter = _Reporter(job)
        reporter.reported.connect(self._on_preview_progress)
        self._rendering = self._wanted
        self._busy_timer.start()

        def render() -> Path:
            return exporting.write_agenda_pdf(event, path, choice, reporter)

        self._renderer.start(
            self.tr("Preparing the preview"),
            render,
            lambda written: self._on_rendered(written, reporter),
            lambda message: self._on_render_failed(message, reporter),
        )

    def _temporary_folder(self) -> Path:
        if self._temporary is None:
            self._temporary = tempfile.TemporaryDirectory(
                prefix="meetgrid-preview-", ignore_cleanup_errors=True
            )
        return Path(self._temporary.name)

    @Slot(int, int, int)
    def _on_preview_progress(self, job: int, done: int, total: int) -> None:
        if job == self._render_job and total > 1:
            self.busy_progress.setRange(0, total)
            self.busy_progress.setValue(done)
            self.busy_label.setText(
                self.tr("Preparing the agendas… {done} of {total}")
                .replace("{done}", str(done))
                .replace("{total}", str(total))
            )

    @Slot()
    def _show_busy(self) -> None:
        if not self._renderer.is_running():
            return
        self.busy_label.setText(self.tr("Preparing the preview…"))
        self.busy_progress.setRange(0, 0)
        self.busy_progress.setVisible(True)
        self.retry_button.setVisible(False)
        self.preview_stack.setCurrentWidget(self.waiting_page)

    def _on_rendered(self, written: object, reporter: _Reporter) -> None:
        reporter.deleteLater()
        rendered, self._rendering = self._rendering, None
        self._busy_timer.stop()
        assert isinstance(written, Path)
        if rendered != self._wanted:
            _remove(written)
            self._request_preview()
            return
        self._load(written, rendered)

    def _on_render_failed(self, message: str, reporter: _Reporter) -> None:
        reporter.deleteLater()
        rendered, self._rendering = self._rendering, None
        self._busy_timer.stop()
        if rendered != self._wanted:
            self._request_preview()
            return
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        self._shown = None
        self.busy_label.setText(
            "<p>{}</p><p>{}</p>".format(
                html.escape(self.tr("The preview could not be prepared:")), html.escape(_capitalised(message))
            )
        )
        self.busy_progress.setVisible(False)
        self.retry_button.setVisible(True)
        self.preview_stack.setCurrentWidget(self.waiting_page)
        self._update_controls()
        self.preview_failed.emit(message)

    @Slot()
    def _retry(self) -> None:
        self._shown = None
        self._request_preview()

    def _load(self, path: Path, rendered: tuple[int, int | None] | None) -> None:
        previous = self._preview_path
        # After an edit the same agenda stays at the page the organiser was reading.
        same = self._shown is not None and rendered is not None and self._shown[1] == rendered[1]
        page = self.current_page() if same else 0
        self._shown = rendered
        self.document.close()
        self.document.load(str(path))
        self._preview_path = path
        if previous is not None and previous != path:
            _remove(previous)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._show_problem(self.tr("the PDF could not be read"))
            return
        self.preview_stack.setCurrentWidget(self.view)
        count = self.document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(count, 1))
        self.page_spin.blockSignals(False)
        self.page_count_label.setText(self.tr("of {n}").replace("{n}", str(count)))
        self.go_to_page(min(page, count - 1))
        self._update_title()
        self._update_controls()
        self.preview_ready.emit()

    def _forget_preview(self) -> None:
        self.document.close()
        if self._preview_path is not None:
            _remove(self._preview_path)
        self._preview_path = None
        self._shown = None
        self._update_controls()

    def _update_title(self) -> None:
        event = self._event
        count = self.document.pageCount()
        pages = self.tr("1 page") if count == 1 else self.tr("{n} pages").replace("{n}", str(count))
        if event is None or self._shown is None:
            self.title_label.clear()
        elif self._choice is None:
            self.title_label.setText(
                self.tr("All {n} agendas · {pages}")
                .replace("{n}", str(len(event.organisations)))
                .replace("{pages}", pages)
            )
        else:
            org = event.organisation_by_id[self._choice]
            self.title_label.setText(
                self.tr("Agenda of {name} · {pages}").replace("{name}", org.name).replace("{pages}", pages)
            )

    def preview_path(self) -> Path | None:
        """The PDF shown in the preview (a temporary file)."""
        return self._preview_path if self._shown is not None else None

    def has_preview(self) -> bool:
        return self.preview_path() is not None and self.document.status() == QPdfDocument.Status.Ready

    # -- page navigation and zoom -----------------------------------------------------------------------

    def current_page(self) -> int:
        """The page shown, from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if not count:
            return
        page = max(0, min(page, count - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._on_page_changed(page)

    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    @Slot(int)
    def _on_page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_controls()

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    @Slot()
    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    @Slot()
    def zoom_in(self) -> None:
        self._zoom_to(self.effective_zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom_to(self.effective_zoom() / ZOOM_STEP)

    def _zoom_to(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(low, min(high, factor)))

    def effective_zoom(self) -> float:
        """The zoom the view shows at (1.0: a page at its printed size), also when it fits the page."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.document.pageCount():
            return float(self.view.zoomFactor())
        size = self.document.pagePointSize(max(self.current_page(), 0))
        scale = self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / (size.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(width, 0.01)
        height = (viewport.height() - margins.top() - margins.bottom()) / (size.height() * scale)
        return max(min(width, height), 0.01)

    def _update_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{100 * self.effective_zoom():.0f} %")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_zoom()

    def _update_controls(self) -> None:
        ready = self.has_preview()
        printing = self._print_run is not None
        count = self.document.pageCount() if ready else 0
        page = self.current_page() if ready else 0
        self.page_spin.setEnabled(ready)
        for action in (
            self.fit_width_action,
            self.fit_page_action,
            self.zoom_in_action,
            self.zoom_out_action,
        ):
            action.setEnabled(ready)
        self.previous_action.setEnabled(ready and page > 0)
        self.next_action.setEnabled(ready and page < count - 1)
        self.print_button.setEnabled(ready and not printing)
        self.save_button.setEnabled(ready)
        self.export_button.setEnabled(self._event is not None and not self._exporter.is_running())
        self._update_zoom()

    # -- saving -----------------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        """A file name for the document shown: the organisation's agenda name, or the event's."""
        event = self._event
        if event is None:
            return "agendas.pdf"
        if self._choice is None:
            name = self.tr("{event} agendas").replace("{event}", event.settings.name)
            return agenda_filename(Organisation(0, name), set())
        # The same name the export gives this organisation's agenda (names made unique in event order).
        return {org: path.name for org, path in agenda_paths(event, Path())}[self._choice]

    @Slot()
    def save_dialog(self) -> bool:
        """Save the previewed document where the organiser chooses."""
        source = self.preview_path()
        if source is None:
            return False
        target = self.ask_save_path(self._last_folder() / self.suggested_name())
        if target is None:
            return False
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            exporting.save_copy(source, target)
        except MeetGridError as exc:
            self.show_error(self.tr("Cannot save the PDF"), _capitalised(str(exc)))
            return False
        QSettings().setValue("print/folder", str(target.parent))
        self.saved.emit(target)
        return True

    def _last_folder(self) -> Path:
        remembered = QSettings().value("print/folder")
        if isinstance(remembered, str) and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    # -- printing ---------------------------------------------------------------------------------------

    @Slot()
    def print_document(self) -> bool:
        """Print the previewed document through the system's print dialog; False when nothing is printed."""
        path = self.preview_path()
        if path is None or self._print_run is not None:
            return False
        count = self.document.pageCount()
        printer = self.ask_printer(count, self.current_page())
        if printer is None:
            return False
        pages = self.pages_to_print(printer, count, self.current_page())
        if not pages:
            self.show_error(
                self.tr("Nothing to print"),
                self.tr("The pages chosen are not in this document, which has {n} pages.").replace(
                    "{n}", str(count)
                ),
            )
            return False
        # The printer reads its own copy of the document, so a new preview cannot change a print under way.
        document = QPdfDocument(self)
        document.load(str(path))
        run = _PrintRun(document, printer, pages)
        if not run.painter.begin(printer):
            document.close()
            document.deleteLater()
            self.show_error(
                self.tr("Cannot print"),
                self.tr(
                    "The printer could not be started. Check that it is switched on and connected, then "
                    "try again."
                ),
            )
            return False
        self._print_run = run
        self.print_progress.setRange(0, len(pages))
        self.print_progress.setValue(0)
        for widget in (self.print_status, self.print_progress, self.cancel_print_button):
            widget.setVisible(True)
        self._update_controls()
        QTimer.singleShot(0, self._print_next_page)
        return True

    @staticmethod
    def pages_to_print(printer: QPrinter, count: int, current: int) -> list[int]:
        """The pages (from 0) the print dialog asked for, in the order the printer wants them."""
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            pages = [current]
        elif chosen == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if ranges.isEmpty():
                first, last = printer.fromPage(), printer.toPage()
                pages = [page - 1 for page in range(max(first, 1), min(last, count) + 1)]
            else:
                pages = [page - 1 for page in range(1, count + 1) if ranges.contains(page)]
        else:
            pages = list(range(count))
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            pages.reverse()
        return pages

    @Slot()
    def _print_next_page(self) -> None:
        run = self._print_run
        if run is None:
            return
        if run.cancelled or run.drawn == len(run.pages):
            self._finish_printing()
            return
        page = run.pages[run.drawn]
        if run.drawn and not run.printer.newPage():
            run.cancelled = True
            self._finish_printing(self.tr("The printer stopped taking pages."))
            return
        self._draw_page(run, page)
        run.drawn += 1
        self.print_progress.setValue(run.drawn)
        self.print_status.setText(
            self.tr("Printing page {n} of {total}…")
            .replace("{n}", str(run.drawn))
            .replace("{total}", str(len(run.pages)))
        )
        QTimer.singleShot(0, self._print_next_page)

    @staticmethod
    def _draw_page(run: _PrintRun, page: int) -> None:
        """Draw one page as large as the printable area allows, keeping its proportions."""
        area = run.printer.pageRect(QPrinter.Unit.DevicePixel)
        size = run.document.pagePointSize(page)
        if size.isEmpty():
            return
        scale = min(area.width() / size.width(), area.height() / size.height())
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        target.moveLeft((area.width() - target.width()) / 2)
        sharpness = min(1.0, PRINT_DPI / max(run.printer.resolution(), 1))
        image = run.document.render(
            page, QSize(round(target.width() * sharpness), round(target.height() * sharpness))
        )
        run.painter.drawImage(target, image)

    @Slot()
    def cancel_printing(self) -> None:
        if self._print_run is not None:
            self._print_run.cancelled = True

    def _finish_printing(self, problem: str | None = None) -> None:
        run = self._print_run
        if run is None:
            return
        self._print_run = None
        if run.cancelled and run.painter.isActive():
            run.printer.abort()
        if run.painter.isActive():
            run.painter.end()
        run.document.close()
        run.document.deleteLater()
        for widget in (self.print_status, self.print_progress, self.cancel_print_button):
            widget.setVisible(False)
        self._update_controls()
        if problem is not None:
            self.show_error(self.tr("Printing stopped"), problem)
        self.printed.emit(0 if run.cancelled else run.drawn)

    def is_printing(self) -> bool:
        return self._print_run is not None

    # -- export -----------------------------------------------------------------------------------------

    @Slot()
    def export_dialog(self) -> bool:
        folder = self.ask_export_folder()
        return folder is not None and self.export_to(folder)

    def export_to(self, folder: Path, event: Event | None = None) -> bool:
        """Start writing every agenda, schedule.json and schedule.xlsx into ``folder`` in the background;
        ``exported`` or ``export_failed`` follows. False when there is nothing to export or an export runs.

        ``event`` is the event to export, when the window knows a newer one than this page has shown."""
        event = event or self._event
        if event is None or self._exporter.is_running():
            return False
        self._export_job = job = next(self._jobs)
        reporter = _Reporter(job)
        reporter.reported.connect(self._on_export_progress)
        self._export_folder = folder

        def export() -> ExportResult:
            return exporting.export_event(event, folder, reporter)

        started = self._exporter.start(
            self.tr("Exporting"),
            export,
            lambda result: self._on_exported(result, reporter),
            lambda message: self._on_export_failed(message, reporter),
        )
        if not started:
            return False
        self.export_progress.setRange(0, 0)
        self.export_progress.setVisible(True)
        self.export_status.setText(self.tr("Exporting to {folder}…").replace("{folder}", str(folder)))
        self.export_status.setVisible(True)
        self._update_controls()
        self.export_started.emit(str(folder))
        return True

    def is_exporting(self) -> bool:
        return self._exporter.is_running()

    @Slot(int, int, int)
    def _on_export_progress(self, job: int, done: int, total: int) -> None:
        if job != self._export_job or not self._exporter.is_running():
            return
        self.export_progress.setRange(0, max(total, 1))
        self.export_progress.setValue(done)
        self.export_status.setText(
            self.tr("Writing agenda {done} of {total}…")
            .replace("{done}", str(min(done + 1, total)))
            .replace("{total}", str(total))
        )

    def _end_export(self, reporter: _Reporter) -> None:
        reporter.deleteLater()
        self.export_progress.setVisible(False)
        self._update_controls()

    def _on_exported(self, result: object, reporter: _Reporter) -> None:
        self._end_export(reporter)
        assert isinstance(result, ExportResult)
        folder = result.schedule_json.parent
        self.export_status.setText(
            self.tr("Exported {n} agendas to {folder}.")
            .replace("{n}", str(len(result.agendas)))
            .replace("{folder}", str(folder))
        )
        self.exported.emit(result)
        self.show_export_report(result)

    def _on_export_failed(self, message: str, reporter: _Reporter) -> None:
        self._end_export(reporter)
        self.export_status.setText(self.tr("The export did not finish."))
        self.export_failed.emit(message)
        self.show_error(self.tr("Cannot export"), _capitalised(message))

    def export_report(self, result: ExportResult) -> str:
        """What an export wrote, as the organiser reads it (rich text)."""
        folder = result.schedule_json.parent
        items = [
            self.tr("{n} agendas, one PDF per organisation, in the folder <i>agendas</i>").replace(
                "{n}", str(len(result.agendas))
            ),
            self.tr(
                "{file}: the timetable by time, by organisation and by table, and the unmet requests"
            ).replace("{file}", html.escape(result.schedule_xlsx.name)),
            self.tr("{file}: the timetable for other programs").replace(
                "{file}", html.escape(result.schedule_json.name)
            ),
        ]
        listed = "".join(f"<li>{item}</li>" for item in items)
        intro = self.tr("Written to {folder}:").replace("{folder}", html.escape(str(folder)))
        return f"<p>{intro}</p><ul>{listed}</ul>"

    # -- dialogs (replaced in tests) --------------------------------------------------------------------

    def ask_printer(self, page_count: int, current_page: int) -> QPrinter | None:
        """The system print dialog; the printer as set up, or None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title_label.text() or "MeetGrid")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setMinMax(1, max(page_count, 1))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

    def ask_save_path(self, suggestion: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the agenda as"), str(suggestion), self.tr(PDF_FILTER)
        )
        return Path(path) if path else None

    def ask_export_folder(self) -> Path | None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Export agendas and timetable to"), str(self._last_folder())
        )
        return Path(path) if path else None

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def show_export_report(self, result: ExportResult) -> None:
        """Say what was written, with a button that opens the folder."""
        self.export_report_box(result).exec()

    def export_report_box(self, result: ExportResult) -> QMessageBox:
        """The message of a finished export; its "Open folder" button shows the folder."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.export_report(result))
        folder = result.schedule_json.parent
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: self.open_folder(folder))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def open_folder(self, folder: Path) -> bool:
        """Show the folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- closing ----------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop printing, let background jobs finish and remove the temporary previews (window closing)."""
        if self._print_run is not None:
            self._print_run.cancelled = True
            self._finish_printing()
        self._busy_timer.stop()
        self._renderer.wait()
        self._exporter.wait()
        self.document.close()
        if self._temporary is not None:
            self._temporary.cleanup()
            self._temporary = None
        self._preview_path = None
        self._shown = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


@contextlib.contextmanager
def _signals_blocked(target: QObject) -> Any:
    blocked = target.blockSignals(True)
    try:
        yield
    finally:
        target.blockSignals(blocked)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
