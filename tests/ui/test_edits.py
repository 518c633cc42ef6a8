"""Edits in the window: in place, undoable, stored at once; moves checked live; locks."""

from __future__ import annotations

from pathlib import Path

import factories as f
import pytest
from dialog_answers import Answers
from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from pytestqt.qtbot import QtBot

from app.domain import Event, Meeting
from app.services import edits, reports
from app.storage import EventFile
from app.ui.main_window import MainWindow
from app.ui.models.timetable import MEETING_MIME


def planned_event(tmp_path: Path) -> Path:
    """The delegation day (two tables): 1–4 and 2–5 at 13:00, 3–6 and 2–7 at 13:25."""
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        edits.change_meetings(
            event_file,
            (
                Meeting(1, 1, 1, (1, 4), (1, 2, 5)),
                Meeting(2, 1, 2, (2, 5), (3, 6)),
                Meeting(3, 2, 1, (3, 6), (4, 7)),
                Meeting(4, 2, 2, (2, 7), (3, 8)),
            ),
        )
    return path


def stored(path: Path) -> Event:
    with EventFile.open(path) as event_file:
        return event_file.load()


def settle(qtbot: QtBot) -> None:
    """Let the queued refresh after an edit reach the models."""
    qtbot.wait(50)


def test_renaming_in_place_is_stored_undone_and_redone(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = planned_event(tmp_path)
    assert window.open_event(path)
    model = window.organisations_page.model
    index = model.index(3, 0)
    assert index.data() == "Sørvest Havn AS"
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "  Sørvest   Havn og Logistikk AS ")
    settle(qtbot)
    assert stored(path).organisation_by_id[4].name == "Sørvest Havn og Logistikk AS"
    assert model.index(3, 0).data() == "Sørvest Havn og Logistikk AS"
    assert window.undo_action.isEnabled() and "Sørvest Havn AS" in window.undo_action.text()
    window.undo_action.trigger()
    settle(qtbot)
    assert stored(path).organisation_by_id[4].name == "Sørvest Havn AS"
    assert model.index(3, 0).data() == "Sørvest Havn AS"
    window.redo_action.trigger()
    settle(qtbot)
    assert stored(path).organisation_by_id[4].name == "Sørvest Havn og Logistikk AS"
    assert len(stored(path).meetings) == 4, "edits never touch the timetable"


