"""Printing from the Print page: the previewed pages drawn on the printer one page per turn of the event loop
(QPainter works only in the GUI thread), so the window stays usable and the organiser can cancel between
pages."""

from __future__ import annotations

from PySide6.QtCore import (
    QRectF,
    QSize,
    QTimer,
    Slot,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

from app.ui.print.base import (
    PRINT_DPI,
    PrintBase,
    PrintRun,
)


class PrintRunPanel(PrintBase):
    @Slot()
    def print_document(self) -> bool:
        """Print the previewed document through the system's print dialog; False when nothing is printed."""
        path = self.preview_path()
        if path is None or self._print_run is not None:
            return False
        count = self.document.pageCount()
        printer = self.ask_printer(count, self.current_page())
        if printer is None:
            return False
        pages = self.pages_to_print(printer, count, self.current_page())
        if not pages:
            self.show_error(
                self.tr("Nothing to print"),
                self.tr("The pages chosen are not in this document, which has %n pages.", "", count),
            )
            return False
        # The printer reads its own copy of the document, so a new preview cannot change a print under way.
        document = QPdfDocument(self)
        document.load(str(path))
        run = PrintRun(document, printer, pages)
        if not run.painter.begin(printer):
            document.close()
            document.deleteLater()
            self.show_error(
                self.tr("Cannot print"),
                self.tr(
                    "The printer could not be started. Check that it is switched on and connected, then "
                    "try again."
                ),
            )
            return False
        self._print_run = run
        self.print_progress.setRange(0, len(pages))
        self.print_progress.setValue(0)
        for widget in (self.print_status, self.print_progress, self.cancel_print_button):
            widget.setVisible(True)
        self._update_controls()
        QTimer.singleShot(0, self._print_next_page)
        return True

    @staticmethod
    def pages_to_print(printer: QPrinter, count: int, current: int) -> list[int]:
        """The pages (from 0) the print dialog asked for, in the order the printer wants them."""
        chosen = printer.printRange()
        if chosen == QPrinter.PrintRange.CurrentPage:
            pages = [current]
        elif chosen == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if ranges.isEmpty():
                first, last = printer.fromPage(), printer.toPage()
                pages = [page - 1 for page in range(max(first, 1), min(last, count) + 1)]
            else:
                pages = [page - 1 for page in range(1, count + 1) if ranges.contains(page)]
        else:
            pages = list(range(count))
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            pages.reverse()
        return pages

    @Slot()
    def _print_next_page(self) -> None:
        run = self._print_run
        if run is None:
            return
        if run.cancelled or run.drawn == len(run.pages):
            self._finish_printing()
            return
        page = run.pages[run.drawn]
        if run.drawn and not run.printer.newPage():
            run.cancelled = True
            self._finish_printing(self.tr("The printer stopped taking pages."))
            return
        self._draw_page(run, page)
        run.drawn += 1
        self.print_progress.setValue(run.drawn)
        self.print_status.setText(
            self.tr("Printing page {n} of {total}…")
            .replace("{n}", str(run.drawn))
            .replace("{total}", str(len(run.pages)))
        )
        QTimer.singleShot(0, self._print_next_page)

    @staticmethod
    def _draw_page(run: PrintRun, page: int) -> None:
        """Draw one page as large as the printable area allows, keeping its proportions."""
        area = run.printer.pageRect(QPrinter.Unit.DevicePixel)
        size = run.document.pagePointSize(page)
        if size.isEmpty():
            return
        scale = min(area.width() / size.width(), area.height() / size.height())
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        target.moveLeft((area.width() - target.width()) / 2)
        sharpness = min(1.0, PRINT_DPI / max(run.printer.resolution(), 1))
        image = run.document.render(
            page, QSize(round(target.width() * sharpness), round(target.height() * sharpness))
        )
        run.painter.drawImage(target, image)

    @Slot()
    def cancel_printing(self) -> None:
        if self._print_run is not None:
            self._print_run.cancelled = True

    def _finish_printing(self, problem: str | None = None) -> None:
        run = self._print_run
        if run is None:
            return
        self._print_run = None
        if run.cancelled and run.painter.isActive():
            run.printer.abort()
        if run.painter.isActive():
            run.painter.end()
        # Only a whole document is noted as printed: which agendas some of its pages hold is not known here.
        whole = not run.cancelled and sorted(run.pages) == list(range(run.document.pageCount()))
        run.document.close()
        run.document.deleteLater()
        for widget in (self.print_status, self.print_progress, self.cancel_print_button):
            widget.setVisible(False)
        self._update_controls()
        if problem is not None:
            self.show_error(self.tr("Printing stopped"), problem)
        elif whole:
            self._record_printed()
        self.printed.emit(0 if run.cancelled else run.drawn)

    def is_printing(self) -> bool:
        return self._print_run is not None

    def ask_printer(self, page_count: int, current_page: int) -> QPrinter | None:
        """The system print dialog; the printer as set up, or None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title_label.text() or "MeetGrid")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setMinMax(1, max(page_count, 1))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer
