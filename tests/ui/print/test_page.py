"""The Print page as a whole: what it says without an event or a timetable, how it follows the event, and its
place in the window."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import factories as f
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.print.agendas import Dialogs, planned, show, texts

from app.ui.main_window import MainWindow
from app.ui.print.page import PrintPage


def test_without_an_event_the_page_says_what_to_do(page: PrintPage, qtmodeltester: ModelTester) -> None:
    assert page.is_empty()
    assert "No event open" in page.empty_label.text()
    qtmodeltester.check(page.choices)
    assert page.choices.rowCount() == 0 and page.preview_path() is None


def test_an_event_without_a_timetable_asks_for_a_plan(page: PrintPage) -> None:
    event = f.delegation_day()
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, name="R&D <day>"))
    page.set_event(event)
    for kind in ("agendas", "signs", "runsheets", "grid"):
        page.choose_kind(kind)
        assert not page.is_empty(), "badges can be printed before the plan, so the page offers them"
        assert page.preview_stack.currentWidget() is page.waiting_page
        assert "No timetable yet" in page.busy_label.text()
        assert "R&amp;D &lt;day&gt;" in page.busy_label.text()
        assert not page.retry_button.isVisibleTo(page) and not page.print_button.isEnabled()
        assert not page._renderer.is_running(), "nothing is rendered for an event without a timetable"


def test_an_edit_keeps_the_agenda_and_the_page(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    page.choose(None)
    qtbot.waitSignal(page.preview_ready, timeout=30_000).wait()
    page.go_to_page(3)
    renamed = dataclasses.replace(planned().organisations[3], name="Sørvest Hamn AS")
    event = dataclasses.replace(
        planned(), organisations=(*planned().organisations[:3], renamed, *planned().organisations[4:])
    )
    show(qtbot, page, event)
    assert page.choice() is None and page.current_page() == 3
    path = page.preview_path()
    assert path is not None and "Sørvest Hamn AS" in texts(path)[3]


def test_closing_the_event_empties_the_page(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    path = page.preview_path()
    page.set_event(None)
    assert page.is_empty() and page.preview_path() is None
    assert path is not None and not path.exists()


def test_cancelled_dialogs_do_nothing(page: PrintPage, qtbot: QtBot, dialogs: Dialogs) -> None:
    show(qtbot, page)
    assert not page.save_dialog()
    assert not page.print_document()
    assert not page.export_dialog()
    assert dialogs.asked_printer == [(1, 0)]
    assert not dialogs.errors and not page.is_printing() and not page.is_exporting()


def test_the_window_lists_the_page_last(window: MainWindow, tmp_path: Path) -> None:
    last = window.navigation.item(window.navigation.count() - 1)
    assert last.text() == "Print and export"
    assert window.page("print") is window.print_page
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    window.open_event(path)
    window.show_page("print")
    assert window.current_page() == "print" and not window.print_page.is_empty()
    assert "No timetable yet" in window.print_page.busy_label.text()
