"""What the import wizard's tests share: the form export beside the sample, going to a step, reading after an
action, the examination read, and a column found by its header."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from import_driver import read
from pytestqt.qtbot import QtBot

from app.paths import sample_workbook
from app.reading.registrations import Examination
from app.ui.import_wizard.wizard import ImportWizard

FORM_EXPORT = sample_workbook().with_name("stavanger-form-export.xlsx")


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
