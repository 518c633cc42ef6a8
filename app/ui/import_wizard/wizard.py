"""The Import screen: registrations from a workbook into a new event, or a changed workbook into the open one.

``ImportWizard`` goes step by step: choose the file; see which sheet is read as what; see each sheet's first
rows under the field each column is read as, and correct it; read every finding, errors stopping the way;
confirm the names matched only approximately; then either the new event's details and where to save it, or
the differences the update makes before it is applied (as one undoable edit). Reading the file runs in a
worker thread (``JobRunner``); every correction reads it again with the organiser's choices as
``ImportOptions``. Nothing is stored before the last step, so cancelling at any step changes nothing.

``ImportPage`` is the window's Import page, which explains this and opens the wizard.

The wizard can be driven without its buttons (``set_workbook``, ``choose_role``, ``choose_field``,
``answer_name``, ``next``, ``accept``), as the tests do; it never blocks in a modal ``exec()``.
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app.domain import Event
from app.errors import Finding
from app.services import importing
from app.services.event_files import EVENT_SUFFIX
from app.services.importing import Examination, ImportOptions, Reimport, Sheet
from app.ui.import_wizard.changes import ChangesPage
from app.ui.import_wizard.check import CheckPage, RowDialog
from app.ui.import_wizard.columns import ColumnsPage
from app.ui.import_wizard.common import (
    CHANGES,
    CHECK,
    COLUMNS,
    DETAILS,
    EVENT_FILTER,
    FILE,
    NAMES,
    SHEETS,
    WORKBOOK_FILTER,
    _Page,
)
from app.ui.import_wizard.details import DetailsPage
from app.ui.import_wizard.file import FilePage
from app.ui.import_wizard.names import NamesPage
from app.ui.import_wizard.sheets import SheetsPage
from app.ui.jobs import JobRunner
from app.ui.session import EventSession

# -- 1. the file ----------------------------------------------------------------------------------------


# -- 2. the sheets --------------------------------------------------------------------------------------


# -- 3. the columns -------------------------------------------------------------------------------------


# -- 4. the findings ------------------------------------------------------------------------------------


# -- 5. names matched approximately ---------------------------------------------------------------------


# -- 6a. a new event ------------------------------------------------------------------------------------


# -- 6b. an update of the open event ----------------------------------------------------------------------


# -- the wizard ---------------------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Registrations from a workbook, step by step, into a new event or (``update``) the open one."""

    reading_changed = Signal(bool)  # the workbook is being read (True), or no longer
    examined = Signal()  # a reading finished: ``examination`` or ``error`` tells what it found
    created = Signal(object)  # Path of the new event file, once the wizard is finished
    updated = Signal(object)  # the Reimport applied to the open event

    def __init__(
        self, session: EventSession | None = None, *, update: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.update_mode = update
        self.setWindowTitle(
            self.tr("Update the event from a changed workbook")
            if update
            else self.tr("New event from registrations")
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(
            QWizard.WizardButton.FinishButton, self.tr("&Apply") if update else self.tr("&Create the event")
        )
        self._jobs = JobRunner(self)
        self._reading = False
        self._again = False
        self._fresh = False
        self.workbook: Path | None = None
        self.examination: Examination | None = None
        self._rows: tuple[Path, tuple[Sheet, ...]] | None = None  # the file's rows as last read
        self.error: tuple[str, str] | None = None
        self.created_path: Path | None = None
        self.applied: Reimport | None = None
        event_file = session.event_file if session is not None else None
        if update and event_file is not None:
            self._initial = importing.saved_options(event_file)
        else:
            self._initial = ImportOptions(every_header_present=False)
        self.import_options = self._initial
        self.last_page = CHANGES if update else DETAILS

        self.file_page = FilePage(self)
        self.sheets_page = SheetsPage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        self.names_page = NamesPage(self)
        self.details_page = DetailsPage(self) if not update else None
        self.changes_page = ChangesPage(self) if update else None
        self._pages: list[_Page] = [
            self.file_page,
            self.sheets_page,
            self.columns_page,
            self.check_page,
            self.names_page,
        ]
        self.setPage(FILE, self.file_page)
        self.setPage(SHEETS, self.sheets_page)
        self.setPage(COLUMNS, self.columns_page)
        self.setPage(CHECK, self.check_page)
        self.setPage(NAMES, self.names_page)
        if self.details_page is not None:
            self.setPage(DETAILS, self.details_page)
            self._pages.append(self.details_page)
        if self.changes_page is not None:
            self.setPage(CHANGES, self.changes_page)
            self._pages.append(self.changes_page)
        self.setStartId(FILE)
        self.row_dialog: RowDialog | None = None
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 40)

    # -- dialogs (replaced in tests) ---------------------------------------------------------------------

    def ask_workbook_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import registrations"), "", self.tr(WORKBOOK_FILTER)
        )
        return Path(path) if path else None

    def ask_save_path(self, suggestion: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the event as"), str(suggestion), self.tr(EVENT_FILTER)
        )
        if not path:
            return None
        return Path(path) if path.endswith(EVENT_SUFFIX) else Path(path + EVENT_SUFFIX)

    # -- what the organiser chooses -----------------------------------------------------------------------

    def is_reading(self) -> bool:
        """The workbook is being read: the wizard cannot go on meanwhile."""
        return self._reading

    def set_workbook(self, path: Path) -> None:
        """Read a workbook afresh, forgetting choices made for another one."""
        if path != self.workbook:
            self.import_options = self._initial
        self.workbook = path
        self.file_page.refresh()
        self.reread()

    @Slot(str, str)
    def choose_role(self, sheet: str, role: str) -> None:
        """Read a sheet (its name, '' for a CSV file) as one of ``ROLES``, or not at all ('ignore')."""
        self._change(sheets={**self.import_options.sheets, sheet: role})

    @Slot(str, str)
    def choose_field(self, header: str, field: str) -> None:
        """Read the column of this heading as a field ('organisation', 'email 2'), or not ('ignore')."""
        self._change(columns={**self.import_options.columns, header: field})

    @Slot(str, str)
    def answer_name(self, typed: str, organisation: str) -> None:
        """Read a name matched approximately as this organisation, or leave it out ('')."""
        self._change(names={**self.import_options.names, typed: organisation})

    def _change(self, **changes: Any) -> None:
        self.import_options = dataclasses.replace(self.import_options, **changes)
        self._read(fresh=False)

    def reread(self) -> None:
        """Read the file again from disk (after the organiser corrected it), with the choices made."""
        self._read(fresh=True)

    # -- reading in the background ------------------------------------------------------------------------

    def _read(self, *, fresh: bool) -> None:
        self._fresh = self._fresh or fresh
        path = self.workbook
        if path is None:
            return
        if self._jobs.is_running():
            self._again = True  # read again with the latest choices once this reading is done
            return
        rows = self._rows
        sheets = rows[1] if rows is not None and rows[0] == path and not self._fresh else None
        options = self.import_options
        self._again = self._fresh = False
        self._jobs.start(
            self.tr("Reading the registrations"),
            lambda: importing.examine_workbook(path, options, sheets),
            self._on_examined,
            self._on_failed,
        )
        self._set_reading(True)

    def _on_examined(self, examination: Examination) -> None:
        self._rows = (examination.path, examination.sheets)
        if self._again or examination.path != self.workbook:
            self._read(fresh=examination.path != self.workbook)
            return
        self.examination, self.error = examination, None
        self._set_reading(False)
        self._show()

    def _on_failed(self, message: str) -> None:
        if self._again:
            self._read(fresh=True)
            return
        self.examination, self._rows = None, None
        self.error = (self.tr("Cannot import the registrations"), message)
        self._set_reading(False)
        self._show()
        if self.currentId() not in (FILE, -1):
            self.restart()  # the steps after the file have nothing to show

    def _set_reading(self, reading: bool) -> None:
        self._reading = reading
        for page in self._pages:
            page.set_busy(reading)
        self.reading_changed.emit(reading)

    def _show(self) -> None:
        for page in self._pages:
            page.refresh()
        self.examined.emit()

    # -- a finding's row ---------------------------------------------------------------------------------

    def show_row(self, finding: Finding | None) -> RowDialog | None:
        """Open (without blocking) the row of the sheet a finding is about, its column marked."""
        examination = self.examination
        if finding is None or examination is None or finding.location is None or finding.location.row is None:
            return None
        if examination.sheet(finding.location.sheet) is None:
            return None
        if self.row_dialog is not None:
            self.row_dialog.deleteLater()
        self.row_dialog = RowDialog(examination, finding, self)
        self.row_dialog.open()
        return self.row_dialog

    # -- the end -----------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Wait for a reading under way, so that no thread is left behind."""
        self._jobs.wait()
        self._again = False

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and self._reading:
            return  # Finish waits for the reading, like Next
        super().done(result)
        if self.result() != QDialog.DialogCode.Accepted:
            self.shutdown()
            return
        self.shutdown()
        if self.created_path is not None:
            self.created.emit(self.created_path)
        if self.applied is not None:
            self.updated.emit(self.applied)


