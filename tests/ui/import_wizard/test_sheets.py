"""The import wizard's step that shows which sheet is read as what."""

from __future__ import annotations

from import_driver import read
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui.import_wizard.steps import examined, go, then_read

from app.paths import sample_workbook
from app.ui.import_wizard.common import SHEETS
from app.ui.import_wizard.wizard import ImportWizard


def test_a_sheet_can_be_left_unread(wizard: ImportWizard, qtbot: QtBot) -> None:
    read(qtbot, wizard, sample_workbook())
    go(wizard, SHEETS)
    model = wizard.sheets_page.model
    choices = [value for value, _ in model.index(3, 1).data(Qt.ItemDataRole.UserRole + 1)]
    assert choices == ["interpreters", "ignore"]
    then_read(qtbot, wizard, lambda: model.setData(model.index(3, 1), "ignore"))
    assert model.index(3, 1).data() == "Not read" and model.index(3, 5).data() == "as you chose"
    assert not examined(wizard).result.registrations.interpreters  # type: ignore[union-attr]
