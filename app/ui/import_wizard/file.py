"""The import wizard's first step: choose the workbook (and, for a new event, nothing else yet)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from app.ui.import_wizard.common import (
    _counts,
    _Page,
)
from app.ui.models.import_ import (
    ERROR_COLOUR,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


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
        self.choose = QPushButton(self.tr("&Choose…"))
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
            self.tr("{file}: {sheets} of %n sheets read.", "", len(examination.readings))
            .replace("{file}", html.escape(examination.path.name))
            .replace("{sheets}", str(len(read)))
        )
        if examination.result is not None:
            text += " " + html.escape(_counts(examination.result)) + "."
        else:
            count = len(examination.errors)
            text += " " + html.escape(
                self.tr("%n problems stop the import for now; the next steps show where they are.", "", count)
                if count != 1
                else self.tr("A problem stops the import for now; the next steps show where it is.")
            )
        self.summary.setText(text + "<br>" + html.escape(self.tr("Press Next to see how it was read.")))
