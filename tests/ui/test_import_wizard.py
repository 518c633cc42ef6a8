"""The import wizard, driven offscreen step by step: reading in a worker thread, sheets, columns, findings,
approximate names, a new event or the differences of an update, and cancelling without a trace."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import factories as f
import pytest
from dialog_answers import Answers
from import_driver import read
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from workbooks import fuzzy_form, write_book

from app.errors import Severity
from app.paths import sample_workbook
from app.reading.registrations import Examination
from app.services import importing
from app.storage import EventFile
from app.ui.app import application
from app.ui.import_wizard.common import CHANGES, CHECK, COLUMNS, DETAILS, FILE, NAMES, SHEETS
from app.ui.import_wizard.wizard import ImportWizard
from app.ui.jobs import running_threads
from app.ui.main_window import MainWindow
from app.ui.session import EventSession

FORM_EXPORT = sample_workbook().with_name("stavanger-form-export.xlsx")


@pytest.fixture
def wizard(qtbot: QtBot) -> Iterator[ImportWizard]:
    application()
    w = ImportWizard()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.shutdown()


def go(wizard: ImportWizard, page: int) -> None:
    """Press Next until ``page`` is shown; fails when a step refuses to be left."""
    while wizard.currentId() != page:
        here = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != here, f"step {here} could not be left"


def then_read(qtbot: QtBot, wizard: ImportWizard, action: Callable[[], Any]) -> None:
    """Do something that reads the workbook again, and wait for that reading."""
    with qtbot.waitSignal(wizard.examined, timeout=30_000):
        action()
    read(qtbot, wizard)


def examined(wizard: ImportWizard) -> Examination:
    assert wizard.examination is not None, wizard.error
    return wizard.examination


def column_of(model: Any, header: str) -> int:
    return next(c for c in range(model.columnCount()) if model.header_of(c) == header)


# -- a new event ----------------------------------------------------------------------------------------


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


def test_a_form_export_becomes_a_new_event(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    read(qtbot, wizard, FORM_EXPORT)
    go(wizard, COLUMNS)
    preview = wizard.columns_page.preview("Form responses")
    assert preview is not None and wizard.columns_page.tabs.count() == 1
    wishes = column_of(preview, "Which companies would you like to meet?")
    assert preview.index(0, wishes).data() == "Wishes to meet"
    assert preview.index(0, column_of(preview, "Timestamp")).data() == "Not read"
    assert preview.headerData(1, Qt.Orientation.Vertical) == "5", "the header is row 4, below title rows"
    go(wizard, DETAILS)
    assert wizard.details_page is not None
    wizard.details_page.target.setText(str(tmp_path / "form"))
    wizard.accept()
    assert wizard.created_path == tmp_path / "form.meetgrid"
    with EventFile.open(wizard.created_path) as event_file:
        event = event_file.load()
    assert len(event.organisations) == 26 and len(event.participants) == 60
    assert event.requests


def test_the_window_opens_the_event_the_wizard_created(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.settings = f.settings()
    answers.save_path = tmp_path / "form.meetgrid"
    assert window.new_event_from_workbook(FORM_EXPORT)
    assert window.current_event is not None and len(window.current_event.organisations) == 26
    assert window.session.path == answers.save_path
    assert answers.reports and not answers.errors


# -- corrections ----------------------------------------------------------------------------------------


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


def test_a_sheet_can_be_left_unread(wizard: ImportWizard, qtbot: QtBot) -> None:
    read(qtbot, wizard, sample_workbook())
    go(wizard, SHEETS)
    model = wizard.sheets_page.model
    choices = [value for value, _ in model.index(3, 1).data(Qt.ItemDataRole.UserRole + 1)]
    assert choices == ["interpreters", "ignore"]
    then_read(qtbot, wizard, lambda: model.setData(model.index(3, 1), "ignore"))
    assert model.index(3, 1).data() == "Not read" and model.index(3, 5).data() == "as you chose"
    assert not examined(wizard).result.registrations.interpreters  # type: ignore[union-attr]


# -- findings -------------------------------------------------------------------------------------------


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


# -- names matched approximately ------------------------------------------------------------------------


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


# -- an update of the open event ------------------------------------------------------------------------


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


def test_cancelling_a_new_event_writes_nothing(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    read(qtbot, wizard, sample_workbook())
    go(wizard, DETAILS)
    assert wizard.details_page is not None
    wizard.details_page.target.setText(str(tmp_path / "never.meetgrid"))
    wizard.reject()
    assert not list(tmp_path.iterdir())
    assert wizard.created_path is None


# -- reading in the background --------------------------------------------------------------------------


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


# -- the window's Import page ---------------------------------------------------------------------------


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


def test_a_new_event_never_replaces_the_event_open_now(qtbot: QtBot, tmp_path: Path) -> None:
    application()
    open_now = tmp_path / "stavanger-delegation-day.meetgrid"
    f.event_file(open_now, f.delegation_day()).close()
    session = EventSession()
    session.open(open_now)
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    workbook = tmp_path / "stavanger-delegation-day.xlsx"
    workbook.write_bytes(sample_workbook().read_bytes())
    read(qtbot, wizard, workbook)
    go(wizard, DETAILS)
    page = wizard.details_page
    assert page is not None
    assert Path(page.target.text()).name == "stavanger-delegation-day 2.meetgrid", "a free name is suggested"
    page.target.setText(str(open_now))
    wizard.accept()
    assert wizard.result() != QDialog.DialogCode.Accepted
    assert "This is the event open now" in page.problem.text()
    with EventFile.open(open_now) as event_file:
        assert len(event_file.load().organisations) == 7, "the open event is untouched"
    wizard.shutdown()
    session.close()
