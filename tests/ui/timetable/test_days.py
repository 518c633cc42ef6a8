"""The day views of the Timetable page: one organisation's, one table's or one interpreter's day, and a
meeting followed from a day into the grid."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from ui.timetable.timetables import (
    Opened,
    rows,
)


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
