"""The print and export page: preview every document of the day (an organisation's agenda or all of them,
badges, table signs, interpreter run sheets, the master grid, the badge alignment sheet), print it, save it,
and export everything for the day into a folder.

The PDFs come from the core (``printing.print_document``, ``exporting.write_agenda_pdf``,
``exporting.export_event``), written off the GUI thread by ``JobRunner``; the page only shows them with
QtPdf. Printing draws the previewed pages on the printer with QPainter, which Qt allows only in the GUI
thread, so it goes one page per turn of the event loop: the window stays usable, and the organiser can
cancel between pages.
"""

from __future__ import annotations

import html
import itertools
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.domain import Event
from app.services import printing
from app.ui.jobs import Computation, JobRunner, small_event
from app.ui.print.base import OFFSET_STORE_DELAY_MS, SHOW_BUSY_AFTER_MS, PrintRun, Wish
from app.ui.print.chooser import ChooserPanel
from app.ui.print.export import ExportPanel
from app.ui.print.preview import PreviewPanel
from app.ui.print.print_run import PrintRunPanel
from app.ui.session import EventSession
from app.ui.widgets import empty_state

Index = QModelIndex | QPersistentModelIndex


class PrintPage(ChooserPanel, PreviewPanel, PrintRunPanel, ExportPanel):
    """Preview, print and save every document of the day, and export everything for the day.

    With the ``session``, a badge layout's printer offset set here is stored with the event (undoable);
    without it, the offset applies to the preview only."""

    def __init__(self, session: EventSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._event: Event | None = None
        self._changed: tuple[int, ...] = ()
        self._rendering_source: tuple[Event, Path | None] | None = None
        self._shown_source: tuple[Event, Path | None] | None = None
        self._kind = printing.document_kinds()[0]
        self._layout = ""
        self._choice: int | None = None  # organisation id; None: every organisation's in one document
        self._generation = 0  # counts the events shown, so a preview of an older one is not kept
        self._wanted: Wish | None = None
        self._rendering: Wish | None = None
        self._shown: Wish | None = None
        self._preview_path: Path | None = None
        self._temporary: tempfile.TemporaryDirectory[str] | None = None
        self._names = itertools.count(1)
        self._jobs = itertools.count(1)
        self._render_job = 0
        self._export_job = 0
        self._export_folder: Path | None = None
        self._print_run: PrintRun | None = None
        self._sized = False
        self._counting: Computation[tuple[int, ...]] = Computation(
            self.tr("Count the agendas changed since printed"), small_event, self
        )
        self._counting.ready.connect(self._on_counted)
        self._count_round = 0
        self._renderer = JobRunner(self)
        self._renderer.progress.connect(self._on_preview_progress)
        self._exporter = JobRunner(self)
        self._exporter.progress.connect(self._on_export_progress)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(SHOW_BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._offset_timer = QTimer(self)
        self._offset_timer.setSingleShot(True)
        self._offset_timer.setInterval(OFFSET_STORE_DELAY_MS)
        self._offset_timer.timeout.connect(self._on_offset_settled)

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

    # -- the event --------------------------------------------------------------------------------------

    def set_event(self, event: Event | None) -> None:
        """Show what can be printed from the event as saved; the preview is prepared in the background."""
        self._event = event
        self._generation += 1
        if event is None:
            self.choices.set_event(None)
            self._wanted = None
            self._forget_preview()
            self._show_empty(
                self.tr("No event open"),
                self.tr(
                    "Open an event or import registrations, then plan the timetable: here you will "
                    "preview, print and save each organisation's agenda, the badges, table signs, run "
                    "sheets and master grid, and export everything for the day."
                ),
            )
            return
        self._show_stored_offset()
        self.choices.set_event(event)
        self._count_changed()
        if not self._sized:
            self._size_chooser(event)
        first = event.organisations[0].id if event.organisations else None
        if self._choice is not None and self.choices.row_of(self._choice) is None:
            self._choice = None if self.all_button.isChecked() else first
        if self._choice is None and not self.all_button.isChecked() and not self.changed_button.isChecked():
            self._choice = first
        self._select_in_list(self._choice)
        self.stack.setCurrentWidget(self.content)
        self._update_controls()
        self._request_preview()

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_page

    def _show_empty(self, title: str, text: str) -> None:
        self.empty_label.setText(f"<h2>{html.escape(title)}</h2><p>{text}</p>")
        self.stack.setCurrentWidget(self.empty_page)

    # -- the preview ------------------------------------------------------------------------------------

    # -- page navigation and zoom -----------------------------------------------------------------------

    # -- saving -----------------------------------------------------------------------------------------

    # -- printing ---------------------------------------------------------------------------------------

    # -- export -----------------------------------------------------------------------------------------

    # -- dialogs (replaced in tests) --------------------------------------------------------------------

    # -- closing ----------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Store an offset being set, stop printing, let background jobs finish and remove the temporary
        previews (window closing)."""
        if self._print_run is not None:
            self._print_run.cancelled = True
            self._finish_printing()
        self._busy_timer.stop()
        if self._offset_timer.isActive():  # an offset set just before closing is kept all the same
            self._offset_timer.stop()
            self._store_offset()
        self._counting.shutdown()
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
