"""The import wizard's last step for an update: the differences it makes before it is applied."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QTreeView,
)

from app.errors import MeetGridError
from app.services import importing
from app.services.importing import Reimport
from app.ui.import_wizard.common import (
    _Page,
)
from app.ui.jobs import wait_for
from app.ui.models.import_ import (
    ERROR_COLOUR,
    ChangesModel,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


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
                    "%n changes. Apply keeps a copy of the event as it is now in its backups folder.",
                    "",
                    len(merged.changes),
                )
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
            whole=True,
        )
        if not applied:
            self.problem.setText(
                html.escape(self.tr("The changes could not be stored; nothing was changed."))
            )
            return False
        owner.applied = self.merged
        return True
