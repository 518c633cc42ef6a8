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


def _full_collections(collector: object, rounds: int) -> int:
    """Full collections ``collector.collect_due()`` makes in ``rounds`` calls, each after new objects."""
    import gc

    full: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    made: list[list[list[int]]] = []
    gc.callbacks.append(seen)
    try:
        for _ in range(rounds):
            made.append([[] for _ in range(3)])  # young containers, as any work makes
            collector.collect_due()  # type: ignore[attr-defined]
    finally:
        gc.callbacks.remove(seen)
    return len(full)


def test_a_full_collection_waits_until_the_oldest_objects_grew_by_a_quarter(qapp: object) -> None:
    """A full collection takes 60 ms and more with a large event in memory: as CPython's own collector, the
    window's makes one only when the objects kept since the last one are a quarter of those kept then."""
    import gc

    from app import pacing
    from app.ui.collector import GuiThreadCollector

    pacing._yield_until = 0.0  # nobody acting
    collector = GuiThreadCollector()
    thresholds = gc.get_threshold()
    kept: list[list[int]] = [[i] for i in range(100_000)]  # a large event in memory
    gc.set_threshold(1, 1, 1)  # every call finds a generation due
    try:
        assert _full_collections(collector, 20) >= 1  # the first: nothing known of the oldest generation
        held = len(gc.get_objects(generation=2))
        assert _full_collections(collector, 200) == 0  # 800 new objects: not worth a look at all the others
        kept += [[i] for i in range(held // 2)]  # half as many again kept
        assert _full_collections(collector, 200) >= 1
    finally:
        gc.set_threshold(*thresholds)
    assert len(kept) == 100_000 + held // 2


def test_after_a_large_event_is_closed_a_full_collection_comes_as_for_a_small_one(qapp: object) -> None:
    """Closing a large event frees most of what the last full collection kept; the growth that makes the
    next one worth it is then counted from what is left, not from the large event."""
    import gc

    from app import pacing
    from app.ui.collector import GuiThreadCollector

    pacing._yield_until = 0.0
    collector = GuiThreadCollector()
    thresholds = gc.get_threshold()
    large: list[list[int]] = [[i] for i in range(300_000)]
    gc.set_threshold(1, 1, 1)
    try:
        assert _full_collections(collector, 20) >= 1
        large.clear()  # the event closed
        held = len(gc.get_objects(generation=2))
        kept = [[i] for i in range(held // 2)]  # then half as much again kept, far below the large event
        assert _full_collections(collector, 200) >= 1
    finally:
        gc.set_threshold(*thresholds)
    assert len(kept) == held // 2


def test_a_full_collection_waits_while_the_organiser_acts(qapp: object) -> None:
    import gc

    from app import pacing
    from app.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    thresholds = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    try:
        pacing.give_way(60_000)
        assert _full_collections(collector, 50) == 0
        pacing._yield_until = 0.0  # the organiser has stopped: the full collection is made
        assert _full_collections(collector, 20) >= 1
    finally:
        pacing._yield_until = 0.0
        gc.set_threshold(*thresholds)


def test_a_computation_for_an_event_since_replaced_stops_and_the_newest_is_worked_out(qtbot: QtBot) -> None:
    """The figures of an event the organiser has since changed are not worked out to the end: the work stops
    at its next checkpoint (``pacing``) and the newest event's figures come next."""
    import dataclasses

    import factories as f

    from app import pacing
    from app.ui.jobs import Computation

    first = f.delegation_day()
    second = dataclasses.replace(first, requests=first.requests[:-1])
    computation: Computation[str] = Computation("Work out the figures", lambda event: False)
    ended: list[str] = []

    def long_work() -> str:
        deadline = time.perf_counter() + 20
        while time.perf_counter() < deadline:
            pacing.checkpoint()
            time.sleep(0.005)
        ended.append("first")
        return "first"

    computation.request(first, long_work)
    qtbot.waitUntil(computation.runner.is_running, timeout=5_000)
    with qtbot.waitSignal(computation.ready, timeout=10_000):
        computation.request(second, lambda: "second")
    assert computation.value(second) == "second"
    assert computation.value(first) is None and not ended
    computation.shutdown()


def test_an_interrupted_computation_is_worked_out_again_for_the_same_event(qtbot: QtBot) -> None:
    """An edit that was refused leaves the event as it was: its figures, interrupted when the edit began
    and not started again while it was being stored, are worked out all the same."""
    import factories as f

    from app import pacing
    from app.ui.jobs import Computation

    event = f.delegation_day()
    computation: Computation[int] = Computation("Work out the figures", lambda event: False)
    runs: list[int] = []

    def work() -> int:
        runs.append(1)
        for _ in range(40):
            pacing.checkpoint()
            time.sleep(0.005)
        return len(runs)

    computation.request(event, work)
    qtbot.waitUntil(lambda: bool(runs), timeout=5_000)
    computation.interrupt()  # an edit begins: the work stops, and nothing starts while it is stored
    qtbot.waitUntil(lambda: not computation.runner.is_running(), timeout=5_000)
    qtbot.wait(300)
    assert len(runs) == 1 and computation.value(event) is None
    with qtbot.waitSignal(computation.ready, timeout=10_000):
        computation.resume()  # the edit was refused: the same event, worked out afresh
    assert computation.value(event) == 2  # stopped once, then worked out to the end
    computation.shutdown()
