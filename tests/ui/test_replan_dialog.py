"""The window's "Re-plan the rest of the day…": the time asked (now by default, from the replaceable clock),
the work in a worker thread, the changes shown with their reasons, stored only when applied, and undone."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time
from pathlib import Path
from typing import Any

import factories as f
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain import Attendance, Event
from app.services import replanning
from app.storage import repository
from app.ui.main_window import MainWindow
from app.ui.replan_dialog import ChangesDialog, ReplanRequestDialog

NOW = datetime.combine(f.DAY, time(13, 10))


def day_file(tmp_path: Path) -> Path:
    """The planned delegation day; Ryfylke Vind AS (person 7) does not come."""
    path = tmp_path / "day.meetgrid"
    event_file, _ = f.planned_day(path)
    with event_file, event_file.transaction() as session:
        repository.write_attendance(session, [Attendance(7, absent_from=datetime.combine(f.DAY, time(13)))])
    return path


def test_the_request_dialog_offers_now_and_no_moves(qtbot: QtBot) -> None:
    dialog = ReplanRequestDialog(NOW)
    qtbot.addWidget(dialog)
    assert dialog.answer() == (NOW, 0)
    dialog.moves.setValue(3)
    assert dialog.answer() == (NOW, 3)


def test_the_changes_dialog_lists_each_change_with_its_reason(qtbot: QtBot, tmp_path: Path) -> None:
    event_file, event = f.planned_day(tmp_path / "day.meetgrid")
    event_file.close()
    gone = (Attendance(7, absent_from=datetime.combine(f.DAY, time(13))),)
    event = dataclasses.replace(event, attendance=gone)
    result = replanning.compute(event, NOW)
    dialog = ChangesDialog(event, result)
    qtbot.addWidget(dialog)
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    texts = {item.text(0): [item.child(j).text(0) for j in range(item.childCount())] for item in tops if item}
    assert texts["Cancelled (1)"] == [
        "13:25 Table 1  Yantai Offshore Tech – Ryfylke Vind AS: Ryfylke Vind AS is absent from 13:00"
    ]
    assert any(heading.startswith("Added") for heading in texts)
    assert dialog.apply_button.isEnabled()


def test_re_plan_asks_computes_shows_applies_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = day_file(tmp_path)
    assert window.open_event(path)
    before = window.session.current
    assert before is not None
    replanner = window.replanner
    assert replanner.action.isEnabled()
    asked: list[datetime] = []
    shown: list[Any] = []

    def ask(now: datetime, parent: QWidget | None) -> tuple[datetime, int]:
        asked.append(now)
        return now, 0

    def confirm(event: Event, result: replanning.Replan, parent: QWidget | None) -> bool:
        shown.append(result)
        return True

    replanner.clock = lambda: NOW
    replanner.ask = ask
    replanner.confirm = confirm
    sheet = tmp_path / "changes.pdf"
    replanner.ask_sheet_path = lambda parent: sheet
    with qtbot.waitSignal(replanner.finished, timeout=30_000) as blocker:
        replanner.action.trigger()
    assert blocker.args == [True]
    assert asked == [NOW]
    (result,) = shown
    after = window.session.current
    assert after is not None
    assert sorted(after.meetings, key=lambda m: m.id) == sorted(result.meetings, key=lambda m: m.id)
    assert 3 not in {m.id for m in after.meetings}
    qtbot.waitUntil(sheet.is_file, timeout=30_000)
    text = "\n".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Ryfylke Vind AS" in text and "cancelled" in text, "the desk's change sheet, old → new"
    assert window.session.undo()
    qtbot.waitUntil(
        lambda: window.session.current is not None and window.session.current.meetings == before.meetings
    )


def test_declining_the_changes_stores_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = day_file(tmp_path)
    assert window.open_event(path)
    before = window.session.current
    replanner = window.replanner
    replanner.ask = lambda now, parent: (NOW, 1)
    replanner.confirm = lambda event, result, parent: False
    with qtbot.waitSignal(replanner.finished, timeout=30_000) as blocker:
        assert replanner.start()
    assert blocker.args == [False]
    assert window.session.current is before
    assert not window.session.undo_stack.canUndo()


def test_cancelling_the_question_starts_nothing(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_event(day_file(tmp_path))
    window.replanner.ask = lambda now, parent: None
    assert not window.replanner.start()
    assert not window.replanner.runner.is_running()
