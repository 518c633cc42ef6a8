"""The Timetable page's grid: meetings shown at their slot and table, moved by drag and drop and locked
(stored and undoable), its models, its columns and split, and the way back to planning."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.timetable.timetables import (
    Opened,
    day,
    open_page,
    settle,
    stored,
    stored_event,
)

from app.domain import SolverRun
from app.scheduler.explain import Reason
from app.storage import EventFile, repository
from app.ui.main_window import MainWindow
from app.ui.models.timetable import (
    MEETING_MIME,
)


def test_the_grid_shows_each_meeting_at_its_slot_and_table(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    assert not page.is_empty()
    model = page.timetable_model
    assert (model.rowCount(), model.columnCount()) == (4, 2)
    assert model.index(0, 0).data() == "Qingdao Harbour Engineering\nSørvest Havn AS"
    assert model.index(1, 0).data() == "Yantai Offshore Tech\nRyfylke Vind AS"
    assert "Interpreter: Liu Mei" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 0).data() is None
    assert "4 meetings · 0 locked" in page.summary_label.text()
    legend = page.legend_label.text().replace("&nbsp;", " ")
    assert all(name in legend for name in ("Qingdao Harbour Engineering", "Jinan Smart Works", "Yantai"))


def test_every_model_passes_qts_checks(capped: Opened, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    page = capped.page
    with qtbot.waitSignal(page.checked, timeout=10_000):
        pass
    page.show_organisation(1)
    page.show_table(2)
    page.show_interpreter(1)
    page.set_reason_filter(Reason.CAP_REACHED)
    for model in (
        page.timetable_model,
        page.agenda_model,
        page.table_day_model,
        page.interpreter_day_model,
        page.unmet_model,
        page.unmet_filter,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_a_dropped_meeting_is_stored_locked_and_undone(opened: Opened, qtbot: QtBot) -> None:
    page, path = opened.page, opened.path
    model = page.timetable_model
    data = QMimeData()
    data.setData(MEETING_MIME, b"2")  # Jinan – Nordsjø at 13:00 to table 1 at 14:00
    target = model.index(2, 0)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    settle(qtbot)
    moved = {m.id: m for m in stored(path).meetings}[2]
    assert (moved.slot_id, moved.table_id, moved.locked) == (3, 1, True)
    assert model.index(2, 0).data() == "Jinan Smart Works\nNordsjø Automasjon AS"
    assert model.index(2, 0).data(Qt.ItemDataRole.DecorationRole) is not None, "the lock mark shows"
    assert "1 locked" in page.summary_label.text()
    opened.session.undo_stack.undo()
    settle(qtbot)
    back = {m.id: m for m in stored(path).meetings}[2]
    assert (back.slot_id, back.table_id, back.locked) == (1, 2, False)
    assert model.index(0, 1).data() == "Jinan Smart Works\nNordsjø Automasjon AS"


def test_a_drop_that_breaks_a_rule_says_why(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    model = page.timetable_model
    data = QMimeData()
    data.setData(MEETING_MIME, b"4")  # Jinan – Energía onto 13:00, where Jinan meets Nordsjø already
    with qtbot.waitSignal(page.status_message) as said:
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert "Cannot move it here" in said.args[0] and "Jinan Smart Works" in said.args[0]
    assert {m.id: m.slot_id for m in stored(opened.path).meetings}[4] == 2


def test_locking_from_the_grid_and_from_an_organisations_day(opened: Opened, qtbot: QtBot) -> None:
    page, path = opened.page, opened.path
    selection = page.timetable_view.selectionModel()
    for row, column in ((0, 0), (1, 1)):
        selection.select(page.timetable_model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    page.lock_button.click()
    settle(qtbot)
    assert {m.id for m in stored(path).meetings if m.locked} == {1, 4}
    assert page.timetable_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None

    page.show_organisation(2)  # Jinan: 13:00 with Nordsjø (open), 13:25 with Energía (locked)
    page.agenda_view.selectRow(0)
    assert page.selected_meetings() == {2}
    assert page.toggle_lock()
    settle(qtbot)
    assert {m.id for m in stored(path).meetings if m.locked} == {1, 2, 4}
    assert page.agenda_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None

    page.agenda_view.clearSelection()
    with qtbot.waitSignal(page.status_message) as said:
        assert not page.toggle_lock()
    assert said.args[0] == "Select meetings in the timetable first"
    opened.session.undo_stack.undo()
    settle(qtbot)
    assert {m.id for m in stored(path).meetings if m.locked} == {1, 4}


def test_plan_again_asks_for_a_plan(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    with qtbot.waitSignal(page.plan_requested):
        page.plan_again_button.click()
    opened.session.set_busy(True)
    assert not page.plan_again_button.isEnabled()
    assert not page.lock_button.isEnabled()
    assert not page.timetable_view.dragEnabled()
    assert not page.move_meeting(1, 3, 2), "no edits while planning"
    opened.session.set_busy(False)
    assert page.plan_again_button.isEnabled() and page.timetable_view.dragEnabled()


def test_before_planning_the_page_says_what_to_do(unplanned: Opened, qtbot: QtBot) -> None:
    page = unplanned.page
    assert page.is_empty()
    assert "Plan the timetable first" in page.empty_label.text()
    assert page.plan_button.isVisible()
    with qtbot.waitSignal(page.plan_requested):
        page.plan_button.click()
    page.set_event(None)
    assert "No event open" in page.empty_label.text()
    assert not page.plan_button.isVisible()
    assert page.timetable_model.rowCount() == 0


def test_the_window_plans_again_from_the_page(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = stored_event(tmp_path / "day.meetgrid", day())
    window.open_event(path)
    assert window.current_page() == "timetable"
    assert window.page("timetable") is window.timetable_page
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        window.timetable_page.plan_again_button.click()
        assert window.is_planning()
    assert window.current_page() == "plan", "the planner's progress is shown while it works"


def test_the_split_is_remembered(opened: Opened) -> None:
    page = opened.page
    state = page.saveState()
    assert page.restoreState(state)
    assert not page.restoreState(b"not a state")


def test_the_tables_share_the_width_between_a_narrow_and_a_comfortable_column(opened: Opened) -> None:
    view = opened.page.timetable_view
    chars = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    assert header.sectionSize(0) == 24 * chars, "two tables: the comfortable width, not stretched"
    opened.page._fit_columns(30 * chars)  # as a window too narrow for both tables at ease would give
    assert header.sectionSize(0) == header.sectionSize(1) == 15 * chars, "the width shared out"
    opened.page._fit_columns(10 * chars)
    assert header.sectionSize(0) == 14 * chars, "never below the narrowest: the grid scrolls instead"


def test_a_plan_that_placed_no_meeting_warns_above_the_empty_page(qtbot: QtBot, tmp_path: Path) -> None:
    path = stored_event(tmp_path / "empty.meetgrid", day(), meetings=())
    with EventFile.open(path) as event_file, event_file.transaction() as session:
        repository.record_run(session, SolverRun("OPTIMAL", 0.0, 0.0, 0.2, datetime(2026, 6, 9, 12)))
    for opened in open_page(qtbot, path):
        page = opened.page
        assert page.is_empty()
        assert "No meetings planned" in page.empty_label.text()
        assert page.warnings_shown()
        assert "no meetings were planned for the 7 requested pairs" in page.warning_band.text().lower()


def test_ctrl_and_an_arrow_moves_the_meeting_of_the_current_cell_as_a_drop_does(
    opened: Opened, qtbot: QtBot
) -> None:
    page = opened.page
    view, model = page.timetable_view, page.timetable_model
    view.setCurrentIndex(model.index(0, 1))  # Jinan – Nordsjø at 13:00, table 2
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    moved = {m.id: m for m in stored(opened.path).meetings}[2]
    assert (moved.slot_id, moved.table_id, moved.locked) == (3, 1, True), "two slots later, at table 1"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 0), "the current cell follows"
    assert model.index(2, 0).data() == "Jinan Smart Works\nNordsjø Automasjon AS"
    # No cell to the left of table 1: nothing moves. A cell where it breaks a rule: refused, and said.
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    view.setCurrentIndex(model.index(1, 0))
    assert model.meeting_at(1, 0) is not None
    assert {m.id: (m.slot_id, m.table_id) for m in stored(opened.path).meetings}[2] == (3, 1)
    # Undo takes the three steps back.
    for _ in range(3):
        opened.session.undo_stack.undo()
        settle(qtbot)
    back = {m.id: m for m in stored(opened.path).meetings}[2]
    assert (back.slot_id, back.table_id, back.locked) == (1, 2, False)


def test_ctrl_and_an_arrow_onto_a_locked_meeting_is_refused_and_says_why(
    opened: Opened, qtbot: QtBot
) -> None:
    page = opened.page
    view, model = page.timetable_view, page.timetable_model
    view.setCurrentIndex(model.index(0, 0))
    page.toggle_lock()  # Qingdao – Sørvest at 13:00, table 1, locked there
    settle(qtbot)
    view.setCurrentIndex(model.index(0, 1))  # Jinan – Nordsjø beside it
    with qtbot.waitSignal(page.status_message) as said:
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert "Cannot move it here" in said.args[0] and "locked meeting" in said.args[0]
    assert {m.id: (m.slot_id, m.table_id) for m in stored(opened.path).meetings}[2] == (1, 2)
