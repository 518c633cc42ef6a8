"""The *Interpreters* tab of the Event setup page: the interpreters, their languages and hours, and the
interpreting rule."""

from __future__ import annotations

import dataclasses
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from ui.setup.drafts import MEI_LIN, page_for, planned_file, stored

from app.domain import Interpreter, Interpreting, Period
from app.ui.models.setup import InterpretersModel
from app.ui.session import EventSession
from app.ui.setup.interpreters import InterpreterDialog
from tests.factories import uncoded


def test_interpreters_are_added_changed_and_removed(
    qtbot: QtBot, session: EventSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    given: list[Interpreter | None] = []
    kari = Interpreter(2, "Kari Nilsen", ("Norwegian", "Spanish"), None, time(16))

    def ask(interpreter: Interpreter | None, new_id: int) -> Interpreter | None:
        given.append(interpreter)
        assert new_id == 2 or interpreter is not None
        return kari if interpreter is None else dataclasses.replace(interpreter, name="Mei Lin Wang")

    monkeypatch.setattr(page, "ask_interpreter", ask)
    assert page.add_interpreter()
    assert page.interpreters_model.index(1, 2).data() == "until 16:00"
    assert page.interpreters_model.index(0, 2).data() == "13:00–15:00"
    assert page.edit_interpreter(0)
    assert given[0] is None and uncoded(given[1:]) == (MEI_LIN,)
    assert page.apply()
    assert uncoded(stored(path).interpreters) == (dataclasses.replace(MEI_LIN, name="Mei Lin Wang"), kari)
    assert stored(path).settings == session.current.settings if session.current else False

    page.interpreters_view.selectRow(0)
    page.remove_interpreters()
    assert uncoded(page.interpreters_model.rows()) == (kari,)
    assert page.apply()
    assert uncoded(stored(path).interpreters) == (kari,)
    session.undo_stack.undo()
    assert len(stored(path).interpreters) == 2


def test_the_interpreting_rule_is_chosen_stored_and_undone(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    assert page.interpreting.currentData() == "preferred", "the default: such meetings go ahead"
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    page.interpreting.setCurrentIndex(page.interpreting.findData("required"))
    assert page.has_changes()
    assert page.apply()
    assert stored(path).settings.interpreting is Interpreting.REQUIRED
    session.undo_stack.undo()
    page.set_event(session.current)
    assert stored(path).settings.interpreting is Interpreting.PREFERRED
    assert page.interpreting.currentData() == "preferred"


def test_the_interpreter_dialog_checks_what_is_typed(qtbot: QtBot) -> None:
    dialog = InterpreterDialog(None, 7)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ola")
    dialog.languages.setText("Norwegian")
    dialog.accept()
    assert dialog.interpreter() is None
    assert dialog.problem.text() == "Interpreter Ola needs at least two languages."
    dialog.languages.setText("Norwegian; 中文")
    dialog.has_from.setChecked(True)
    dialog.has_until.setChecked(True)
    dialog.from_time.setTime(QTime(14, 0))
    dialog.until_time.setTime(QTime(13, 0))
    dialog.accept()
    assert dialog.interpreter() is None and "until after they arrive" in dialog.problem.text()
    dialog.until_time.setTime(QTime(16, 0))
    dialog.away.setText("14:30-soon")
    dialog.accept()
    assert dialog.interpreter() is None and "'14:30-soon' is not a span of time" in dialog.problem.text()
    dialog.away.setText("14:30–14:45, 15:00-15:15")
    dialog.accept()
    away = (Period(time(14, 30), time(14, 45)), Period(time(15), time(15, 15)))
    assert dialog.interpreter() == Interpreter(7, "Ola", ("Norwegian", "中文"), time(14), time(16), away)


def test_the_interpreters_absences_are_shown_and_kept(qtbot: QtBot) -> None:
    away = (Period(time(15, 15), time(15, 45)),)
    liu = Interpreter(3, "Liu Mei", ("Chinese", "Norwegian"), away=away)
    dialog = InterpreterDialog(liu, 9)
    qtbot.addWidget(dialog)
    assert dialog.away.text() == "15:15-15:45"
    dialog.accept()
    assert dialog.interpreter() == liu
    model = InterpretersModel()
    model.set_rows([liu])
    assert model.index(0, 2).data() == "all day, away 15:15–15:45"
