"""Starting the MeetGrid window: the Qt application, its fonts and a last-resort error dialog."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import write_crash_log
from app.paths import resource
from app.ui.main_window import MainWindow

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc")


def register_fonts() -> None:
    """Make the bundled fonts available, so Chinese and Norwegian names show on any system."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))


def application() -> QApplication:
    """The one QApplication of the process, created and set up on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("MeetGrid")
    app.setOrganizationName("MeetGrid")
    app.setApplicationDisplayName("MeetGrid")
    register_fonts()
    return app


def _report_fault(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
    """Shows a fault in MeetGrid itself as a plain dialog instead of ending the window silently."""
    log = write_crash_log(exc.with_traceback(trace))
    QMessageBox.critical(
        None,
        "MeetGrid",
        f"MeetGrid ran into an internal problem ({kind.__name__}: {exc}). Your event file keeps everything "
        f"saved before it.\n\nDetails for a bug report: {log}",
    )


def run_window(path: Path | None) -> int:
    """Open the window (with an event file when given) and run until it is closed."""
    app = application()
    sys.excepthook = _report_fault
    window = MainWindow()
    window.show()
    if path is not None:
        window.open_event(path)
    return app.exec()
