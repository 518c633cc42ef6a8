"""The export from the Print page: everything for the day written into a folder off the GUI thread, with its
report."""

from __future__ import annotations

import errno
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ui.print.agendas import Dialogs, planned, show

from app.documents import agenda_pdf
from app.services import exporting
from app.services.exporting import ExportResult
from app.ui.jobs import running_threads
from app.ui.print.page import PrintPage


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

    monkeypatch.setattr(agenda_pdf, "write_agenda", full)
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
