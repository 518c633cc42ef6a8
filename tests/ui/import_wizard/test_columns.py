"""The import wizard's step that shows each sheet's first rows under the field each column is read as."""

from __future__ import annotations

from pathlib import Path

from import_driver import read
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.import_wizard.steps import column_of, examined, go, then_read
from workbooks import write_book

from app.paths import sample_workbook
from app.ui.import_wizard.common import CHECK, COLUMNS
from app.ui.import_wizard.wizard import ImportWizard


def test_a_remapped_column_changes_what_is_read(
    wizard: ImportWizard, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    read(qtbot, wizard, sample_workbook())
    assert any(o.max_meetings for o in examined(wizard).result.registrations.organisations)  # type: ignore[union-attr]
    go(wizard, COLUMNS)
    preview = wizard.columns_page.preview("Organisations")
    assert preview is not None
    column = column_of(preview, "Max meetings")
    choices = dict(preview.index(0, column).data(Qt.ItemDataRole.UserRole + 1))
    assert choices["ignore"] == "Not read" and choices["min_meetings"] == "Min meetings"
    then_read(qtbot, wizard, lambda: preview.setData(preview.index(0, column), "min_meetings"))
    assert wizard.import_options.columns == {"Max meetings": "min_meetings"}
    organisations = examined(wizard).result.registrations.organisations  # type: ignore[union-attr]
    assert not any(o.max_meetings for o in organisations)
    assert any(o.min_meetings for o in organisations), "the numbers are now read as minimums"
    preview = wizard.columns_page.preview("Organisations")
    assert preview is not None and preview.index(0, column).data() == "Min meetings"
    qtmodeltester.check(preview)


def test_naming_the_organisation_column_lets_an_odd_sheet_be_read(
    wizard: ImportWizard, qtbot: QtBot, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["Who", "Outfit", "Reach at"], ["Ann", "Alpha AS", "ann@alpha.example"]]
    read(qtbot, wizard, write_book(tmp_path / "odd.xlsx", {"Sign-ups": rows}))
    assert examined(wizard).result is None
    go(wizard, COLUMNS)
    assert wizard.columns_page.tabs.tabText(0) == "Sign-ups (not read)"
    wizard.next()
    assert wizard.currentId() == CHECK and not wizard.check_page.isComplete()
    assert "no organisation column found" in wizard.check_page.model.index(0, 4).data()
    wizard.back()
    preview = wizard.columns_page.preview("Sign-ups")
    assert preview is not None
    then_read(qtbot, wizard, lambda: preview.setData(preview.index(0, 1), "organisation"))
    then_read(qtbot, wizard, lambda: wizard.choose_field("Who", "name"))
    result = examined(wizard).result
    assert result is not None and [p.name for p in result.registrations.participants] == ["Ann"]
    assert wizard.columns_page.tabs.tabText(0) == "Sign-ups"
