"""The *Event* tab of the Event setup page: name, venue, how many meetings, and the host group."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui.setup.drafts import page_for, planned_file, stored

from app.ui.session import EventSession


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
