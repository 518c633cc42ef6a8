"""The Event setup page as a whole: a draft of the settings, Apply (undoable, asking before meetings go) and
Revert, and the draft kept or started again as the event changes elsewhere."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.setup.drafts import MEI_LIN, page_for, planned_file, stored

from app.domain import Tier
from app.services import edits, event_setup
from app.storage.event_file import backups_of
from app.ui.main_window import MainWindow
from app.ui.session import EventSession
from tests.factories import uncoded


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
    assert uncoded(page.interpreters_model.rows()) == (MEI_LIN,)
    assert not page.has_changes()
    assert not page.apply_button.isEnabled() and not page.revert_button.isEnabled()
    assert page.slot_count.text() == "5 meeting slots over 1 day"


def test_revert_puts_the_draft_back(qtbot: QtBot, session: EventSession, tmp_path: Path) -> None:
    page = page_for(qtbot, session, planned_file(tmp_path))
    page.name_edit.setText("Something else")
    page.meeting_minutes.setValue(30)
    assert page.revert_button.isEnabled()
    page.revert()
    assert page.name_edit.text() == "Test day" and page.meeting_minutes.value() == 20
    assert not page.has_changes()
    assert page.state_label.text() == "Everything here is as stored in the event."


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
