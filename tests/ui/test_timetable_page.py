"""The timetable page: the grid of all tables, one organisation's, table's or interpreter's day, unmet
requests with their reasons, moves and locks stored and undoable, and the way back to planning."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import factories as f
import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain import Break, Event, EventDay, Interpreter, Meeting, SolverRun, build_slots
from app.scheduler.explain import Reason
from app.services import edits, reports
from app.storage import EventFile, repository
from app.ui.main_window import MainWindow
from app.ui.models.timetable import (
    FIRST_OF_DAY_ROLE,
    INTERPRETING_ROLE,
    MEETING_MIME,
    AgendaModel,
    InterpreterDayModel,
    TableDayModel,
    TimetableModel,
)
from app.ui.session import EventSession
from app.ui.timetable.page import TimetablePage

COFFEE = Break(time(13, 45), time(14), "Coffee")

# The delegation day on two tables with coffee at 13:45: slots 13:00, 13:25, 14:00 and 14:25.
MEETINGS = (
    Meeting(1, 1, 1, (1, 4), (1, 5)),  # Qingdao – Sørvest
    Meeting(2, 1, 2, (2, 5), (3, 6)),  # Jinan – Nordsjø
    Meeting(3, 2, 1, (3, 6), (4, 7), interpreter_id=1),  # Yantai – Ryfylke, with Liu Mei
    Meeting(4, 2, 2, (2, 7), (3, 8)),  # Jinan – Energía
)


def day(*, cap_qingdao: bool = False) -> Event:
    """Yantai speaks Chinese and Ryfylke Norwegian; with ``cap_qingdao`` Qingdao holds one meeting at most
    and Yantai is kept apart from Sørvest, so unmet requests have two reasons."""
    event = f.delegation_day()
    settings = f.settings(tables=2, breaks=(COFFEE,))
    languages = {3: ("Chinese",), 6: ("Norwegian",)}
    orgs = tuple(
        dataclasses.replace(
            o,
            languages=languages.get(o.id, ()),
            max_meetings=1 if cap_qingdao and o.id == 1 else None,
        )
        for o in event.organisations
    )
    return dataclasses.replace(
        event,
        settings=settings,
        organisations=orgs,
        slots=build_slots(settings),
        apart=((3, 4),) if cap_qingdao else (),
        interpreters=(Interpreter(1, "Liu Mei", ("Chinese", "Norwegian", "English")),),
    )


def stored_event(path: Path, event: Event, meetings: tuple[Meeting, ...] = MEETINGS) -> Path:
    with EventFile.create(path, event.settings, edits.registrations_of(event)) as event_file:
        if meetings:
            edits.change_meetings(event_file, meetings)
    return path


def stored(path: Path) -> Event:
    with EventFile.open(path) as event_file:
        return event_file.load()


class Opened:
    def __init__(self, session: EventSession, page: TimetablePage, path: Path) -> None:
        self.session, self.page, self.path = session, page, path


def open_page(qtbot: QtBot, path: Path) -> Iterator[Opened]:
    session = EventSession()
    session.open(path)
    page = TimetablePage(session)
    qtbot.addWidget(page)
    # As the window does: queued, so a model is reset only after the drop that changed it has returned.
    session.changed.connect(page.set_event, Qt.ConnectionType.QueuedConnection)
    page.resize(1280, 800)
    page.show()
    page.set_event(session.current)
    yield Opened(session, page, path)
    page.shutdown()
    session.close(emit=False)


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    yield from open_page(qtbot, stored_event(tmp_path / "day.meetgrid", day()))


@pytest.fixture
def capped(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    yield from open_page(qtbot, stored_event(tmp_path / "capped.meetgrid", day(cap_qingdao=True)))


@pytest.fixture
def unplanned(qtbot: QtBot, tmp_path: Path) -> Iterator[Opened]:
    yield from open_page(qtbot, stored_event(tmp_path / "new.meetgrid", day(), meetings=()))


def rows(model: AgendaModel | TableDayModel | InterpreterDayModel) -> list[list[str]]:
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def settle(qtbot: QtBot) -> None:
    """Let the queued refresh after an edit reach the page."""
    qtbot.wait(50)


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


def test_the_summary_and_unmet_requests_follow_from_the_background(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    assert page.is_checking()
    assert "counting" in page.summary_label.text()
    with qtbot.waitSignal(page.checked, timeout=10_000):
        pass
    check = reports.check_timetable(stored(opened.path))
    summary = page.summary_label.text()
    assert f"{check.figures.idle_gaps} idle gaps" in summary
    assert f"{check.figures.table_changes} table changes" in summary
    assert f"{len(check.unmet)} requests unmet" in summary
    assert page.unmet_model.rowCount() == len(check.unmet) > 0
    assert not page.is_checking()


def test_one_organisations_day_with_free_slots_and_the_break(opened: Opened) -> None:
    page = opened.page
    assert page.show_organisation(2)
    assert page.current_view() == page.ORGANISATION
    assert rows(page.agenda_model) == [
        ["13:00–13:20", "Table 2", "Nordsjø Automasjon AS", "张强", ""],
        ["13:25–13:45", "Table 2", "Energía Levante S.L.", "张强", ""],
        ["13:45–14:00", "Coffee", "", "", ""],
        ["14:00–14:20", "free", "", "", ""],
        ["14:25–14:45", "free", "", "", ""],
    ]
    assert page.show_organisation(3)
    assert rows(page.agenda_model)[1] == ["13:25–13:45", "Table 1", "Ryfylke Vind AS", "刘洋", "Liu Mei"]
    assert page.show_organisation(1)
    assert rows(page.agenda_model)[0][2] == "Sørvest Havn AS"
    assert page.agenda_view.columnSpan(2, 1) == page.agenda_model.columnCount() - 1, "the break's name spans"


def test_one_tables_day(opened: Opened) -> None:
    page = opened.page
    assert page.show_table(1)
    assert rows(page.table_day_model) == [
        ["13:00–13:20", "Qingdao Harbour Engineering – Sørvest Havn AS", "王伟 · Bjørn Økland", ""],
        ["13:25–13:45", "Yantai Offshore Tech – Ryfylke Vind AS", "刘洋 · Kåre Sæther", "Liu Mei"],
        ["13:45–14:00", "Coffee", "", ""],
        ["14:00–14:20", "free", "", ""],
        ["14:25–14:45", "free", "", ""],
    ]


def test_one_interpreters_day_names_the_languages(opened: Opened) -> None:
    page = opened.page
    assert page.show_interpreter(1)
    assert rows(page.interpreter_day_model) == [
        ["13:00–13:20", "free", "", ""],
        ["13:25–13:45", "Table 1", "Yantai Offshore Tech – Ryfylke Vind AS", "Chinese – Norwegian"],
        ["13:45–14:00", "Coffee", "", ""],
        ["14:00–14:20", "free", "", ""],
        ["14:25–14:45", "free", "", ""],
    ]


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


def test_unmet_requests_say_why_and_filter_by_reason(capped: Opened, qtbot: QtBot) -> None:
    page = capped.page
    with qtbot.waitSignal(page.checked, timeout=10_000):
        pass
    shown = page.unmet_filter
    reasons = {shown.index(row, 1).data(): shown.index(row, 2).data() for row in range(shown.rowCount())}
    assert (
        reasons["Maximum of meetings reached"]
        == "Qingdao Harbour Engineering already has its maximum of 1 meetings"
    )
    assert "Kept apart" in reasons
    total = shown.rowCount()
    assert page.reason_box.itemText(0) == f"All reasons ({total})"

    assert page.set_reason_filter(Reason.CAP_REACHED)
    assert page.reason_box.currentText() == "Maximum of meetings reached (2)"
    assert shown.rowCount() == 2
    assert {shown.index(row, 0).data() for row in range(2)} == {
        "Qingdao Harbour Engineering – Nordsjø Automasjon AS",
        "Qingdao Harbour Engineering – Energía Levante S.L.",
    }
    page.reason_box.setCurrentIndex(page.reason_box.findData(Reason.NOT_ALLOWED))
    assert [shown.index(row, 0).data() for row in range(shown.rowCount())] == [
        "Yantai Offshore Tech – Sørvest Havn AS"
    ]
    assert not page.set_reason_filter(Reason.NO_INTERPRETER), "no request has that reason"
    page.set_reason_filter(None)
    assert shown.rowCount() == total


def double_click(view: QTableView, index: QModelIndex, qtbot: QtBot) -> None:
    """Press and release, then the double click, as a mouse does (Qt's test double click is only the last)."""
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_clicking_a_meeting_in_a_day_shows_it_in_the_grid(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    page.show_table(1)
    double_click(page.table_day_view, page.table_day_model.index(1, 1), qtbot)  # 13:25, Yantai – Ryfylke
    assert page.current_view() == page.GRID
    current = page.timetable_view.currentIndex()
    assert (current.row(), current.column()) == (1, 0)
    assert page.selected_meetings() == {3}

    page.show_organisation(2)
    double_click(page.agenda_view, page.agenda_model.index(1, 2), qtbot)  # 13:25, with Energía
    current = page.timetable_view.currentIndex()
    assert (page.current_view(), current.row(), current.column()) == (page.GRID, 1, 1)

    page.show_table(1)
    double_click(page.table_day_view, page.table_day_model.index(3, 1), qtbot)  # free
    assert page.current_view() == page.TABLE, "a free slot has nothing to show"


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


def test_several_days_are_set_apart(qapp: QApplication) -> None:
    days = tuple(EventDay(date(2026, 6, d), time(13), time(14)) for d in (9, 10))
    event = day()
    settings = dataclasses.replace(event.settings, days=days)
    event = dataclasses.replace(event, settings=settings, slots=build_slots(settings), meetings=MEETINGS)
    grid = TimetableModel()
    grid.set_event(event)
    first_of_day = [grid.headerData(row, Qt.Orientation.Vertical, FIRST_OF_DAY_ROLE) for row in range(4)]
    assert first_of_day == [False, False, True, False]
    assert grid.headerData(0, Qt.Orientation.Vertical) == "Tue 09 Jun\n13:00–13:20"
    assert grid.headerData(2, Qt.Orientation.Vertical) == "Wed 10 Jun\n13:00–13:20"
    assert grid.headerData(3, Qt.Orientation.Vertical) == "13:25–13:45"
    assert grid.index(2, 0).data(FIRST_OF_DAY_ROLE)
    agenda = AgendaModel()
    agenda.show(event, 2)
    assert agenda.index(0, 0).data() == "Tue 09 Jun 13:00–13:20"
    assert [agenda.index(row, 0).data(FIRST_OF_DAY_ROLE) for row in range(agenda.rowCount())] == [
        False,
        False,
        True,
        False,
    ]


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


def test_rules_the_timetable_breaks_after_an_edit_are_named(opened: Opened, qtbot: QtBot) -> None:
    page = opened.page
    with qtbot.waitSignal(page.checked, timeout=10_000):
        pass
    assert not page.problems_label.isVisible(), "a timetable that keeps every rule shows no warning"
    assert sum(1 for m in MEETINGS if 2 in m.organisation_ids) == 2

    def limit_jinan(event_file: EventFile) -> Event:
        registrations = edits.registrations_of(event_file.load())
        organisations = tuple(
            dataclasses.replace(o, max_meetings=1) if o.id == 2 else o for o in registrations.organisations
        )
        return edits.change_registrations(
            event_file, dataclasses.replace(registrations, organisations=organisations)
        )

    with qtbot.waitSignal(page.checked, timeout=10_000):
        assert opened.session.edit("Limit Jinan", limit_jinan)
    assert page.problems_label.isVisible()
    assert "The timetable breaks" in page.problems_label.text()
    assert "Jinan Smart Works" in page.problems_label.text()


def test_the_tables_share_the_width_between_a_narrow_and_a_comfortable_column(opened: Opened) -> None:
    view = opened.page.timetable_view
    chars = view.fontMetrics().averageCharWidth()
    header = view.horizontalHeader()
    assert header.sectionSize(0) == 24 * chars, "two tables: the comfortable width, not stretched"
    opened.page._fit_columns(30 * chars)  # as a window too narrow for both tables at ease would give
    assert header.sectionSize(0) == header.sectionSize(1) == 15 * chars, "the width shared out"
    opened.page._fit_columns(10 * chars)
    assert header.sectionSize(0) == 14 * chars, "never below the narrowest: the grid scrolls instead"


def test_a_meeting_without_a_shared_language_or_interpreter_is_marked(qtbot: QtBot, tmp_path: Path) -> None:
    event = day()
    orgs = tuple(
        dataclasses.replace(o, languages=("Mandarin",)) if o.id == 1 else o for o in event.organisations
    )
    orgs = tuple(dataclasses.replace(o, languages=("Norsk",)) if o.id == 4 else o for o in orgs)
    path = stored_event(tmp_path / "languages.meetgrid", dataclasses.replace(event, organisations=orgs))
    for opened in open_page(qtbot, path):
        model = opened.page.timetable_model
        assert model.index(0, 0).data(INTERPRETING_ROLE) == "Chinese–Norwegian"
        assert "Needs Chinese–Norwegian interpreting" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert model.index(1, 0).data(INTERPRETING_ROLE) is None, "Liu Mei interprets Yantai – Ryfylke"
        assert model.index(0, 1).data(INTERPRETING_ROLE) is None, "no languages given: no need known"
        assert "amber frame" in opened.page.lock_legend.text()
        qtbot.wait(50)
        opened.page.grab().save(str(tmp_path / "timetable-interpreting.png"))
        assert opened.page.show_organisation(4)
        assert rows(opened.page.agenda_model)[0][4] == "needed: Chinese–Norwegian"


def test_warnings_show_in_a_yellow_band_once_counted(qtbot: QtBot, tmp_path: Path) -> None:
    path = stored_event(tmp_path / "one.meetgrid", day(), meetings=MEETINGS[:1])
    for opened in open_page(qtbot, path):
        page = opened.page
        with qtbot.waitSignal(page.checked, timeout=10_000):
            pass
        assert page.warnings_shown()
        text = page.warning_band.text()
        assert "organisations that asked for meetings have none: Jinan Smart Works" in text
        qtbot.wait(50)  # the layout makes room for the band's lines
        assert page.warning_band.height() > 2 * page.warning_band.fontMetrics().height()
        page.grab().save(str(tmp_path / "timetable-warnings.png"))


def test_no_band_when_there_is_nothing_to_warn_about(qtbot: QtBot, tmp_path: Path) -> None:
    event = day()
    held = {m.organisation_ids for m in MEETINGS}
    met_only = tuple(r for r in event.requests if tuple(sorted((r.requester_id, r.requested_id))) in held)
    path = stored_event(tmp_path / "all-met.meetgrid", dataclasses.replace(event, requests=met_only))
    for opened in open_page(qtbot, path):
        with qtbot.waitSignal(opened.page.checked, timeout=10_000):
            pass
        assert not opened.page.warnings_shown()


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
