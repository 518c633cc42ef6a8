"""The Print page's choice of only the agendas changed since they were last printed: counted from what the
event file records, shown and printed, and noted as printed after a save, a whole printing or an export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import factories as f
import pytest
from pytestqt.qtbot import QtBot
from ui.print.agendas import Dialogs, pdf_printer, texts

from app.services import edits, reprinting
from app.ui.print.page import PrintPage
from app.ui.session import EventSession


@pytest.fixture
def session(tmp_path: Path) -> Iterator[EventSession]:
    path = tmp_path / "day.meetgrid"
    event_file, _ = f.planned_day(path)
    event_file.close()
    opened = EventSession()
    opened.open(path)
    yield opened
    opened.close()


@pytest.fixture
def desk(
    qtbot: QtBot, session: EventSession, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PrintPage]:
    """The Print page of the open event, its dialogs answering from ``dialogs``."""
    widget = PrintPage(session)
    qtbot.addWidget(widget)
    monkeypatch.setattr(widget, "ask_printer", lambda count, current: dialogs.printer)
    monkeypatch.setattr(widget, "ask_save_path", lambda suggestion: dialogs.save_path)
    monkeypatch.setattr(widget, "ask_export_folder", lambda: dialogs.export_folder)
    monkeypatch.setattr(widget, "show_error", lambda title, message: dialogs.errors.append((title, message)))
    monkeypatch.setattr(widget, "show_export_report", dialogs.reports.append)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.preview_ready, timeout=30_000):
        widget.set_event(session.current)
    yield widget
    widget.shutdown()


def agenda_names(path: Path) -> list[str]:
    return [page.splitlines()[1] for page in texts(path)]


def test_every_agenda_counts_as_changed_until_printed(desk: PrintPage, qtbot: QtBot) -> None:
    assert desk.changed_button.isVisibleTo(desk)
    assert desk.changed_button.text() == "&Changed since last printed (7)"
    with qtbot.waitSignal(desk.preview_ready, timeout=30_000):
        desk.changed_button.setChecked(True)
    assert desk.document.pageCount() == 7
    assert desk.title_label.text() == "The 7 agendas changed since last printed · 7 pages"
    desk.choose_kind("badges")
    assert not desk.changed_button.isVisibleTo(desk), "only agendas are reprinted for a change"
    assert desk.all_button.isChecked()


def test_save_print_and_export_note_what_was_printed(
    desk: PrintPage, session: EventSession, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    with qtbot.waitSignal(desk.preview_ready, timeout=30_000):
        desk.all_button.setChecked(True)
    dialogs.save_path = tmp_path / "all.pdf"
    assert desk.save_dialog()
    assert desk.changed_agendas() == ()
    assert desk.changed_button.text() == "&Changed since last printed (0)"
    desk.changed_button.setChecked(True)
    assert "Nothing changed since the last printing" in desk.busy_label.text()
    assert not desk.print_button.isEnabled() and not desk.save_button.isEnabled()

    # A meeting moves (1–4 from 13:00 to 14:15): the agendas of its two organisations changed.
    event = session.current
    assert event is not None
    assert session.edit(
        "Move", lambda event_file: edits.change_meetings(event_file, edits.moved(event, 1, 4, 2))
    )
    with qtbot.waitSignal(desk.preview_ready, timeout=30_000):
        desk.set_event(session.current)
    assert desk.changed_agendas() == (1, 4)
    assert desk.document.pageCount() == 2
    preview = desk.preview_path()
    assert preview is not None
    assert agenda_names(preview) == ["Qingdao Harbour Engineering", "Sørvest Havn AS"]

    # Printed whole: noted, nothing left to reprint.
    dialogs.printer = pdf_printer(tmp_path / "printed.pdf")
    with qtbot.waitSignal(desk.printed, timeout=30_000) as printed:
        assert desk.print_document()
    assert printed.args == [2]
    assert desk.changed_agendas() == ()
    assert "Nothing changed since the last printing" in desk.busy_label.text()
    assert session.event_file is not None
    assert reprinting.changed_agendas(session.event_file) == []

    # A person renamed, then everything exported: the export notes every agenda.
    assert session.edit(
        "Rename", lambda event_file: edits.change_participant(event_file, 8, "name", "Iñigo M.")
    )
    desk.set_event(session.current)
    assert desk.changed_agendas() == (7,)
    dialogs.export_folder = tmp_path / "export"
    with qtbot.waitSignal(desk.exported, timeout=60_000):
        assert desk.export_dialog()
    assert desk.changed_agendas() == ()


def test_part_of_a_printing_or_one_agenda_notes_only_what_it_holds(
    desk: PrintPage, session: EventSession, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path
) -> None:
    assert desk.choice() == 1
    dialogs.save_path = tmp_path / "one.pdf"
    assert desk.save_dialog()
    assert desk.changed_agendas() == (2, 3, 4, 5, 6, 7)
    with qtbot.waitSignal(desk.preview_ready, timeout=30_000):
        desk.all_button.setChecked(True)
    printer = pdf_printer(tmp_path / "some.pdf")
    printer.setPrintRange(printer.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    dialogs.printer = printer
    with qtbot.waitSignal(desk.printed, timeout=30_000):
        assert desk.print_document()
    assert desk.changed_agendas() == (2, 3, 4, 5, 6, 7), "some pages printed: none noted"
