"""The print and export page: previews agendas with QtPdf, prints them on a QPrinter, saves them, and exports
everything for the day in the background."""

from __future__ import annotations

import dataclasses
import errno
import threading
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import factories as f
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.documents.agenda_pdf import agenda_paths, write_agenda
from app.domain import Event
from app.errors import ExportError
from app.services import exporting
from app.services.exporting import ExportResult
from app.ui.jobs import running_threads
from app.ui.main_window import MainWindow
from app.ui.print.page import PrintPage


@cache
def planned() -> Event:
    event = f.delegation_day()
    return dataclasses.replace(event, meetings=f.solved(event).meetings)


@dataclasses.dataclass
class Dialogs:
    """What the page's dialogs answer, and what they were shown."""

    save_path: Path | None = None
    export_folder: Path | None = None
    printer: QPrinter | None = None
    errors: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    reports: list[ExportResult] = dataclasses.field(default_factory=list)
    asked_printer: list[tuple[int, int]] = dataclasses.field(default_factory=list)


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


@pytest.fixture
def page(qtbot: QtBot, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrintPage]:
    widget = PrintPage()
    qtbot.addWidget(widget)

    def ask_printer(count: int, current: int) -> QPrinter | None:
        dialogs.asked_printer.append((count, current))
        return dialogs.printer

    monkeypatch.setattr(widget, "ask_printer", ask_printer)
    monkeypatch.setattr(widget, "ask_save_path", lambda suggestion: dialogs.save_path)
    monkeypatch.setattr(widget, "ask_export_folder", lambda: dialogs.export_folder)
    monkeypatch.setattr(widget, "show_error", lambda title, message: dialogs.errors.append((title, message)))
    monkeypatch.setattr(widget, "show_export_report", dialogs.reports.append)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def show(qtbot: QtBot, page: PrintPage, event: Event | None = None) -> None:
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.set_event(event or planned())
        assert page.export_button.isEnabled(), "an export need not wait for the preview"


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


# -- empty states -------------------------------------------------------------------------------------


def test_without_an_event_the_page_says_what_to_do(page: PrintPage, qtmodeltester: ModelTester) -> None:
    assert page.is_empty()
    assert "No event open" in page.empty_label.text()
    qtmodeltester.check(page.choices)
    assert page.choices.rowCount() == 0 and page.preview_path() is None


def test_an_event_without_a_timetable_asks_for_a_plan(page: PrintPage) -> None:
    event = f.delegation_day()
    event = dataclasses.replace(event, settings=dataclasses.replace(event.settings, name="R&D <day>"))
    page.set_event(event)
    assert page.is_empty()
    assert "No timetable yet" in page.empty_label.text()
    assert "R&amp;D &lt;day&gt;" in page.empty_label.text()
    assert not page._renderer.is_running(), "nothing is rendered for an event without a timetable"


# -- the preview --------------------------------------------------------------------------------------


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


