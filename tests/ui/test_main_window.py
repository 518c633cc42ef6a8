"""The window's main path, driven offscreen: open, import, plan in the background, cancel, export."""

from __future__ import annotations

import dataclasses
import random
from datetime import time
from pathlib import Path

import factories as f
import pytest
from dialog_answers import Answers
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from app.domain import Organisation
from app.paths import sample_workbook
from app.scheduler import SolveResult
from app.services.exporting import ExportResult
from app.storage import EventFile
from app.ui.main_window import MainWindow


def delegation_event(tmp_path: Path) -> Path:
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    return path


def busy_event(tmp_path: Path) -> Path:
    """An event big and tight enough that planning runs for a good while."""
    rng = random.Random(7)
    orgs = f.organisations(160)
    wishes = f.requests({(a, b) for a in range(1, 161) for b in rng.sample(range(1, 161), 14) if a != b})
    settings = f.settings(start=time(9), end=time(17), tables=25)
    path = tmp_path / "busy.meetgrid"
    f.event_file(path, f.event(orgs, wishes=wishes, event_settings=settings)).close()
    return path


def test_the_window_starts_with_the_three_step_guide(window: MainWindow) -> None:
    assert window.current_page() == "start"
    assert not window.plan_action.isEnabled()
    assert not window.export_action.isEnabled()


