"""The import wizard's last step for a new event: its details and where to save it, never over the event open
now, and nothing written when cancelled."""

from __future__ import annotations

from pathlib import Path

import factories as f
from dialog_answers import Answers
from import_driver import read
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from ui.import_wizard.steps import FORM_EXPORT, column_of, go

from app.paths import sample_workbook
from app.storage import EventFile
from app.ui.app import application
from app.ui.import_wizard.common import COLUMNS, DETAILS
from app.ui.import_wizard.wizard import ImportWizard
from app.ui.main_window import MainWindow
from app.ui.session import EventSession


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


def test_cancelling_a_new_event_writes_nothing(wizard: ImportWizard, qtbot: QtBot, tmp_path: Path) -> None:
    read(qtbot, wizard, sample_workbook())
    go(wizard, DETAILS)
    assert wizard.details_page is not None
    wizard.details_page.target.setText(str(tmp_path / "never.meetgrid"))
    wizard.reject()
    assert not list(tmp_path.iterdir())
    assert wizard.created_path is None


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
