"""The preview beside the tabs of the Event setup page: the meeting slots as the organiser types."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot
from ui.setup.drafts import page_for, planned_file

from app.ui.session import EventSession


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