# -- the window's Import page -------------------------------------------------------------------------------


class ImportPage(QWidget):
    """Explains the import and opens the wizard: a new event, or an update of the open one."""

    new_requested = Signal()
    update_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guide = QLabel(
            self.tr(
                "<h2>Import registrations</h2>"
                "<p>MeetGrid reads the registrations from an Excel workbook (.xlsx, .xlsm) or a CSV file: "
                "the MeetGrid template with sheets of organisations, participants and requests, or a "
                "registration form's export with one row a person and the wishes typed in one cell.</p>"
                "<p>Before anything is stored you see, step by step, which sheet is read as what, each "
                "sheet's first rows under the field each column becomes (correct any column MeetGrid "
                "guessed wrong), every problem with its row, and the names it had to guess, to confirm.</p>"
            )
        )
        guide.setTextFormat(Qt.TextFormat.RichText)
        guide.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New event from registrations…"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.update_note = QLabel()
        self.update_note.setTextFormat(Qt.TextFormat.RichText)
        self.update_note.setWordWrap(True)
        self.update_button = QPushButton(self.tr("&Update from a changed workbook…"))
        self.update_button.clicked.connect(self.update_requested.emit)
        width = self.fontMetrics().averageCharWidth() * 40
        for button in (self.new_button, self.update_button):
            button.setMinimumWidth(width)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_button)
        new_row.addStretch(1)
        update_row = QHBoxLayout()
        update_row.addWidget(self.update_button)
        update_row.addStretch(1)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() * 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(guide)
        layout.addLayout(new_row)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.update_note)
        layout.addLayout(update_row)
        layout.addStretch(1)
        self.set_event(None)

    def set_event(self, event: Event | None) -> None:
        """Offer the update only when an event is open."""
        self.update_note.setVisible(event is not None)
        self.update_button.setVisible(event is not None)
        if event is not None:
            self.update_note.setText(
                self.tr(
                    "<p>When registrations change after the import, read the changed workbook into "
                    "<b>{event}</b>: you see every difference before it is applied; your own edits and the "
                    "meetings of those who stay are kept, and Undo takes the update back.</p>"
                ).replace("{event}", html.escape(event.settings.name))
            )
