"""The documents of the Print page: every document of the day previews; a badge layout and the printer offset
change the preview, are stored with the event and undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import factories as f
import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from ui.print.agendas import Dialogs, pdf_printer, show, texts

from app.services import printing
from app.ui.print.page import PrintPage
from app.ui.session import EventSession


def preview(qtbot: QtBot, page: PrintPage, kind: str) -> Path:
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.choose_kind(kind)
    path = page.preview_path()
    assert path is not None
    return path


def test_every_document_previews(page: PrintPage, qtbot: QtBot, tmp_path: Path) -> None:
    show(qtbot, page)
    listed = [page.kind_combo.itemData(row) for row in range(page.kind_combo.count())]
    assert listed == [kind.name for kind in printing.document_kinds()]
    for kind in printing.document_kinds():
        if kind.name == "agendas":
            continue
        path = preview(qtbot, page, kind.name)
        assert page.kind() == kind.name
        assert page.kind_description.text() == kind.description
        # The preview is the document the command line prints for the same choices.
        options = printing.PrintOptions(
            only=frozenset({page.choice()})
            if kind.per_organisation and page.choice() is not None
            else frozenset(),
            layout=page.layout_name(),
            offset=page.offset() if kind.needs_layout else None,
        )
        assert page._event is not None
        expected = printing.print_document(page._event, kind.name, tmp_path / f"{kind.name}.pdf", options)
        assert page.document.pageCount() == len(PdfReader(expected).pages)
        assert texts(path) == texts(expected)
        assert page.title_label.text().startswith(kind.title)
        assert page.whose_box.isVisibleTo(page) == kind.per_organisation
        assert page.layout_box.isVisibleTo(page) == kind.needs_layout
        assert page.print_button.isEnabled() and page.save_button.isEnabled()


def test_signs_for_one_organisation_or_every_one(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    page.choose(4)
    qtbot.waitSignal(page.preview_ready, timeout=30_000).wait()
    preview(qtbot, page, "signs")
    assert page.title_label.text().startswith("Table signs of Sørvest Havn AS")
    assert page.one_button.text() == "One organisation only"
    one = page.document.pageCount()
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.all_button.setChecked(True)
    assert page.choice() is None and page.document.pageCount() > one
    assert page.suggested_name() == "signs.pdf"
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.choose_kind("agendas")
    assert page.all_button.text() == "&All agendas in one document"


def test_a_document_prints_through_the_dialog(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    show(qtbot, page)
    preview(qtbot, page, "grid")
    printed = tmp_path / "printed.pdf"
    dialogs.printer = pdf_printer(printed)
    with qtbot.waitSignal(page.printed, timeout=30_000) as done:
        assert page.print_document()
    assert done.args == [1]
    assert dialogs.asked_printer == [(1, 0)]
    assert len(PdfReader(printed).pages) == 1


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[EventSession, PrintPage]]:
    path = tmp_path / "day.meetgrid"
    event_file, _ = f.planned_day(path)
    event_file.close()
    session = EventSession()
    widget = PrintPage(session)
    qtbot.addWidget(widget)
    session.changed.connect(widget.set_event)
    with qtbot.waitSignal(widget.preview_ready, timeout=30_000):
        session.open(path)
    yield session, widget
    widget.shutdown()
    session.close(emit=False)


def test_a_layout_changes_the_badges(opened: tuple[EventSession, PrintPage], qtbot: QtBot) -> None:
    _, page = opened
    preview(qtbot, page, "badges")
    layouts = printing.badge_layouts()
    listed = [page.layout_combo.itemData(row) for row in range(page.layout_combo.count())]
    assert listed == [layout.name for layout in layouts]
    assert page.layout_name() == layouts[0].name
    assert page.layout_description.text() == layouts[0].description
    first = page.preview_path()
    assert first is not None
    first_bytes = first.read_bytes()
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.choose_layout(layouts[-1].name)
    assert page.layout_name() == layouts[-1].name
    assert page.layout_description.text() == layouts[-1].description
    path = page.preview_path()
    assert path is not None and path.read_bytes() != first_bytes


def test_the_offset_redraws_the_preview_is_stored_and_undone(
    opened: tuple[EventSession, PrintPage], qtbot: QtBot
) -> None:
    session, page = opened
    preview(qtbot, page, "alignment")
    layout = page.layout_name()
    assert page.offset() == (0.0, 0.0)
    before = page.preview_path()
    assert before is not None
    plain = before.read_bytes()
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.set_offset(1.5, -2.0)
    assert session.current is not None
    assert session.current.settings.badge_offset(layout) == (1.5, -2.0), "stored with the event"
    assert session.undo_stack.count() == 1, "both spin boxes make one undoable change"
    assert session.undo_stack.undoText() == "Change the printer offset"
    moved = page.preview_path()
    assert moved is not None and moved.read_bytes() != plain
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        assert session.undo()
    assert session.current.settings.badge_offset(layout) == (0.0, 0.0)
    assert page.offset() == (0.0, 0.0), "the spin boxes follow the undo"
    # Another layout keeps its own offset: none stored.
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        assert session.redo()
    assert page.offset() == (1.5, -2.0)
    other = printing.badge_layouts()[1].name
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.choose_layout(other)
    assert page.offset() == (0.0, 0.0)


def test_without_a_timetable_the_badges_preview(page: PrintPage, qtbot: QtBot) -> None:
    page.set_event(f.delegation_day())
    page.choose(None)
    path = preview(qtbot, page, "badges")
    assert "Bjørn Økland" in "\n".join(texts(path))
    assert page.print_button.isEnabled()


def test_an_offset_being_set_is_stored_when_the_document_changes_or_the_window_closes(
    opened: tuple[EventSession, PrintPage], qtbot: QtBot
) -> None:
    session, page = opened
    preview(qtbot, page, "badges")
    layout = page.layout_name()
    page.set_offset(0.5, 0.0)
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.choose_kind("grid")
    assert session.current is not None and session.current.settings.badge_offset(layout) == (0.5, 0.0)
    preview(qtbot, page, "alignment")
    page.set_offset(0.5, 1.0)
    page.shutdown()
    assert session.current.settings.badge_offset(layout) == (0.5, 1.0)
    assert session.undo_stack.count() == 2
