"""The import wizard as a whole: the sample taken step by step into a new event, the workbook read in a worker
thread (waited for, cancelled, or broken), its models, and the window's Import page."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import factories as f
import pytest
from import_driver import read
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.import_wizard.steps import examined, go
from workbooks import fuzzy_form

from app.errors import Severity
from app.paths import sample_workbook
from app.reading.registrations import Examination
from app.services import importing
from app.storage import EventFile
from app.ui.import_wizard.common import CHECK, COLUMNS, DETAILS, FILE, NAMES, SHEETS
from app.ui.import_wizard.wizard import ImportWizard
from app.ui.jobs import running_threads
from app.ui.main_window import MainWindow


def test_the_sample_becomes_a_new_event_step_by_step(
    wizard: ImportWizard, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    created: list[Path] = []
    wizard.created.connect(created.append)
    assert wizard.currentId() == FILE and not wizard.file_page.isComplete()
    read(qtbot, wizard, sample_workbook())
    assert "26 organisations, 60 participants, 74 requests, 3 interpreters" in wizard.file_page.summary.text()

    go(wizard, SHEETS)
    sheets = wizard.sheets_page.model
    qtmodeltester.check(sheets)
    assert [sheets.index(r, 0).data() for r in range(sheets.rowCount())] == [
        "Organisations",
        "Participants",
        "Requests",
        "Interpreters",
    ]
    assert sheets.index(2, 1).data() == "Requests (one row a wish)"
    assert sheets.index(1, 4).data() == "5", "five columns of Participants recognised"

    go(wizard, COLUMNS)
    preview = wizard.columns_page.preview("Organisations")
    assert preview is not None
    qtmodeltester.check(preview)
    assert preview.rowCount() == 1 + 10, "the header's fields, then the first ten rows"
    assert preview.headerData(0, Qt.Orientation.Horizontal) == "A  Organisation"
    assert preview.index(0, 0).data() == "Organisation"
    assert preview.index(0, 8).data() == "Max meetings"
    assert preview.index(1, 0).data() == "Qingdao Bluewater Port Logistics Co., Ltd."
    assert preview.headerData(1, Qt.Orientation.Vertical) == "2", "the sheet's own row number"
    assert wizard.columns_page.tabs.count() == 4

    go(wizard, CHECK)
    qtmodeltester.check(wizard.check_page.model)
    assert wizard.check_page.model.rowCount() == 4
    assert "Ready to import" in wizard.check_page.summary.text()

    wizard.next()
    assert wizard.currentId() == DETAILS, "no names needed confirming, so that step is left out"
    page = wizard.details_page
    assert page is not None
    assert page.form.name.text() == "Stavanger delegation day"
    page.form.show_settings(f.settings(tables=12))
    target = tmp_path / "sample.meetgrid"
    page.target.setText(str(target))
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert created == [target]
    with EventFile.open(target) as event_file:
        event = event_file.load()
    assert (len(event.organisations), len(event.participants), len(event.interpreters)) == (26, 60, 3)
    assert len(event.tables) == 12


def test_the_workbook_is_read_in_a_worker_thread_and_the_wizard_waits(
    wizard: ImportWizard, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[threading.Thread] = []
    real = importing.examine_workbook

    def slow(*args: Any) -> Examination:
        threads.append(threading.current_thread())
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(importing, "examine_workbook", slow)
    wizard.set_workbook(sample_workbook())
    assert wizard.is_reading() and running_threads()
    assert wizard.file_page.busy.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == FILE, "the wizard cannot be advanced while reading"
    with qtbot.waitSignal(wizard.examined, timeout=30_000):
        release.set()
    assert threads and threads[0] is not threading.main_thread()
    assert not wizard.is_reading() and not wizard.file_page.busy.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: not running_threads())


def test_cancelling_while_reading_leaves_no_thread(
    wizard: ImportWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = importing.examine_workbook

    def slow(*args: Any) -> Examination:
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(importing, "examine_workbook", slow)
    wizard.set_workbook(sample_workbook())
    release.set()
    wizard.reject()
    assert not running_threads()


def test_a_broken_file_gives_a_readable_message(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "notes.xlsx"
    broken.write_text("not a workbook")
    read(qtbot, wizard, broken)
    assert wizard.examination is None
    assert wizard.error is not None
    title, message = wizard.error
    assert title == "Cannot import the registrations"
    assert (
        message
        == "notes.xlsx: is not an Excel workbook although it is named .xlsx; open it and save it as .xlsx"
    )
    shown = wizard.file_page.problem.text()
    assert "is not an Excel workbook" in shown and "Choose another file" in shown
    assert "Traceback" not in shown
    assert not wizard.file_page.isComplete()
    read(qtbot, wizard, sample_workbook())
    assert wizard.error is None and wizard.file_page.isComplete()
    assert not wizard.file_page.problem.isVisibleTo(wizard.file_page)


def test_the_import_page_follows_setup_and_offers_the_update_with_an_event(
    window: MainWindow, tmp_path: Path
) -> None:
    keys = window._page_keys
    assert keys.index("import") == keys.index("setup") + 1
    item = window.navigation.item(keys.index("import"))
    assert item.text() == "Import" and item.flags() & Qt.ItemFlag.ItemIsEnabled, "usable without an event"
    window.show_page("import")
    page = window.import_page
    assert window.current_page() == "import"
    assert page.new_button.isVisible() and not page.update_button.isVisible()
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    window.open_event(path)
    window.show_page("import")
    assert page.update_button.isVisible() and "Test day" in page.update_note.text()
    wizards: list[ImportWizard] = []
    window.run_import = lambda w: wizards.append(w) or False  # type: ignore[method-assign]
    page.new_button.click()
    assert len(wizards) == 1 and not wizards[0].update_mode
    window.import_action.trigger()
    assert len(wizards) == 2 and window.import_wizard is wizards[1]


def test_every_model_of_the_wizard_passes_the_model_tester(
    wizard: ImportWizard, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    read(qtbot, wizard, fuzzy_form(tmp_path, "Equinr; Alpa"))
    go(wizard, NAMES)
    for model in (
        wizard.sheets_page.model,
        wizard.check_page.model,
        wizard.names_page.model,
        *wizard.columns_page.previews.values(),
    ):
        qtmodeltester.check(model)
        assert model.rowCount(QModelIndex()) > 0
    assert {m.typed for m in examined(wizard).result.matches} == {"Equinr", "Alpa"}  # type: ignore[union-attr]
    assert all(f.severity != Severity.ERROR for f in examined(wizard).findings)
