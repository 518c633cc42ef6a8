"""The import wizard's step that lists every finding: errors stop the way, a row can be opened, the workbook
read again once corrected."""

from __future__ import annotations

from pathlib import Path

from import_driver import read
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.import_wizard.steps import go, then_read
from workbooks import write_book

from app.ui.import_wizard.common import CHECK
from app.ui.import_wizard.wizard import ImportWizard


def bad_workbook(tmp_path: Path) -> Path:
    return write_book(
        tmp_path / "bad.xlsx",
        {
            "Organisations": [
                ["Organisation", "Country", "Available from"],
                ["Alpha AS", "Norway", "13:00"],
                ["Beta AS", "Norway", "after lunch"],
            ]
        },
    )


def test_errors_stop_the_way_and_say_what_to_fix(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    read(qtbot, wizard, bad_workbook(tmp_path))
    assert "A problem stops the import" in wizard.file_page.summary.text()
    go(wizard, CHECK)
    model = wizard.check_page.model
    assert [model.index(0, c).data() for c in range(4)] == [
        "Error",
        "Organisations",
        "3",
        "C (Available from)",
    ]
    assert "'after lunch' is not a time of day" in model.index(0, 4).data()
    assert not wizard.check_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    summary = wizard.check_page.summary.text()
    assert "A problem stops the import" in summary and "Read the file again" in summary
    wizard.next()
    assert wizard.currentId() == CHECK


def test_a_findings_row_is_shown_with_its_column_marked(
    wizard: ImportWizard, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    read(qtbot, wizard, bad_workbook(tmp_path))
    go(wizard, CHECK)
    view = wizard.check_page.view
    view.doubleClicked.emit(wizard.check_page.model.index(0, 4))
    dialog = wizard.row_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Organisations, row 3"
    qtmodeltester.check(dialog.model)
    cells = [[dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())]
    assert cells == [
        ["A", "Organisation", "Beta AS"],
        ["B", "Country", "Norway"],
        ["C", "Available from", "after lunch"],
    ]
    assert dialog.model.marked_row() == 2
    assert dialog.model.index(2, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert dialog.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "not a time of day" in dialog.message.text()
    dialog.reject()


def test_reading_again_after_the_workbook_was_corrected(
    wizard: ImportWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    path = bad_workbook(tmp_path)
    read(qtbot, wizard, path)
    go(wizard, CHECK)
    rows: list[list[object]] = [
        ["Organisation", "Available from"],
        ["Alpha AS", "13:00"],
        ["Beta AS", "14:00"],
    ]
    write_book(path, {"Organisations": rows})
    then_read(qtbot, wizard, wizard.check_page.again.click)
    assert wizard.check_page.isComplete()
    assert "Ready to import 2 organisations" in wizard.check_page.summary.text()
