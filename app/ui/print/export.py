"""The export from the Print page: everything for the day (agendas, badges on the layout chosen, signs, run
sheets, the master grid, calendars, the timetable) written into a folder off the GUI thread
(``exporting.export_event``), with its progress and report."""

from __future__ import annotations

import html
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    Qt,
    QUrl,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from app.domain import Event
from app.services import exporting, printing, reprinting
from app.services.exporting import ExportResult
from app.ui.print.base import (
    PrintBase,
    capitalised,
)
from app.ui.print.documents import kind_title


class ExportPanel(PrintBase):
    @Slot()
    def export_dialog(self) -> bool:
        folder = self.ask_export_folder()
        return folder is not None and self.export_to(folder)

    def export_to(self, folder: Path, event: Event | None = None) -> bool:
        """Start writing every agenda, schedule.json and schedule.xlsx into ``folder`` in the background;
        ``exported`` or ``export_failed`` follows. False when there is nothing to export or an export runs.

        ``event`` is the event to export, when the window knows a newer one than this page has shown."""
        event = event or self._event
        if event is None or self._exporter.is_running():
            return False
        self._export_job = job = next(self._jobs)
        runner = self._exporter

        def reporter(done: int, total: int) -> None:
            runner.report((job, done, total))

        self._export_folder = folder
        options = printing.PrintOptions(layout=self._layout)
        event_file = self._session.event_file if self._session is not None else None

        def export() -> ExportResult:
            result = exporting.export_event(event, folder, reporter, options)
            if event_file is not None:
                reprinting.record_agendas_printed(event_file, event)
            return result

        started = self._exporter.start(
            self.tr("Exporting"),
            export,
            self._on_exported,
            self._on_export_failed,
        )
        if not started:
            return False
        self.export_progress.setRange(0, 0)
        self.export_progress.setVisible(True)
        self.export_status.setText(self.tr("Exporting to {folder}…").replace("{folder}", str(folder)))
        self.export_status.setVisible(True)
        self._update_controls()
        self.export_started.emit(str(folder))
        return True

    def is_exporting(self) -> bool:
        return self._exporter.is_running()

    @Slot(object)
    def _on_export_progress(self, report: object) -> None:
        job, done, total = cast(tuple[int, int, int], report)
        if job != self._export_job or not self._exporter.is_running():
            return
        self.export_progress.setRange(0, max(total, 1))
        self.export_progress.setValue(done)
        self.export_status.setText(
            self.tr("Writing file {done} of {total}…")
            .replace("{done}", str(min(done + 1, total)))
            .replace("{total}", str(total))
        )

    def _end_export(self) -> None:
        self.export_progress.setVisible(False)
        self._update_controls()

    def _on_exported(self, result: object) -> None:
        self._end_export()
        self._count_changed()
        if self.changed_button.isChecked():
            self._request_preview()
        assert isinstance(result, ExportResult)
        folder = result.schedule_json.parent
        self.export_status.setText(
            self.tr("Exported %n agendas to {folder}.", "", len(result.agendas)).replace(
                "{folder}", str(folder)
            )
        )
        self.exported.emit(result)
        self.show_export_report(result)

    def _on_export_failed(self, message: str) -> None:
        self._end_export()
        self.export_status.setText(self.tr("The export did not finish."))
        self.export_failed.emit(message)
        self.show_error(self.tr("Cannot export"), capitalised(message))

    def export_report(self, result: ExportResult) -> str:
        """What an export wrote, as the organiser reads it (rich text)."""
        folder = result.schedule_json.parent
        items = [
            self.tr(
                "%n agendas, one PDF per organisation, in the folder <i>agendas</i>", "", len(result.agendas)
            ),
            self.tr(
                "{file}: the timetable by time, by organisation and by table, and the unmet requests"
            ).replace("{file}", html.escape(result.schedule_xlsx.name)),
            self.tr("{file}: the timetable for other programs").replace(
                "{file}", html.escape(result.schedule_json.name)
            ),
            *(self._document_line(path) for path in result.documents),
        ]
        if result.calendars:
            items.insert(
                1,
                self.tr(
                    "%n calendar files, one per organisation, in the folder <i>calendar</i>, to add the "
                    "meetings to a calendar",
                    "",
                    len(result.calendars),
                ),
            )
        listed = "".join(f"<li>{item}</li>" for item in items)
        intro = self.tr("Written to {folder}:").replace("{folder}", html.escape(str(folder)))
        return f"<p>{intro}</p><ul>{listed}</ul>"

    def _document_line(self, path: Path) -> str:
        titles = {kind.filename: kind_title(kind) for kind in printing.document_kinds()}
        title = titles.get(path.name, path.stem)
        return (
            self.tr("{file}: {document}")
            .replace("{file}", html.escape(path.name))
            .replace("{document}", title)
        )

    def ask_export_folder(self) -> Path | None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Export everything for the day to"), str(self._last_folder())
        )
        return Path(path) if path else None

    def show_export_report(self, result: ExportResult) -> None:
        """Say what was written, with a button that opens the folder."""
        self.export_report_box(result).exec()

    def export_report_box(self, result: ExportResult) -> QMessageBox:
        """The message of a finished export; its "Open folder" button shows the folder."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.export_report(result))
        folder = result.schedule_json.parent
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: self.open_folder(folder))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def open_folder(self, folder: Path) -> bool:
        """Show the folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