def test_switching_organisation_changes_the_document(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    first = page.preview_path()
    row = page.filtered.index(3, 0)
    assert row.data() == "Sørvest Havn AS"
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.organisation_list.setCurrentIndex(row)
    assert page.choice() == 4
    assert page.title_label.text().startswith("Agenda of Sørvest Havn AS")
    path = page.preview_path()
    assert path is not None and path != first
    assert first is not None and not first.exists(), "the previous preview file is removed"
    assert "Sørvest Havn AS" in texts(path)[0]


def test_all_agendas_in_one_document(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.all_button.setChecked(True)
    assert page.choice() is None
    assert page.document.pageCount() == 7
    assert page.title_label.text() == "All 7 agendas · 7 pages"
    assert not page.organisation_list.selectionModel().hasSelection()
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.one_button.setChecked(True)
    assert page.choice() == 1 and page.document.pageCount() == 1


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


def test_the_search_filters_the_organisations(page: PrintPage, qtbot: QtBot) -> None:
    show(qtbot, page)

    def listed() -> list[str]:
        return [page.filtered.index(row, 0).data() for row in range(page.filtered.rowCount())]

    page.search.setText("norway")
    assert listed() == ["Sørvest Havn AS", "Nordsjø Automasjon AS", "Ryfylke Vind AS"]
    page.search.setText("济南")
    assert listed() == ["Jinan Smart Works"]
    with qtbot.waitSignal(page.preview_ready, timeout=30_000):
        page.search.returnPressed.emit()
    assert page.choice() == 2
    page.search.setText("nobody by this name")
    assert listed() == [] and page.no_match.isVisibleTo(page)
    page.search.clear()
    assert len(listed()) == 7 and not page.no_match.isVisibleTo(page)
    assert page.organisation_list.currentIndex().data() == "Jinan Smart Works"


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


# -- navigation and zoom ------------------------------------------------------------------------------


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


# -- saving -------------------------------------------------------------------------------------------


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


def test_cancelled_dialogs_do_nothing(page: PrintPage, qtbot: QtBot, dialogs: Dialogs) -> None:
    show(qtbot, page)
    assert not page.save_dialog()
    assert not page.print_document()
    assert not page.export_dialog()
    assert dialogs.asked_printer == [(1, 0)]
    assert not dialogs.errors and not page.is_printing() and not page.is_exporting()


# -- printing -----------------------------------------------------------------------------------------


def test_printing_draws_every_page_on_the_printer(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    show(qtbot, page)
    page.choose(None)
    qtbot.waitSignal(page.preview_ready, timeout=30_000).wait()
    output = tmp_path / "printed.pdf"
    dialogs.printer = pdf_printer(output)
    with qtbot.waitSignal(page.printed, timeout=60_000) as printed:
        assert page.print_document()
        assert page.is_printing() and not page.print_button.isEnabled()
        assert page.cancel_print_button.isVisibleTo(page)
    assert printed.args == [7]
    reader = PdfReader(output)
    assert len(reader.pages) == 7
    for sheet in reader.pages:
        assert sheet["/Resources"]["/XObject"], "each page carries the agenda page drawn as an image"
    assert not page.is_printing() and page.print_button.isEnabled()
    assert not page.cancel_print_button.isVisibleTo(page)


def pages_two_to_four(printer: QPrinter) -> None:
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)


def current_page(printer: QPrinter) -> None:
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)


def last_page_first(printer: QPrinter) -> None:
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)


@pytest.mark.parametrize(
    ("choose", "expected"),
    [(pages_two_to_four, [1, 2, 3]), (current_page, [5]), (last_page_first, [6, 5, 4, 3, 2, 1, 0])],
)
def test_printing_keeps_to_the_pages_chosen(
    page: PrintPage,
    qtbot: QtBot,
    dialogs: Dialogs,
    tmp_path: Path,
    choose: Callable[[QPrinter], None],
    expected: list[int],
) -> None:
    show(qtbot, page)
    page.choose(None)
    qtbot.waitSignal(page.preview_ready, timeout=30_000).wait()
    page.go_to_page(5)
    output = tmp_path / "printed.pdf"
    printer = pdf_printer(output)
    choose(printer)
    assert PrintPage.pages_to_print(printer, 7, page.current_page()) == expected
    dialogs.printer = printer
    with qtbot.waitSignal(page.printed, timeout=60_000) as printed:
        page.print_document()
    assert printed.args == [len(expected)]
    assert len(PdfReader(output).pages) == len(expected)


