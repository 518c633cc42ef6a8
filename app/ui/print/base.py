"""What the panels of the Print page share: the page's widgets and state (declared here, built by each panel),
its signals, and small helpers."""

from __future__ import annotations

import contextlib
import itertools
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
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
    QWidget,
)

from app.domain import Event
from app.services.printing import DocumentInfo
from app.ui.jobs import Computation, JobRunner
from app.ui.models.print import AgendaChoicesModel
from app.ui.widgets import heading

if TYPE_CHECKING:
    from app.ui.session import EventSession

PDF_FILTER = "PDF documents (*.pdf)"


ZOOM_STEP = 1.25


ZOOM_RANGE = (0.1, 8.0)


PRINT_DPI = 300
"""Pages are drawn on the printer as images of at most this resolution: sharp on paper, and small enough
(an A4 page is 35 MB at 300 dpi, 560 MB at a printer's 1200) to draw one after another."""


SHOW_BUSY_AFTER_MS = 250
"""A preview that takes longer than this shows that it is being prepared; a quick one does not flicker."""


OFFSET_STORE_DELAY_MS = 500
"""A printer offset is stored (and the preview redrawn) this long after the last click on its spin boxes, so
that a few clicks make one undoable change."""


@dataclass(frozen=True)
class Wish:
    """One document as the organiser chose it: what a preview is rendered for."""

    generation: int
    kind: str
    choice: int | None
    """The organisation whose document it is; None for every organisation's."""
    layout: str = ""
    offset: tuple[float, float] = (0.0, 0.0)
    changed: tuple[int, ...] | None = None
    """Agendas only: the organisations whose agenda changed since last printed, when only those are chosen."""


def capitalised(message: str) -> str:
    return message[:1].upper() + message[1:]


class PrintRun:
    """The pages still to draw on a printer, one per turn of the event loop."""

    def __init__(self, document: QPdfDocument, printer: QPrinter, pages: list[int]) -> None:
        self.document = document
        self.printer = printer
        self.pages = pages
        self.drawn = 0
        self.painter = QPainter()
        self.cancelled = False


@contextlib.contextmanager
def signals_blocked(target: QObject) -> Any:
    blocked = target.blockSignals(True)
    try:
        yield
    finally:
        target.blockSignals(blocked)


def remove_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


class PrintBase(QWidget):
    """The widgets, state and signals of the Print page, declared once for the panels that build and use
    them."""

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

    _event: Event | None
    _choice: int | None
    _generation: int
    _wanted: Wish | None
    _rendering: Wish | None
    _shown: Wish | None
    _kind: DocumentInfo
    _layout: str
    _session: EventSession | None
    _changed: tuple[int, ...]
    _counting: Computation[tuple[int, ...]]
    _count_round: int
    _rendering_source: tuple[Event, Path | None] | None
    _shown_source: tuple[Event, Path | None] | None
    _offset_timer: QTimer
    _preview_path: Path | None
    _temporary: tempfile.TemporaryDirectory[str] | None
    _names: itertools.count[int]
    _jobs: itertools.count[int]
    _render_job: int
    _export_job: int
    _export_folder: Path | None
    _print_run: PrintRun | None
    _sized: bool
    _renderer: JobRunner
    _exporter: JobRunner
    _busy_timer: QTimer
    kind_combo: QComboBox
    kind_description: QLabel
    layout_box: QWidget
    layout_combo: QComboBox
    layout_description: QLabel
    offset_right: QDoubleSpinBox
    offset_up: QDoubleSpinBox
    whose_box: QWidget
    empty_label: QLabel
    empty_page: QWidget
    content: QSplitter
    stack: QStackedWidget
    all_button: QRadioButton
    one_button: QRadioButton
    changed_button: QRadioButton
    search: QLineEdit
    choices: AgendaChoicesModel
    filtered: QSortFilterProxyModel
    organisation_list: QListView
    no_match: QLabel
    export_button: QPushButton
    export_progress: QProgressBar
    export_status: QLabel
    chooser_panel: QWidget
    title_label: QLabel
    print_button: QPushButton
    save_button: QPushButton
    previous_action: QAction
    next_action: QAction
    page_spin: QSpinBox
    page_count_label: QLabel
    fit_width_action: QAction
    fit_page_action: QAction
    zoom_out_action: QAction
    zoom_in_action: QAction
    zoom_label: QLabel
    tools: QToolBar
    print_status: QLabel
    print_progress: QProgressBar
    cancel_print_button: QPushButton
    document: QPdfDocument
    view: QPdfView
    busy_label: QLabel
    busy_progress: QProgressBar
    retry_button: QPushButton
    waiting_page: QWidget
    preview_stack: QStackedWidget

    def _heading(self, text: str) -> QLabel:
        return heading(text, self)

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

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    if TYPE_CHECKING:  # another part of the page defines these at run time

        def preview_path(self) -> Path | None:
            """The previewed PDF, if any (the preview does)."""
            ...

        def current_page(self) -> int:
            """The page shown (the preview does)."""
            ...

        def _update_controls(self) -> None:
            """Enable what can be done now (the preview does)."""
            ...

        def _request_preview(self) -> None:
            """Render the chosen agendas (the preview does)."""
            ...

        def offset(self) -> tuple[float, float]:
            """The printer offset set, mm right and up (the documents panel does)."""
            ...

        def _update_whose(self) -> None:
            """Word and show the choice of organisation for the document chosen (the chooser does)."""
            ...

        def _record_printed(self) -> None:
            """Remember the agendas shown as printed (the chooser does)."""
            ...

        def _count_changed(self) -> None:
            """Count the agendas changed since last printed (the chooser does)."""
            ...

        def _last_folder(self) -> Path:
            """Where the last file was saved (the preview does)."""
            ...

        def print_document(self) -> bool:
            """Print the preview (the print run does)."""
            ...

        def cancel_printing(self) -> None:
            """Stop printing (the print run does)."""
            ...

        def export_dialog(self) -> bool:
            """Export everything for the day (the export does)."""
            ...
