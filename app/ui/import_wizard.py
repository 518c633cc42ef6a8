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
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain import Event
from app.errors import Finding, MeetGridError, Severity
from app.services import importing
from app.services.event_files import EVENT_SUFFIX
from app.services.importing import Examination, ImportOptions, ImportResult, Reimport, Sheet
from app.ui.dialogs import EventSettingsForm
from app.ui.import_models import (
    CHOICES_ROLE,
    ERROR_COLOUR,
    ChangesModel,
    FindingsModel,
    MatchesModel,
    PreviewModel,
    RowModel,
    SheetsModel,
    severity_label,
    sheet_label,
)
from app.ui.jobs import JobRunner, wait_for
from app.ui.session import EventSession

Index = QModelIndex | QPersistentModelIndex

WORKBOOK_FILTER = "Registrations (*.xlsx *.xlsm *.csv)"
EVENT_FILTER = f"MeetGrid events (*{EVENT_SUFFIX})"

WRAPPED_FINDINGS = 300
"""Up to this many findings, each row is as high as its wrapped message."""

FILE, SHEETS, COLUMNS, CHECK, NAMES, DETAILS, CHANGES = range(7)
"""The wizard's pages, in order; a new event ends with DETAILS, an update with CHANGES."""


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _counts(result: ImportResult) -> str:
    reg = result.registrations
    tr = QCoreApplication.translate
    text = (
        tr("import", "{orgs} organisations, {people} participants, {requests} requests")
        .replace("{orgs}", str(len(reg.organisations)))
        .replace("{people}", str(len(reg.participants)))
        .replace("{requests}", str(len(reg.requests)))
    )
    if reg.interpreters:
        text += tr("import", ", {n} interpreters").replace("{n}", str(len(reg.interpreters)))
    return text


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the choices its model offers (``CHOICES_ROLE``); a pick is passed to
    the model at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(lambda _row, box=combo: self.commitData.emit(box))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _columns(view: QTableView, *, stretch: int, fixed: dict[int, int] | None = None) -> None:
    """Columns sized to their contents whenever shown, one stretched, some of a fixed width in characters
    (those holding combo boxes); rows as high as a combo box."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    chars = view.fontMetrics().averageCharWidth()
    for column in range(view.model().columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif fixed and column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(column, fixed[column] * chars)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if fixed:
        view.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 2)


def _open_editors(view: QTableView, column: int | None = None, row: int | None = None) -> None:
    """Show the combo boxes of a column (or a row) all the time, so the choice is seen without a click."""
    model = view.model()
    cells = (
        [(r, column) for r in range(model.rowCount())]
        if column is not None
        else [(row or 0, c) for c in range(model.columnCount())]
    )
    for r, c in cells:
        index = model.index(r, c)
        if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            view.openPersistentEditor(index)


class _Busy(QWidget):
    """A busy bar and what is being done, shown while the workbook is read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.label = QLabel(self.tr("Reading the workbook…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.setVisible(False)


class _Page(QWizardPage):
    """A step of the wizard: its content above, the busy bar below; it cannot be left while reading."""

    def __init__(self, owner: ImportWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(title)
        self.setSubTitle(subtitle)
        outer = QVBoxLayout(self)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.busy = _Busy()
        outer.addWidget(self.busy)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.owner.is_reading() and self.ready()

    def validatePage(self) -> bool:
        return self.isComplete()  # also when driven without the buttons

    def ready(self) -> bool:
        return True

    def refresh(self) -> None:
        """The examination changed: show it."""

    @staticmethod
    def note(text: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label


# -- 1. the file ----------------------------------------------------------------------------------------


class FilePage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        update = owner.update_mode
        super().__init__(
            owner,
            owner.tr("Choose the workbook"),
            owner.tr(
                "Choose the changed registrations. They are read the way the last import was read: your "
                "column choices and the names you confirmed are kept."
            )
            if update
            else owner.tr(
                "An Excel workbook (.xlsx, .xlsm) or a CSV file: the MeetGrid template, or a registration "
                "form's export with one row a person. Nothing is stored until the last step."
            ),
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The registrations file"))
        self.path.setClearButtonEnabled(True)
        self.path.editingFinished.connect(self._typed)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File")))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.summary = self.note()
        self.problem = self.note()
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.body.addLayout(row)
        self.body.addSpacing(self.fontMetrics().height())
        self.body.addWidget(self.problem)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)

    def _choose(self) -> None:
        path = self.owner.ask_workbook_path()
        if path is not None:
            self.owner.set_workbook(path)

    def _typed(self) -> None:
        text = self.path.text().strip()
        if text and Path(text) != self.owner.workbook:
            self.owner.set_workbook(Path(text))

    def ready(self) -> bool:
        return self.owner.examination is not None and self.owner.error is None

    def refresh(self) -> None:
        owner = self.owner
        workbook = owner.workbook
        if workbook is not None and self.path.text() != str(workbook):
            self.path.setText(str(workbook))
        error = owner.error
        self.problem.setVisible(error is not None)
        if error is not None:
            title, message = error
            self.problem.setText(
                f"<b>{html.escape(title)}</b><br>{html.escape(message)}<br><br>"
                + html.escape(
                    self.tr("Choose another file, or correct this one, save it and choose it again.")
                )
            )
        examination = owner.examination
        if examination is None:
            self.summary.setText("")
            return
        read = [r for r in examination.readings if r.role]
        text = (
            self.tr("{file}: {sheets} of {all} sheets read.")
            .replace("{file}", html.escape(examination.path.name))
            .replace("{sheets}", str(len(read)))
            .replace("{all}", str(len(examination.readings)))
        )
        if examination.result is not None:
            text += " " + html.escape(_counts(examination.result)) + "."
        else:
            count = len(examination.errors)
            text += " " + html.escape(
                self.tr("{n} problems stop the import for now; the next steps show where they are.").replace(
                    "{n}", str(count)
                )
                if count != 1
                else self.tr("A problem stops the import for now; the next steps show where it is.")
            )
        self.summary.setText(text + "<br>" + html.escape(self.tr("Press Next to see how it was read.")))


# -- 2. the sheets --------------------------------------------------------------------------------------


class SheetsPage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        super().__init__(
            owner,
            owner.tr("Sheets"),
            owner.tr(
                "Which sheet is read as what. Where a sheet could be read another way, or should not be read "
                "at all, choose it under Read as."
            ),
        )
        self.model = SheetsModel(self)
        self.model.role_chosen.connect(owner.choose_role)
        self.view = _table(self.model)
        self.model.modelReset.connect(self._reset)  # after the view, which closes editors on a reset
        self.view.setItemDelegateForColumn(SheetsModel.ROLE_COLUMN, ChoiceDelegate(self.view))
        self.body.addWidget(self.view, 1)
        self.body.addWidget(
            self.note(
                self.tr(
                    "MeetGrid reads a sheet of organisations, of participants (a form export is one of "
                    "these: one row a person, wishes in one cell), of requests and of interpreters. Sheets "
                    "named Instructions or Notes are left for the reader."
                )
            )
        )

    def _reset(self) -> None:
        _columns(self.view, stretch=5, fixed={SheetsModel.ROLE_COLUMN: 36})
        _open_editors(self.view, column=SheetsModel.ROLE_COLUMN)

    def refresh(self) -> None:
        examination = self.owner.examination
        if examination is not None:
            self.model.set_readings(examination.readings, examination.columns)


# -- 3. the columns -------------------------------------------------------------------------------------


class ColumnsPage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        super().__init__(
            owner,
            owner.tr("Columns"),
            owner.tr(
                "The first rows of each sheet under its header. The first line says what MeetGrid reads from "
                "each column: change it where it guessed wrong or missed a column."
            ),
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.previews: dict[str | None, PreviewModel] = {}
        self.views: dict[str | None, QTableView] = {}
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(
            self.note(
                self.tr(
                    "A heading is read the same way in every sheet that has it. Greyed columns are not read."
                )
            )
        )

    def preview(self, sheet: str | None) -> PreviewModel | None:
        """The preview of a sheet by name (None: the CSV file)."""
        return self.previews.get(sheet)

    def refresh(self) -> None:
        examination = self.owner.examination
        if examination is None:
            return
        shown = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        readings = sorted(
            (r for r in examination.readings if r.header_row is not None),
            key=lambda r: not r.role,
        )
        names = [r.name for r in readings]
        if names != list(self.previews):
            self.tabs.clear()
            for view in self.views.values():
                view.deleteLater()
            for model in self.previews.values():
                model.deleteLater()
            self.previews, self.views = {}, {}
            for reading in readings:
                model = PreviewModel(self)
                model.field_chosen.connect(self.owner.choose_field)
                view = _table(model)
                view.verticalHeader().setVisible(True)
                view.setAlternatingRowColors(False)
                view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
                view.horizontalHeader().setStretchLastSection(False)
                view.setItemDelegateForRow(0, ChoiceDelegate(view))
                model.modelReset.connect(lambda v=view: self._reset(v))
                self.previews[reading.name] = model
                self.views[reading.name] = view
                self.tabs.addTab(view, "")
        for number, reading in enumerate(readings):
            sheet = examination.sheet(reading.name)
            if sheet is not None:
                self.previews[reading.name].set_sheet(sheet, reading, examination.columns)
            label = sheet_label(reading.name)
            self.tabs.setTabText(
                number, label if reading.role else self.tr("{sheet} (not read)").replace("{sheet}", label)
            )
        for number in range(self.tabs.count()):
            if self.tabs.tabText(number) == shown:
                self.tabs.setCurrentIndex(number)

    def _reset(self, view: QTableView) -> None:
        _open_editors(view, row=0)
        view.resizeColumnsToContents()
        most = self.fontMetrics().averageCharWidth() * 32
        least = self.fontMetrics().averageCharWidth() * 18
        for column in range(view.model().columnCount()):
            view.setColumnWidth(column, min(max(view.columnWidth(column), least), most))
        view.resizeRowToContents(0)


# -- 4. the findings ------------------------------------------------------------------------------------


class CheckPage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        super().__init__(
            owner,
            owner.tr("Check"),
            owner.tr(
                "Everything the import found, fixed or left out, with its place in the workbook. Errors must "
                "be corrected before the registrations can be used; double-click one to see its row."
            ),
        )
        self.summary = self.note()
        self.model = FindingsModel(self)
        self.view = _table(self.model)
        self.view.setWordWrap(True)
        self.view.doubleClicked.connect(lambda index: self.owner.show_row(self.model.finding_at(index.row())))
        self.show_button = QPushButton(self.tr("Show the row"))
        self.show_button.clicked.connect(self._show_selected)
        self.again = QPushButton(self.tr("Read the file again"))
        self.again.setToolTip(self.tr("After correcting and saving the workbook"))
        self.again.clicked.connect(lambda: self.owner.reread())
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(buttons)

    def _show_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.owner.show_row(self.model.finding_at(rows[0].row()))

    def ready(self) -> bool:
        examination = self.owner.examination
        return examination is not None and examination.result is not None

    def nextId(self) -> int:
        examination = self.owner.examination
        if examination is not None and examination.result is not None and not examination.result.matches:
            return self.owner.last_page
        return NAMES

    def refresh(self) -> None:
        examination = self.owner.examination
        if examination is None:
            return
        self.model.set_findings(examination.findings)
        _columns(self.view, stretch=4)
        # Long messages wrap; rows follow their text as the window is resized (a long list keeps one line).
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if self.model.rowCount() <= WRAPPED_FINDINGS
            else QHeaderView.ResizeMode.Interactive
        )
        errors = examination.errors
        warnings = sum(1 for f in examination.findings if f.severity == Severity.WARNING)
        if errors:
            text = (
                "<span style='color: {c}'><b>{head}</b></span> {rest}".replace("{c}", ERROR_COLOUR)
                .replace(
                    "{head}",
                    html.escape(
                        self.tr("{n} problems stop the import.").replace("{n}", str(len(errors)))
                        if len(errors) > 1
                        else self.tr("A problem stops the import.")
                    ),
                )
                .replace(
                    "{rest}",
                    html.escape(
                        self.tr(
                            "Correct the errors in the workbook (double-click one to see its row), save it "
                            "and press Read the file again; or, where a column was read as the wrong thing, "
                            "correct it on the Columns page (Back)."
                        )
                    ),
                )
            )
        else:
            assert examination.result is not None
            text = html.escape(
                self.tr("Ready to import {counts}.").replace("{counts}", _counts(examination.result))
            )
            if warnings:
                text += " " + html.escape(
                    self.tr("{n} warnings: what they name is left out; they do not stop the import.").replace(
                        "{n}", str(warnings)
                    )
                )
        self.summary.setText(text)


class RowDialog(QDialog):
    """One row of a sheet, a cell a line with its heading, the column a finding is about marked."""

    def __init__(self, examination: Examination, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        where = finding.location
        assert where is not None and where.row is not None
        sheet = examination.sheet(where.sheet)
        reading = examination.reading(where.sheet)
        self.setWindowTitle(
            self.tr("{sheet}, row {row}")
            .replace("{sheet}", sheet_label(where.sheet))
            .replace("{row}", str(where.row))
        )
        self.message = QLabel(
            f"<b>{html.escape(severity_label(finding.severity))}</b>: " + html.escape(finding.message)
        )
        self.message.setWordWrap(True)
        self.model = RowModel(self)
        if sheet is not None:
            self.model.set_row(sheet, where.row, reading.header_row if reading else None, where.column)
        self.view = _table(self.model)
        self.view.setAlternatingRowColors(False)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()
        marked = self.model.marked_row()
        if marked is not None:
            self.view.scrollTo(self.model.index(marked, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 28)


# -- 5. names matched approximately ---------------------------------------------------------------------


class NamesPage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        super().__init__(
            owner,
            owner.tr("Names"),
            owner.tr(
                "These names in wish lists are not written as any organisation registered itself. Tick the "
                "ones read correctly, untick those to leave out, or choose the organisation meant."
            ),
        )
        self.model = MatchesModel(self)
        self.model.answered.connect(owner.answer_name)
        self.view = _table(self.model)
        self.model.modelReset.connect(self._reset)  # after the view, which closes editors on a reset
        self.view.setItemDelegateForColumn(MatchesModel.READ_AS, ChoiceDelegate(self.view))
        self.summary = self.note()
        self.body.addWidget(self.summary)
        self.body.addWidget(self.view, 1)

    def _reset(self) -> None:
        _columns(self.view, stretch=3, fixed={MatchesModel.READ_AS: 48})
        _open_editors(self.view, column=MatchesModel.READ_AS)

    def nextId(self) -> int:
        return self.owner.last_page

    def refresh(self) -> None:
        examination = self.owner.examination
        result = examination.result if examination is not None else None
        self.model.set_matches(result.matches if result is not None else ())
        if result is not None:
            accepted = sum(1 for m in result.matches if m.applied)
            self.summary.setText(
                html.escape(
                    self.tr("{n} names were matched approximately; {a} of them are read as shown.")
                    .replace("{n}", str(len(result.matches)))
                    .replace("{a}", str(accepted))
                )
            )


# -- 6a. a new event ------------------------------------------------------------------------------------


class DetailsPage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        super().__init__(
            owner,
            owner.tr("The new event"),
            owner.tr("Its name, day, time grid and tables (all can be changed later), and where to save it."),
        )
        self.form = EventSettingsForm(self.tr("B2B meetings"))
        self.form.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        chars = self.fontMetrics().averageCharWidth()
        for edit in (self.form.name, self.form.venue):
            edit.setMinimumWidth(chars * 60)
        self.target = QLineEdit()
        self.target.setMinimumWidth(chars * 80)
        self.target.textChanged.connect(self._explain_target)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(choose)
        self.form.form.addRow(self.tr("Save as"), row)
        self.target_note = self.note()
        self.form.form.addRow("", self.target_note)
        self.problem = self.note()
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.summary = self.note()
        self.body.addWidget(self.summary)
        self.body.addSpacing(self.fontMetrics().height() // 2)
        self.body.addWidget(self.form)
        self.body.addWidget(self.problem)
        self.body.addStretch(1)
        self._for: Path | None = None

    def initializePage(self) -> None:
        workbook = self.owner.workbook
        if workbook is not None and workbook != self._for:
            self._for = workbook
            self.form.name.setText(importing.event_name_from(workbook))
            self.target.setText(str(_suggested_target(workbook)))
        self.problem.setText("")
        examination = self.owner.examination
        if examination is not None and examination.result is not None:
            counts = _counts(examination.result)
            self.summary.setText(
                html.escape(self.tr("The event starts with {counts}.").replace("{counts}", counts))
            )

    def _choose(self) -> None:
        path = self.owner.ask_save_path(Path(self.target.text()))
        if path is not None:
            self.target.setText(str(path))

    def _explain_target(self, text: str) -> None:
        path = Path(text.strip()) if text.strip() else None
        if path is not None and path.is_file():
            self.target_note.setText(
                html.escape(
                    self.tr(
                        "An event file of this name exists: it is started afresh with these registrations, "
                        "and a copy of it as it is now is kept in its backups folder."
                    )
                )
            )
        else:
            self.target_note.setText("")

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        owner = self.owner
        examination = owner.examination
        if owner.is_reading() or examination is None or examination.result is None:
            return False
        try:
            settings = self.form.read()
        except ValueError as exc:
            self.problem.setText(html.escape(str(exc)))
            return False
        text = self.target.text().strip()
        if not text:
            self.problem.setText(html.escape(self.tr("Choose where to save the event.")))
            return False
        target = Path(text) if text.endswith(EVENT_SUFFIX) else Path(text + EVENT_SUFFIX)
        session = owner.session
        open_now = session.path if session is not None else None
        if open_now is not None and target.resolve() == open_now.resolve():
            self.problem.setText(
                html.escape(
                    self.tr(
                        "This is the event open now: a new event would replace it and its timetable. Choose "
                        "another name, or update the open event from the workbook (Import ▸ Update) instead."
                    )
                )
            )
            return False
        imported = examination.result
        try:  # a large event takes a few tenths of a second to write: off the GUI thread
            wait_for(lambda: importing.create_event(target, settings, imported, replace=True).close())
        except (MeetGridError, OSError) as exc:
            self.problem.setText(
                html.escape(self.tr("Cannot create the event: {why}").replace("{why}", str(exc)))
            )
            return False
        owner.created_path = target
        return True


def _suggested_target(workbook: Path) -> Path:
    """Beside the workbook, or in the documents folder when that folder cannot be written (the sample)."""
    folder = workbook.parent
    if not os.access(folder, os.W_OK):
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents else Path.home()
    target = folder / (workbook.stem + EVENT_SUFFIX)
    number = 2
    while target.exists():  # never suggest a file that is there already, an open event least of all
        target = folder / f"{workbook.stem} {number}{EVENT_SUFFIX}"
        number += 1
    return target


# -- 6b. an update of the open event ----------------------------------------------------------------------


class ChangesPage(_Page):
    def __init__(self, owner: ImportWizard) -> None:
        super().__init__(
            owner,
            owner.tr("Differences"),
            owner.tr(
                "What the changed workbook changes in the event. Your own edits and the meetings of those "
                "who stay are kept; Apply stores the changes, and Undo takes them back."
            ),
        )
        self.summary = self.note()
        self.model = ChangesModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)  # a long old → new is wrapped, never cut
        self.tree.header().setStretchLastSection(True)
        self.problem = self.note()
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.body.addWidget(self.summary)
        self.body.addWidget(self.tree, 1)
        self.body.addWidget(self.problem)
        self.merged: Reimport | None = None

    def nextId(self) -> int:
        return -1

    def ready(self) -> bool:
        return self.merged is not None

    def initializePage(self) -> None:
        self.problem.setText("")
        self.merged = None
        self.model.set_changes(())
        examination = self.owner.examination
        event_file = self.owner.session.event_file if self.owner.session is not None else None
        if examination is None or examination.result is None or event_file is None:
            self.summary.setText(html.escape(self.tr("No event is open to update.")))
            return
        imported = examination.result
        try:  # comparing a large event takes a while: off the GUI thread
            merged, _ = wait_for(lambda: importing.reimport(event_file, imported, apply=False))
        except (MeetGridError, OSError) as exc:
            self.summary.setText(
                html.escape(self.tr("Cannot compare with the event: {why}").replace("{why}", str(exc)))
            )
            return
        self.merged = merged
        self._show(merged)
        self.completeChanged.emit()

    def _show(self, merged: Reimport) -> None:
        self.model.set_changes(merged.changes)
        self.tree.expandAll()
        if not merged.changes:
            self.summary.setText(
                html.escape(self.tr("The workbook changes nothing in the event; there is nothing to apply."))
            )
            return
        self.tree.resizeColumnToContents(0)
        flagged = len(merged.flagged)
        self.summary.setText(
            html.escape(
                self.tr(
                    "{n} changes. Apply keeps a copy of the event as it is now in its backups folder."
                ).replace("{n}", str(len(merged.changes)))
                + (
                    " "
                    + self.tr(
                        "{k} left the workbook but are kept, as they have meetings: to cancel those "
                        "meetings, remove the organisation on the Organisations page after applying."
                    ).replace("{k}", str(flagged))
                    if flagged
                    else ""
                )
            )
        )

    def validatePage(self) -> bool:
        owner = self.owner
        examination = owner.examination
        session = owner.session
        if owner.is_reading() or examination is None or examination.result is None or session is None:
            return False
        if self.merged is None:
            return False
        if not self.merged.changes:
            return True
        if session.busy:
            self.problem.setText(
                html.escape(self.tr("Planning is running: wait for it to finish or cancel it, then apply."))
            )
            return False
        imported = examination.result
        name = examination.path.name
        applied = session.edit(
            self.tr("Update from {file}").replace("{file}", name),
            lambda event_file: importing.update_from_workbook(event_file, imported),
        )
        if not applied:
            self.problem.setText(
                html.escape(self.tr("The changes could not be stored; nothing was changed."))
            )
            return False
        owner.applied = self.merged
        return True


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
            QWizard.WizardButton.FinishButton, self.tr("Apply") if update else self.tr("Create the event")
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
        self.new_button = QPushButton(self.tr("New event from registrations…"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.update_note = QLabel()
        self.update_note.setTextFormat(Qt.TextFormat.RichText)
        self.update_note.setWordWrap(True)
        self.update_button = QPushButton(self.tr("Update from a changed workbook…"))
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
