"""What the Print page's tests share: the planned day, its agendas shown on the page, a printer into a PDF
file, the texts of a PDF, and what the page's dialogs answer."""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

import factories as f
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.domain import Event
from app.services.exporting import ExportResult
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
