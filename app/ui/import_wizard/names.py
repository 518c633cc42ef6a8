"""The import wizard's step that confirms names matched only approximately."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from app.ui.import_wizard.common import (
    ChoiceDelegate,
    _columns,
    _open_editors,
    _Page,
    _table,
)
from app.ui.models.import_ import (
    MatchesModel,
)

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


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
                    self.tr(
                        "%n names were matched approximately; {a} of them are read as shown.",
                        "",
                        len(result.matches),
                    ).replace("{a}", str(accepted))
                )
            )
