"""Starting the MeetGrid window: the Qt application, its fonts and a last-resort error dialog."""

from __future__ import annotations

import gc
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


GC_THRESHOLDS = (700, 10, 1000)
"""Python's collector, tuned for the window: young objects are collected as usual, but a full collection
(which holds every thread for 100 ms and more once an event of a thousand organisations is loaded, the GUI
thread included) runs a hundred times less often than by default. Measured in benchmarks/gui_stall.py."""


def tune_garbage_collection() -> None:
    """Keep the collector from freezing the window while a worker thread loads or stores a large event."""
    gc.set_threshold(*GC_THRESHOLDS)
    gc.collect()
    gc.freeze()  # what exists at start lives as long as the window: never look at it again


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
    tune_garbage_collection()
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
