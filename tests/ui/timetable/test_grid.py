"""How the Timetable page's grid marks its cells: a new day set apart, and a meeting that needs
interpreting."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui.timetable.timetables import (
    MEETINGS,
    day,
    open_page,
    rows,
    stored_event,
)

from app.domain import EventDay, build_slots
from app.ui.models.timetable import (
    FIRST_OF_DAY_ROLE,
    INTERPRETING_ROLE,
    AgendaModel,
    TimetableModel,
)


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
