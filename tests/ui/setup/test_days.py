"""The *Days and times* tab of the Event setup page: the days, their hours and their breaks, checked as a time
grid."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from ui.setup.drafts import page_for, planned_file, stored

from app.domain import build_slots
from app.ui.dialogs import EventSettingsDialog
from app.ui.session import EventSession


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
