"""Starting the MeetGrid window: the Qt application, its fonts and a last-resort error dialog."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import write_crash_log
from app.paths import resource
from app.ui import languages
from app.ui.collector import GuiThreadCollector
from app.ui.focus import FocusStyle
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


SWITCH_INTERVAL_S = 0.001
"""How long a worker thread running Python may keep the interpreter lock from the GUI thread: each of the
GUI thread's calls into Python (a cell's text, a delegate's painting; thousands in a repaint) may wait that
long while the figures are worked out in the background. Python's 5 ms default made a repaint beside a
worker take 200 ms and more; measured in benchmarks/gui_stall.py."""

_collector: GuiThreadCollector | None = None


def tune_garbage_collection(app: QApplication) -> None:
    """Keep the collector from freezing the window while a worker thread loads or stores a large event, and
    have it collect on the GUI thread only (``app.ui.collector``)."""
    global _collector
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.set_threshold(*GC_THRESHOLDS)
    gc.collect()
    gc.freeze()  # what exists at start lives as long as the window: never look at it again
    _collector = GuiThreadCollector(app)
    _collector.start()


def garbage_collector() -> GuiThreadCollector | None:
    """The GUI thread's collector, once ``application()`` has made the application."""
    return _collector


def application() -> QApplication:
    """The one QApplication of the process, created and set up on first use."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("MeetGrid")
    app.setOrganizationName("MeetGrid")
    app.setApplicationDisplayName("MeetGrid")
    app.setStyle(FocusStyle())  # the system's style, with the keyboard's focus ringed
    register_fonts()
    tune_garbage_collection(app)
    languages.install("en")  # the plural forms; run_window then installs the organiser's language
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


_windows: list[MainWindow] = []
"""The open window (Python keeps it alive; Qt does not own a top-level window)."""


def open_window(location: Path | str | None = None, page: str | None = None) -> MainWindow:
    """A window in the language installed now, showing the event at ``location`` (a file or a URL)."""
    window = MainWindow()
    # Queued: the window is closed only after the menu that chose the language has returned.
    window.language_chosen.connect(
        lambda language: reopen_in(window, language), Qt.ConnectionType.QueuedConnection
    )
    window.show()
    if location is not None and window.open_event(location) and page is not None:
        window.show_page(page)
    _windows.append(window)
    return window


def reopen_in(window: MainWindow, language: str) -> MainWindow:
    """The window opened again in ``language`` (Qt sets a window's words when it is made), with the same
    event and page; the old one is closed first, so the event is never open twice."""
    location, page = window.location, window.current_page()
    window.close()
    if window in _windows:
        _windows.remove(window)
    window.deleteLater()
    languages.install(language)
    return open_window(location, page)


def run_window(path: Path | None) -> int:
    """Open the window (with an event file when given) in the organiser's language and run until it is
    closed."""
    app = application()
    sys.excepthook = _report_fault
    languages.install(languages.chosen_language())
    open_window(path)
    return app.exec()
