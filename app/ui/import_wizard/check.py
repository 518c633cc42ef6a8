"""The import wizard's step that lists every finding; errors stop the way; a row can be opened."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Finding, Severity
from app.services.importing import Examination
from app.ui.import_wizard.common import (
    NAMES,
    WRAPPED_FINDINGS,
    _columns,
    _counts,
    _Page,
    _table,
)
from app.ui.models.import_ import (
    ERROR_COLOUR,
    FindingsModel,
    RowModel,
    severity_label,
    sheet_label,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


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
        self.show_button = QPushButton(self.tr("&Show the row"))
        self.show_button.clicked.connect(self._show_selected)
        self.again = QPushButton(self.tr("&Read the file again"))
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
                        self.tr("%n problems stop the import.", "", len(errors))
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
                    self.tr(
                        "%n warnings: what they name is left out; they do not stop the import.", "", warnings
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
