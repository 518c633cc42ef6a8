"""The event setup page: a draft of the settings, pairs kept apart and interpreters, a live preview of the
meeting slots, and Apply (undoable, asking before meetings go) and Revert."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import factories as f
import pytest
from PySide6.QtCore import QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain import Event, Interpreter, Interpreting, Meeting, Period, Tier, build_slots
from app.services import edits, event_setup
from app.storage import EventFile
from app.storage.event_file import backups_of
from app.ui.dialogs import EventSettingsDialog
from app.ui.main_window import MainWindow
from app.ui.models.setup import InterpretersModel
from app.ui.session import EventSession
from app.ui.setup.interpreters import InterpreterDialog
from app.ui.setup.page import SetupPage

MEI_LIN = Interpreter(1, "Mei Lin", ("Chinese", "Norwegian"), time(13), time(15))


def planned_file(tmp_path: Path) -> Path:
    """The delegation day (13:00-15:00, 20 + 5 minutes, two tables) with three meetings and an interpreter:
    1–4 and 2–5 at 13:00, 3–6 at 13:25."""
    path = tmp_path / "day.meetgrid"
    with f.event_file(path, f.delegation_day()) as event_file:
        event = edits.change_meetings(
            event_file,
            (
                Meeting(1, 1, 1, (1, 4), (1, 2, 5)),
                Meeting(2, 1, 2, (2, 5), (3, 6)),
                Meeting(3, 2, 1, (3, 6), (4, 7)),
            ),
        )
        registrations = dataclasses.replace(edits.registrations_of(event), interpreters=(MEI_LIN,))
        edits.change_registrations(event_file, registrations)
    return path


def stored(path: Path) -> Event:
    """The event as another program would read it from the file now."""
    with EventFile.open(path) as event_file:
        return event_file.load()


@pytest.fixture
def session(qtbot: QtBot) -> Iterator[EventSession]:
    opened = EventSession()
    yield opened
    opened.close(emit=False)


def page_for(qtbot: QtBot, session: EventSession, path: Path | None) -> SetupPage:
    page = SetupPage(session)
    qtbot.addWidget(page)
    if path is not None:
        session.open(path)
    page.set_event(session.current)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_without_an_event_the_page_says_what_to_do(qtbot: QtBot, session: EventSession) -> None:
    page = page_for(qtbot, session, None)
    assert page.stack.currentWidget() is page.empty_page
    assert "No event open" in page.empty_label.text()
    assert not page.apply()


def test_the_page_shows_the_event_as_stored(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    assert page.name_edit.text() == "Test day"
    assert page.venue_edit.text() == "Test venue"
    assert page.table_count.value() == 2 and page.same_tables.isChecked()
    assert page.days_model.index(0, 1).data() == "13:00"
    assert page.days_model.index(0, 2).data() == "15:00"
    assert [page.host_group.itemData(i) for i in range(page.host_group.count())] == ["", "Delegation", "Host"]
    assert page.interpreters_model.rows() == [MEI_LIN]
    assert not page.has_changes()
    assert not page.apply_button.isEnabled() and not page.revert_button.isEnabled()
    assert page.slot_count.text() == "5 meeting slots over 1 day"


def test_edits_are_stored_by_apply_and_taken_back_by_undo(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Shandong-Rogaland B2B day")
    page.venue_edit.setText("Innovation Park, Stavanger")
    page.max_meetings.setValue(4)
    page.max_in_a_row.setValue(2)
    page.across_groups.setChecked(True)
    page.host_group.setCurrentIndex(page.host_group.findData("Host"))
    assert page.has_changes() and page.apply_button.isEnabled()
    assert stored(path).settings.name == "Test day", "nothing is stored before Apply"

    assert page.apply()
    settings = stored(path).settings
    assert settings.name == "Shandong-Rogaland B2B day"
    assert settings.venue == "Innovation Park, Stavanger"
    assert (settings.max_meetings, settings.max_in_a_row, settings.min_meetings) == (4, 2, None)
    assert settings.across_groups_only and settings.host_group == "Host"
    assert len(stored(path).meetings) == 3, "no slot or table went, so no meeting did"
    assert not page.has_changes() and not page.apply_button.isEnabled()
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    page.set_event(session.current)
    assert stored(path).settings.name == "Test day"
    assert not stored(path).settings.across_groups_only
    assert page.name_edit.text() == "Test day" and not page.across_groups.isChecked()
    session.undo_stack.redo()
    assert stored(path).settings.host_group == "Host"


def test_named_tables_are_stored(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.named_tables.setChecked(True)
    assert [(t.name, t.seats) for t in page.tables_model.rows()] == [("Table 1", 6), ("Table 2", 6)]
    model = page.tables_model
    assert model.setData(model.index(0, 0), "Harbour room")
    assert model.setData(model.index(0, 1), 10)
    assert not model.setData(model.index(0, 1), 1), "a table needs two seats"
    page.add_table()
    assert page.slot_count.text() == "5 meeting slots over 1 day"
    assert page.capacity_label.text() == "At 3 tables: room for up to 15 meetings in all."
    assert page.apply()
    assert stored(path).settings.custom_tables == (("Harbour room", 10), ("Table 2", 6), ("Table 3", 6))
    assert [t.name for t in stored(path).tables] == ["Harbour room", "Table 2", "Table 3"]
    assert len(stored(path).meetings) == 3
    model.setData(model.index(1, 0), "harbour ROOM")
    assert page.problem() == "Every table needs a name of its own."
    assert not page.apply_button.isEnabled()


def test_too_few_tables_for_the_host_group_are_pointed_out(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    page.tabs.setCurrentIndex(2)
    assert not page.tables_note.isVisible()
    page.host_group.setCurrentIndex(page.host_group.findData("Host"))
    assert page.tables_note.isVisible()
    assert "the 4 organisations of group 'Host' each keep a table" in page.tables_note.text()
    assert "The tables need a look" in page.state_label.text()
    assert page.apply_button.isEnabled(), "a warning, not a rule: more tables may follow"
    page.table_count.setValue(4)
    assert not page.tables_note.isVisible()


def test_revert_puts_the_draft_back(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    page.name_edit.setText("Something else")
    page.meeting_minutes.setValue(30)
    assert page.revert_button.isEnabled()
    page.revert()
    assert page.name_edit.text() == "Test day" and page.meeting_minutes.value() == 20
    assert not page.has_changes()
    assert page.state_label.text() == "Everything here is as stored in the event."


def test_the_preview_counts_the_slots_around_a_break(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    assert [row[0] for row in page.preview_rows()] == [
        "13:00–13:20",
        "13:25–13:45",
        "13:50–14:10",
        "14:15–14:35",
        "14:40–15:00",
    ]
    page.add_break()
    model = page.breaks_model
    assert model.rowCount() == 1
    model.setData(model.index(0, 0), QTime(13, 45))
    model.setData(model.index(0, 1), QTime(14, 15))
    model.setData(model.index(0, 2), "Coffee")
    assert page.slot_count.text() == "4 meeting slots over 1 day"
    assert page.preview_rows() == [
        ("13:00–13:20", "Meeting slot 1", False),
        ("13:25–13:45", "Meeting slot 2", False),
        ("13:45–14:15", "Coffee: no meetings", True),
        ("14:15–14:35", "Meeting slot 3", False),
        ("14:40–15:00", "Meeting slot 4", False),
    ]
    assert page.days_model.index(0, 3).data() == "13:45–14:15 Coffee"
    # A second day takes the hours and breaks of the last one.
    page.add_day()
    assert page.days_model.rowCount() == 2
    assert page.days_model.index(1, 0).data() == "Wed 10 Jun 2026"
    assert page.slot_count.text() == "8 meeting slots over 2 days"
    assert page.capacity_label.text() == "At 2 tables: room for up to 16 meetings in all."
    assert page.breaks_model.day() is page.days_model.row_at(1)
    page.breaks_view.selectRow(0)
    page.remove_breaks()
    assert page.slot_count.text() == "9 meeting slots over 2 days"


def test_an_impossible_grid_says_why_and_cannot_be_applied(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.days_model.setData(page.days_model.index(0, 2), QTime(12, 0))
    assert page.slot_count.text() == "No meeting slots"
    assert page.grid_message.isVisible()
    assert "the first meeting must start before the last one ends" in page.grid_message.text()
    assert page.preview.topLevelItemCount() == 0
    assert not page.apply_button.isEnabled() and page.revert_button.isEnabled()
    assert page.state_label.text().startswith("Cannot apply yet: ")
    assert not page.apply()

    page.days_model.setData(page.days_model.index(0, 2), QTime(15, 0))
    page.meeting_minutes.setValue(180)
    assert page.grid_message.text().startswith("No meeting fits on Tuesday 9 June 2026")
    assert not page.apply_button.isEnabled()
    page.meeting_minutes.setValue(20)
    page.add_break()
    page.breaks_model.setData(page.breaks_model.index(0, 1), QTime(9, 0))
    assert "must end after it starts" in page.grid_message.text()
    assert not page.apply()
    page.remove_breaks()
    assert not page.grid_message.isVisible() and not page.has_changes()
    assert stored(path).settings.meeting_minutes == 20


def test_settings_that_remove_meetings_are_applied_only_when_the_organiser_agrees(
    qtbot: QtBot, session: EventSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    asked: list[tuple[int, int]] = []
    answer = False

    def ask(dropped: int, total: int) -> bool:
        asked.append((dropped, total))
        return answer

    monkeypatch.setattr(page, "ask_drop_meetings", ask)
    page.table_count.setValue(1)
    assert "Applying removes 1 of the 3 meetings of the timetable." in page.state_label.text()
    assert not page.apply()
    assert asked == [(1, 3)]
    assert stored(path).settings.table_count == 2 and len(stored(path).meetings) == 3
    assert backups_of(path) == [] and session.undo_stack.count() == 0
    assert page.has_changes(), "the draft stays for another try"

    answer = True
    assert page.apply()
    assert [m.id for m in stored(path).meetings] == [1, 3]
    (copy,) = backups_of(path)
    assert len(stored(copy).meetings) == 3
    assert copy.parent.name in page.state_label.text()
    session.undo_stack.undo()
    assert len(stored(path).meetings) == 3 and stored(path).settings.table_count == 2


def test_settings_that_keep_every_meeting_ask_nothing(
    qtbot: QtBot, session: EventSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    monkeypatch.setattr(page, "ask_drop_meetings", lambda dropped, total: pytest.fail("asked"))
    page.table_count.setValue(5)
    page.days_model.setData(page.days_model.index(0, 2), QTime(17, 0))
    assert page.apply()
    assert len(stored(path).meetings) == 3 and len(stored(path).slots) == 9
    assert backups_of(path) == []


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
    assert given == [None, MEI_LIN]
    assert page.apply()
    assert stored(path).interpreters == (dataclasses.replace(MEI_LIN, name="Mei Lin Wang"), kari)
    assert stored(path).settings == session.current.settings if session.current else False

    page.interpreters_view.selectRow(0)
    page.remove_interpreters()
    assert page.interpreters_model.rows() == [kari]
    assert page.apply()
    assert stored(path).interpreters == (kari,)
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


def test_a_pair_is_kept_apart_and_let_meet_again(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    names = page.organisation_names.stringList()
    assert "Qingdao Harbour Engineering (青岛港湾工程)" in names and len(names) == 7
    completer = page.first_org.completer()
    completer.setCompletionPrefix("harbour")
    assert completer.currentCompletion() == "Qingdao Harbour Engineering (青岛港湾工程)"

    page.first_org.setText("Qingdao Harbour Engineering (青岛港湾工程)")
    page.second_org.setText("sørvest havn as")
    assert page.add_apart_pair()
    assert "They meet at 13:00 in the current timetable" in page.apart_note.text()
    assert page.apart_model.rows() == [(1, 4)]
    assert page.apart_model.index(0, 1).data() == "Sørvest Havn AS"
    assert page.first_org.text() == "" and page.second_org.text() == ""
    page.first_org.setText("Jinan Smart Works")
    page.second_org.setText("Nobody AS")
    assert not page.add_apart_pair()
    assert "No organisation is called “Nobody AS”" in page.apart_note.text()
    page.second_org.setText("Jinan Smart Works")
    assert not page.add_apart_pair()
    page.first_org.setText("Sørvest Havn AS")
    page.second_org.setText("Qingdao Harbour Engineering")
    assert not page.add_apart_pair(), "kept apart already"

    assert page.apply()
    assert stored(path).apart == ((1, 4),)
    assert len(stored(path).meetings) == 3, "the meeting stays until the next plan"
    page.apart_view.selectRow(0)
    page.remove_apart_pairs()
    assert page.apply()
    assert stored(path).apart == ()


def test_the_models_keep_qt_rules(
    qtbot: QtBot, session: EventSession, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    page.add_day()
    page.add_break()
    page.named_tables.setChecked(True)
    page.first_org.setText("Jinan Smart Works")
    page.second_org.setText("Ryfylke Vind AS")
    assert page.add_apart_pair()
    for model in (
        page.days_model,
        page.breaks_model,
        page.tables_model,
        page.apart_model,
        page.interpreters_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_nothing_can_be_changed_while_planning(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.name_edit.setText("Renamed")
    session.set_busy(True)
    assert page.busy_label.isVisible()
    assert not page.name_edit.isEnabled() and not page.days_view.isEnabled()
    assert page.tabs.tabBar().isEnabled(), "the setup can still be looked through"
    assert not page.apply_button.isEnabled() and not page.revert_button.isEnabled()
    assert not page.apply()
    session.set_busy(False)
    assert page.name_edit.isEnabled() and not page.busy_label.isVisible()
    assert page.apply()
    assert stored(path).settings.name == "Renamed"


def test_an_undo_elsewhere_starts_the_draft_again(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    page.venue_edit.setText("Elsewhere")
    assert page.apply()
    page.name_edit.setText("Not applied")
    session.undo_stack.undo()
    page.set_event(session.current)
    assert page.venue_edit.text() == "Test venue" and page.name_edit.text() == "Test day"
    assert "put aside" in page.state_label.text()


def test_an_edit_elsewhere_keeps_the_draft(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    page.name_edit.setText("Not applied yet")
    new_name = "Sørvest Havn og Logistikk AS"
    assert session.edit("Rename", lambda ef: edits.change_organisation(ef, 4, "name", new_name))
    page.set_event(session.current)
    assert page.name_edit.text() == "Not applied yet"
    assert "Sørvest Havn og Logistikk AS" in page.organisation_names.stringList()


def test_the_page_follows_start_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    assert window.navigation.item(1).text() == "Event setup"
    assert window.open_event(planned_file(tmp_path))
    window.show_page("setup")
    assert window.current_page() == "setup"
    assert window.page("setup") is window.setup_page
    assert window.setup_page.name_edit.text() == "Test day"
    window.setup_page.name_edit.setText("From the window")
    assert window.setup_page.apply()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.session.current is not None and window.session.current.settings.name == "Test day"


def test_the_new_event_dialog_shares_the_time_grid_check(qtbot: QtBot) -> None:
    dialog = EventSettingsDialog(Path("delegation-day.xlsx"))
    qtbot.addWidget(dialog)
    dialog.form.start.setTime(QTime(13, 0))
    dialog.form.end.setTime(QTime(13, 10))
    dialog.form.has_break.setChecked(False)
    dialog.accept()
    assert dialog.settings() is None
    assert dialog.problem.text().startswith("No meeting fits on ")
    dialog.form.end.setTime(QTime(12, 0))
    dialog.accept()
    assert "the first meeting must start before the last one ends" in dialog.problem.text()
    dialog.form.end.setTime(QTime(17, 0))
    dialog.accept()
    settings = dialog.settings()
    assert settings is not None and settings.name == "Delegation day"
    assert len(build_slots(settings)) == 9


def test_a_break_outside_the_day_is_named_and_cannot_be_applied(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    page.add_break()
    page.breaks_model.setData(page.breaks_model.index(0, 1), QTime(19, 0))
    page.breaks_model.setData(page.breaks_model.index(0, 0), QTime(18, 0))
    assert "lies outside the day" in page.grid_message.text()
    assert not page.apply_button.isEnabled()
    assert not page.apply()


def test_a_minimum_above_the_maximum_cannot_be_applied(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.max_meetings.setValue(2)
    page.min_meetings.setValue(5)
    assert "At least 5 meetings per organisation cannot be more than at most 2" in page.state_label.text()
    assert not page.apply()
    page.min_meetings.setValue(2)
    assert page.apply()
    assert stored(path).settings.min_meetings == 2


def test_a_new_order_of_what_matters_keeps_the_draft(
    qtbot: QtBot, session: EventSession, tmp_path: Path
) -> None:
    path = planned_file(tmp_path)
    page = page_for(qtbot, session, path)
    page.venue_edit.setText("Not applied yet")
    event = session.current
    assert event is not None
    order = (Tier.REQUESTS, Tier.FAIRNESS, Tier.IDLE_GAPS)
    settings = dataclasses.replace(event.settings, tiers=order)
    assert session.edit("Change what matters most", lambda ef: event_setup.change_settings(ef, settings))
    page.set_event(session.current)
    assert page.venue_edit.text() == "Not applied yet"
    assert page.apply()
    assert stored(path).settings.tiers == order, "applying the setup keeps the stored order"