def test_printing_can_be_cancelled_between_pages(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    show(qtbot, page)
    page.choose(None)
    qtbot.waitSignal(page.preview_ready, timeout=30_000).wait()
    dialogs.printer = pdf_printer(tmp_path / "printed.pdf")
    with qtbot.waitSignal(page.printed, timeout=60_000) as printed:
        page.print_document()
        page.cancel_print_button.click()
    assert printed.args == [0]
    assert not page.is_printing() and page.print_button.isEnabled()


def test_a_printer_that_cannot_start_is_a_plain_error(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path
) -> None:
    show(qtbot, page)
    dialogs.printer = pdf_printer(tmp_path / "missing folder" / "printed.pdf")
    assert not page.print_document()
    assert dialogs.errors and dialogs.errors[0][0] == "Cannot print"
    assert "Check that it is switched on" in dialogs.errors[0][1]
    assert not page.is_printing()


# -- export -------------------------------------------------------------------------------------------


def test_export_everything_writes_the_files_off_the_gui_thread(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    show(qtbot, page)
    threads: list[threading.Thread] = []
    export_event = exporting.export_event

    def recorded(*args: Any) -> ExportResult:
        threads.append(threading.current_thread())
        return export_event(*args)

    monkeypatch.setattr(exporting, "export_event", recorded)
    dialogs.export_folder = tmp_path / "out"
    with qtbot.waitSignal(page.exported, timeout=60_000) as exported:
        assert page.export_dialog()
        assert page.is_exporting() and not page.export_button.isEnabled()
        assert page.export_progress.isVisibleTo(page)
        assert running_threads(), "the export runs in a worker thread"
    result: ExportResult = exported.args[0]
    assert threads and threads[0] is not threading.main_thread()
    assert not running_threads(), "no thread is left behind"
    out = tmp_path / "out"
    assert result.schedule_json == out / "schedule.json" and result.schedule_json.is_file()
    assert result.schedule_xlsx.is_file()
    assert sorted((out / "agendas").glob("*.pdf")) == sorted(result.agendas) and len(result.agendas) == 7
    assert not list(out.rglob(".*.tmp"))
    assert dialogs.reports == [result]
    report = page.export_report(result)
    assert f"Written to {out}:" in report
    assert "7 agendas, one PDF per organisation" in report
    assert "schedule.xlsx" in report and "schedule.json" in report
    assert not page.is_exporting() and page.export_button.isEnabled()
    assert not page.export_progress.isVisibleTo(page)
    assert page.export_status.text() == f"Exported 7 agendas to {out}."


def test_the_export_message_opens_the_folder(
    page: PrintPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    result = ExportResult(tmp_path / "schedule.json", tmp_path / "schedule.xlsx", (tmp_path / "a.pdf",))
    box = page.export_report_box(result)
    qtbot.addWidget(box)
    assert f"Written to {tmp_path}:" in box.text()
    button = next(b for b in box.findChildren(QPushButton) if b.text() == "Open folder")
    button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_an_export_that_cannot_be_written_says_why(
    page: PrintPage, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    show(qtbot, page)
    out = tmp_path / "out"
    exporting.export_event(planned(), out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def full(*_args: Any) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporting, "write_agenda", full)
    with qtbot.waitSignal(page.export_failed, timeout=60_000) as failed:
        assert page.export_to(out)
    assert str(failed.args[0]).startswith("the disk is full")
    assert dialogs.errors == [
        (
            "Cannot export",
            f"The disk is full, so the files could not be written into '{out}'. Make room on the disk or "
            "choose a folder on another drive, then try again. Files already in the folder were left as "
            "they were.",
        )
    ]
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert page.export_status.text() == "The export did not finish."
    assert not dialogs.reports and page.export_button.isEnabled()


# -- in the window ------------------------------------------------------------------------------------


def test_the_window_lists_the_page_last(window: MainWindow, tmp_path: Path) -> None:
    last = window.navigation.item(window.navigation.count() - 1)
    assert last.text() == "Print and export"
    assert window.page("print") is window.print_page
    path = tmp_path / "day.meetgrid"
    f.event_file(path, f.delegation_day()).close()
    window.open_event(path)
    window.show_page("print")
    assert window.current_page() == "print" and window.print_page.is_empty()
    assert "No timetable yet" in window.print_page.empty_label.text()


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
