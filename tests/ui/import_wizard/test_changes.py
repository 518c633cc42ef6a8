"""The import wizard's last step for an update: the differences shown, then applied as one undoable edit, or
nothing changed when cancelled."""

from __future__ import annotations

from pathlib import Path

import factories as f
from import_driver import read
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.import_wizard.steps import go
from workbooks import write_book

from app.services import importing
from app.storage import EventFile
from app.ui.import_wizard.common import CHANGES
from app.ui.import_wizard.wizard import ImportWizard
from app.ui.main_window import MainWindow


def registrations_book(path: Path, country: str, extra: bool) -> Path:
    rows: list[list[object]] = [
        ["Company", "Country", "Companies to meet"],
        ["Alpha AS", country, "Beta AS"],
        ["Beta AS", "Norway", "Alpha AS"],
    ]
    if extra:
        rows.append(["Gamma AS", "Sweden", "Alpha AS"])
    return write_book(path, {"Organisations": rows})


def test_an_update_shows_the_differences_then_applies_them_as_one_undoable_edit(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    event_path = tmp_path / "day.meetgrid"
    first = importing.import_workbook(registrations_book(tmp_path / "v1.xlsx", "Norway", extra=False))
    importing.create_event(event_path, f.settings(), first).close()
    assert window.open_event(event_path)
    window.show_page("import")
    assert window.import_page.update_button.isVisible()
    wizards: list[ImportWizard] = []
    window.run_import = lambda w: wizards.append(w) or False  # type: ignore[method-assign]
    window.import_page.update_button.click()
    (wizard,) = wizards
    wizard.show()
    assert wizard.update_mode and wizard.last_page == CHANGES
    read(qtbot, wizard, registrations_book(tmp_path / "v2.xlsx", "Denmark", extra=True))
    go(wizard, CHANGES)
    page = wizard.changes_page
    assert page is not None and page.merged is not None
    model = page.model
    qtmodeltester.check(model)
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups == ["Organisations: 1 added, 1 changed", "Requests: 1 added"]
    organisations = model.index(0, 0)
    changed = [model.index(row, 0, organisations).data() for row in range(model.rowCount(organisations))]
    assert changed == ["changed: Alpha AS", "added: Gamma AS"]
    assert model.index(0, 1, organisations).data() == "country Norway → Denmark"
    with EventFile.open(event_path) as event_file:
        assert len(event_file.load().organisations) == 2, "nothing is stored before Apply"

    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    event = window.current_event
    assert event is not None and [o.country for o in event.organisations] == ["Denmark", "Norway", "Sweden"]
    with EventFile.open(event_path) as event_file:
        assert len(event_file.load().organisations) == 3
    assert window.undo_action.text() == "&Undo Update from v2.xlsx"
    window.undo_action.trigger()
    with EventFile.open(event_path) as event_file:
        restored = event_file.load()
    assert [(o.name, o.country) for o in restored.organisations] == [
        ("Alpha AS", "Norway"),
        ("Beta AS", "Norway"),
    ]
    assert len(restored.requests) == 2


def test_cancelling_an_update_changes_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    event_path = tmp_path / "day.meetgrid"
    first = importing.import_workbook(registrations_book(tmp_path / "v1.xlsx", "Norway", extra=False))
    importing.create_event(event_path, f.settings(), first).close()
    window.open_event(event_path)
    wizards: list[ImportWizard] = []
    window.run_import = lambda w: wizards.append(w) or False  # type: ignore[method-assign]
    window.update_from_workbook(registrations_book(tmp_path / "v2.xlsx", "Denmark", extra=True))
    (wizard,) = wizards
    wizard.show()
    read(qtbot, wizard)
    go(wizard, CHANGES)
    wizard.reject()
    with EventFile.open(event_path) as event_file:
        assert [o.country for o in event_file.load().organisations] == ["Norway", "Norway"]
    assert not window.session.undo_stack.canUndo()
