"""The import wizard's step that shows which sheet is read as what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.import_wizard.common import (
    ChoiceDelegate,
    _columns,
    _open_editors,
    _Page,
    _table,
)
from app.ui.models.import_ import (
    SheetsModel,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


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
