"""The *Tables* tab of the Event setup page: how many tables, or the tables one by one."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from ui.setup.drafts import page_for, planned_file, stored

from app.ui.session import EventSession


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
