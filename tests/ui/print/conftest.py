"""Fixtures of the Print page's tests: the dialogs' answers and a shown page whose dialogs give them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from ui.print.agendas import Dialogs

from app.ui.print.page import PrintPage


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
