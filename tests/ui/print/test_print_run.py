"""Printing from the Print page: the previewed pages drawn on the printer page by page, and cancelled between
pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from ui.print.agendas import Dialogs, pdf_printer, show

from app.ui.print.page import PrintPage


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