def test_interests_are_split_and_an_empty_name_is_refused(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = planned_event(tmp_path)
    window.open_event(path)
    model = window.organisations_page.model
    model.setData(model.index(0, 6), "ports; logistics, hydrogen")
    settle(qtbot)
    assert stored(path).organisation_by_id[1].interests == ("ports", "logistics", "hydrogen")
    model.setData(model.index(0, 0), "   ")
    settle(qtbot)
    assert answers.errors and "needs a name" in answers.errors[-1][1]
    assert stored(path).organisation_by_id[1].name == "Qingdao Harbour Engineering"
    assert window.undo_action.text().endswith("interests of Qingdao Harbour Engineering")


def drag(meeting_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(MEETING_MIME, str(meeting_id).encode())
    return data


def test_a_meeting_dropped_on_another_swaps_with_it_and_is_locked(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = planned_event(tmp_path)
    window.open_event(path)
    model = window.timetable_page.timetable_model
    target = model.index(0, 0)  # 13:00 at table 1, where 1–4 is
    action = Qt.DropAction.MoveAction
    assert model.canDropMimeData(drag(3), action, -1, -1, target)
    assert model.dropMimeData(drag(3), action, -1, -1, target)
    settle(qtbot)
    placed = {m.id: (m.slot_id, m.table_id, m.locked) for m in stored(path).meetings}
    assert placed == {1: (2, 1, False), 2: (1, 2, False), 3: (1, 1, True), 4: (2, 2, False)}
    window.undo_action.trigger()
    settle(qtbot)
    assert {m.id: (m.slot_id, m.table_id) for m in stored(path).meetings}[3] == (2, 1)


def test_a_drop_that_breaks_a_rule_is_refused_and_says_why(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = planned_event(tmp_path)
    window.open_event(path)
    model = window.timetable_page.timetable_model
    reasons: list[str] = []
    model.refused.connect(reasons.append)
    # 2–7 onto 1–4 at 13:00: Jinan Smart Works (2) has one person, already meeting 5 then.
    action = Qt.DropAction.MoveAction
    assert not model.canDropMimeData(drag(4), action, -1, -1, model.index(0, 0))
    assert not model.dropMimeData(drag(4), action, -1, -1, model.index(0, 0))
    assert reasons and "Jinan Smart Works has 2 meetings" in reasons[0]
    settle(qtbot)
    assert {m.id: m.slot_id for m in stored(path).meetings}[4] == 2, "nothing moved"
    assert not window.undo_action.isEnabled()


def test_locking_the_selected_meetings_and_unlocking_them(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = planned_event(tmp_path)
    window.open_event(path)
    view = window.timetable_page.timetable_view
    selection = view.selectionModel()

    for row, column in ((0, 0), (1, 1)):
        selection.select(
            window.timetable_page.timetable_model.index(row, column), QItemSelectionModel.SelectionFlag.Select
        )
    assert window.toggle_lock()
    settle(qtbot)
    assert {m.id for m in stored(path).meetings if m.locked} == {1, 4}
    for row, column in ((0, 0), (1, 1)):
        selection.select(
            window.timetable_page.timetable_model.index(row, column), QItemSelectionModel.SelectionFlag.Select
        )
    assert window.toggle_lock()
    settle(qtbot)
    assert not any(m.locked for m in stored(path).meetings)
    window.undo_action.trigger()
    settle(qtbot)
    assert {m.id for m in stored(path).meetings if m.locked} == {1, 4}


def test_an_edit_that_cannot_be_stored_says_so_and_changes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = planned_event(tmp_path)
    window.open_event(path)

    def broken(event_file: EventFile) -> Event:
        raise OSError("the disk is full")

    assert not window.session.edit("Rename", broken)
    assert answers.errors[-1] == ("Cannot rename", "The disk is full")
    assert not window.undo_action.isEnabled()
    assert window.current_event == stored(path)


def test_nothing_is_undone_while_a_plan_is_being_made(window: MainWindow, tmp_path: Path) -> None:
    path = planned_event(tmp_path)
    window.open_event(path)
    assert window.edit_organisation(4, "country", "Sweden")
    window.session.set_busy(True)  # as while planning
    assert not window.undo_action.isEnabled()
    assert not window.session.undo()
    window.undo_action.trigger()
    assert stored(path).organisation_by_id[4].country == "Sweden", "the plan under way keeps its event"
    window.session.set_busy(False)
    assert window.undo_action.isEnabled()
    assert window.session.undo()
    assert stored(path).organisation_by_id[4].country != "Sweden"


def test_a_refused_edit_keeps_what_can_be_redone(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    path = planned_event(tmp_path)
    window.open_event(path)
    assert window.edit_organisation(4, "country", "Sweden")
    window.undo_action.trigger()
    assert not window.edit_organisation(4, "name", "   "), "an organisation needs a name"
    assert answers.errors and answers.errors[-1][1][:1].isupper()
    assert window.redo_action.isEnabled(), "the refused edit did not throw the redo away"
    window.redo_action.trigger()
    assert stored(path).organisation_by_id[4].country == "Sweden"


def test_a_fault_while_storing_is_a_message_not_a_traceback(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    window.open_event(planned_event(tmp_path))

    def broken(event_file: EventFile) -> Event:
        raise KeyError(61)

    assert not window.session.edit("Plan the timetable", broken)
    title, message = answers.errors[-1]
    assert title == "Cannot plan the timetable"
    assert "internal problem (KeyError)" in message and "Nothing saved was changed" in message


def test_on_a_large_event_an_edit_is_shown_first_and_its_figures_follow(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import jobs

    monkeypatch.setattr(jobs, "INLINE_BELOW", 0)  # every event counts as large here
    path = planned_event(tmp_path)
    assert window.open_event(path)
    session = window.session
    assert session.is_derived(), "opening works the figures out with the event"
    window.show_page("timetable")
    with qtbot.waitSignal(session.derived, timeout=10_000) as derived:
        assert window.timetable_page.move_meeting(1, 3, 1)
        moved = session.current
        assert moved is not None and not session.is_derived(), "shown before its figures are there"
    assert derived.args == [moved] and session.is_derived()
    assert session.unmet() == reports.unmet_requests(moved)
    assert stored(path) == moved, "what is shown is what the file holds"
    with qtbot.waitSignal(session.derived, timeout=10_000):
        assert session.undo()
    assert stored(path) == session.current
