"""Work off the GUI thread: waiting for the event file's work while the window keeps running."""

from __future__ import annotations

import threading
import time
from typing import ClassVar

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


class _Cycle:
    """Garbage that only the cycle collector frees; notes the thread that freed it."""

    freed_in: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.get_ident())


def test_cycles_are_collected_on_the_gui_thread_even_while_a_worker_allocates(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    _Cycle.freed_in.clear()
    _Cycle()  # unreachable at once, but in a cycle: left to the collector

    def allocate() -> int:  # a worker making young containers, as reading an event does, until it is freed
        kept: list[list[int]] = []
        deadline = time.perf_counter() + 10
        while not _Cycle.freed_in and time.perf_counter() < deadline:
            kept.extend([i] for i in range(1_000))
            time.sleep(0.001)
        return len(kept)

    assert wait_for(allocate) > 0
    assert _Cycle.freed_in == [gui], "the collector ran on the GUI thread, never in the worker"


def test_a_running_job_outlives_the_runner_that_started_it(qtbot: QtBot) -> None:
    import gc

    from app.ui.jobs import running_threads

    release = threading.Event()
    runner = JobRunner()
    runner.start("wait", release.wait, lambda _value: None, lambda _message: None)
    del runner
    gc.collect()  # the runner is gone; its thread must not be freed (Qt would abort the program)
    assert running_threads()
    release.set()
    qtbot.waitUntil(lambda: not running_threads(), timeout=5_000)
