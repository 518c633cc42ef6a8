"""The import wizard's last step for a new event: its details and where to save it."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QStandardPaths,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from app.errors import MeetGridError
from app.services import importing
from app.services.event_files import EVENT_SUFFIX
from app.ui.dialogs import EventSettingsForm
from app.ui.import_wizard.common import (
    _counts,
    _Page,
)
from app.ui.jobs import wait_for
from app.ui.models.import_ import (
    ERROR_COLOUR,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


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
        choose = QPushButton(self.tr("Ch&oose…"))
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
