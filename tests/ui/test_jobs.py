"""Work off the GUI thread: waiting for the event file's work while the window keeps running."""

from __future__ import annotations

import threading
import time

import pytest
from pytestqt.qtbot import QtBot

from app.errors import MeetGridError
from app.ui.jobs import JobRunner, wait_for


def test_wait_for_returns_what_the_job_returns_from_another_thread() -> None:
    gui = threading.get_ident()
    assert wait_for(lambda: threading.get_ident()) != gui


def test_wait_for_raises_the_jobs_error_in_the_gui_thread() -> None:
    def broken() -> None:
        raise MeetGridError("the event file is locked")

    with pytest.raises(MeetGridError, match="locked"):
        wait_for(broken)


def test_timers_keep_running_while_waiting(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    wait_for(lambda: time.sleep(0.4))
    timer.stop()
    assert len(ticks) >= 10, "the GUI thread kept handling its timers during the job"


def test_a_job_runner_reports_in_the_gui_thread(qtbot: QtBot) -> None:
    runner = JobRunner()
    got: list[object] = []
    gui = threading.get_ident()
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        assert runner.start("count", lambda: threading.get_ident(), got.append, got.append)
        assert not runner.start("again", lambda: 1, got.append, got.append), "one job at a time"
    assert got and got[0] != gui


def test_a_failed_job_gives_a_sentence_not_a_traceback(qtbot: QtBot) -> None:
    runner = JobRunner()
    messages: list[str] = []

    def broken() -> None:
        raise KeyError("column")

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start("Export", broken, lambda _: None, messages.append)
    assert messages[0].startswith("Export stopped because of an internal problem (KeyError)")
