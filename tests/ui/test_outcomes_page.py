"""The Outcomes page: a meeting's outcome typed in place is stored and undone through the session; feedback
is imported as one undoable step; the report is written where asked."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain import MeetingResult, Outcome
from app.storage import EventFile
from app.ui.main_window import MainWindow
from app.ui.outcomes_page import FOLLOW_UP, HELD, NOTE, RATING, OutcomesPage


def stored(path: Path) -> tuple[Outcome, ...]:
    with EventFile.open(path) as event_file:
        return event_file.load().outcomes


def opened(window: MainWindow, tmp_path: Path) -> tuple[OutcomesPage, Path]:
    path = tmp_path / "day.meetgrid"
    f.planned_day(path)[0].close()
    assert window.open_event(path)
    window.show_page("outcomes")
    page = window.outcomes_page
    return page, path


def test_an_outcome_typed_in_place_is_stored_and_undone(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    page, path = opened(window, tmp_path)
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 2).data() == "Qingdao Harbour Engineering"
    assert model.setData(model.index(0, HELD), "held")
    assert model.setData(model.index(0, RATING), "4")
    assert model.setData(
        model.index(0, FOLLOW_UP), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.setData(model.index(0, NOTE), "Visit in May")
    assert not model.setData(model.index(0, RATING), "9")  # refused: no rating of 9
    qtbot.wait(50)
    assert stored(path) == (Outcome((1, 4), MeetingResult.HELD, "", True, 4, "Visit in May"),)
    assert model.index(0, HELD).data() == "held"
    assert model.index(0, FOLLOW_UP).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "1 held" in page.summary.text()
    assert window.session.undo()
    qtbot.wait(50)
    assert stored(path) == (Outcome((1, 4), MeetingResult.HELD, "", True, 4, ""),)
    assert window.session.undo() and window.session.undo() and window.session.undo()
    assert stored(path) == ()


def test_feedback_imported_as_one_step_and_the_report_written(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, path = opened(window, tmp_path)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(page, "tell", lambda title, message, problem=False: told.append((title, message)))
    monkeypatch.setattr(page, "ask_save_path", lambda title, name: tmp_path / "feedback.xlsx")
    written = page.write_blank()
    assert written is not None
    workbook = load_workbook(written)
    workbook["Feedback"]["G2"] = "ja"
    workbook["Feedback"]["G3"] = "kanskje"
    workbook.save(written)
    assert page.import_feedback(written)
    assert "outcomes changed: 1" in told[-1][1] and "kanskje" in told[-1][1]
    assert stored(path) == (Outcome((1, 4), MeetingResult.HELD),)
    assert window.session.undo()
    assert stored(path) == ()
    files = page.write_report(tmp_path / "report")
    assert files is not None and files.pdf.exists() and files.xlsx.exists()
