"""The preview of the Print page: agendas rendered off the GUI thread, paged, zoomed and saved as a PDF."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui.print.agendas import Dialogs, planned, show, texts

from app.documents.agenda_pdf import agenda_paths, write_agenda
from app.errors import ExportError
from app.services import exporting
from app.ui.print.page import PrintPage


def test_the_preview_loads_the_first_organisations_agenda(
    page: PrintPage, qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    show(qtbot, page)
    assert not page.is_empty()
    assert page.document.status() == QPdfDocument.Status.Ready
    expected = len(PdfReader(write_agenda(planned(), 1, tmp_path / "qingdao.pdf")).pages)
    assert page.document.pageCount() == expected == 1
    assert page.choice() == 1
    assert page.title_label.text() == "Agenda of Qingdao Harbour Engineering · 1 page"
    assert page.view.document() is page.document
    assert page.preview_stack.currentWidget() is page.view
    path = page.preview_path()
    assert path is not None and "Qingdao Harbour Engineering" in texts(path)[0]
    assert page.organisation_list.currentIndex().data() == "Qingdao Harbour Engineering"
    qtmodeltester.check(page.choices)
    qtmodeltester.check(page.filtered)
    assert page.print_button.isEnabled() and page.save_button.isEnabled()


def test_the_newest_choice_wins_when_several_come_quickly(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.choose(2)
        page.choose(3)
        page.choose(6)
    assert page.title_label.text().startswith("Agenda of Ryfylke Vind AS")
    path = page.preview_path()
    assert path is not None and "Ryfylke Vind AS" in texts(path)[0]
    assert len(list(path.parent.iterdir())) == 1, "previews of the earlier choices are not kept"


def test_a_preview_that_fails_says_why_and_can_be_tried_again(
    page: PrintPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: Any) -> Path:
        raise ExportError("the disk is full, so the files could not be written into '/tmp'.")

    monkeypatch.setattr(exporting, "write_agenda_pdf", full)
    with qtbot.waitSignal(page.preview_failed, timeout=30_000):
        page.set_event(planned())
    assert page.preview_stack.currentWidget() is page.waiting_page
    assert "The disk is full" in page.busy_label.text()
    assert page.retry_button.isVisibleTo(page) and not page.print_button.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.retry_button.click()
    assert page.preview_stack.currentWidget() is page.view


def test_page_navigation(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    page.choose(None)
    qtbot.waitSignal(page.preview_ready, timeout=30_000).wait()
    assert page.current_page() == 0 and not page.previous_action.isEnabled()
    assert page.page_spin.maximum() == 7 and page.page_count_label.text() == "of 7"
    page.next_action.trigger()
    assert page.current_page() == 1 and page.page_spin.value() == 2
    page.page_spin.setValue(6)
    assert page.current_page() == 5
    page.go_to_page(99)
    assert page.current_page() == 6 and not page.next_action.isEnabled()
    page.previous_action.trigger()
    assert page.current_page() == 5


def test_zoom_fits_the_width_or_the_page_and_steps(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and page.fit_width_action.isChecked()
    width = page.effective_zoom()
    page.fit_page_action.trigger()
    assert page.view.zoomMode() == QPdfView.ZoomMode.FitInView and page.fit_page_action.isChecked()
    assert not page.fit_width_action.isChecked()
    whole = page.effective_zoom()
    assert whole < width, "a whole A4 page in a landscape view is smaller than its width"
    page.zoom_in_action.trigger()
    assert page.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert page.view.zoomFactor() == pytest.approx(whole * 1.25)
    assert page.zoom_label.text() == f"{100 * whole * 1.25:.0f} %"
    page.zoom_out_action.trigger()
    page.zoom_out_action.trigger()
    assert page.view.zoomFactor() == pytest.approx(whole / 1.25)
    for _ in range(40):
        page.zoom_out()
    assert page.view.zoomFactor() == pytest.approx(0.1)
    page.fit_width()
    assert page.effective_zoom() == pytest.approx(width)


def test_save_pdf_writes_the_previewed_document(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    show(qtbot, page)
    assert page.suggested_name() == "Qingdao Harbour Engineering.pdf"
    dialogs.save_path = tmp_path / "Qingdao agenda"
    with qtbot.waitSignal(page.saved) as saved:
        assert page.save_dialog()
    target = tmp_path / "Qingdao agenda.pdf"
    assert saved.args == [target]
    preview = page.preview_path()
    assert preview is not None and target.read_bytes() == preview.read_bytes()
    assert len(PdfReader(target).pages) == 1
    assert "Qingdao Harbour Engineering" in texts(target)[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Qingdao agenda.pdf"], "no temporary file is left"
    page.choose(None)
    qtbot.waitSignal(page.preview_ready, timeout=30_000).wait()
    assert page.suggested_name() == "Test day agendas.pdf"


def test_saving_where_it_cannot_be_written_says_so(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    show(qtbot, page)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialogs.save_path = blocker / "agenda.pdf"
    assert not page.save_dialog()
    assert dialogs.errors == [
        ("Cannot save the PDF", f"'{blocker}' is a file, not a folder. Choose a folder, then try again.")
    ]


def test_the_suggested_name_is_the_one_the_export_gives(page: PrintPage, qtbot: QtBot) -> None:
    event = planned()
    # Two names that make the same file name: the second one's agenda is "(2)" in the export.
    twin = dataclasses.replace(event.organisations[1], name="Qingdao Harbour Engineering?")
    event = dataclasses.replace(event, organisations=(event.organisations[0], twin, *event.organisations[2:]))
    show(qtbot, page, event)
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.choose(twin.id)
    exported = dict(agenda_paths(event, Path()))
    assert page.suggested_name() == exported[twin.id].name
    assert page.suggested_name() != exported[event.organisations[0].id].name