def test_opening_an_event_shows_its_organisations(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_event(delegation_event(tmp_path))
    model = window.organisations_page.model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names[:2] == ["Qingdao Harbour Engineering", "Jinan Smart Works"]
    assert model.index(0, 1).data() == "青岛港湾工程"
    assert window.current_page() == "organisations"
    assert window.plan_action.isEnabled()
    assert "Test day" in window.windowTitle()


def test_planning_fills_the_timetable_and_saves_it(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = delegation_event(tmp_path)
    window.open_event(path)
    with qtbot.waitSignal(window.plan_finished, timeout=60_000) as finished:
        assert window.plan()
        assert window.is_planning() and window.cancel_button.isVisible()
    result: SolveResult = finished.args[0]
    assert result.status == "OPTIMAL"
    window.show_page("timetable")
    model = window.timetable_page.timetable_model
    filled = [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data()
    ]
    assert len(filled) == len(result.meetings) > 0
    assert not window.is_planning() and not window.cancel_button.isVisible()
    with EventFile.open(path) as event_file:
        assert len(event_file.load().meetings) == len(result.meetings)


def test_the_window_stays_responsive_while_planning(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.open_event(busy_event(tmp_path))
    window.plan_page.time_limit.setValue(3)
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        window.plan()
    timer.stop()
    assert len(ticks) >= 10, "the event loop kept running while the planner worked"


def test_cancel_keeps_the_best_timetable_so_far(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = busy_event(tmp_path)
    window.open_event(path)
    window.plan_page.time_limit.setValue(600)
    with qtbot.waitSignal(window.plan_finished, timeout=60_000) as finished:
        window.plan()
        qtbot.waitSignal(window.plan_page.controller.progress, timeout=30_000).wait()
        window.cancel_button.click()
    result: SolveResult = finished.args[0]
    assert result.cancelled
    assert result.has_schedule, "the best timetable found before cancelling is kept"
    with EventFile.open(path) as event_file:
        assert len(event_file.load().meetings) == len(result.meetings)
    assert window.plan_action.isEnabled(), "the window is ready to plan again"


def test_closing_during_planning_leaves_no_thread(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_event(busy_event(tmp_path))
    window.plan_page.time_limit.setValue(600)
    window.plan()
    qtbot.waitSignal(window.plan_page.controller.progress, timeout=30_000).wait()
    window.close()
    assert not window.is_planning()


def write_registrations(path: Path) -> Path:
    book = Workbook()
    orgs = book.active
    orgs.title = "Organisations"
    orgs.append(["Organisation", "Local name", "Group", "Country"])
    orgs.append(["Yantai Offshore Tech", "烟台海工科技", "Delegation", "China"])
    orgs.append(["Ryfylke Vind AS", "", "Host", "Norway"])
    people = book.create_sheet("Participants")
    people.append(["Name", "Organisation"])
    people.append(["刘洋", "Yantai Offshore Tech"])
    people.append(["Kåre Sæther", "Ryfylke Vind A/S"])
    wishes = book.create_sheet("Requests")
    wishes.append(["Requester", "Requested"])
    wishes.append(["Yantai Offshore Tech", "Ryfylke Vind"])
    wishes.append(["Ryfylke Vind AS", "Nobody Ltd"])
    book.save(path)
    return path


def test_a_workbook_becomes_a_new_event(window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    answers.workbook_path = write_registrations(tmp_path / "registrations.xlsx")
    answers.settings = f.settings()
    answers.save_path = tmp_path / "new.meetgrid"
    assert window.new_event_from_workbook()
    assert window.current_event is not None
    assert [o.name for o in window.current_event.organisations] == ["Yantai Offshore Tech", "Ryfylke Vind AS"]
    assert answers.save_path.is_file()
    assert answers.reports, "the import report is shown"
    assert any("'Nobody Ltd' matches no organisation" in str(x) for x in answers.reports[0].findings)
    assert not answers.errors


def test_the_sample_event_can_be_tried_from_the_guide(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.settings = f.settings(start=time(13), end=time(17), tables=12)
    answers.save_path = tmp_path / "sample.meetgrid"
    window.try_sample()
    assert window.current_event is not None and len(window.current_event.organisations) == 26
    assert sample_workbook().is_file()


def test_a_broken_workbook_shows_an_error_and_keeps_the_open_event(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    window.open_event(delegation_event(tmp_path))
    broken = tmp_path / "notes.xlsx"
    broken.write_text("not a workbook")
    answers.workbook_path = broken
    assert not window.new_event_from_workbook()
    assert len(answers.errors) == 1
    title, message = answers.errors[0]
    assert title == "Cannot import the registrations"
    assert message.startswith("notes.xlsx: is not an Excel workbook")
    assert window.current_event is not None and window.current_event.settings.name == "Test day"


def test_a_file_that_is_not_an_event_shows_an_error(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    other = tmp_path / "other.meetgrid"
    other.write_text("hello")
    assert not window.open_event(other)
    assert "is not a MeetGrid event file" in answers.errors[0][1]
    assert window.current_page() == "start"


def test_export_writes_agendas_for_every_organisation(
    window: MainWindow, qtbot: QtBot, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_event(delegation_event(tmp_path))
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        window.plan()
    reports: list[ExportResult] = []
    monkeypatch.setattr(window.print_page, "show_export_report", reports.append)
    answers.export_folder = tmp_path / "out"
    with qtbot.waitSignal(window.exported, timeout=60_000) as exported:
        window.export_dialog()
        assert window.print_page.is_exporting(), "the export runs in the background"
    result: ExportResult = exported.args[0]
    agendas = sorted((tmp_path / "out" / "agendas").glob("*.pdf"))
    assert len(agendas) == len(result.agendas) == 7
    assert (tmp_path / "out" / "schedule.json").is_file()
    assert reports == [result], "the organiser is told what was written"
    assert "7 agendas" in window.print_page.export_report(result)
    assert window.current_page() == "plan", "exporting leaves the organiser where they were"


def test_unmet_requests_are_listed_with_reasons(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    orgs = (Organisation(1, "Solo Host AS"), *f.organisations(4)[1:])
    wishes = f.requests([(2, 1), (3, 1), (4, 1)])
    path = tmp_path / "tight.meetgrid"
    settings = f.settings(start=time(13), end=time(13, 45), tables=4)
    f.event_file(path, f.event(orgs, wishes=wishes, event_settings=settings)).close()
    window.open_event(path)
    with qtbot.waitSignal(window.plan_finished, timeout=60_000):
        window.plan()
    window.show_page("timetable")
    model = window.timetable_page.unmet_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # the reasons are worked out in the background
    assert "Solo Host AS" in model.index(0, 0).data()
    assert model.index(0, 1).data()


def test_pages_other_than_start_wait_for_an_event(window: MainWindow, tmp_path: Path) -> None:
    organisations = window.navigation.item(window._page_keys.index("organisations"))
    assert not organisations.flags() & Qt.ItemFlag.ItemIsEnabled
    window.open_event(delegation_event(tmp_path))
    assert organisations.flags() & Qt.ItemFlag.ItemIsEnabled
    window.show_page("statistics")
    assert window.current_page() == "statistics"
    assert window.stack.currentWidget() is window.statistics_page


def test_opened_events_are_listed_on_the_start_page(window: MainWindow, tmp_path: Path) -> None:
    path = delegation_event(tmp_path)
    window.open_event(path)
    window.show_page("start")
    listed = window.start_page.recent_list
    assert listed.count() == 1
    assert listed.item(0).data(Qt.ItemDataRole.UserRole) == str(path.resolve())
    path.unlink()
    window.start_page.refresh()
    assert listed.item(0).data(Qt.ItemDataRole.UserRole) is None, "a deleted event is no longer offered"


def test_the_window_remembers_its_layout(qtbot: QtBot, tmp_path: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(780, 580)
    first.show()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 580)
    second.close()


def test_ctrl_and_a_number_shows_a_page(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.open_event(delegation_event(tmp_path))
    number = window.page_keys().index("statistics") + 1
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "statistics"


def test_the_pages_splitters_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.show_page("timetable")
    splitter = first.timetable_page.findChildren(QSplitter)[0]
    total = sum(splitter.sizes())
    splitter.setSizes([total - 90, 90])
    wanted = splitter.sizes()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.timetable_page.findChildren(QSplitter)[0].sizes() == wanted
    second.close()


def test_an_impossible_minimum_is_named_with_what_to_do(
    window: MainWindow, qtbot: QtBot, answers: Answers, tmp_path: Path
) -> None:
    # Two slots, and one organisation registered to hold at least three meetings.
    wishes = f.requests([(a, b) for a in range(1, 5) for b in range(1, 5) if a != b])
    orgs = f.organisations(4)
    orgs = (dataclasses.replace(orgs[0], min_meetings=3), *orgs[1:])
    settings = f.settings(start=time(13), end=time(13, 45), tables=4)
    path = tmp_path / "greedy.meetgrid"
    f.event_file(path, f.event(orgs, wishes=wishes, event_settings=settings)).close()
    window.open_event(path)
    with qtbot.waitSignal(window.plan_finished, timeout=60_000) as finished:
        window.plan()
    assert finished.args[0].status == "INFEASIBLE"
    title, message = answers.errors[-1]
    assert title == "No timetable possible"
    assert "• at least 3 meetings for Org 1" in message
    assert "Lower the minimum number of meetings" in message and "Unlock" not in message


def test_agreed_meetings_are_chosen_on_the_plan_page_and_a_conflict_is_named_there(
    window: MainWindow, qtbot: QtBot, answers: Answers, tmp_path: Path
) -> None:
    # Org 1's one person agreed to six meetings in an afternoon of five slots.
    path = tmp_path / "agreed.meetgrid"
    wishes = f.requests([(1, k) for k in range(2, 8)])
    f.event_file(path, f.event(f.organisations(7), wishes=wishes)).close()
    window.open_event(path)
    window.show_page("plan")
    page = window.plan_page
    assert not page.agreed.isChecked() and page.tiers_list.isEnabled()
    page.agreed.setChecked(True)
    assert not page.tiers_list.isEnabled()
    with qtbot.waitSignal(window.plan_finished, timeout=60_000) as finished:
        window.plan()
    assert finished.args[0].status == "INFEASIBLE"
    title, message = answers.errors[-1]
    assert title == "No timetable possible"
    assert "• Org 1's one person is in 6 agreed meetings" in message
    assert "Take one of these agreed meetings out" in message
    # The status line no longer speaks of an earlier plan.
    assert window.statusBar().currentMessage().startswith("No timetable can keep every agreed")
    assert "Org 1&#x27;s one person is in 6 agreed meetings" in page.detail_label.text()
    with EventFile.open(path) as event_file:
        assert event_file.load().settings.agreed, "the choice is stored with the event"
    assert window.session.undo()
    assert window.session.current is not None
    assert not window.session.current.settings.agreed, window.session.undo_stack.undoText()
    qtbot.waitUntil(lambda: not page.agreed.isChecked())


def test_a_blank_registration_workbook_is_saved_from_the_file_menu(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    target = tmp_path / "registrations.xlsx"
    assert window.save_template(target)
    assert {"Organisations", "Participants", "Requests"} <= set(load_workbook(target).sheetnames)
    assert not window.save_template(tmp_path / "no such folder" / "registrations.xlsx")
    assert answers.errors[-1][0] == "Cannot save the workbook"
