"""Window fixtures: a main window whose dialogs answer from the test, and no planning thread left behind."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from dialog_answers import Answers
from import_driver import drive_import
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.app import application, garbage_collector
from app.ui.jobs import running_threads
from app.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    """The window's own application, set up as MeetGrid sets it up (fonts, English plural forms)."""
    return application()


@pytest.fixture(autouse=True)
def _collection_on_the_gui_thread(qapp: QApplication) -> None:
    """As in the window: Python's collector runs on the GUI thread's timer only (``app.ui.collector``)."""
    collector = garbage_collector()
    assert collector is not None
    collector.start()


@pytest.fixture(autouse=True)
def _own_window_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test starts with no remembered layout or recent events, and leaves none behind."""
    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def _widgets_deleted_in_the_gui_thread() -> Iterator[None]:
    """Widgets closed at the end of a test (qtbot calls deleteLater) are deleted here, in the GUI thread.

    Left to the next test's event loop, a worker thread of that test (reading a workbook, planning) could run
    Python's cycle collector first and free a window's Python side; shiboken then deletes the widget from
    the GUI thread, and Qt's pending deleteLater deletes it again: a crash in runDeletionInMainThread.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def _no_dangling_threads() -> Iterator[None]:
    yield
    assert not running_threads(), "a worker thread was left running"


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def window(qtbot: QtBot, answers: Answers, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    application()
    win = MainWindow()
    qtbot.addWidget(win)

    def record(into: list[Any]) -> Any:
        return lambda title, message: into.append((title, message))

    monkeypatch.setattr(win, "ask_open_path", lambda: answers.open_path)
    monkeypatch.setattr(win, "ask_server_url", lambda: answers.server_url)
    monkeypatch.setattr(win, "run_import", lambda wizard: drive_import(qtbot, wizard, answers))
    monkeypatch.setattr(win, "ask_export_folder", lambda: answers.export_folder)
    monkeypatch.setattr(win, "show_error", record(answers.errors))
    monkeypatch.setattr(win, "show_info", record(answers.infos))
    win.show()
    yield win
    win.close()
