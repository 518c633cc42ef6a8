"""The import wizard's step that confirms names matched only approximately."""

from __future__ import annotations

from pathlib import Path

from import_driver import read
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.import_wizard.steps import examined, go, then_read
from workbooks import fuzzy_form

from app.services import importing
from app.storage import EventFile
from app.ui.import_wizard.common import CHECK, NAMES
from app.ui.import_wizard.wizard import ImportWizard


def test_rejecting_a_fuzzy_match_changes_the_wishes(
    wizard: ImportWizard, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    read(qtbot, wizard, fuzzy_form(tmp_path, "Equinr; Alpa"))
    go(wizard, CHECK)
    wizard.next()
    assert wizard.currentId() == NAMES
    model = wizard.names_page.model
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Equinr", "Alpa"]
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert (model.index(0, 1).data(), model.index(0, 2).data()) == ("Equinor Energy AS", "92 %")

    def wished() -> set[str]:
        result = examined(wizard).result
        assert result is not None
        names = {o.id: o.name for o in result.registrations.organisations}
        return {names[r.requested_id] for r in result.registrations.requests}

    assert wished() == {"Equinor Energy AS"}
    then_read(
        qtbot,
        wizard,
        lambda: model.setData(
            model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
        ),
    )
    assert wished() == set()
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    then_read(qtbot, wizard, lambda: model.setData(model.index(1, 1), "Alfa Ltd"))
    assert wished() == {"Alfa Ltd"}
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(model)

    wizard.next()
    assert wizard.details_page is not None
    wizard.details_page.target.setText(str(tmp_path / "fuzzy.meetgrid"))
    wizard.accept()
    with EventFile.open(tmp_path / "fuzzy.meetgrid") as event_file:
        event = event_file.load()
        assert importing.saved_names(event_file) == {"Equinr": "", "Alpa": "Alfa Ltd"}
    names = {o.id: o.name for o in event.organisations}
    assert {(names[r.requester_id], names[r.requested_id]) for r in event.requests} == {
        ("Sørvest Havn AS", "Alfa Ltd")
    }
