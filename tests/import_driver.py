"""Going through the import wizard without its buttons or modal dialogs, as the window's tests do."""

from __future__ import annotations

from pathlib import Path

from dialog_answers import Answers
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.ui.import_wizard import CHECK, ImportWizard

READING_TIMEOUT_MS = 30_000


def read(qtbot: QtBot, wizard: ImportWizard, path: Path | None = None) -> None:
    """Give the wizard a workbook (or let it finish the reading under way) and wait until it is read."""
    if path is not None:
        with qtbot.waitSignal(wizard.examined, timeout=READING_TIMEOUT_MS):
            wizard.set_workbook(path)
    while wizard.is_reading():
        with qtbot.waitSignal(wizard.examined, timeout=READING_TIMEOUT_MS):
            pass


def drive_import(qtbot: QtBot, wizard: ImportWizard, answers: Answers) -> bool:
    """An organiser who takes the wizard's readings as they are: the workbook, settings and file name come
    from ``answers``; an error the wizard shows is recorded there. True when the wizard finished."""
    wizard.show()
    read(qtbot, wizard, answers.workbook_path)
    if wizard.error is not None:
        answers.errors.append(wizard.error)
        wizard.reject()
        return False
    while wizard.currentId() != wizard.last_page:
        examination = wizard.examination
        if wizard.currentId() == CHECK and examination is not None and examination.result is not None:
            answers.reports.append(examination.result)
        here = wizard.currentId()
        wizard.next()
        if wizard.currentId() == here:  # an error stops the way
            if examination is not None and examination.errors:
                answers.errors.append(("Cannot import the registrations", str(examination.errors[0])))
            wizard.reject()
            return False
    if wizard.details_page is not None:
        if answers.settings is None or answers.save_path is None:
            wizard.reject()
            return False
        wizard.details_page.form.show_settings(answers.settings)
        wizard.details_page.target.setText(str(answers.save_path))
    wizard.accept()
    return wizard.result() == QDialog.DialogCode.Accepted
